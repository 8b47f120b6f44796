/**
 * The search filters (facets) and their URL form. Pure functions, no React.
 *
 * Pages carry hidden `data-pagefind-filter="<key>:<value>"` markers; the keys
 * are below. In the URL each selected value is one parameter
 * (`?q=bond&kind=playbook&city=Chicago&city=Denver`). Values of one key are
 * alternatives (any of them); different keys must all match.
 */
import type {PagefindFilterCounts, PagefindFilters} from './pagefind';

/** The filter keys, in display order; each is also its URL parameter name. */
export const FACET_KEYS = ['kind', 'city', 'topic', 'language'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The kinds of page, in display order. */
export const KINDS = ['organization', 'city', 'playbook', 'guide', 'post'] as const;

/** Selected values per facet, as read from the URL. */
export type FacetSelection = {[key in FacetKey]: string[]};

/** The query string parameter that holds the search terms. */
export const QUERY_PARAM = 'q';

/** Results shown at first, and added by each "more results". */
export const PAGE_SIZE = 10;

/**
 * Which results still to fetch to fill the first page once some are on screen: a search shows its first
 * result alone (one fragment, the least data before something useful), then the rest of the first page.
 * @param shown - results on screen
 * @param total - results the search found
 * @returns the half-open range `[start, end)` of results to fetch, or `null` when the first page is full
 *   (or "more results" already went past it)
 */
export function restOfFirstPage(shown: number, total: number): {start: number; end: number} | null {
  const end = Math.min(PAGE_SIZE, total);
  return shown >= 1 && shown < end ? {start: shown, end} : null;
}

/** Kind values that links written before a rename may still carry, and the value the index now uses. */
const RENAMED_KINDS: Readonly<Record<string, string>> = {organisation: 'organization'};

/**
 * A selection without blank values: a plain GET form sends its empty fields
 * (`?topic=&city=Chicago`), which select nothing. A kind spelled the old way
 * (`?kind=organisation`, before data values took the US spelling) is read as today's.
 */
export function withoutBlankValues(selection: FacetSelection): FacetSelection {
  const cleaned = Object.fromEntries(
    FACET_KEYS.map((key) => [key, selection[key].filter((value) => value.trim() !== '')]),
  ) as FacetSelection;
  return {...cleaned, kind: cleaned.kind.map((value) => RENAMED_KINDS[value] ?? value)};
}

/** Pagefind's filter argument for a selection; facets with nothing selected are left out. */
export function toPagefindFilters(selection: FacetSelection): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of FACET_KEYS) {
    const values = selection[key];
    if (values.length > 0) {
      filters[key] = {any: [...values]};
    }
  }
  return filters;
}

/** A value's comparable form: `Los Angeles` and `los-angeles` both give `los-angeles`. */
function slugForm(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Maps selected values onto the values the index knows, so that a link
 * written with the directory's slugs (`?city=los-angeles`) selects the
 * city Pagefind knows by name (`Los Angeles`). Unknown values are kept.
 * @param selection - values read from the URL
 * @param all - every filter value of the index (null before it is loaded)
 */
export function matchKnownValues(
  selection: FacetSelection,
  all: PagefindFilterCounts | null,
): FacetSelection {
  if (!all) return selection;
  const out = {...selection};
  for (const key of FACET_KEYS) {
    const known = Object.keys(all[key] ?? {});
    out[key] = selection[key].map((value) =>
      known.includes(value)
        ? value
        : (known.find((candidate) => slugForm(candidate) === slugForm(value)) ?? value),
    );
  }
  return out;
}

/** Whether anything is selected in any facet. */
export function hasSelection(selection: FacetSelection): boolean {
  return FACET_KEYS.some((key) => selection[key].length > 0);
}

/** One checkbox of a facet. */
export type FacetOption = {value: string; count: number; selected: boolean};

/**
 * The options to show for one facet: every value the index knows (`all`),
 * with the count for the current search when there is one (`current`), plus
 * selected values even if the index no longer has them. Kinds keep their
 * fixed order; other values are sorted by `label` in the reader's language.
 */
export function facetOptions(
  key: FacetKey,
  all: PagefindFilterCounts,
  current: PagefindFilterCounts | null,
  selected: readonly string[],
  label: (value: string) => string,
  locale: string,
): FacetOption[] {
  const values = new Set<string>([...Object.keys(all[key] ?? {}), ...selected]);
  const options = [...values].map((value) => ({
    value,
    count: (current ?? all)[key]?.[value] ?? 0,
    selected: selected.includes(value),
  }));
  if (key === 'kind') {
    const rank = (value: string) => {
      const index = (KINDS as readonly string[]).indexOf(value);
      return index === -1 ? KINDS.length : index;
    };
    return options.sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value));
  }
  const collator = new Intl.Collator(locale);
  return options.sort((a, b) => collator.compare(label(a.value), label(b.value)));
}

/** Normalises what was typed: trimmed, inner whitespace collapsed. */
export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}
