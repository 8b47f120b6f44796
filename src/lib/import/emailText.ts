/**
 * Reads the e-mail addresses in one piece of a spreadsheet cell, the way
 * people write them: "info@x.org, intake@x.org", "mailto:help@x.org",
 * "Maria Lopez <maria@x.org>". The words beside an address are returned,
 * never used: they are often a person's name.
 */

// An address as RFC 5321 bounds it, in running text (the same broad shape as the personal-data rule).
const EMAIL =
  /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
// Separators, brackets and quote marks around the words beside an address.
const EDGES = /^[\s,;/|()[\]"'<>:-]+|[\s,;/|()[\]"'<>:-]+$/g;

/**
 * The addresses in a piece of a cell, and the words left beside them.
 * @param text - one piece of a cell
 * @returns the addresses without repeats, in order, and the other words (a mailto: before an address is not a word)
 */
export function readEmailText(text: string): {emails: string[]; words: string[]} {
  const emails = [...new Set([...text.matchAll(EMAIL)].map((match) => match[0]))];
  const rest = text.replace(EMAIL, '\u0000').replace(/mailto:\s*(?=\u0000)/gi, '');
  const words = rest
    .split('\u0000')
    .map((part) => part.replace(EDGES, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return {emails, words};
}
