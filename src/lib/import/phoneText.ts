import type {ProblemValues} from '../checks/problemTexts';
import type {ImportSkipCode} from '../checks/texts/workflow';
import {findPhoneNumbersInText, type CountryCode} from 'libphonenumber-js/max';

/**
 * Reads the phone numbers in one piece of a spreadsheet cell, the way
 * people write them: "(612) 555-0142 ext. 200", "664 123 4567 (línea
 * familiar)", "Family unity direct line: 612.555.0142". Numbers are found
 * and read by libphonenumber-js (Google's libphonenumber metadata) in the
 * given country when they carry no + country code; the extension is the
 * one libphonenumber recognises (ext., x, #, ext=…). Words beside a single
 * number become its label when short enough; anything else is returned as
 * left over, never dropped.
 */

/** One number found in the text. */
export type PhoneFound = {
  /** E.164, e.g. `+16125550142`. */
  value: string;
  /** The exact text that was read as the number (with its extension). */
  text: string;
  extension?: string;
  /** Words beside the number (separators and brackets trimmed), when they fit a label. */
  label?: string;
};

/** What a piece of a cell holds. */
export type PhoneReading = {
  phones: PhoneFound[];
  /**
   * Text that is neither a number nor a label, and why as a skip code (checks/texts/workflow.ts IMPORT_SKIP_TEXTS):
   * words between two numbers, words too long for a label, "Tel:".
   */
  leftover: {text: string; code: ImportSkipCode; values: ProblemValues}[];
};

/** Longest label a channel may have (organization schema: label, plainText(60)). */
export const LABEL_MAX = 60;

// Separators, brackets and quote marks around words beside a number: "(Spanish)", "— main line", "“+44 …”".
const EDGE =
  /^[\s\-\u2010-\u2015:;,./|()[\]{}"'\u2018-\u201F\u00AB\u00BB]+|[\s\-\u2010-\u2015:;,/|()[\]{}"'\u2018-\u201F\u00AB\u00BB]+$/g;

const ONLY_SAYS_PHONE =
  /^(tel|tél|tele|telephone|téléphone|teléfono|telefono|phone|ph|número|numero|number|num|no|n°|nº)\.?$/i;

const words = (text: string) => text.replace(EDGE, '').replace(/\s+/g, ' ').trim();

/**
 * Finds every valid phone number in a piece of text.
 * @param text - one piece of a cell (already split by the mapping, if it splits)
 * @param country - ISO 3166-1 alpha-2 country in which numbers without + country code are read
 * @returns the numbers, and what is left over; no numbers when none is a valid number
 */
export function readPhoneText(text: string, country: string): PhoneReading {
  const found = findPhoneNumbersInText(text, {defaultCountry: country as CountryCode});
  const phones: PhoneFound[] = found.map((match) => ({
    value: match.number.number,
    text: text.slice(match.startsAt, match.endsAt),
    ...(match.number.ext ? {extension: match.number.ext} : {}),
  }));
  // The words outside the numbers, in order.
  const gaps: string[] = [];
  let at = 0;
  for (const match of found) {
    gaps.push(words(text.slice(at, match.startsAt)));
    at = match.endsAt;
  }
  gaps.push(words(text.slice(at)));
  const rest = gaps.filter(Boolean);
  if (!phones.length) return {phones, leftover: []};
  // Words that only say "this is a phone number" (Tel:, Teléfono:) name nothing: listed as left over, not a label.
  const naming = rest.filter((word) => !ONLY_SAYS_PHONE.test(word));
  const leftover = rest
    .filter((word) => ONLY_SAYS_PHONE.test(word))
    .map((text) => ({text, code: 'skip.phone-words-say-phone' as const, values: {}}));
  // One number: the words beside it name it. Several numbers: which words belong to which is a guess, so none is made.
  if (phones.length === 1 && naming.length === 1 && naming[0]!.length <= LABEL_MAX) {
    phones[0]!.label = naming[0];
    return {phones, leftover};
  }
  const why = (text: string): PhoneReading['leftover'][number] =>
    phones.length > 1
      ? {text, code: 'skip.phone-words-several-numbers' as const, values: {}}
      : naming.length > 1
        ? {text, code: 'skip.phone-words-both-sides' as const, values: {}}
        : {text, code: 'skip.phone-words-long' as const, values: {length: text.length}};
  return {phones, leftover: [...leftover, ...naming.map(why)]};
}
