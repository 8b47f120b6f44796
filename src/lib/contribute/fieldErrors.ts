import type {Problem} from '../problems';

/**
 * Maps the validator's problems (whose `field` is a path such as
 * `channels[0].value` or `front matter.cities[1]`) to the form fields that
 * can fix them, so each message is shown beside its field.
 */

/** Problems grouped by form field; `unplaced` holds those no field can fix (shown in the summary only). */
export type FieldProblems = {byField: Record<string, Problem[]>; unplaced: Problem[]};

/**
 * The parents of a field path, nearest first:
 * `channels[0].languages[1]` → `channels[0].languages[1]`, `channels[0].languages`, `channels[0]`, `channels`.
 * @param field - a path as written by `formatField`
 */
export function fieldAncestors(field: string): string[] {
  const out = [field];
  let current = field;
  for (;;) {
    const next = current.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
    if (next === current || next === '') break;
    out.push(next);
    current = next;
  }
  return out;
}

/**
 * Groups problems by the form field they belong to.
 * @param problems - from the validator
 * @param fields - the form's field keys, written like problem fields (e.g. `summary.en`, `channels[2].hours`)
 * @param options.prefix - stripped from problem fields first (e.g. `front matter.` for playbooks)
 * @param options.byLine - places a problem no field name matches by its line (e.g. a Markdown body line → its section); returns a field key or undefined
 * @returns problems per field key, and the ones that match no field
 */
export function mapProblemsToFields(
  problems: readonly Problem[],
  fields: Iterable<string>,
  options: {prefix?: string; byLine?: (line: number) => string | undefined} = {},
): FieldProblems {
  const known = new Set(fields);
  const result: FieldProblems = {byField: {}, unplaced: []};
  for (const problem of problems) {
    const field =
      options.prefix && problem.field.startsWith(options.prefix)
        ? problem.field.slice(options.prefix.length)
        : problem.field;
    const target =
      fieldAncestors(field).find((candidate) => known.has(candidate)) ??
      options.byLine?.(problem.line);
    if (target && known.has(target)) (result.byField[target] ??= []).push(problem);
    else result.unplaced.push(problem);
  }
  return result;
}

/**
 * A DOM id for a field key, stable and valid in CSS selectors.
 * @param form - the form's id prefix, e.g. `org`
 * @param field - e.g. `channels[0].value`
 * @returns e.g. `org-channels-0-value`
 */
export function fieldDomId(form: string, field: string): string {
  return `${form}-${field.replace(/\[(\d+)\]/g, '-$1').replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
