/**
 * The documented ways an import may write a value that differs from its
 * source cell. Every difference is listed in the report with one of these
 * rules (report.changes); a test compares each written value with its cell
 * and fails on any difference that is not listed.
 */
export const CHANGE_RULES = {
  'trim-space':
    'Spaces, tabs and line breaks at the ends of a cell removed, and runs of them inside collapsed to one space.',
  'value-map':
    "The cell text replaced by the value the mapping's values: table gives for it (compared without case).",
  split: 'A cell holding several values (split: in the mapping) gives one value per part.',
  'city-slug':
    'A city name turned into its folder slug (lowercase ASCII letters, digits and hyphens).',
  'name-slug': "The organisation's slug made from its name (no slug column).",
  'slug-city-suffix':
    'A duplicate slug within the sheet suffixed with the city (duplicates: suffix-city).',
  'phone-e164':
    "A phone number rewritten as + country code and digits (E.164), read in the country of the row's city.",
  'phone-extension':
    "An extension written with a number (ext. 204, x204, #204) moved to the channel's extension.",
  'phone-label':
    'Words beside a number kept as the channel\'s label (60 characters at most; words that only say "Tel:" are listed as not imported).',
  'contact-extract':
    'An e-mail address taken out of the text around it (mailto:, brackets, quote marks); words beside it are listed as not imported, never published.',
  number: 'Text read as a whole number.',
  boolean:
    'Text read as true (true, yes, y, 1, sí, oui) or false (false, no, n, 0, non); any other text is left as it is (and refused).',
  'language-name': 'A language name or ISO 639 code replaced by its BCP-47 code.',
  'hsds-status':
    'HSDS service status mapped to the entry status: active → active; inactive, temporarily closed → paused; defunct → closed.',
  'hsds-schedule':
    'HSDS schedule rows written as one OpenStreetMap opening_hours value that means exactly the same times.',
  'hsds-json': 'An sc_ extension cell of a Sanctuary Commons package read as JSON.',
} as const;

/** A documented change rule id. */
export type ChangeRule = keyof typeof CHANGE_RULES;

/**
 * Collapses whitespace the way every cell is read: runs of spaces, tabs and
 * line breaks become one space; the ends are trimmed.
 * @param text - the cell
 */
export function cleanCell(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
