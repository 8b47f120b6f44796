import type {RuleId} from './ruleIds';
import {CATALOGUE_LOCALES, type CatalogueEntry, type CatalogueLocale} from './texts/entry';
import {PROSE_TEXTS} from './texts/prose';
import {CHECK_TEXTS} from './texts/checks';
import {FILE_TEXTS} from './texts/files';
import {WORKFLOW_TEXTS} from './texts/workflow';

export {CATALOGUE_LOCALES};

/**
 * The problem catalogue: for each problem code, the message and the fix in every language the site publishes
 * (English, Spanish, French), with `{name}` placeholders for the values a problem quotes (an address, a date, a
 * number). The checks build a coded problem with `makeProblem(place, field, rule, {code, values})` (problems.ts),
 * which writes the English text from here; the CLI and the pull-request report print it, and the /contribute
 * form shows the reader's language from the same entry ({@link problemTextIn}), instead of recognising English
 * sentences.
 *
 * A code is `<rule id>.<what>`: one rule can say several things (future-date.verified, future-date.consent).
 * Every entry has every language (the type requires it, and a test checks that each language uses the same
 * placeholders and no text is empty). Every problem has a code: `makeProblem` accepts nothing else, so a new
 * check cannot add an English-only problem.
 */

/**
 * Every problem code and its texts, one file per family of checks under ./texts/.
 */
export const PROBLEM_TEXTS = {
  ...PROSE_TEXTS,
  ...FILE_TEXTS,
  ...CHECK_TEXTS,
  ...WORKFLOW_TEXTS,
};

/** A problem code: a key of {@link PROBLEM_TEXTS}. */
export type ProblemCode = keyof typeof PROBLEM_TEXTS;

/** The codes of one rule, so a code given for another rule fails tsc. */
export type CodeOf<R extends RuleId> = {
  [C in ProblemCode]: (typeof PROBLEM_TEXTS)[C]['rule'] extends R ? C : never;
}[ProblemCode];

/** The values a problem's texts quote, by placeholder name. */
export type ProblemValues = Readonly<Record<string, string | number>>;

/**
 * Whether a value is a known problem code (codes arrive untyped from a JSON report).
 * @param value - anything
 */
export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEM_TEXTS, value);
}

/**
 * Fills a template's `{name}` placeholders.
 * @param template - e.g. `The consent date {date} is in the future.`
 * @param values - e.g. `{date: '2031-01-01'}`
 * @returns the text, or null when a placeholder has no value (the caller then keeps the problem's own text)
 */
export function fillTemplate(template: string, values: ProblemValues): string | null {
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) missing = true;
    return String(value ?? '');
  });
  return missing ? null : text;
}

/**
 * The placeholder names of a template, sorted (for the catalogue's test).
 * @param template - a catalogue text
 */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/** A problem's text in one language, and whether it stayed English because the catalogue could not give it. */
export type CatalogueResult = {message: string; fix: string; isFallback: boolean};

/**
 * A problem's message and fix in a language, from its code and values.
 * @param problem - a problem (or a problem read back from a JSON report): its English message and fix, and
 *   optionally its code and values
 * @param locale - `en`, `es` or `fr`; any other language gets English
 * @returns the catalogue's texts; the problem's own English ones with `isFallback` when it has no known code or
 *   lacks a value
 */
export function problemTextIn(
  problem: {message: string; fix: string; code?: string; values?: ProblemValues},
  locale: string,
): CatalogueResult {
  const english = {message: problem.message, fix: problem.fix, isFallback: true};
  if (!isProblemCode(problem.code)) return english;
  const entry: CatalogueEntry = PROBLEM_TEXTS[problem.code];
  const language: CatalogueLocale = (CATALOGUE_LOCALES as readonly string[]).includes(locale)
    ? (locale as CatalogueLocale)
    : 'en';
  const message = fillTemplate(entry.message[language], problem.values ?? {});
  const fix = fillTemplate(entry.fix[language], problem.values ?? {});
  if (message === null || fix === null) return english;
  return {message, fix, isFallback: language !== locale};
}
