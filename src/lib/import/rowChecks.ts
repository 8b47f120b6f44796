import {slugSchema} from '../schema/common';
import type {PhoneCountry} from './channels';
import type {OrganizationDraft, RowProblem} from './draft';
import type {LiveTree} from './liveTree';

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
    problems.push({
      ...where,
      column: draft.country.column,
      field: '(country)',
      rule: 'country',
      message: `The row's country is ${draft.country.code}, but the city ${draft.city} is in ${hubCountry}.`,
      fix: 'Correct the country cell or the city; a row belongs to one city in one country.',
    });
  }
  if (draft.city && !hasCity && !draft.problems.some((problem) => problem.field === '(city)')) {
    problems.push({
      ...where,
      column: draft.columns.city,
      field: '(city)',
      rule: 'missing-city',
      message: `There is no city "${draft.city}" in ${directoryLabel}/.`,
      fix:
        `Run the import with --create-cities to write directory/${draft.city}/_city.yml from the offline gazetteer, ` +
        'create it by hand from templates/city.yml, or map the row to an existing city (city.values or defaults.city in the mapping).',
    });
  }
  // Slugs become file names: anything but the slug pattern (e.g. ../../x) is refused before a path is made.
  if (draft.city && !slugSchema.safeParse(draft.city).success) {
    problems.push({
      ...where,
      column: draft.columns.city,
      field: '(city)',
      rule: 'slug',
      message: `"${draft.city}" is not a valid city slug.`,
      fix: 'Use the city folder name: lowercase letters, digits and hyphens, e.g. minneapolis (city.values in the mapping).',
    });
  }
  if (draft.slug && !slugSchema.safeParse(draft.slug).success) {
    problems.push({
      ...where,
      column: draft.columns.slug,
      field: '(slug)',
      rule: 'slug',
      message: `"${draft.slug}" is not a valid slug.`,
      fix: 'Use lowercase letters, digits and hyphens only, e.g. northside-rapid-response.',
    });
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
      {
        ...where,
        field: '(slug)',
        rule: 'exists',
        message: `An organisation with the slug "${draft.slug}" already exists: ${live.file}.`,
        fix: 'Run the import with --update to rewrite its changed fields, or import into an empty --out folder.',
      },
    ];
  }
  if (live.city === draft.city) return [];
  return [
    {
      ...where,
      column: draft.columns.city,
      field: '(city)',
      rule: 'moved',
      message: `${live.file} is in ${live.city}, but the row puts it in ${draft.city}.`,
      fix: "Move the file by hand in a pull request of its own, or correct the row's city.",
    },
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
  const sameCity = previous.city === draft.city;
  return [
    {
      ...where,
      message: `The slug "${draft.slug}" is also made by row ${previous.row}${sameCity ? ', in the same city: it is probably the same organisation' : ` (city ${previous.city})`}.`,
      fix: sameCity
        ? 'Merge the two rows into one, or give one a different name or Slug column value.'
        : 'Give one a different name or Slug column value, or set duplicates: suffix-city in the mapping to suffix the second with its city.',
    },
  ];
}
