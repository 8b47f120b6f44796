import {parseOpeningHours} from '../../rules/hours';
import {ICAL_WEEKDAYS} from './spec';

/**
 * OpenStreetMap `opening_hours` ↔ HSDS 3.0 weekly schedule rows.
 *
 * Export: the `opening_hours` library expands the value over a reference
 * week (its `getOpenIntervals` iteration), and each open interval becomes
 * a `freq=WEEKLY` row; days with the same times share a row. What weekly
 * rows cannot say (public holidays, dates and months, week numbers,
 * "unknown" times, comments) is named in `notes`, and the original value is
 * always kept in `description`, so nothing is lost.
 */

/** One weekly HSDS schedule row (without ids). */
export type WeeklyRow = {
  freq: 'WEEKLY';
  byday: string;
  opens_at: string;
  closes_at: string;
  notes: string;
};

const DAY = 24 * 60;
const WEEK = 7 * DAY;
// Monday 8 January 2024, local time: a week without public holidays in the countries served so far.
const REFERENCE_MONDAY = new Date(2024, 0, 8, 0, 0, 0);

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Converts an `opening_hours` value into weekly HSDS schedule rows.
 * @param hours - OSM opening_hours, e.g. `Mo-Fr 09:00-17:00; Sa 10:00-14:00`
 * @returns rows ordered by first weekday then opening time; `notes` is the same on every row
 * @throws Error when the value does not parse (the validator refuses such values first)
 */
export function openingHoursToRows(hours: string): WeeklyRow[] {
  const schedule = parseOpeningHours(hours);
  const limits: string[] = [];
  if (!schedule.isWeekStable())
    limits.push(
      'The rule changes from week to week (public holidays, dates, months or week numbers); these rows show the week of 8 January 2024 and the exact rule is in description.',
    );
  const end = new Date(REFERENCE_MONDAY.getTime() + WEEK * 60_000);
  const minutes = (date: Date) =>
    Math.round((date.getTime() - REFERENCE_MONDAY.getTime()) / 60_000);
  // Split every interval at midnight only when it lasts a whole day or more; a night shift keeps one row.
  const pieces: {day: number; opens: number; closes: number}[] = [];
  let unknown = false;
  for (const [from, to, isUnknown] of schedule.getOpenIntervals(REFERENCE_MONDAY, end)) {
    if (isUnknown) unknown = true;
    const start = Math.max(0, minutes(from));
    const stop = Math.min(WEEK, minutes(to));
    if (stop - start < DAY) {
      pieces.push({day: Math.floor(start / DAY), opens: start % DAY, closes: stop % DAY});
      continue;
    }
    // A day or more: one piece per calendar day; a piece reaching midnight closes at 23:59.
    for (let dayStart = Math.floor(start / DAY) * DAY; dayStart < stop; dayStart += DAY) {
      const opens = Math.max(start, dayStart);
      const closes = Math.min(stop, dayStart + DAY);
      if (closes > opens)
        pieces.push({
          day: dayStart / DAY,
          opens: opens - dayStart,
          closes: closes === dayStart + DAY ? DAY - 1 : closes - dayStart,
        });
    }
  }
  if (unknown)
    limits.push(
      'Some times are marked unknown or "call first" in the rule; rows list them as open.',
    );
  const groups = new Map<string, number[]>();
  for (const piece of pieces) {
    const key = `${hhmm(piece.opens)}-${hhmm(piece.closes)}`;
    const days = groups.get(key) ?? [];
    if (!days.includes(piece.day)) days.push(piece.day);
    groups.set(key, days);
  }
  const notes = limits.join(' ');
  return [...groups.entries()]
    .map(([key, days]) => {
      const [opens_at, closes_at] = key.split('-') as [string, string];
      return {
        freq: 'WEEKLY' as const,
        byday: days
          .sort((a, b) => a - b)
          .map((day) => ICAL_WEEKDAYS[day]!)
          .join(','),
        opens_at,
        closes_at,
        notes,
        first: Math.min(...days),
      };
    })
    .sort((a, b) => a.first - b.first || a.opens_at.localeCompare(b.opens_at))
    .map(({first: _first, ...row}) => row);
}

const OSM_DAYS: Record<string, string> = {
  MO: 'Mo',
  TU: 'Tu',
  WE: 'We',
  TH: 'Th',
  FR: 'Fr',
  SA: 'Sa',
  SU: 'Su',
};

/**
 * Rebuilds an `opening_hours` value from weekly HSDS rows of another
 * system (a package of ours keeps the exact value in `description`).
 * @param rows - rows with `byday` (e.g. `MO,TU`), `opens_at` and `closes_at` (`HH:MM`, an offset suffix is ignored)
 * @returns e.g. `Mo,Tu 09:00-17:00; Sa 10:00-14:00`, or null when the rows are not simple weekly times
 */
export function rowsToOpeningHours(
  rows: {freq?: string; byday?: string; opens_at?: string; closes_at?: string}[],
): string | null {
  // In opening_hours a later rule for the same day replaces an earlier one, so times are merged per day first.
  const perDay = new Map<string, string[]>();
  for (const row of rows) {
    if (row.freq && row.freq.trim().toUpperCase() !== 'WEEKLY') return null;
    const days = (row.byday ?? '')
      .split(',')
      .map((day) => day.trim().toUpperCase())
      .filter(Boolean);
    const opens = /^\s*(\d{2}:\d{2})/.exec(row.opens_at ?? '')?.[1];
    const closes = /^\s*(\d{2}:\d{2})/.exec(row.closes_at ?? '')?.[1];
    if (!days.length || !days.every((day) => day in OSM_DAYS) || !opens || !closes) return null;
    const range = `${opens}-${opens === '00:00' && closes === '23:59' ? '24:00' : closes}`;
    for (const day of days) perDay.set(day, [...(perDay.get(day) ?? []), range]);
  }
  if (!perDay.size) return null;
  const byTimes = new Map<string, string[]>();
  for (const day of ICAL_WEEKDAYS) {
    const times = perDay.get(day);
    if (!times) continue;
    const key = [...times].sort().join(',');
    byTimes.set(key, [...(byTimes.get(key) ?? []), OSM_DAYS[day]!]);
  }
  return [...byTimes.entries()].map(([times, days]) => `${days.join(',')} ${times}`).join('; ');
}
