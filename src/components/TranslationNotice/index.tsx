/**
 * What a reader needs to know about the language of a page (docs and blog
 * posts): that it is shown in English because it is not translated yet,
 * or that its English original changed after it was translated. The notes
 * are in the reader's language; the untranslated content is marked
 * `lang="en"` by the caller so screen readers switch voice.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {englishPermalink, type TranslationStanding} from '@site/src/lib/i18n/standing';
import styles from './styles.module.css';

export {translationStanding, type TranslationStanding} from '@site/src/lib/i18n/standing';

/**
 * The note for an untranslated or outdated page; nothing otherwise.
 * @param props.standing - from {@link translationStanding}
 * @param props.permalink - the page's own permalink (with its locale prefix), to link the English original
 */
export default function TranslationNotice({
  standing,
  permalink,
}: {
  standing: TranslationStanding;
  permalink: string;
}): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (standing === 'original' || standing === 'translated') return null;
  const english = englishPermalink({
    permalink,
    current: i18n.localeConfigs[i18n.currentLocale]!,
    original: i18n.localeConfigs[i18n.defaultLocale]!,
  });
  return (
    <div className={styles.notice} role="note" lang={i18n.currentLocale} data-pagefind-ignore="">
      {standing === 'untranslated' ? (
        <Translate
          id="translation.notice.untranslated"
          description="Note above a page shown in English because it has no translation yet"
        >
          This page is not yet translated. It is shown in English.
        </Translate>
      ) : (
        <>
          <Translate
            id="translation.notice.outdated"
            description="Note above a translated page whose English original changed after it was translated"
          >
            This translation may be outdated: the English original has changed since it was
            translated.
          </Translate>{' '}
          {/* A plain link: it leaves this locale's site (Docusaurus checks <Link>s against this locale's routes only). */}
          {english && (
            <a href={english} hrefLang="en">
              <Translate
                id="translation.notice.readOriginal"
                description="Link from an outdated translation to its English original"
              >
                Read the English original
              </Translate>
            </a>
          )}
        </>
      )}{' '}
      <Link to="/translations">
        <Translate
          id="translation.notice.statusLink"
          description="Link from a translation note to the translation status page"
        >
          Help translate
        </Translate>
      </Link>
    </div>
  );
}
