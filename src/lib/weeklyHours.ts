import {parseOpeningHours} from './rules/hours';

/**
 * A week of opening hours, computed at build time by the `opening_hours`
 * library so that a contact page can say "open now" without downloading
 * the library (about 110 KiB compressed) or re-implementing its grammar.
 * Minutes are counted from Monday 00:00 local (city) time: 0 … 10080.
 */

/** One open interval of a typical week, in minutes from Monday 00:00 city time. */
export type WeeklyInterval = {start: number; end: number; unknown: boolean};

const MINUTES_PER_WEEK = 7 * 24 * 60;
// Monday 1 January 2024, local time: any week without a public holiday rule works for week-stable schedules.
const REFERENCE_MONDAY = new Date(2024, 0, 1, 0, 0, 0);

/**
 * Expands a week-stable `opening_hours` value into its weekly open intervals.
 * @param hours - OSM opening_hours, e.g. `Mo-Fr 09:00-17:00`
 * @returns intervals sorted by start, or null when the schedule changes from
 *   week to week (dates, public holidays, week numbers), which needs the library at run time
 * @throws Error when `hours` does not parse (the validator refuses such values first)
 */
export function weeklyIntervals(hours: string): WeeklyInterval[] | null {
  const schedule = parseOpeningHours(hours);
  if (!schedule.isWeekStable()) return null;
  const end = new Date(REFERENCE_MONDAY.getTime() + MINUTES_PER_WEEK * 60_000);
  const minutes = (date: Date) =>
    Math.round((date.getTime() - REFERENCE_MONDAY.getTime()) / 60_000);
  return schedule.getOpenIntervals(REFERENCE_MONDAY, end).map(([from, to, unknown]) => ({
    start: Math.max(0, minutes(from)),
    end: Math.min(MINUTES_PER_WEEK, minutes(to)),
    unknown: Boolean(unknown),
  }));
}
