/**
 * The directory's search form: words, city, type and language spoken. A
 * plain GET form to the search page (`/search?q=…&kind=organization&city=…`),
 * answered by the offline search index in the reader's browser; it works
 * without JavaScript up to the search page itself. The directory page lists
 * cities, not every organisation, so it weighs the same at 200 or 10,000
 * organisations (src/plugins/static-pages).
 */
import React, {useId, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {languageName} from '@site/src/lib/languageNames';
import type {DirectoryPageData} from '@site/src/plugins/directory/types';
import {taxonomyLabel} from '../labels';
import styles from './styles.module.css';

type Props = {
  data: Pick<DirectoryPageData, 'cities' | 'types' | 'languages'>;
  /** id of the heading that names the form. */
  labelledBy: string;
};

function Field({label, children}: {label: ReactNode; children: (id: string) => ReactNode}): ReactNode {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/** The search form; its parameters are the search page's (`q`, `kind`, `city`, `topic`, `language`). */
export default function DirectorySearch({data, labelledBy}: Props): ReactNode {
  const action = useBaseUrl('/search');
  const {i18n} = useDocusaurusContext();
  const languages = useMemo(
    () => data.languages.map((code) => ({code, name: languageName(code, i18n.currentLocale)})).sort((a, b) => a.name.localeCompare(b.name, i18n.currentLocale)),
    [data.languages, i18n.currentLocale],
  );
  return (
    <form className={clsx(styles.form, 'sc-filters')} aria-labelledby={labelledBy} action={action} method="get" role="search">
      <input type="hidden" name="kind" value="organization" />
      <div className={styles.fields}>
        <Field label={<Translate id="directory.filters.text.label" description="Label of the free-text filter of the directory">Name, city, type or words in the summary</Translate>}>
          {(id) => <input id={id} type="search" name="q" className={styles.input} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label={<Translate id="directory.filters.city.label" description="Label of the city filter of the directory">City</Translate>}>
          {(id) => (
            <select id={id} name="city" className={styles.input} defaultValue="">
              <option value="">{translate({id: 'directory.filters.city.all', message: 'All cities', description: 'Option of the city filter that shows every city'})}</option>
              {data.cities.map((city) => (
                <option key={city.slug} value={city.name}>
                  {city.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={<Translate id="directory.filters.type.legend" description="Legend of the organisation type checkboxes">Type of organisation</Translate>}>
          {(id) => (
            <select id={id} name="topic" className={styles.input} defaultValue="">
              <option value="">{translate({id: 'directory.search.anyType', message: 'Any type', description: 'Option of the directory search that keeps every type of organisation'})}</option>
              {data.types.map((type) => (
                <option key={type} value={type}>
                  {taxonomyLabel(type)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={<Translate id="directory.filters.language.label" description="Label of the filter by language spoken by staff">Language spoken</Translate>}>
          {(id) => (
            <select id={id} name="language" className={styles.input} defaultValue="">
              <option value="">{translate({id: 'directory.filters.language.any', message: 'Any language', description: 'Option of the language filter that shows every language'})}</option>
              {languages.map((language) => (
                <option key={language.code} value={language.code} suppressHydrationWarning>
                  {language.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" className={clsx('button button--primary', styles.submit)}>
        <Translate id="directory.search.submit" description="Button of the directory's search form">
          Find organisations
        </Translate>
      </button>
    </form>
  );
}
