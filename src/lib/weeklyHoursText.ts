import type {WeeklyInterval} from './weeklyHours';

/**
 * Opening hours in words a person reads, in their language, computed at
 * build time from the weekly intervals (src/lib/weeklyHours.ts) with the
 * platform's CLDR data (`Intl.DateTimeFormat`): "Monday to Friday:
 * 9:00 AM–6:00 PM", "lunes a viernes: 9:00–18:00". The OpenStreetMap
 * `opening_hours` value stays the one source; this is only its reading.
 */

const MINUTES_PER_DAY = 24 * 60;
const DAYS = 7;

/** Consecutive days that share the same open times; days 0 (Monday) … 6 (Sunday), minutes from midnight (past 1440 for a night shift that ends the next day). */
export type HoursRow = {firstDay: number; lastDay: number; ranges: {start: number; end: number}[]};

/**
 * Groups a week's intervals into rows of consecutive days with the same times.
 * A night shift shorter than a day stays on the day it starts; longer intervals are split at midnight.
 * @param intervals - from `weeklyIntervals` (minutes from Monday 00:00, 0 … 10080)
 * @returns rows in week order; `always` when the week is open without a break;
 *   null when some times are "unknown" (e.g. by appointment), which only the raw value says well
 */
export function weeklyRows(intervals: readonly WeeklyInterval[]): HoursRow[] | 'always' | null {
  if (intervals.some((interval) => interval.unknown)) return null;
  if (
    intervals.length === 1 &&
    intervals[0]!.start === 0 &&
    intervals[0]!.end === DAYS * MINUTES_PER_DAY
  )
    return 'always';
  const days: {start: number; end: number}[][] = Array.from({length: DAYS}, () => []);
  for (const {start, end} of intervals) {
    const startDay = Math.floor(start / MINUTES_PER_DAY);
    // A night shift (Fr 22:00-02:00) stays one range on the day it starts: "Friday: 10:00 PM–2:00 AM".
    if (
      end - start < MINUTES_PER_DAY &&
      end > (startDay + 1) * MINUTES_PER_DAY &&
      startDay < DAYS
    ) {
      days[startDay]!.push({
        start: start - startDay * MINUTES_PER_DAY,
        end: end - startDay * MINUTES_PER_DAY,
      });
      continue;
    }
    for (let day = startDay; day * MINUTES_PER_DAY < end && day < DAYS; day += 1) {
      const from = Math.max(start, day * MINUTES_PER_DAY) - day * MINUTES_PER_DAY;
      const to = Math.min(end, (day + 1) * MINUTES_PER_DAY) - day * MINUTES_PER_DAY;
      if (to > from) days[day]!.push({start: from, end: to});
    }
  }
  const rows: HoursRow[] = [];
  const same = (a: HoursRow['ranges'], b: HoursRow['ranges']) =>
    JSON.stringify(a) === JSON.stringify(b);
  days.forEach((ranges, day) => {
    if (ranges.length === 0) return;
    const last = rows.at(-1);
    if (last && last.lastDay === day - 1 && same(last.ranges, ranges)) last.lastDay = day;
    else rows.push({firstDay: day, lastDay: day, ranges});
  });
  return rows;
}

/** One row, ready to show: day names and times in the reader's language. */
export type HoursRowText = {firstDay: string; lastDay: string | null; times: string};

/**
 * Puts rows into words for a locale.
 * @param rows - from {@link weeklyRows}
 * @param locale - BCP-47, e.g. `es`
 * @returns day names (lastDay null for a single day) and times such as "9:00–18:00, 19:00–21:00"
 */
export function hoursRowsText(rows: readonly HoursRow[], locale: string): HoursRowText[] {
  // 1 January 2024 was a Monday; UTC so the machine's own time zone plays no part.
  const weekday = new Intl.DateTimeFormat(locale, {weekday: 'long', timeZone: 'UTC'});
  const time = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  const dayName = (day: number) => weekday.format(Date.UTC(2024, 0, 1 + day));
  const at = (minutes: number) => time.format(Date.UTC(2024, 0, 1, 0, minutes % MINUTES_PER_DAY));
  const list = new Intl.ListFormat(locale, {type: 'unit', style: 'short'});
  return rows.map((row) => ({
    firstDay: dayName(row.firstDay),
    lastDay: row.lastDay === row.firstDay ? null : dayName(row.lastDay),
    times: list.format(row.ranges.map((range) => `${at(range.start)}–${at(range.end)}`)),
  }));
}

/**
 * The rows on one short line, for a card: "lunes–viernes 9:00–18:00; sábado 10:00–14:00".
 * @param rows - from {@link hoursRowsText}
 * @returns the line (days joined with an en dash, rows with "; ")
 */
export function compactHoursLine(rows: readonly HoursRowText[]): string {
  return rows
    .map((row) => `${row.lastDay ? `${row.firstDay}–${row.lastDay}` : row.firstDay} ${row.times}`)
    .join('; ');
}
