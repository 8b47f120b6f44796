import {checkOpeningHours} from '../rules/hours';
import {ICAL_WEEKDAYS} from '../exports/hsds/spec';

/**
 * HSDS schedules → one OpenStreetMap `opening_hours` value that means
 * exactly the same times, or the reason it cannot be written exactly.
 * Nothing is approximated: a limit the value cannot say refuses the hours.
 *
 * Read: HSDS 3.0/3.1 `schedules` (RFC 5545 freq, byday with ordinals,
 * byweekno, valid_from/valid_to/dtstart/until, opens_at/closes_at) and
 * HSDS 1.x/2.0 `regular_schedules` (weekday 1 = Monday … 7 = Sunday) and
 * `holiday_schedules` (dates closed, or open at other times).
 * Written (opening_hours syntax): `Mo,Tu 09:00-17:00`, `Mo[2] 10:00-12:00`,
 * `week 41,42 …`, `2024 Jan 01-2024 Dec 31 …`, `2019 Dec 24-2019 Dec 26 off`.
 */

type Row = Record<string, string | undefined>;

/** The opening_hours value, or why the rows cannot be written exactly. */
export type ScheduleReading =
  {hours: string; reason?: undefined} | {hours?: undefined; reason: string};

const OSM_DAYS: Record<string, string> = {
  MO: 'Mo',
  TU: 'Tu',
  WE: 'We',
  TH: 'Th',
  FR: 'Fr',
  SA: 'Sa',
  SU: 'Su',
};
const WEEKDAY_NAMES: Record<string, string> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const filled = (value: string | undefined) => (value ?? '').trim() !== '';

/** `10:00`, `10:00:00` → `10:00`; seconds other than 00 and UTC offsets cannot be said in local opening_hours. */
function clock(value: string | undefined, field: string): {time: string} | {reason: string} {
  const text = (value ?? '').trim();
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  if (!match) return {reason: `${field} "${text}" is not a time of day (HH:MM).`};
  if (match[4])
    return {
      reason: `${field} "${text}" is given in UTC or with a UTC offset; opening_hours are in the city's local time, which changes with daylight saving time.`,
    };
  if (match[3] && match[3] !== '00')
    return {reason: `${field} "${text}" has seconds, which opening_hours cannot say.`};
  const hours = Number(match[1]);
  if (hours > 24 || Number(match[2]) > 59)
    return {reason: `${field} "${text}" is not a time of day.`};
  return {time: `${String(hours).padStart(2, '0')}:${match[2]}`};
}

/** An ISO date → opening_hours `2024 Jan 05`. */
function osmDate(value: string | undefined, field: string): {date: string} | {reason: string} {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec((value ?? '').trim());
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12)
    return {reason: `${field} "${value}" is not an ISO 8601 date.`};
  return {date: `${match[1]} ${MONTHS[Number(match[2]) - 1]} ${match[3]}`};
}

/** The time range of a row: `09:00-17:00`. */
function timeRange(row: Row): {range: string} | {reason: string} {
  if (!filled(row.opens_at) || !filled(row.closes_at))
    return {reason: 'a schedule row has no opening or no closing time.'};
  const opens = clock(row.opens_at, 'opens_at');
  if ('reason' in opens) return opens;
  const closes = clock(row.closes_at, 'closes_at');
  if ('reason' in closes) return closes;
  // Our own export writes a whole day as 00:00-23:59.
  return {
    range: `${opens.time}-${opens.time === '00:00' && closes.time === '23:59' ? '24:00' : closes.time}`,
  };
}

/** The selector of a 3.x row other than its weekdays (dates, weeks), and its weekday selectors (Mo, Mo[2]). */
function rowSelectors(row: Row): {limits: string; days: string[]} | {reason: string} {
  const freq = (row.freq ?? '').trim().toUpperCase() || 'WEEKLY';
  if (!['WEEKLY', 'MONTHLY', 'DAILY'].includes(freq))
    return {reason: `freq ${freq} cannot be written as weekly opening hours.`};
  if (filled(row.interval) && Number(row.interval) !== 1)
    return {
      reason: `interval ${row.interval} (every ${row.interval} ${freq === 'MONTHLY' ? 'months' : 'weeks'}) depends on the start date and cannot be written exactly in opening_hours.`,
    };
  if (filled(row.count))
    return {
      reason: `count ${row.count} (a number of occurrences) cannot be written in opening_hours.`,
    };
  if (filled(row.bymonthday))
    return {
      reason: `bymonthday ${row.bymonthday} (days of the month) cannot be written in opening_hours without naming every month.`,
    };
  if (filled(row.byyearday))
    return {
      reason: `byyearday ${row.byyearday} (days of the year) cannot be written in opening_hours.`,
    };
  if (filled(row.timezone))
    return {
      reason: `timezone ${row.timezone} (a UTC offset) cannot be written: opening_hours are in the city's local time.`,
    };
  const limits: string[] = [];
  const from = filled(row.valid_from) ? row.valid_from : row.dtstart;
  const to = filled(row.valid_to) ? row.valid_to : row.until;
  if (filled(from) !== filled(to))
    return {
      reason: `the schedule is limited on one side only (${filled(from) ? `from ${from}` : `until ${to}`}); opening_hours needs both dates of a range.`,
    };
  if (filled(from)) {
    const start = osmDate(from, 'valid_from');
    if ('reason' in start) return start;
    const end = osmDate(to, 'valid_to');
    if ('reason' in end) return end;
    limits.push(`${start.date}-${end.date}`);
  }
  if (filled(row.byweekno)) {
    if (filled(row.wkst) && row.wkst!.trim().toUpperCase() !== 'MO')
      return {
        reason: `byweekno with wkst ${row.wkst} counts weeks from another day than Monday; opening_hours weeks are ISO weeks.`,
      };
    const weeks = row.byweekno!.split(',').map((week) => week.trim());
    if (!weeks.every((week) => /^\d{1,2}$/.test(week) && Number(week) >= 1 && Number(week) <= 53))
      return {reason: `byweekno "${row.byweekno}" is not a list of week numbers 1 to 53.`};
    limits.push(`week ${weeks.map((week) => week.padStart(2, '0')).join(',')}`);
  }
  const days: string[] = [];
  const byday = (row.byday ?? '')
    .split(',')
    .map((day) => day.trim().toUpperCase())
    .filter(Boolean);
  if (freq === 'DAILY' && byday.length)
    return {reason: 'freq DAILY with byday is not a daily schedule.'};
  for (const day of freq === 'DAILY' ? [...ICAL_WEEKDAYS] : byday) {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(day);
    if (!match) return {reason: `byday "${day}" is not an RFC 5545 weekday.`};
    if (match[1] && freq !== 'MONTHLY')
      return {reason: `byday "${day}" has an ordinal, which needs freq MONTHLY.`};
    if (match[1] && (Math.abs(Number(match[1])) < 1 || Math.abs(Number(match[1])) > 5))
      return {
        reason: `byday "${day}": opening_hours counts weekdays of a month from 1 to 5 (or -1 to -5).`,
      };
    days.push(match[1] ? `${OSM_DAYS[match[2]!]}[${Number(match[1])}]` : OSM_DAYS[match[2]!]!);
  }
  if (freq === 'MONTHLY' && !days.every((day) => day.includes('[')))
    return {
      reason:
        'freq MONTHLY without an ordinal weekday (e.g. 2MO) cannot be written in opening_hours.',
    };
  if (!days.length) return {reason: 'a schedule row names no weekday (byday).'};
  return {limits: limits.join(' '), days};
}

/** Joins per-day time ranges into rules, days with the same times together: `Mo,Tu 09:00-17:00`. */
function weeklyRules(limits: string, perDay: Map<string, string[]>): string[] {
  const byTimes = new Map<string, string[]>();
  for (const [day, ranges] of perDay) {
    const key = [...ranges].sort().join(',');
    byTimes.set(key, [...(byTimes.get(key) ?? []), day]);
  }
  return [...byTimes.entries()].map(
    ([times, days]) => `${limits ? `${limits} ` : ''}${days.join(',')} ${times}`,
  );
}

/** Orders day selectors Monday first (ordinal selectors after plain days). */
function dayOrder(day: string): number {
  return (
    ICAL_WEEKDAYS.findIndex((code) => OSM_DAYS[code] === day.slice(0, 2)) * 10 +
    (day.includes('[') ? 1 : 0)
  );
}

/**
 * HSDS 3.0/3.1 schedule rows of one service → opening_hours.
 * Rows must share their limits (dates, weeks): rows with different limits
 * would become rules that override each other, which HSDS rows do not.
 * @param rows - the rows (HSDS column → cell)
 */
export function schedulesToOpeningHours(rows: Row[]): ScheduleReading {
  if (!rows.length) return {reason: 'no schedule rows.'};
  let limits: string | undefined;
  const perDay = new Map<string, string[]>();
  for (const row of rows) {
    const selectors = rowSelectors(row);
    if ('reason' in selectors) return selectors;
    if (limits !== undefined && selectors.limits !== limits)
      return {
        reason: `schedule rows have different date or week limits ("${limits || 'none'}" and "${selectors.limits || 'none'}"); opening_hours rules for the same day override each other, so they cannot be combined exactly.`,
      };
    limits = selectors.limits;
    const range = timeRange(row);
    if ('reason' in range) return range;
    for (const day of selectors.days) perDay.set(day, [...(perDay.get(day) ?? []), range.range]);
  }
  const ordered = new Map([...perDay.entries()].sort((a, b) => dayOrder(a[0]) - dayOrder(b[0])));
  return checked(weeklyRules(limits ?? '', ordered).join('; '));
}

/**
 * HSDS 1.x/2.0 regular and holiday schedule rows of one service → opening_hours.
 * @param regular - `regular_schedules` rows (weekday 1 = Monday … 7 = Sunday, or a day name)
 * @param holidays - `holiday_schedules` rows (closed true/false, start_date, end_date, opens_at, closes_at)
 */
export function regularSchedulesToOpeningHours(regular: Row[], holidays: Row[]): ScheduleReading {
  const perDay = new Map<string, string[]>();
  for (const row of regular) {
    const weekday = (row.weekday ?? '').trim();
    const code = /^[1-7]$/.test(weekday)
      ? ICAL_WEEKDAYS[Number(weekday) - 1]
      : WEEKDAY_NAMES[weekday.toLowerCase()];
    if (!code) return {reason: `weekday "${weekday}" is not 1 (Monday) to 7 (Sunday).`};
    const range = timeRange(row);
    if ('reason' in range) return range;
    perDay.set(OSM_DAYS[code]!, [...(perDay.get(OSM_DAYS[code]!) ?? []), range.range]);
  }
  const ordered = new Map([...perDay.entries()].sort((a, b) => dayOrder(a[0]) - dayOrder(b[0])));
  const rules = weeklyRules('', ordered);
  for (const holiday of holidays) {
    const start = osmDate(holiday.start_date, 'start_date');
    if ('reason' in start) return start;
    const end = osmDate(holiday.end_date, 'end_date');
    if ('reason' in end) return end;
    const dates = start.date === end.date ? start.date : `${start.date}-${end.date}`;
    const closed = (holiday.closed ?? '').trim().toLowerCase();
    if (closed === 'true' || closed === '1') {
      rules.push(`${dates} off`);
      continue;
    }
    const range = timeRange(holiday);
    if ('reason' in range)
      return {reason: `a holiday row is neither closed nor open at given times (${range.reason})`};
    rules.push(`${dates} ${range.range}`);
  }
  if (!rules.length) return {reason: 'no schedule rows.'};
  // A later rule for the same dates replaces the weekly times: exactly what a holiday row means.
  return checked(rules.join('; '));
}

function checked(hours: string): ScheduleReading {
  const problem = checkOpeningHours(hours);
  return problem
    ? {reason: `the rows give "${hours}", which opening_hours does not accept (${problem}).`}
    : {hours};
}
