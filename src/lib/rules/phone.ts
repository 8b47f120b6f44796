import {
  parsePhoneNumberFromString,
  getCountryCallingCode,
  isSupportedCountry,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
// The core build takes its metadata as an argument: the same "max" metadata as above (one copy in a bundle).
import {PhoneNumber as PhoneNumberInPlan} from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/max/metadata';
import type {CodeOf} from '../checks/problemTexts';
import {codedFinding, type CodedFinding} from './codedFinding';
import {isReservedPhone} from './reserved';

/**
 * Why a phone number is refused (a catalogue code of the rule `schema`, which reports it, with the number as
 * `value`, and the English texts), or null when it is acceptable.
 */
export type PhoneProblem = CodedFinding<'schema'> | null;

/** The fix of every number a caller would pay dearly for, or could not talk to a person on. */
export const PHONE_COST_FIX = 'Publish a standard or toll-free number instead.';
/** The fix of numbers that follow a person, reach no person, or leave the ground network of countries. */
export const PHONE_LINE_FIX =
  "Publish the organisation's own fixed-line, mobile or toll-free number: a person in crisis must reach a person, free or at local rates.";

/**
 * Line types refused, with why (libphonenumber's types; `SATELLITE` is describePhone's).
 * Accepted: FIXED_LINE, MOBILE, FIXED_LINE_OR_MOBILE, TOLL_FREE, and VOIP (location-independent
 * numbers such as the UK's 056, billed like geographic numbers; many hotlines run on them).
 */
const REFUSED_TYPES: Readonly<Record<string, CodeOf<'schema'>>> = {
  PREMIUM_RATE: 'schema.phone-premium-rate',
  SHARED_COST: 'schema.phone-shared-cost',
  SATELLITE: 'schema.phone-satellite',
  PERSONAL_NUMBER: 'schema.phone-personal',
  PAGER: 'schema.phone-pager',
  VOICEMAIL: 'schema.phone-voicemail',
  UAN: 'schema.phone-uan',
};

/**
 * ITU-T E.164 codes of international networks (+882, +883: networks that span countries, such as
 * Thuraya or iNum): most phone companies bill calls to them at satellite rates or block them.
 */
const INTERNATIONAL_NETWORK_CODES = new Set(['882', '883']);

/**
 * Checks a directory phone number: E.164, valid for its country, and one that a person in crisis can
 * call and reach a person, free or at local rates. Refused: premium-rate and shared-cost numbers,
 * satellite (+870, +881) and international-network (+882, +883) numbers, personal numbers (UK 070,
 * NANP 500/533), pagers, voicemail access numbers and universal access numbers (UAN).
 * Numbering rules come from Google's libphonenumber metadata (`libphonenumber-js/max`).
 * NANP fictitious numbers (555-0100…0199 under a geographic area code, `isReservedPhone`) are accepted
 * here; whether they are allowed in an entry is the reserved-value rule's decision. The same digits
 * under a toll-free, premium, personal or unassigned code are not fictitious and are checked like any number. Whether the number belongs to the
 * city's country is `src/lib/checks/phoneCountry.ts`'s.
 * @param value - the number as written, expected like `+16125550142`
 * @returns null when acceptable, otherwise what is wrong and how to fix it
 */
export function checkPhone(value: string): PhoneProblem {
  if (!E164.test(value)) {
    return codedFinding('schema', 'schema.phone-e164', {value});
  }
  const {problem} = analyse(value);
  return problem && {...problem};
}

/** E.164: +, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/** What is known of one E.164 number, computed once (the schema, the country check and the pages all ask). */
type Analysis = {
  parsed?: PhoneNumber;
  valid: boolean;
  facts: PhoneFacts;
  problem: PhoneProblem;
  domestic: Map<string, boolean>;
};

/** Analyses by number; bounded, since a process may check many coalitions. */
const analyses = new Map<string, Analysis>();
const MAX_ANALYSES = 100_000;

/** Parses an E.164 number once and remembers the result (the rules are pure, so a remembered answer is the same answer). */
function analyse(value: string): Analysis {
  const known = analyses.get(value);
  if (known) return known;
  if (analyses.size >= MAX_ANALYSES) analyses.clear();
  const parsed = parsePhoneNumberFromString(value);
  const valid = parsed?.isValid() === true;
  const facts = factsOf(value, parsed);
  const analysis = {
    parsed,
    valid,
    facts,
    problem: problemOf(value, valid, facts),
    domestic: new Map<string, boolean>(),
  };
  analyses.set(value, analysis);
  return analysis;
}

function problemOf(value: string, valid: boolean, facts: PhoneFacts): PhoneProblem {
  if (isReservedPhone(value)) return null;
  if (!valid) {
    return codedFinding('schema', 'schema.phone-invalid', {value});
  }
  if (INTERNATIONAL_NETWORK_CODES.has(facts.callingCode ?? '')) {
    return codedFinding('schema', 'schema.phone-international-network', {value});
  }
  const refused = facts.type ? REFUSED_TYPES[facts.type] : undefined;
  return refused ? codedFinding('schema', refused, {value}) : null;
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
  // A copy: the caller may change it; the remembered analysis must not.
  return {
    ...(E164.test(value)
      ? analyse(value).facts
      : factsOf(value, parsePhoneNumberFromString(value))),
  };
}

function factsOf(value: string, parsed: PhoneNumber | undefined): PhoneFacts {
  if (!parsed) return {international: value};
  const callingCode = parsed.countryCallingCode as string;
  const type = SATELLITE_CALLING_CODES.has(callingCode) ? 'SATELLITE' : parsed.getType();
  return {country: parsed.country, callingCode, type, international: parsed.formatInternational()};
}

/** ITU-T E.164 global codes for satellite services: +870 (Inmarsat) and +881 (Global Mobile Satellite System). */
const SATELLITE_CALLING_CODES = new Set(['870', '881']);

/**
 * Places that share one numbering plan and one domestic tariff although ISO 3166-1 gives them
 * separate codes: a call between them is not international.
 * - US and its territories in the NANP: US law requires the same rates to them as within the
 *   mainland ("rate integration", 47 U.S.C. § 254(g)).
 * - Italy and Vatican City (Rome's 06 698 numbers), Finland and Åland (+358 18), Norway and
 *   Svalbard (+47 79), Australia and Christmas Island and the Cocos Islands (+61 8 9162/9164):
 *   each the same national numbering plan.
 */
const DOMESTIC_ZONES: readonly (readonly string[])[] = [
  ['US', 'PR', 'VI', 'GU', 'AS', 'MP'],
  ['IT', 'VA'],
  ['FI', 'AX'],
  ['NO', 'SJ'],
  ['AU', 'CC', 'CX'],
];

/**
 * Whether a phone number is a domestic call from a country: valid in that country's own numbering
 * plan (libphonenumber's per-country metadata, like Google's `isValidNumberForRegion`), or in the
 * plan of a place billed as the same country (US territories…, see `DOMESTIC_ZONES`).
 * A shared calling code is not enough: +1 876 (Jamaica) is not a domestic call from the US, while
 * NANP toll-free numbers (+1 800, 833…, 888) are valid in both the US and Canada.
 * A NANP fictitious number (+1 NPA 555-01XX) belongs where its area code does, like a real number
 * in the same place: +1 612 555 0142 to the US, +1 416 555 0123 to Canada, +1 876 555 0100 to
 * Jamaica, and +1 555 555 0100 (no such area code) nowhere.
 * @param value - an E.164 number, e.g. `+18005551234`
 * @param country - ISO 3166-1 alpha-2 code, e.g. `CA`
 * @returns false also when the value is not E.164, does not parse, or the country has no numbering plan
 */
export function isDomesticPhone(value: string, country: string): boolean {
  if (!E164.test(value)) return false;
  const analysis = analyse(value);
  const {parsed} = analysis;
  if (!parsed) return false;
  const known = analysis.domestic.get(country);
  if (known !== undefined) return known;
  const zone = DOMESTIC_ZONES.find((places) => places.includes(country)) ?? [country];
  const domestic = zone.some((place) => {
    if (!isSupportedCountry(place) || getCountryCallingCode(place) !== parsed.countryCallingCode)
      return false;
    // Valid in the country libphonenumber chose for it: valid in that country's plan (the common case, no second reading).
    if (analysis.valid && parsed.country === place) return true;
    if (
      new (PhoneNumberInPlan as unknown as PlanNumber)(
        place,
        parsed.nationalNumber,
        metadata,
      ).isValid()
    )
      return true;
    // Some plans list only the exchanges in use (Trinidad's 868 lists no 555): the area code decides.
    return isReservedPhone(parsed.number) && parsed.country === place;
  });
  analysis.domestic.set(country, domestic);
  return domestic;
}

/**
 * The core PhoneNumber constructor with a country: the number is read in that country's plan
 * (the form libphonenumber-js's own `getExampleNumber` uses; its type declarations list only the E.164 form).
 */
type PlanNumber = new (
  country: CountryCode,
  nationalNumber: string,
  metadataJson: typeof metadata,
) => {isValid(): boolean};
