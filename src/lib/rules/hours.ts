import OpeningHours from 'opening_hours';

/**
 * Parses an OpenStreetMap `opening_hours` value with the `opening_hours`
 * library (syntax: https://wiki.openstreetmap.org/wiki/Key:opening_hours).
 * @param value - e.g. `Mo-Fr 09:00-17:00; Sa 10:00-14:00` or `24/7`
 * @returns the parsed schedule
 * @throws Error with the library's description of the syntax error
 */
export function parseOpeningHours(value: string): OpeningHours {
  // No Nominatim location: public-holiday rules (PH) then evaluate as "no holiday".
  return new OpeningHours(value, null, {mode: 0, warnings_severity: 4, locale: 'en'} as never);
}

// Parsing is slow (the library tries spelling corrections for every token)
// and a coalition repeats a few schedules thousands of times.
const checked = new Map<string, string | null>();

/**
 * Returns why an `opening_hours` value does not parse, or null when it does.
 * Results are remembered per value for the life of the process.
 * @param value - the channel's `hours`
 */
export function checkOpeningHours(value: string): string | null {
  let problem = checked.get(value);
  if (problem !== undefined) return problem;
  try {
    parseOpeningHours(value);
    problem = null;
  } catch (error) {
    problem = String(error instanceof Error ? error.message : error)
      .split('\n')[0]!
      .trim();
  }
  checked.set(value, problem);
  return problem;
}
