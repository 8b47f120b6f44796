import type {OrganizationDraft, RowProblem} from './draft';
import {withHint} from './rowProblem';

/**
 * A validator problem met by an import names the entry's field; the person
 * importing changes the mapping, not the YAML. This adds to the fix the
 * mapping key to change: `fields:` or `defaults:` for a missing field,
 * `values:` for a cell whose text is not one of the allowed values.
 */

/** Fields whose allowed values are codes or slugs a mapping's values: table can give. */
const CODED = /^(types|languages|status|verified\.method|channels\[\d+\]\.languages)(\[\d+\])?$/;
const TOP_LEVEL_DEFAULTABLE = new Set([
  'types',
  'languages',
  'coverage',
  'status',
  'verified',
  'review_every_months',
  'maintainers',
  'consent',
  'summary',
  'name',
]);

/**
 * The problem with a fix naming the mapping key to change.
 * @param problem - a validator problem of the draft's entry
 * @param draft - the draft (its columns say which fields came from which column)
 */
export function withMappingFix(problem: RowProblem, draft: OrganizationDraft): RowProblem {
  const field = problem.field;
  const base = field.replace(/\[\d+\]$/, '');
  const top = field.split(/[.[]/)[0]!;
  if (problem.message.endsWith('is missing.') && TOP_LEVEL_DEFAULTABLE.has(top)) {
    const mapped = Object.keys(draft.columns).find(
      (key) => key === field || key.startsWith(`${field}.`),
    );
    return mapped
      ? withHint(problem, 'mapping.column-empty', {
          column: draft.columns[mapped]!,
          key: mapped,
          field,
        })
      : withHint(problem, 'mapping.name-column', {field});
  }
  if (field === 'channels' && problem.message.endsWith('is missing.')) {
    return withHint(problem, 'mapping.no-contact');
  }
  if (CODED.test(field) && problem.column) {
    const key = base.startsWith('channels[') ? 'channels[].languages' : `fields.${base}`;
    const value = valueAt(draft, field);
    return value
      ? withHint(problem, 'mapping.values-example', {key, value})
      : withHint(problem, 'mapping.values', {key});
  }
  return problem;
}

/** The written value of a field, e.g. `languages[1]` → `Klingon`. */
function valueAt(draft: OrganizationDraft, field: string): string | undefined {
  let node: unknown = {...draft.data};
  for (const key of field.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}
