import {describePhone} from '../rules/phone';
import {inlineCode} from './markdown';

/**
 * A contact value spelled out for the people who review a change: a phone
 * number grouped for reading with the country it rings in and its line
 * type (Google's libphonenumber metadata through `describePhone`), any
 * other value (e-mail, link, Signal username) as inert inline code.
 */

/** Channel kinds whose value is a phone number. */
const PHONE_KINDS = new Set(['hotline', 'phone']);

/** libphonenumber's line types in words. */
const LINE_TYPES: Record<string, string> = {
  FIXED_LINE: 'fixed line',
  MOBILE: 'mobile',
  FIXED_LINE_OR_MOBILE: 'fixed line or mobile',
  TOLL_FREE: 'toll-free',
  PREMIUM_RATE: 'premium rate',
  SHARED_COST: 'shared cost',
  VOIP: 'internet telephony (VoIP)',
  PERSONAL_NUMBER: 'personal number',
  PAGER: 'pager',
  UAN: 'company number (UAN)',
  VOICEMAIL: 'voicemail',
  SATELLITE: 'satellite',
};

/**
 * Whether a channel's value is read as a phone number: its kind is a phone kind, or it starts like one
 * (`+` and a digit), so a number filed under another kind is still described.
 * @param kind - the channel's `kind`
 * @param value - the channel's `value`
 */
export function isPhoneValue(kind: string, value: string): boolean {
  return PHONE_KINDS.has(kind) || /^\+\d/.test(value.trim());
}

/**
 * Where a phone number rings and what kind of line it is, in words.
 * @param value - the number as written (ideally E.164)
 * @param cityCountry - ISO 3166-1 alpha-2 country of the entry's city, when known: a number elsewhere is flagged
 * @returns e.g. `US, fixed line or mobile` or `JM, mobile; not in the city's country (US)`
 */
export function phoneFactsText(value: string, cityCountry?: string): string {
  const facts = describePhone(value.trim());
  if (!facts.callingCode) return 'not a phone number libphonenumber recognises';
  const where = facts.country ?? `no country: +${facts.callingCode} is not a geographic code`;
  const type = facts.type
    ? (LINE_TYPES[facts.type] ?? facts.type.toLowerCase().replace(/_/g, ' '))
    : 'line type unknown (the number may not exist)';
  const elsewhere =
    cityCountry && facts.country !== cityCountry
      ? `; not in the city's country (${cityCountry})`
      : '';
  return `${where}, ${type}${elsewhere}`;
}

/**
 * A contact value as Markdown: inline code (never a link), and for a phone number its grouped form,
 * country and line type. A phone written in any other form than E.164 is shown as written too.
 * @param kind - the channel's `kind` (untrusted)
 * @param value - the channel's `value` (untrusted)
 * @param cityCountry - the city's country, to flag a number from elsewhere
 * @returns e.g. `` `+1 612 555 0142` (US, fixed line or mobile) `` or `` `https://example.org/` ``
 */
export function contactValueText(kind: string, value: string, cityCountry?: string): string {
  if (!isPhoneValue(kind, value)) return inlineCode(value);
  const facts = describePhone(value.trim());
  if (!facts.callingCode) return `${inlineCode(value)} (${phoneFactsText(value, cityCountry)})`;
  const grouped = facts.international;
  const written = grouped.replace(/ /g, '') === value ? '' : `, written ${inlineCode(value)}`;
  return `${inlineCode(grouped)} (${phoneFactsText(value, cityCountry)}${written})`;
}
