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
