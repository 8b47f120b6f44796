/**
 * Which playbooks the comparison view shows, decided from the URL query.
 * Pure and shared by the build (default view) and the browser (shared links),
 * so a link such as `/compare/rapid-response?playbook=a&playbook=b` shows
 * the same columns for everyone.
 */

/** Fewest and most columns the comparison lays side by side. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** What the chooser needs to know about a playbook of the topic. */
export type SelectablePlaybook = {
  id: string;
  /** City slugs the playbook is practised in (the first is its "home" column). */
  cities: string[];
  maturity: 'idea' | 'piloted' | 'proven' | string;
  /** `YYYY-MM-DD` */
  lastReviewed: string;
};

/** The decided selection, plus why the request was changed (for a notice). */
export type CompareSelection = {
  ids: string[];
  /** True when the URL asked for nothing usable and the default is shown. */
  isDefault: boolean;
  /** Requested ids that are not playbooks of this topic. */
  unknown: string[];
  /** Requested ids dropped because more than `MAX_COMPARED` were asked for. */
  dropped: string[];
};

const MATURITY_RANK: Record<string, number> = {proven: 0, piloted: 1, idea: 2};

/**
 * The default comparison: one playbook per city (the most mature, then the
 * most recently reviewed, then by id), cities in the given order, at most
 * `MAX_COMPARED`. A playbook shared by several cities counts for its first city.
 * @param playbooks - the playbooks of the topic
 * @param cityOrder - city slugs in display order (e.g. by name)
 * @returns ordered playbook ids
 */
export function defaultSelection(playbooks: SelectablePlaybook[], cityOrder: string[]): string[] {
  const ranked = [...playbooks].sort(
    (a, b) =>
      (MATURITY_RANK[a.maturity] ?? 9) - (MATURITY_RANK[b.maturity] ?? 9) ||
      b.lastReviewed.localeCompare(a.lastReviewed) ||
      a.id.localeCompare(b.id),
  );
  const rank = (slug: string | undefined) => {
    const index = slug === undefined ? -1 : cityOrder.indexOf(slug);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const chosen = new Map<string, string>();
  for (const playbook of ranked) {
    const city = playbook.cities[0] ?? '';
    if (!chosen.has(city)) chosen.set(city, playbook.id);
  }
  return [...chosen.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([, id]) => id)
    .slice(0, MAX_COMPARED);
}

/**
 * Decides the selection from the ids in the URL (`?playbook=…`, repeated).
 * Ids are kept in the order given, deduplicated; ids of other topics are
 * ignored; past `MAX_COMPARED` they are dropped. Fewer than `MIN_COMPARED`
 * usable ids fall back to the default, unless the topic has only one playbook.
 * @param requested - raw values from the query string (may be empty, repeated or junk)
 * @param playbooks - the playbooks of the topic
 * @param cityOrder - city slugs in display order
 */
export function resolveSelection(
  requested: readonly string[],
  playbooks: SelectablePlaybook[],
  cityOrder: string[],
): CompareSelection {
  const known = new Set(playbooks.map((playbook) => playbook.id));
  const unique = [...new Set(requested.map((value) => value.trim()).filter(Boolean))];
  const usable = unique.filter((id) => known.has(id));
  const unknown = unique.filter((id) => !known.has(id));
  const ids = usable.slice(0, MAX_COMPARED);
  const dropped = usable.slice(MAX_COMPARED);
  if (ids.length >= Math.min(MIN_COMPARED, playbooks.length) && ids.length > 0)
    return {ids, isDefault: false, unknown, dropped};
  return {ids: defaultSelection(playbooks, cityOrder), isDefault: true, unknown, dropped};
}

/**
 * The query string of a selection, for shareable links.
 * @param ids - playbook ids in column order
 * @returns e.g. `?playbook=playbooks%2Frapid-response%2Fa&playbook=…` (empty for no ids)
 */
export function selectionQuery(ids: readonly string[]): string {
  const params = new URLSearchParams();
  for (const id of ids) params.append('playbook', id);
  const query = params.toString();
  return query ? `?${query}` : '';
}
