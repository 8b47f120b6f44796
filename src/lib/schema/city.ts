import * as z from 'zod';
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
  name: plainText(80),
  region: plainText(80),
  country: z.string().regex(/^[A-Z]{2}$/, issue('is not an ISO 3166-1 alpha-2 code.', 'Use two capital letters, e.g. US.')),
  coordinates: z.tuple([
    z.number().min(-90, issue('is not a latitude.', 'Latitude is between -90 and 90.')).max(90, issue('is not a latitude.', 'Latitude is between -90 and 90.')),
    z.number().min(-180, issue('is not a longitude.', 'Longitude is between -180 and 180.')).max(180, issue('is not a longitude.', 'Longitude is between -180 and 180.')),
  ], issue('must be [latitude, longitude].', 'Write the city centre as [44.9778, -93.2650].')),
  timezone: z.string().refine(isIanaTimeZone, issue('is not an IANA time zone.', 'Use a name such as America/Chicago or America/New_York.')),
  summary: localizedText(280),
  maintainers: z.array(githubHandleSchema).min(1, issue('needs at least one maintainer.', 'Add the GitHub user or team who reviews this city, e.g. "@sanctuary-commons/minneapolis-maintainers".')),
  policy: z
    .strictObject({
      summary: localizedText(600),
      source_url: httpsUrlSchema,
      as_of: isoDateSchema,
    })
    .optional(),
});

/** A validated city hub as written in YAML. */
export type City = z.infer<typeof citySchema>;
