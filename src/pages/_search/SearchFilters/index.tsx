/**
 * The filter panel of the search page: one disclosure per facet (kind, city,
 * topic, language) holding a group of checkboxes. Selections live in the URL.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  FACET_KEYS,
  facetOptions,
  hasSelection,
  type FacetKey,
  type FacetSelection,
} from '../facets';
import {facetTitle, facetValueLabel} from '../labels';
import type {PagefindFilterCounts} from '../pagefind';
import styles from './styles.module.css';

type Props = {
  /** Every filter value in the index (`pagefind.filters()`), or null while loading. */
  all: PagefindFilterCounts | null;
  /** Counts for the current search, when one has run. */
  current: PagefindFilterCounts | null;
  selection: FacetSelection;
  onChange: (key: FacetKey, values: string[]) => void;
  onClear: () => void;
};

function Facet({
  facet,
  all,
  current,
  selected,
  onChange,
}: {
  facet: FacetKey;
  all: PagefindFilterCounts;
  current: PagefindFilterCounts | null;
  selected: string[];
  onChange: (key: FacetKey, values: string[]) => void;
}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const label = (value: string) => facetValueLabel(facet, value, i18n.currentLocale);
  const options = facetOptions(facet, all, current, selected, label, i18n.currentLocale);
  if (options.length === 0) {
    return null;
  }
  const title = facetTitle(facet);
  const legendId = `search-facet-${facet}`;
  return (
    <details className={styles.facet} open={facet === 'kind' || selected.length > 0}>
      <summary className={styles.summary}>
        {title}
        {selected.length > 0 && (
          <span className={styles.selectedCount}>
            {' '}
            <Translate
              id="search.facet.selectedCount"
              values={{count: selected.length}}
              description="Search filters: how many values of a facet are selected"
            >
              {'({count} selected)'}
            </Translate>
          </span>
        )}
      </summary>
      <fieldset className={styles.fieldset} aria-labelledby={legendId}>
        <legend id={legendId} className="sc-visually-hidden">
          {title}
        </legend>
        <ul className={clsx(styles.options, options.length > 8 && styles.scroll)}>
          {options.map((option) => {
            const id = `search-filter-${facet}-${option.value.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
            return (
              <li key={option.value}>
                <input
                  id={id}
                  type="checkbox"
                  className={styles.checkbox}
                  checked={option.selected}
                  onChange={(event) =>
                    onChange(
                      facet,
                      event.target.checked
                        ? [...selected, option.value]
                        : selected.filter((value) => value !== option.value),
                    )
                  }
                />
                <label htmlFor={id} className={styles.label}>
                  <span>{label(option.value)}</span>{' '}
                  <span className={styles.count}>{option.count}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </details>
  );
}

export default function SearchFilters({
  all,
  current,
  selection,
  onChange,
  onClear,
}: Props): ReactNode {
  return (
    <section className={styles.filters} aria-labelledby="search-filters-heading">
      <h2 id="search-filters-heading" className={styles.heading}>
        <Translate
          id="search.filters.heading"
          description="Search page: heading of the filter panel"
        >
          Filters
        </Translate>
      </h2>
      {all === null ? (
        <p className={styles.loading}>
          <Translate
            id="search.filters.loading"
            description="Search page: filters are being loaded"
          >
            Loading filters…
          </Translate>
        </p>
      ) : (
        FACET_KEYS.map((facet) => (
          <Facet
            key={facet}
            facet={facet}
            all={all}
            current={current}
            selected={selection[facet]}
            onChange={onChange}
          />
        ))
      )}
      {hasSelection(selection) && (
        <button type="button" className={styles.clear} onClick={onClear}>
          <Translate
            id="search.filters.clear"
            description="Search page: button that removes every selected filter"
          >
            Clear all filters
          </Translate>
        </button>
      )}
    </section>
  );
}
