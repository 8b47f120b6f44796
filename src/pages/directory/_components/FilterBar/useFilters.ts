/**
 * Filter state of /directory, kept in the URL query so a filtered view can be
 * shared or bookmarked (`?city=chicago&type=legal-aid&type=bond-fund&op=and&lang=so&recent=1&q=clinic`).
 * Query values are empty during SSR and hydration, so the static HTML always
 * lists every organisation.
 */
import {useCallback, useMemo} from 'react';
import {useQueryString, useQueryStringList, useClearQueryString} from '@docusaurus/theme-common';
import {monthsSince} from '@site/src/lib/freshness';
import type {OrganizationCard} from '@site/src/plugins/directory/types';
import {taxonomyLabel} from '../labels';

/** How selected types combine: any of them (OR) or all of them (AND). */
export type Operator = 'OR' | 'AND';

/** Months within which an entry counts as "recently verified". */
export const RECENT_MONTHS = 6;

export type DirectoryFilters = {
  city: string;
  types: string[];
  operator: Operator;
  language: string;
  recent: boolean;
  query: string;
};

export function useCityFilter() {
  return useQueryString('city');
}

export function useTypeFilter() {
  return useQueryStringList('type');
}

export function useOperator(): readonly [Operator, (operator: Operator) => void] {
  const [value, setValue] = useQueryString('op');
  const operator: Operator = value.toUpperCase() === 'AND' ? 'AND' : 'OR';
  const set = useCallback((next: Operator) => setValue(next === 'AND' ? 'and' : null), [setValue]);
  return [operator, set] as const;
}

export function useLanguageFilter() {
  return useQueryString('lang');
}

export function useRecentFilter(): readonly [boolean, (recent: boolean) => void] {
  const [value, setValue] = useQueryString('recent');
  const set = useCallback((recent: boolean) => setValue(recent ? '1' : null), [setValue]);
  return [value === '1', set] as const;
}

export function useTextFilter() {
  return useQueryString('q');
}

export {useClearQueryString};

/** Every filter, read from the URL query. */
export function useDirectoryFilters(): DirectoryFilters {
  const [city] = useCityFilter();
  const [types] = useTypeFilter();
  const [operator] = useOperator();
  const [language] = useLanguageFilter();
  const [recent] = useRecentFilter();
  const [query] = useTextFilter();
  return useMemo(() => ({city, types, operator, language, recent, query}), [city, types, operator, language, recent, query]);
}

/** Whether any filter is set. */
export function hasActiveFilters(filters: DirectoryFilters): boolean {
  return Boolean(filters.city || filters.types.length || filters.language || filters.recent || filters.query.trim());
}

/** Lower case without accents, so "medica" finds "médica". */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether a spoken language matches the filter (`es` matches `es-MX`). */
function speaks(languages: string[], wanted: string): boolean {
  return languages.some((code) => code === wanted || code.startsWith(`${wanted}-`));
}

/**
 * The organisations that pass every filter.
 * @param organizations - all cards, in display order
 * @param filters - the current filters
 * @param now - the reference date for "verified recently"
 */
export function filterOrganizations(organizations: OrganizationCard[], filters: DirectoryFilters, now: Date = new Date()): OrganizationCard[] {
  const terms = normalizeText(filters.query).split(/\s+/).filter(Boolean);
  return organizations.filter((org) => {
    if (filters.city && org.city !== filters.city) return false;
    if (filters.types.length > 0) {
      const has = (type: string) => org.types.includes(type);
      if (filters.operator === 'AND' ? !filters.types.every(has) : !filters.types.some(has)) return false;
    }
    if (filters.language && !speaks(org.languages, filters.language)) return false;
    if (filters.recent) {
      try {
        if (monthsSince(org.freshness.verifiedDate, now) >= RECENT_MONTHS) return false;
      } catch {
        return false;
      }
    }
    if (terms.length > 0) {
      const haystack = normalizeText(
        [org.name, org.summary.text, org.cityName, ...org.types, ...org.types.map((type) => taxonomyLabel(type))].join(' '),
      );
      if (!terms.every((term) => haystack.includes(term))) return false;
    }
    return true;
  });
}
