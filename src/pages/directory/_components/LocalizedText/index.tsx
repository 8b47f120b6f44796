/**
 * A translatable text resolved at build time for the reader's locale, marked
 * with its language; when English stands in for a missing translation, a
 * visible "(not yet translated)" note follows in the reader's language.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LocalizedValue} from '@site/src/plugins/directory/types';
import styles from './styles.module.css';

/** The "(not yet translated)" note, in the reader's language. */
export function UntranslatedNote(): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <span className={styles.untranslated} lang={i18n.currentLocale}>
      <Translate id="directory.untranslated" description="Shown after a text that has no translation in the reader's language yet">
        (not yet translated)
      </Translate>
    </span>
  );
}

/** The text in its own language, then the note when it is a fallback. */
export default function LocalizedText({value}: {value: LocalizedValue}): ReactNode {
  return (
    <>
      <span lang={value.lang}>{value.text}</span>
      {value.fallback && (
        <>
          {' '}
          <UntranslatedNote />
        </>
      )}
    </>
  );
}
