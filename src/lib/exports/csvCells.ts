/**
 * Spreadsheet formula neutralisation for the CSV exports (defence in depth:
 * the validator already refuses text that starts like a formula, but a CSV
 * cell also holds contact values, generated text and whatever a later field
 * adds). Spreadsheet programs run a cell that starts with `=`, `+`, `-` or
 * `@` as a formula, and some also one that starts with a tab, a carriage
 * return or a null character (OWASP "CSV Injection"; OWASP ASVS 5.0
 * requirement 1.2.10: such a first character "must be escaped with a single quote").
 *
 * The rule, one for every CSV file published under /data/:
 * - a cell that begins with `=`, `+`, `-`, `@` (or their full-width forms
 *   `＝＋－＠`), with a tab, carriage return, line feed or null character, or
 *   with spaces before one of those four signs, gets one `'` in front;
 * - so does a cell that already begins with `'`, which makes the rule exact
 *   to undo: remove one `'` from the start of every cell that begins with `'`;
 * - a plain signed number (`-93.265`, a longitude; `+16125550142`, an E.164
 *   phone number) is left as it is: digits and one sign cannot run anything,
 *   and a phone number must reach a researcher or an HSDS consumer exactly
 *   as the organisation gave it (a spreadsheet may show it as a number
 *   without its `+`; the digits are the same). The JSON files carry every value as it is.
 * This browser-safe module has no Node imports: the /data page shows the rule.
 */

/** The character put in front of a cell that could be read as a formula. */
export const FORMULA_GUARD = "'";

const FORMULA_SIGNS = '=+\\-@\uFF1D\uFF0B\uFF0D\uFF20';
const NEEDS_GUARD = new RegExp(`^(?:['\\t\\r\\n\\u0000]|\\s*[${FORMULA_SIGNS}])`);
const SIGNED_NUMBER = /^[+-]\d+(?:\.\d+)?$/;

/** The rule in words, for datapackage.json and the codebook (the /data page has it translated). */
export const FORMULA_GUARD_RULE =
  'A cell that begins with =, +, -, @ (or their full-width forms), a tab, a carriage return, a line feed or a null character, ' +
  "or with spaces before =, +, - or @, has one ' added in front, so that spreadsheet programs show it as text and never run it " +
  "as a formula (OWASP CSV Injection). So has a cell that begins with ' itself. To read the exact value, remove one ' from the " +
  "start of every cell that begins with '. Plain signed numbers, such as the E.164 phone number +16125550142 or the longitude " +
  '-93.265, are left as they are: they cannot run anything. The JSON files carry every value unchanged.';

/**
 * Writes a value as a CSV cell that no spreadsheet runs as a formula.
 * @param value - the exact value
 * @returns the value, with `'` in front when it could start a formula or already starts with `'`
 */
export function guardCell(value: string): string {
  return NEEDS_GUARD.test(value) && !SIGNED_NUMBER.test(value) ? `${FORMULA_GUARD}${value}` : value;
}

/**
 * Reads back a cell written by {@link guardCell}.
 * @param cell - the cell text
 * @returns the exact value
 */
export function unguardCell(cell: string): string {
  return cell.startsWith(FORMULA_GUARD) ? cell.slice(FORMULA_GUARD.length) : cell;
}
