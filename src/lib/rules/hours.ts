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
 * Returns why an `opening_hours` value does not parse, or is ambiguous, or null when it is clear.
 * The library reads some values by guessing (`Mon-Fri 9-6` becomes 09:00-06:00, open all night): it rewrites
 * them and warns; a guessed schedule on a hotline is refused rather than shown (DESIGN.md: nothing is guessed).
 * Results are remembered per value for the life of the process.
 * @param value - the channel's `hours`
 * @returns the library's words for the first flaws (English), or null
 */
export function checkOpeningHours(value: string): string | null {
  let problem = checked.get(value);
  if (problem !== undefined) return problem;
  try {
    const parsed = parseOpeningHours(value);
    // A value the library rewrote while warning about it was guessed; a warning alone (a date range now past)
    // or a rewrite alone (`9:00` for `09:00`, `mo` for `Mo`) says what was written.
    const guessed = parsed.prettifyValue() !== value;
    const warnings = parsed
      .getWarnings()
      .map((warning) => /\((.*)\)\s*$/s.exec(warning)?.[1] ?? warning);
    problem = guessed && warnings.length > 0 ? warnings.slice(0, 3).join(' ') : null;
  } catch (error) {
    problem = String(error instanceof Error ? error.message : error)
      .split('\n')[0]!
      .trim();
  }
  checked.set(value, problem);
  return problem;
}
