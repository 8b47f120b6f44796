import * as z from 'zod';
import {isSupportedCountry} from 'libphonenumber-js/max';
import {
  githubHandleSchema,
  httpsUrlSchema,
  isoDateSchema,
  issue,
  localizedText,
  plainText,
} from './common';

/**
 * Whether a string is an IANA time-zone name known to this runtime's ICU data.
 * @param zone - e.g. `America/Chicago`
 */
export function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone});
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/**
 * Most decimal places of a city's coordinates. The hub marks the city centre, never a building
 * (DESIGN.md): 3 decimal places of a degree is about 110 m of latitude, finer than any city centre
 * needs; 4 is about 11 m, one building, which could point at a shelter, an office or a home.
 */
export const MAX_COORDINATE_DECIMALS = 3;

/**
 * Whether a coordinate has at most {@link MAX_COORDINATE_DECIMALS} decimal places (as the number
 * reads back: `44.9780` is 44.978). Non-finite numbers are left to the range checks.
 * @param degrees - latitude or longitude
 */
export function hasCityPrecision(degrees: number): boolean {
  if (!Number.isFinite(degrees)) return true;
  return Number(degrees.toFixed(MAX_COORDINATE_DECIMALS)) === degrees;
}

const CITY_PRECISION_ISSUE = issue('schema.coordinate-precision', {
  decimals: MAX_COORDINATE_DECIMALS,
});

/**
 * A city hub, `directory/<city>/_city.yml` (DESIGN.md "Content model").
 * `coordinates` is the city centre as [latitude, longitude] in decimal
 * degrees (WGS 84), never a building.
 */
export const citySchema = z.strictObject({
  name: plainText(80).describe('Name of the city.'),
  region: plainText(80).describe('State, province or region of the city.'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, issue('schema.not-country-code'))
    // Phone numbers are checked against this country's numbering plan (safety rule 11), so it must have one.
    .refine(
      (code) => !/^[A-Z]{2}$/.test(code) || isSupportedCountry(code),
      issue('schema.country-without-plan'),
    )
    .describe(
      "ISO 3166-1 alpha-2 country code. The organisations' phone numbers must be numbers of this country, unless a channel says why not (international).",
    ),
  coordinates: z
    .tuple(
      [
        z
          .number()
          .min(-90, issue('schema.not-latitude'))
          .max(90, issue('schema.not-latitude'))
          .refine(hasCityPrecision, CITY_PRECISION_ISSUE)
          .describe(
            `Latitude in decimal degrees, at most ${MAX_COORDINATE_DECIMALS} decimal places.`,
          ),
        z
          .number()
          .min(-180, issue('schema.not-longitude'))
          .max(180, issue('schema.not-longitude'))
          .refine(hasCityPrecision, CITY_PRECISION_ISSUE)
          .describe(
            `Longitude in decimal degrees, at most ${MAX_COORDINATE_DECIMALS} decimal places.`,
          ),
      ],
      issue('schema.not-coordinates'),
    )
    .describe(
      `The city centre (never a building) as [latitude, longitude] in decimal degrees, WGS 84, at most ${MAX_COORDINATE_DECIMALS} decimal places.`,
    ),
  timezone: z
    .string()
    .refine(isIanaTimeZone, issue('schema.not-time-zone'))
    .describe("IANA time zone in which the city's opening hours are read."),
  summary: localizedText(280).describe(
    'One or two plain sentences per locale about the city hub (English required).',
  ),
  maintainers: z
    .array(githubHandleSchema)
    .min(1, issue('schema.needs-city-maintainer'))
    .describe("GitHub users or teams who review changes to this city's folder."),
  policy: z
    .strictObject({
      summary: localizedText(600).describe(
        "The city's sanctuary policy in plain words, per locale.",
      ),
      source_url: httpsUrlSchema.describe('https: link to the official text of the policy.'),
      as_of: isoDateSchema.describe(
        'ISO 8601 date on which the summary was checked against the source.',
      ),
    })
    .optional()
    .describe("The city's sanctuary policy, with its source."),
});

/** A validated city hub as written in YAML. */
export type City = z.infer<typeof citySchema>;
