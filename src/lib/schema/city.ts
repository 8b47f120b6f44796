import * as z from 'zod';
import {isSupportedCountry} from 'libphonenumber-js/max';
import {githubHandleSchema, httpsUrlSchema, isoDateSchema, issue, localizedText, plainText} from './common';

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
 * A city hub, `directory/<city>/_city.yml` (DESIGN.md "Content model").
 * `coordinates` is the city centre as [latitude, longitude] in decimal
 * degrees (WGS 84), never a building.
 */
export const citySchema = z.strictObject({
  name: plainText(80).describe('Name of the city.'),
  region: plainText(80).describe('State, province or region of the city.'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, issue('is not an ISO 3166-1 alpha-2 code.', 'Use two capital letters, e.g. US.'))
    // Phone numbers are checked against this country's numbering plan (safety rule 11), so it must have one.
    .refine((code) => !/^[A-Z]{2}$/.test(code) || isSupportedCountry(code), issue('is not the ISO 3166-1 alpha-2 code of a country with a telephone numbering plan.', 'Use the country\'s two-letter ISO code, e.g. US, CA, MX, or GB for the United Kingdom (not UK).'))
    .describe("ISO 3166-1 alpha-2 country code. The organisations' phone numbers must be numbers of this country, unless a channel says why not (international)."),
  coordinates: z.tuple([
    z.number().min(-90, issue('is not a latitude.', 'Latitude is between -90 and 90.')).max(90, issue('is not a latitude.', 'Latitude is between -90 and 90.')).describe('Latitude in decimal degrees.'),
    z.number().min(-180, issue('is not a longitude.', 'Longitude is between -180 and 180.')).max(180, issue('is not a longitude.', 'Longitude is between -180 and 180.')).describe('Longitude in decimal degrees.'),
  ], issue('must be [latitude, longitude].', 'Write the city centre as [44.9778, -93.2650].')).describe('The city centre (never a building) as [latitude, longitude] in decimal degrees, WGS 84.'),
  timezone: z.string().refine(isIanaTimeZone, issue('is not an IANA time zone.', 'Use a name such as America/Chicago or America/New_York.')).describe("IANA time zone in which the city's opening hours are read."),
  summary: localizedText(280).describe('One or two plain sentences per locale about the city hub (English required).'),
  maintainers: z.array(githubHandleSchema).min(1, issue('needs at least one maintainer.', 'Add the GitHub user or team who reviews this city, e.g. "@sanctuary-commons/minneapolis-maintainers".')).describe("GitHub users or teams who review changes to this city's folder."),
  policy: z
    .strictObject({
      summary: localizedText(600).describe("The city's sanctuary policy in plain words, per locale."),
      source_url: httpsUrlSchema.describe('https: link to the official text of the policy.'),
      as_of: isoDateSchema.describe('ISO 8601 date on which the summary was checked against the source.'),
    })
    .optional()
    .describe("The city's sanctuary policy, with its source."),
});

/** A validated city hub as written in YAML. */
export type City = z.infer<typeof citySchema>;
