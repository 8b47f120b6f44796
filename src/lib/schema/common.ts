import * as z from 'zod';
import {DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode} from '../i18n/locales';
import {hasHiddenCharacter} from '../rules/hiddenCharacters';
import {checkHttpsAddress} from '../rules/webAddress';
import {PROBLEM_TEXTS, fillTemplate, type CodeOf, type ProblemValues} from '../checks/problemTexts';
import type {RuleId} from '../checks/ruleIds';

/**
 * Building blocks shared by the city, organisation and playbook schemas.
 * Every refinement carries a fix inside its message (see `issue`) so the validator can tell a
 * contributor how to repair the field.
 */

/** Separates what is wrong from how to fix it inside a zod issue message. */
export const FIX_SEPARATOR = ' \u2192 Fix: ';

/** A catalogue code of a schema problem (of rule `schema`, or of the rule a refinement names) and its values. */
export type IssueCode = {code: CodeOf<RuleId>; values: ProblemValues};

/**
 * The schemas' own messages by their zod text, so that a check which can give zod only a message (`.max()`,
 * `.regex()`, `z.iso.date()`…: zod 4 keeps `params` for custom issues alone) still yields its code.
 * Filled when a schema module is loaded, from the codes it names; read by {@link issueCodeOf}.
 */
const CODED_MESSAGES = new Map<string, IssueCode>();

/** The leading field of a catalogue message (`"{field}" is empty.`): zodProblems puts it before the zod text. */
const FIELD_FIRST = '"{field}" ';

/**
 * The zod message of a catalogue code: the English message (without its leading field) and fix, as the schema's
 * readers (zodProblems, tests) have always read them.
 */
function zodText(code: CodeOf<RuleId>, values: ProblemValues): string {
  const entry = PROBLEM_TEXTS[code];
  const message = entry.message.en.startsWith(FIELD_FIRST)
    ? entry.message.en.slice(FIELD_FIRST.length)
    : entry.message.en;
  return `${fillTemplate(message, values) ?? message}${FIX_SEPARATOR}${fillTemplate(entry.fix.en, values) ?? entry.fix.en}`;
}

/**
 * A zod error option whose message is a catalogue entry (checks/texts/files.ts): what is wrong, phrased to follow
 * the field name, and how to fix it.
 * @param code - the catalogue code, e.g. `schema.not-slug`
 * @param values - the values its texts quote, other than `field` (zodProblems adds the field)
 */
export function issue(code: CodeOf<'schema'>, values: ProblemValues = {}): {error: string} {
  const error = zodText(code, values);
  CODED_MESSAGES.set(error, {code, values});
  return {error};
}

/**
 * A custom zod issue (for `ctx.addIssue`) whose message is a catalogue entry, with its code and values in
 * `params` (and, for a code of another rule than `schema`, that rule, so the problem is reported under it).
 * @param code - the catalogue code
 * @param values - the values its texts quote, other than `field`
 */
export function customIssue(
  code: CodeOf<RuleId>,
  values: ProblemValues = {},
): {code: 'custom'; message: string; params: IssueCode & {rule?: RuleId}} {
  const rule = PROBLEM_TEXTS[code].rule;
  return {
    code: 'custom',
    message: zodText(code, values),
    params: rule === 'schema' ? {code, values} : {code, values, rule},
  };
}

/**
 * A custom zod issue for a finding of another module (an address or a phone number checked by src/lib/rules):
 * the finding's code and values, reported under the code's rule.
 * @param finding - the finding, with its catalogue code and values (its English words are written from them)
 */
export function findingIssue(finding: {code: CodeOf<RuleId>; values: ProblemValues}): {
  code: 'custom';
  message: string;
  params: IssueCode & {rule?: RuleId};
} {
  return customIssue(finding.code, finding.values);
}

/**
 * The catalogue code and values of a zod issue raised by one of our schemas: from a custom issue's `params`, or
 * from the message of a check given {@link issue}.
 * @param zodIssue - an issue of a zod error
 * @returns the code and values, or null for zod's own messages (and findings without a code)
 */
export function issueCodeOf(zodIssue: {
  code: string;
  message: string;
  params?: unknown;
}): IssueCode | null {
  const params = zodIssue.params as Partial<IssueCode> | undefined;
  if (zodIssue.code === 'custom' && params?.code && Object.hasOwn(PROBLEM_TEXTS, params.code))
    return {code: params.code, values: params.values ?? {}};
  return CODED_MESSAGES.get(zodIssue.message) ?? null;
}

/**
 * Invisible and direction-changing characters (Unicode bidirectional
 * controls, zero-width and other format characters): they can make a name
 * or link read differently from what it is (Trojan Source, CVE-2021-42574).
 * The one definition is `findHiddenCharacters` in src/lib/rules/hiddenCharacters.ts,
 * shared with Markdown: the zero-width non-joiner and joiner (U+200C, U+200D)
 * are part of ordinary writing (Persian and Dari words, emoji such as 👩‍⚖️),
 * so they are refused only at the start or end, or beside an ASCII
 * character, where they could split a number, an address or a link unseen;
 * variation selectors and emoji tag sequences likewise.
 *
 * Kept for callers that test a value (`INVISIBLE_OR_BIDI.test(value)`).
 * Contributed text is checked, with the character named and placed, by
 * the text rules (`checkPlainText`, `checkMarkdownTree`: rule `invisible-character`).
 */
export const INVISIBLE_OR_BIDI: {test(value: string): boolean} = {test: hasHiddenCharacter};

/**
 * A single line or paragraph of contributed text, trimmed.
 *
 * Its safety (invisible and direction-changing characters, contacts,
 * invites, addresses) is checked by the text rules, which every caller runs
 * on every string of a contributed file (`checkAllStrings`, and
 * `checkMarkdownTree` for prose): they name the character and its place,
 * where a refinement here could only repeat the same problem less precisely.
 * @param max - maximum characters, if any
 */
export function plainText(max?: number) {
  const base = z.string().trim().min(1);
  const limited = max ? base.max(max, issue('schema.too-long-text', {max})) : base;
  return limited.refine((value) => !SPREADSHEET_FORMULA.test(value), issue('schema.formula'));
}

/**
 * Text that spreadsheet programs run as a formula when it begins a cell
 * (CSV injection, OWASP "CSV Injection"): `=` or `@`, or `+`/`-` before
 * something other than a space or a digit (so "- a list item" and "-5" pass).
 */
const SPREADSHEET_FORMULA = /^\s*(?:[=@]|[+-](?=[^\s\d]))/;

/** A file-name slug: lowercase letters, digits and single hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, issue('schema.not-slug'));

/** An ISO 8601 calendar date (YYYY-MM-DD). */
export const isoDateSchema = z.iso.date(issue('schema.not-date'));

/**
 * A BCP-47 language tag, checked and canonicalised by `Intl.getCanonicalLocales`
 * (which implements RFC 5646 / UTS #35 well-formedness).
 */
export const bcp47Schema = z.string().refine((tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && /^[a-z]{2,3}(-|$)/.test(tag);
  } catch {
    return false;
  }
}, issue('schema.not-language-tag'));

/** A GitHub user (`@alice`) or team (`@org/team`), as CODEOWNERS expects. */
export const githubHandleSchema = z
  .string()
  .regex(
    /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/,
    issue('schema.not-github-handle'),
  );

/**
 * An `https:` URL with a real host name, that leads where it seems to: no
 * invisible characters, no user name before the host, no host name mixing
 * scripts, no link shortener (src/lib/rules/webAddress.ts).
 */
export const httpsUrlSchema = z.string().superRefine((value, ctx) => {
  const flaw = checkHttpsAddress(value);
  if (!flaw) return;
  // The plain case keeps the field-first wording ("policy.source_url" is not an https: link.).
  if (flaw.message.endsWith(' is not an https: link.'))
    ctx.addIssue(customIssue('schema.not-https'));
  else ctx.addIssue(findingIssue(flaw));
});

/**
 * Text per locale, e.g. `{en: '…', es: '…'}`: English is required, every
 * other published locale is optional (a missing one falls back to English
 * with a "not yet translated" note), and an unknown locale key is refused.
 * @param maxLength - maximum characters per locale, if any
 */
export function localizedText(maxLength?: number) {
  const text = plainText(maxLength);
  const others = Object.fromEntries(
    LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE).map((code) => [code, text.optional()]),
  ) as Record<Exclude<LocaleCode, 'en'>, z.ZodOptional<typeof text>>;
  return z.strictObject({en: text, ...others});
}

/** A localized text map such as `{en: 'Hello', es: 'Hola'}`. */
export type LocalizedText = {en: string} & Partial<Record<Exclude<LocaleCode, 'en'>, string>>;
