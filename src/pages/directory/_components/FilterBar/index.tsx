/**
 * The filter form of /directory. Before hydration (and without JavaScript)
 * its controls are disabled: the page then simply lists every organisation.
 */
import React, {useId, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {DirectoryPageData} from '@site/src/plugins/directory/types';
import {languageName, taxonomyLabel} from '../labels';
import {
  RECENT_MONTHS,
  useCityFilter,
  useClearQueryString,
  useLanguageFilter,
  useOperator,
  useRecentFilter,
  useTextFilter,
  useTypeFilter,
} from './useFilters';
import styles from './styles.module.css';

type Props = {
  data: Pick<DirectoryPageData, 'cities' | 'types' | 'languages' | 'organizations'>;
  /** id of the heading that names the form. */
  labelledBy: string;
};

function TextFilter(): ReactNode {
  const id = useId();
  const [query, setQuery] = useTextFilter();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        <Translate id="directory.filters.text.label" description="Label of the free-text filter of the directory">
          Name, city, type or words in the summary
        </Translate>
      </label>
      <input
        id={id}
        type="search"
        name="q"
        className={styles.input}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.currentTarget.value || null)}
      />
    </div>
  );
}

function CityFilter({cities}: {cities: Props['data']['cities']}): ReactNode {
  const id = useId();
  const [city, setCity] = useCityFilter();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        <Translate id="directory.filters.city.label" description="Label of the city filter of the directory">
          City
        </Translate>
      </label>
      <select id={id} name="city" className={styles.input} value={city} onChange={(event) => setCity(event.currentTarget.value || null)}>
        <option value="">
          {translate({id: 'directory.filters.city.all', message: 'All cities', description: 'Option of the city filter that shows every city'})}
        </option>
        {cities.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function LanguageFilter({languages}: {languages: string[]}): ReactNode {
  const id = useId();
  const [language, setLanguage] = useLanguageFilter();
  const {i18n} = useDocusaurusContext();
  const options = useMemo(
    () =>
      languages
        .map((code) => ({code, name: languageName(code, i18n.currentLocale)}))
        .sort((a, b) => a.name.localeCompare(b.name, i18n.currentLocale)),
    [languages, i18n.currentLocale],
  );
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        <Translate id="directory.filters.language.label" description="Label of the filter by language spoken by staff">
          Language spoken
        </Translate>
      </label>
      <select id={id} name="lang" className={styles.input} value={language} onChange={(event) => setLanguage(event.currentTarget.value || null)}>
        <option value="">
          {translate({id: 'directory.filters.language.any', message: 'Any language', description: 'Option of the language filter that shows every language'})}
        </option>
        {options.map((option) => (
          <option key={option.code} value={option.code} suppressHydrationWarning>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function RecentFilter(): ReactNode {
  const id = useId();
  const [recent, setRecent] = useRecentFilter();
  return (
    <div className={clsx(styles.field, styles.checkboxField)}>
      <input id={id} type="checkbox" name="recent" value="1" className={styles.checkbox} checked={recent} onChange={(event) => setRecent(event.currentTarget.checked)} />
      <label htmlFor={id}>
        <Translate
          id="directory.filters.recent.label"
          description="Checkbox that keeps only entries verified recently; {months} is a number of months"
          values={{months: RECENT_MONTHS}}>
          {'Verified in the last {months} months'}
        </Translate>
      </label>
    </div>
  );
}

function TypeFilter({types, counts}: {types: string[]; counts: Map<string, number>}): ReactNode {
  const [selected, setSelected] = useTypeFilter();
  const toggle = (type: string, checked: boolean) =>
    setSelected((old) => (checked ? [...old.filter((value) => value !== type), type] : old.filter((value) => value !== type)));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.label}>
        <Translate id="directory.filters.type.legend" description="Legend of the organisation type checkboxes">
          Type of organisation
        </Translate>
      </legend>
      <ul className={styles.pills}>
        {types.map((type) => {
          const id = `directory-type-${type}`;
          return (
            <li key={type}>
              <input
                id={id}
                type="checkbox"
                name="type"
                value={type}
                className={clsx(styles.checkbox, styles.pillInput)}
                checked={selected.includes(type)}
                onChange={(event) => toggle(type, event.currentTarget.checked)}
              />
              <label htmlFor={id} className={styles.pill}>
                {taxonomyLabel(type)} <span className={styles.count}>({counts.get(type) ?? 0})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function OperatorToggle(): ReactNode {
  const name = useId();
  const [operator, setOperator] = useOperator();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.label}>
        <Translate id="directory.filters.operator.legend" description="Legend of the AND/OR choice for selected organisation types">
          When several types are selected, show organisations with
        </Translate>
      </legend>
      <div className={styles.radios}>
        <label className={styles.radio}>
          <input type="radio" name={name} value="or" checked={operator === 'OR'} onChange={() => setOperator('OR')} />{' '}
          <Translate id="directory.filters.operator.or" description="Operator choice: organisations with at least one selected type (OR)">
            any of them (OR)
          </Translate>
        </label>
        <label className={styles.radio}>
          <input type="radio" name={name} value="and" checked={operator === 'AND'} onChange={() => setOperator('AND')} />{' '}
          <Translate id="directory.filters.operator.and" description="Operator choice: organisations with every selected type (AND)">
            all of them (AND)
          </Translate>
        </label>
      </div>
    </fieldset>
  );
}

/** The directory's filter form; state lives in the URL query. */
export default function FilterBar({data, labelledBy}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const clear = useClearQueryString();
  const typeCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const org of data.organizations) for (const type of org.types) counts.set(type, (counts.get(type) ?? 0) + 1);
    return counts;
  }, [data.organizations]);
  return (
    <form className={clsx(styles.form, 'sc-filters')} aria-labelledby={labelledBy} onSubmit={(event) => event.preventDefault()}>
      {/* Disabled until hydration: without JavaScript these controls could not filter anything. */}
      <fieldset className={styles.reset} disabled={!isBrowser}>
        <div className={styles.fields}>
          <TextFilter />
          <CityFilter cities={data.cities} />
          <LanguageFilter languages={data.languages} />
          <RecentFilter />
        </div>
        <TypeFilter types={data.types} counts={typeCounts} />
        <OperatorToggle />
        <button type="button" className={clsx('button button--secondary button--sm', styles.clear)} onClick={clear}>
          <Translate id="directory.filters.clear" description="Button that removes every directory filter">
            Clear all filters
          </Translate>
        </button>
      </fieldset>
    </form>
  );
}
