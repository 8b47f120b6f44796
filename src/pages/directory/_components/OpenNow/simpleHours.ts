/**
 * A small evaluator for the everyday subset of OSM `opening_hours` that
 * directory entries use ("24/7", "Mo-Fr 09:00-17:00; Sa 10:00-14:00",
 * "Tu,Th 10:00-16:00", "Su off"), so a contact page can show "open now"
 * without downloading the full `opening_hours` library (~110 KiB gzipped).
 *
 * Anything outside the subset (public holidays, months, weeks, comments,
 * overnight ranges, "unknown", fallback rules…) returns null, and the caller
 * falls back to `openState()` from `src/lib/openNow.ts`, the reference
 * implementation. Rule semantics follow the OSM spec for `;`-separated
 * rules: a later rule replaces earlier ones for the days it names.
 */

/** Same shape as `OpenState` in src/lib/openNow.ts (weekday: 0 = Sunday). */
export type SimpleOpenState = {open: boolean; unknown: false; nextChange?: {weekday: number; hour: number; minute: number}};

const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAYS_RE = new RegExp(`^${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*$`);
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/;
const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** JavaScript weekday (0 = Sunday) of an OSM day abbreviation. */
function jsDay(osm: string): number {
  return (OSM_DAYS.indexOf(osm) + 1) % 7;
}

function parseDays(selector: string): number[] | null {
  if (!DAYS_RE.test(selector)) return null;
  const days = new Set<number>();
  for (const part of selector.split(',')) {
    const [from, to] = part.split('-');
    if (to === undefined) {
      days.add(jsDay(from!));
      continue;
    }
    // OSM ranges run Mo→Su and may wrap (e.g. Fr-Mo).
    let index = OSM_DAYS.indexOf(from!);
    const end = OSM_DAYS.indexOf(to);
    for (let guard = 0; guard < 7; guard += 1) {
      days.add((index + 1) % 7);
      if (index === end) break;
      index = (index + 1) % 7;
    }
  }
  return [...days];
}

function parseTimes(selector: string): [number, number][] | null {
  const ranges: [number, number][] = [];
  for (const part of selector.split(',')) {
    const match = TIME_RE.exec(part);
    if (!match) return null;
    const start = Number(match[1]) * 60 + Number(match[2]);
    const end = Number(match[3]) * 60 + Number(match[4]);
    if (end > MINUTES_PER_DAY || end <= start) return null; // overnight ranges: leave to the library
    ranges.push([start, end]);
  }
  return ranges;
}

/**
 * Parses the subset into open intervals per weekday (0 = Sunday), or null.
 * @param hours - an `opening_hours` value
 */
export function parseSimpleHours(hours: string): [number, number][][] | null {
  const value = hours.trim();
  if (value === '24/7') return Array.from({length: 7}, () => [[0, MINUTES_PER_DAY]]);
  const week: [number, number][][] = Array.from({length: 7}, () => []);
  const rules = value.split(';').map((rule) => rule.trim());
  if (rules.length === 0 || rules.some((rule) => rule === '')) return null;
  for (const rule of rules) {
    const tokens = rule.split(/\s+/);
    if (tokens.length > 2) return null;
    let days: number[] = [0, 1, 2, 3, 4, 5, 6];
    let timeToken = tokens[0]!;
    if (tokens.length === 2) {
      const parsed = parseDays(tokens[0]!);
      if (!parsed) return null;
      days = parsed;
      timeToken = tokens[1]!;
    }
    if (timeToken === 'off' || timeToken === 'closed') {
      for (const day of days) week[day] = [];
      continue;
    }
    const times = parseTimes(timeToken);
    if (!times) return null;
    for (const day of days) week[day] = times.map(([start, end]) => [start, end] as [number, number]);
  }
  return week;
}

/** Weekday (0 = Sunday) and minutes since midnight of an instant, in a time zone. */
export function wallClock(at: Date, timeZone: string): {weekday: number; minutes: number} {
  const parts = new Intl.DateTimeFormat('en-US', {timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23'}).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return {weekday, minutes: (Number(get('hour')) % 24) * 60 + Number(get('minute'))};
}

function toChange(minuteOfWeek: number): {weekday: number; hour: number; minute: number} {
  const m = ((minuteOfWeek % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
  return {weekday: Math.floor(m / MINUTES_PER_DAY), hour: Math.floor((m % MINUTES_PER_DAY) / 60), minute: m % 60};
}

/**
 * Open/closed now for the subset, in the city's time zone; null when the value
 * is outside the subset (use `openState()` then).
 * @param hours - an `opening_hours` value
 * @param timeZone - the city's IANA zone
 * @param at - the instant (default: now)
 */
export function simpleOpenState(hours: string, timeZone: string, at: Date = new Date()): SimpleOpenState | null {
  const week = parseSimpleHours(hours);
  if (!week) return null;
  // Merge into minute-of-week intervals (Sunday 00:00 = 0).
  const intervals: [number, number][] = [];
  week.forEach((ranges, day) => ranges.forEach(([start, end]) => intervals.push([day * MINUTES_PER_DAY + start, day * MINUTES_PER_DAY + end])));
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  if (merged.length === 1 && merged[0]![0] === 0 && merged[0]![1] === MINUTES_PER_WEEK) return {open: true, unknown: false};
  if (merged.length === 0) return {open: false, unknown: false};
  // An interval ending at Saturday 24:00 continues into one starting Sunday 00:00.
  const first = merged[0]!;
  const last = merged[merged.length - 1]!;
  if (merged.length > 1 && first[0] === 0 && last[1] === MINUTES_PER_WEEK) {
    merged.pop();
    first[0] = last[0] - MINUTES_PER_WEEK;
  }
  const {weekday, minutes} = wallClock(at, timeZone);
  const now = weekday * MINUTES_PER_DAY + minutes;
  for (const [start, end] of merged) {
    for (const shift of [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK]) {
      if (now + shift >= start && now + shift < end) return {open: true, unknown: false, nextChange: toChange(end)};
    }
  }
  const starts = merged.map(([start]) => ((start % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK);
  const next = starts.map((start) => (start > now ? start : start + MINUTES_PER_WEEK)).sort((a, b) => a - b)[0]!;
  return {open: false, unknown: false, nextChange: toChange(next)};
}
