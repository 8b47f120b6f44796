import {parsePhoneNumberFromString} from 'libphonenumber-js/max';
import {isReservedPhone} from './reserved';

/** Why a phone number is refused, or null when it is acceptable. */
export type PhoneProblem = {message: string; fix: string} | null;

/**
 * Checks a directory phone number: E.164, valid for its country, and not
 * premium-rate or shared-cost (a person in crisis must never be charged to call).
 * Numbering rules come from Google's libphonenumber metadata (`libphonenumber-js/max`).
 * NANP fictitious numbers (555-0100…0199) are accepted here; whether they are
 * allowed in an entry is the reserved-value rule's decision.
 * @param value - the number as written, expected like `+16125550142`
 * @returns null when acceptable, otherwise what is wrong and how to fix it
 */
export function checkPhone(value: string): PhoneProblem {
  if (!/^\+[1-9]\d{6,14}$/.test(value)) {
    return {
      message: `"${value}" is not in E.164 form.`,
      fix: 'Write the number as + country code and number with no spaces or dashes, e.g. +16125550142.',
    };
  }
  if (isReservedPhone(value)) return null;
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed || !parsed.isValid()) {
    return {
      message: `"${value}" is not a valid phone number.`,
      fix: 'Check the country code, area code and number of digits.',
    };
  }
  const type = parsed.getType();
  if (type === 'PREMIUM_RATE' || type === 'SHARED_COST') {
    return {
      message: `"${value}" is a ${type === 'PREMIUM_RATE' ? 'premium-rate' : 'shared-cost'} number; callers would be charged.`,
      fix: 'Publish a standard or toll-free number instead.',
    };
  }
  return null;
}

/** What a phone number is, for reviewers: where it rings and what kind of line it is. */
export type PhoneFacts = {
  /** ISO 3166-1 alpha-2 country of the number (e.g. `JM` for +1 876…), or undefined for non-geographic numbers (+881 satellite…). */
  country?: string;
  /** The country calling code without `+`, e.g. `1`, `52`, `881`. */
  callingCode?: string;
  /** libphonenumber's line type (`FIXED_LINE`, `MOBILE`, `TOLL_FREE`, `PREMIUM_RATE`, `SATELLITE`…), or undefined when unknown. */
  type?: string;
  /** The number grouped for reading, e.g. `+1 876 555 1234`; the value as written when it does not parse. */
  international: string;
};

/**
 * Describes a phone number for a reviewer (Google's libphonenumber metadata, `libphonenumber-js/max`).
 * Numbers under the global satellite codes (+870 Inmarsat, +881 GMSS) are typed `SATELLITE`,
 * whatever the metadata calls them, because calling them is billed at satellite rates.
 * @param value - a number, ideally E.164 (`+18765551234`)
 * @returns the facts; fields are undefined when the number does not parse
 */
export function describePhone(value: string): PhoneFacts {
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed) return {international: value};
  const callingCode = parsed.countryCallingCode as string;
  const type = SATELLITE_CALLING_CODES.has(callingCode) ? 'SATELLITE' : parsed.getType();
  return {country: parsed.country, callingCode, type, international: parsed.formatInternational()};
}

/** ITU-T E.164 global codes for satellite services: +870 (Inmarsat) and +881 (Global Mobile Satellite System). */
const SATELLITE_CALLING_CODES = new Set(['870', '881']);
