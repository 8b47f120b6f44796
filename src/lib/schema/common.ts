import * as z from 'zod';
import {DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode} from '../i18n/locales';
import {hasHiddenCharacter} from '../rules/hiddenCharacters';
import {checkHttpsAddress} from '../rules/webAddress';

/**
 * Building blocks shared by the city, organisation and playbook schemas.
 * Every refinement carries a fix inside its message (see `issue`) so the validator can tell a
 * contributor how to repair the field.
 */

/** Separates what is wrong from how to fix it inside a zod issue message. */
export const FIX_SEPARATOR = ' \u2192 Fix: ';

/**
 * A zod error option whose message carries the fix shown to the contributor.
 * @param message - what is wrong, phrased to follow the field name
 * @param fix - how to repair it
 */
export function issue(message: string, fix: string): {error: string} {
  return {error: `${message}${FIX_SEPARATOR}${fix}`};
}

/**
 * A custom zod issue (for `ctx.addIssue`) whose message carries the fix.
 * @param message - what is wrong
 * @param fix - how to repair it
 */
export function customIssue(message: string, fix: string): {code: 'custom'; message: string} {
  return {code: 'custom', message: `${message}${FIX_SEPARATOR}${fix}`};
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
  const limited = max
    ? base.max(
        max,
        issue(`is longer than ${max} characters.`, `Shorten it to ${max} characters or fewer.`),
      )
    : base;
  return limited.refine(
    (value) => !SPREADSHEET_FORMULA.test(value),
    issue(
      'starts like a spreadsheet formula (=, @, or + or - before a letter), which runs when a researcher opens the open-data CSV.',
      'Start the text with a letter, a digit or a quotation mark.',
    ),
  );
}

/**
 * Text that spreadsheet programs run as a formula when it begins a cell
 * (CSV injection, OWASP "CSV Injection"): `=` or `@`, or `+`/`-` before
 * something other than a space or a digit (so "- a list item" and "-5" pass).
 */
const SPREADSHEET_FORMULA = /^\s*(?:[=@]|[+-](?=[^\s\d]))/;

/** A file-name slug: lowercase letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    issue(
      'is not a valid slug.',
      'Use lowercase letters, digits and hyphens, e.g. northside-rapid-response.',
    ),
  );

/** An ISO 8601 calendar date (YYYY-MM-DD). */
export const isoDateSchema = z.iso.date(
  issue('is not an ISO 8601 date.', 'Write the date as YYYY-MM-DD, e.g. 2026-10-02.'),
);

/**
 * A BCP-47 language tag, checked and canonicalised by `Intl.getCanonicalLocales`
 * (which implements RFC 5646 / UTS #35 well-formedness).
 */
export const bcp47Schema = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1 && /^[a-z]{2,3}(-|$)/.test(tag);
    } catch {
      return false;
    }
  },
  issue(
    'is not a BCP-47 language tag.',
    'Use a lowercase language code such as es, so, hmn or kar (add a region only if it matters, e.g. es-MX).',
  ),
);

/** A GitHub user (`@alice`) or team (`@org/team`), as CODEOWNERS expects. */
export const githubHandleSchema = z
  .string()
  .regex(
    /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/,
    issue('is not a GitHub user or team.', 'Write @username or @organisation/team-name.'),
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
    ctx.addIssue(customIssue('is not an https: link.', flaw.fix));
  else ctx.addIssue(customIssue(flaw.message, flaw.fix));
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
