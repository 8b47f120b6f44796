import {fillTemplate, type ProblemValues} from '../checks/problemTexts';
import {IMPORT_SKIP_TEXTS, type ImportSkipCode} from '../checks/texts/workflow';
import type {Skipped, Where} from './draft';

/**
 * What the import read but did not write, built from the skip catalogue (checks/texts/workflow.ts) so that the
 * report's "Not imported" lines can be printed in every catalogue language.
 */

/**
 * A skipped item from its code.
 * @param where - the source file, row and (when known) column
 * @param code - the skip code
 * @param values - the values its `what` and `reason` quote
 * @param extra - the value not imported (kept short in reports), or how many values the item stands for
 * @returns the item, with its English `what` and `reason` written from the catalogue
 */
export function skippedItem(
  where: Where,
  code: ImportSkipCode,
  values: ProblemValues = {},
  extra: {value?: string; count?: number} = {},
): Skipped {
  const text = skippedTextIn({code, values}, 'en');
  return {...where, what: text.what, reason: text.reason, ...extra, code, values};
}

/**
 * A skipped item's `what` and `reason` in a language.
 * @param item - its code and values
 * @param locale - `en`, `es` or `fr`; any other language gets English
 * @returns the texts (a value missing for a placeholder leaves the `{name}` visible)
 */
export function skippedTextIn(
  item: {code: ImportSkipCode; values?: ProblemValues},
  locale: string,
): {what: string; reason: string} {
  const entry = IMPORT_SKIP_TEXTS[item.code];
  const language = locale === 'es' || locale === 'fr' ? locale : 'en';
  const fill = (template: string) => fillTemplate(template, item.values ?? {}) ?? template;
  return {what: fill(entry.what[language]), reason: fill(entry.reason[language])};
}
