import MAIL_PROVIDERS from 'email-providers/all.json';
import {isReservedHost} from './reserved';
import {normalizeText} from './normalizeText';
import {findPhoneNumbersInProse} from './phoneInText';

/**
 * Safety rule 5 (DESIGN.md): no personal data in prose. Contacts belong in an
 * organisation's `channels`, where they are validated and kept in one place.
 */

/** A piece of personal data found in prose, with its place in the text. */
export type PersonalDataHit = {
  kind: 'phone' | 'email' | 'street-address';
  /** What was found, as the rules read it (normalised: hidden characters removed, full-width digits folded). */
  text: string;
  /** Offset in the text as given (UTF-16 code units) where it starts. */
  offset: number;
  /** Offset in the text as given just after it. */
  end?: number;
};

/**
 * A deliberately broad shape: anything a reader would write to as it is written is refused in prose.
 * Besides local@domain.tld: a quoted local part ("help"@evil.example), spaces around the @
 * (help @ evil.example), the @ and dots spelt out in brackets (help(at)evil[dot]example, help [at]
 * evil.example), and an address at an IP literal (help@[192.0.2.1]). The text is normalised first, so
 * full-width @ and dots, and the ideographic full stop of help@evil。example, are already plain.
 * Bounded repetitions (RFC 5321 lengths) keep the work per starting position constant, so the search
 * is linear however long the word.
 */
const SPELT = (word: string) => `\\s{0,2}[(\\[{<]\\s{0,2}${word}\\s{0,2}[)\\]}>]\\s{0,2}`;
const AT = `(?:\\s{0,2}@\\s{0,2}|${SPELT('at')})`;
const DOT = `(?:\\.|${SPELT('dot')})`;
const LOCAL_PART = '(?:"[^"\\n]{1,64}"|[\\p{L}\\p{N}._%+-]{1,64})';
const LABEL = '[\\p{L}\\p{N}-]{1,63}';
const IP_LITERAL = '\\[(?:\\d{1,3}(?:\\.\\d{1,3}){3}|ipv6:[0-9a-f:.]{2,45})\\]';
const EMAIL_IN_TEXT = new RegExp(
  `${LOCAL_PART}${AT}(?:${LABEL}(?:${DOT}${LABEL}){0,8}${DOT}\\p{L}{2,24}|${IP_LITERAL})`,
  'giu',
);
/** Whether a text may hold an address at all (an @, or an "at" in brackets). */
const MAY_HOLD_EMAIL = new RegExp(`@|${SPELT('at')}`, 'iu');
/**
 * An address spelt out with bare words, `help at evil dot com`: " at " and then " dot " between words, ending in a
 * common top-level domain (so "meet at the park" and "dot" in prose are not addresses).
 */
const COMMON_TLDS = 'com|org|net|edu|gov|info|io|us|mx|ca|co|uk|fr|es|de|app|me|email|biz';
const WORDED_EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}._%+-]{1,64}\\s{1,2}at\\s{1,2}${LABEL}(?:\\s{1,2}dot\\s{1,2}${LABEL}){0,7}` +
    `\\s{1,2}dot\\s{1,2}(?:${COMMON_TLDS})(?![\\p{L}\\p{N}])`,
  'giu',
);
const MAY_HOLD_WORDED_EMAIL = /\sdot\s/i;
// House number + street name + street suffix, e.g. "1234 W Lake St". Every repetition is bounded (a street
// name of at most three words of at most 40 letters), so the work per starting digit is constant.
const STREET_ADDRESS =
  /\b\d{1,6}\s{1,4}(?:[NSEW]\.?\s{1,4})?(?:[A-Z][\p{L}'-]{0,40}\s{1,4}){1,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Ter|Terrace|Hwy|Highway)\b\.?/gu;

/**
 * Finds phone numbers, e-mail addresses and street addresses in prose.
 * The text is read normalised (normalizeText.ts), so a zero-width character
 * or a soft hyphen inside a number or an address, or full-width digits, do
 * not hide it; offsets point into the text as given.
 * Phone numbers are found in every format (phoneInText.ts: libphonenumber for
 * the countries the site serves, and a country-independent heuristic).
 * Runs in time linear in the text's length.
 * @param text - plain text of one Markdown text node, a YAML value…
 * @returns every hit, in order of appearance
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  const normalized = normalizeText(text);
  const read = normalized.text;
  const hits: PersonalDataHit[] = [];
  const add = (kind: PersonalDataHit['kind'], start: number, end: number) =>
    hits.push({
      kind,
      text: read.slice(start, end),
      offset: normalized.originalStart(start),
      end: normalized.originalEnd(end),
    });
  for (const found of findPhoneNumbersInProse(read)) add('phone', found.start, found.end);
  if (/\d/.test(read)) {
    for (const match of read.matchAll(STREET_ADDRESS))
      add('street-address', match.index, match.index + match[0].length);
  }
  if (MAY_HOLD_EMAIL.test(read)) {
    for (const match of read.matchAll(EMAIL_IN_TEXT))
      add('email', match.index, match.index + match[0].length);
  }
  if (MAY_HOLD_WORDED_EMAIL.test(read)) {
    for (const match of read.matchAll(WORDED_EMAIL))
      add('email', match.index, match.index + match[0].length);
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

/**
 * Mailbox providers whose addresses usually belong to one person rather than
 * an organisation: the `email-providers` package's list of free and common
 * mail providers (maintained upstream, updated with each release), so the
 * list is not ours to keep up to date.
 */
export const PERSONAL_MAILBOX_DOMAINS: ReadonlySet<string> = new Set(MAIL_PROVIDERS as string[]);

/**
 * Whether an e-mail address is at a personal mailbox provider (domain compared without case).
 * @param email - e.g. `someone@gmail.com`
 */
export function isPersonalMailbox(email: string): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  // The package lists example.com among providers; a reserved example host (RFC 2606) is nobody's mailbox.
  return PERSONAL_MAILBOX_DOMAINS.has(domain) && !isReservedHost(domain);
}
