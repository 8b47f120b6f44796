import {findPhoneNumbersInText} from 'libphonenumber-js/max';
import MAIL_PROVIDERS from 'email-providers/all.json';
import {isReservedHost} from './reserved';

/**
 * Safety rule 5 (DESIGN.md): no personal data in prose. Contacts belong in an
 * organisation's `channels`, where they are validated and kept in one place.
 */

/** A piece of personal data found in prose, with its offset in the text. */
export type PersonalDataHit = {kind: 'phone' | 'email' | 'street-address'; text: string; offset: number};

// A deliberately broad shape: anything that looks like local@domain.tld is refused in prose.
// Bounded repetitions (RFC 5321 lengths) keep it linear on very long words.
const EMAIL_IN_TEXT = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
// House number + street name + street suffix, e.g. "1234 W Lake St".
const STREET_ADDRESS =
  /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\p{L}'-]*\s+){1,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Ter|Terrace|Hwy|Highway)\b\.?/gu;

/**
 * Finds phone numbers, e-mail addresses and street addresses in prose.
 * Phone detection uses libphonenumber's text matcher (US as the default region).
 * @param text - plain text of one Markdown text node (not code)
 * @returns every hit, in order of appearance
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const found of findPhoneNumbersInText(text, {defaultCountry: 'US'})) {
    hits.push({kind: 'phone', text: text.slice(found.startsAt, found.endsAt), offset: found.startsAt});
  }
  for (const match of text.matchAll(EMAIL_IN_TEXT)) hits.push({kind: 'email', text: match[0], offset: match.index});
  for (const match of text.matchAll(STREET_ADDRESS)) {
    hits.push({kind: 'street-address', text: match[0], offset: match.index});
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
