import {slugSchema} from '../schema/common';
import type {PhoneCountry} from './channels';
import type {OrganizationDraft, RowProblem} from './draft';
import type {LiveTree} from './liveTree';
import {rowProblem} from './rowProblem';

/**
 * Checks of a row that need more than its own entry: its city and
 * country, its file name (slugs become paths), the other rows of the sheet
 * (duplicates) and the live tree (an entry that exists, or moved).
 */

/** Where a row's numbers are read: its city hub's country, else its country column, else the mapping's country:. */
export function phoneCountry(
  draft: OrganizationDraft,
  hubCountry: string | undefined,
  fallback: string,
): PhoneCountry {
  if (hubCountry) return {code: hubCountry, from: 'city', city: draft.city};
  if (draft.country) return {code: draft.country.code, from: 'column'};
  return {code: fallback, from: 'mapping'};
}

/**
 * The row's city and country: the country column agrees with the city hub, the city exists (or will).
 * @param draft - the row
 * @param hubCountry - the country of its city hub, when there is one (or will be)
 * @param hasCity - whether the city has a hub (or will have one)
 * @param directoryLabel - the directory folder as the report names it
 */
export function placeProblems(
  draft: OrganizationDraft,
  hubCountry: string | undefined,
  hasCity: boolean,
  directoryLabel: string,
): RowProblem[] {
  const where = {source: draft.source, row: draft.row};
  const problems: RowProblem[] = [];
  if (draft.country && hubCountry && draft.country.code !== hubCountry) {
    problems.push(
      rowProblem(
        {...where, column: draft.country.column},
        '(country)',
        'country',
        'country.row-mismatch',
        {
          country: draft.country.code,
          city: draft.city,
          cityCountry: hubCountry,
        },
      ),
    );
  }
  if (draft.city && !hasCity && !draft.problems.some((problem) => problem.field === '(city)')) {
    problems.push(
      rowProblem(
        {...where, column: draft.columns.city},
        '(city)',
        'missing-city',
        'missing-city.import',
        {
          city: draft.city,
          directory: directoryLabel,
        },
      ),
    );
  }
  // Slugs become file names: anything but the slug pattern (e.g. ../../x) is refused before a path is made.
  if (draft.city && !slugSchema.safeParse(draft.city).success) {
    problems.push(
      rowProblem({...where, column: draft.columns.city}, '(city)', 'slug', 'slug.import-city', {
        city: draft.city,
      }),
    );
  }
  if (draft.slug && !slugSchema.safeParse(draft.slug).success) {
    problems.push(
      rowProblem({...where, column: draft.columns.slug}, '(slug)', 'slug', 'slug.import-row', {
        slug: draft.slug,
      }),
    );
  }
  return problems;
}

/**
 * The live entry a row updates (--update): matched by HSDS id first (a renamed organisation keeps its id), then by slug.
 * @returns the slug of the live entry, or undefined
 */
export function matchLive(draft: OrganizationDraft, tree: LiveTree): string | undefined {
  return (
    (draft.hsdsId && tree.byHsdsId.get(draft.hsdsId)) ||
    (tree.organizations.has(draft.slug) ? draft.slug : undefined)
  );
}

/**
 * The row against the live tree: without --update an existing entry is never replaced; with it, an entry stays in its city.
 * @param draft - the row (its slug already matched)
 * @param tree - the live tree
 * @param update - whether --update was given
 */
export function liveProblems(
  draft: OrganizationDraft,
  tree: LiveTree,
  update: boolean,
): RowProblem[] {
  const live = tree.organizations.get(draft.slug);
  const where = {source: draft.source, row: draft.row};
  if (!draft.slug || !live) return [];
  if (!update) {
    return [
      rowProblem(where, '(slug)', 'exists', 'exists.slug', {slug: draft.slug, file: live.file}),
    ];
  }
  if (live.city === draft.city) return [];
  return [
    rowProblem({...where, column: draft.columns.city}, '(city)', 'moved', 'moved.city', {
      file: live.file,
      liveCity: live.city,
      city: draft.city,
    }),
  ];
}

/**
 * Two rows making one slug: the second is refused, or suffixed with its city (duplicates: suffix-city).
 * @param draft - the later row (its slug may be changed, and the change listed)
 * @param seen - slug → the row already accepted with it
 * @param rule - what to do with a duplicate
 * @returns the problem, when the row is refused
 */
export function duplicateProblems(
  draft: OrganizationDraft,
  seen: Map<string, OrganizationDraft>,
  rule: 'refuse' | 'suffix-city',
): RowProblem[] {
  const previous = draft.slug ? seen.get(draft.slug) : undefined;
  if (!previous) return [];
  const where = {
    source: draft.source,
    row: draft.row,
    column: draft.columns.slug ?? draft.columns.name,
    field: '(slug)',
    rule: 'duplicate-row' as const,
  };
  const suffixed = `${draft.slug}-${draft.city}`;
  if (rule === 'suffix-city' && previous.city !== draft.city && !seen.has(suffixed)) {
    draft.changes.push({
      source: draft.source,
      row: draft.row,
      column: where.column,
      field: '(slug)',
      cell: draft.slug,
      from: draft.slug,
      to: suffixed,
      rule: 'slug-city-suffix',
    });
    draft.slug = suffixed;
    return [];
  }
  const place = {source: where.source, row: where.row, column: where.column};
  return [
    previous.city === draft.city
      ? rowProblem(place, where.field, where.rule, 'duplicate-row.same-city', {
          slug: draft.slug,
          row: previous.row,
        })
      : rowProblem(place, where.field, where.rule, 'duplicate-row.other-city', {
          slug: draft.slug,
          row: previous.row,
          city: previous.city,
        }),
  ];
}
