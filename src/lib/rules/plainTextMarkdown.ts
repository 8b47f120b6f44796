/**
 * Markdown block syntax in a field that is published as plain text (attack review 2, A3).
 *
 * An entry's `summary` and a city's `policy.summary` are shown as they are written: on the cards, the pages,
 * in the page's meta description and in the exports. Markdown there is not read as Markdown by anyone, so a
 * check that reads it as Markdown misses text the reader sees: the label of a link definition
 * (`[New hotline +1 876 555 1234]: https://…`), a fence title, a number cut in two by a setext underline or
 * spread over list items. These fields are checked as the plain text they are (checkPlainText), and block
 * syntax in them is refused: it means the writer expected a rendering that never happens.
 *
 * Each line is read on its own with anchored patterns of bounded repetition, so the check is linear in the
 * length of the text.
 */

/** Markdown block syntax found at the start of a line, and which line (1-based). */
export type PlainTextMarkdownHit = {line: number; column: number; what: string; text: string};

// CommonMark block starts (§4, §5): up to three spaces of indentation, then the marker.
const BLOCK_STARTS: [RegExp, string][] = [
  [/^ {0,3}\[(?:[^\]\\\n]|\\.){0,999}\]:/, 'a link reference definition'],
  [/^ {0,3}(`{3,}|~{3,})/, 'a code fence'],
  [/^ {0,3}#{1,6}(?=[ \t]|$)/, 'a heading'],
  [/^ {0,3}(=+|-+)[ \t]*$/, 'an underline (setext heading) or a rule'],
  [/^ {0,3}([-*_])[ \t]*(\1[ \t]*){2,}$/, 'a horizontal rule'],
  [/^ {0,3}([-*+]|\d{1,9}[.)])(?=[ \t]|$)/, 'a list item'],
  [/^ {0,3}>/, 'a block quote'],
];

/**
 * Finds the first line of a text that starts with Markdown block syntax.
 * @param text - the field's value as written
 * @returns the line (1-based), column (1-based) and kind of syntax, or null when there is none
 */
export function findMarkdownBlockSyntax(text: string): PlainTextMarkdownHit | null {
  const lines = text.split(/\r\n?|\n/);
  for (const [index, line] of lines.entries()) {
    for (const [pattern, what] of BLOCK_STARTS) {
      const match = pattern.exec(line);
      if (!match) continue;
      const column = line.length - line.trimStart().length + 1;
      return {line: index + 1, column, what, text: line.trim().slice(0, 60)};
    }
  }
  return null;
}

/**
 * The text as a browser shows a plain-text field inside one element: every run of white space (line breaks
 * included) as one space. Checking this form too finds a number or an address cut by line breaks.
 * (Only ASCII and Unicode space separators are joined; invisible characters are left for their own rule.)
 * @param text - the field's value as written
 */
export function asDisplayed(text: string): string {
  return text.replace(/[ \t\n\r\f\v\p{Zs}\u2028\u2029]+/gu, ' ').trim();
}
