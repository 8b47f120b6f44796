import React, {type ReactNode} from 'react';

/** One Pagefind filter value, e.g. `['city', 'Minneapolis']`. */
export type PagefindFilter = readonly [key: string, value: string];

/**
 * Hidden Pagefind filter markers (`data-pagefind-filter="key:value"`, read by
 * the indexer from the static HTML; invisible to readers and assistive tech).
 * Duplicates and empty values are dropped.
 */
export default function PagefindFilters({filters}: {filters: readonly PagefindFilter[]}): ReactNode {
  const seen = new Set<string>();
  const unique = filters.filter(([key, value]) => {
    const id = `${key}:${value.trim()}`;
    if (!value.trim() || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return (
    <>
      {unique.map(([key, value]) => (
        <span key={`${key}:${value}`} hidden data-pagefind-filter={`${key}:${value.trim()}`} />
      ))}
    </>
  );
}
