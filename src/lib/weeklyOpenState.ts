import type {WeeklyInterval} from './weeklyHours';

/**
 * "Open now" from precomputed weekly intervals (see `weeklyHours.ts`), in the
 * city's time zone. Runs in the browser: no dependency beyond `Intl`.
 */

/** Same shape as `OpenState` in openNow.ts (weekday: 0 = Sunday, city time). */
export type WeeklyOpenState = {
  open: boolean;
  unknown: boolean;
  nextChange?: {weekday: number; hour: number; minute: number};
};

const MINUTES_PER_WEEK = 7 * 24 * 60;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Minutes since Monday 00:00 in a time zone at an instant.
 * @param at - the instant
 * @param timeZone - IANA zone, e.g. `America/Chicago`
 */
export function minuteOfWeek(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return WEEKDAYS.indexOf(get('weekday')) * 1440 + Number(get('hour')) * 60 + Number(get('minute'));
}

/**
 * Whether a channel is open at an instant, and when that next changes.
 * @param intervals - the channel's weekly intervals (sorted, from the build)
 * @param timeZone - the city's IANA zone
 * @param at - the instant (default: now)
 */
export function weeklyOpenState(
  intervals: WeeklyInterval[],
  timeZone: string,
  at: Date = new Date(),
): WeeklyOpenState {
  const now = minuteOfWeek(at, timeZone);
  const current = intervals.find((interval) => interval.start <= now && now < interval.end);
  // A boundary is a real change unless open time continues across it
  // (one interval ends where another starts, including across the week wrap).
  const starts = new Set(intervals.map((interval) => interval.start % MINUTES_PER_WEEK));
  const ends = new Set(intervals.map((interval) => interval.end % MINUTES_PER_WEEK));
  const changes = [...new Set([...starts, ...ends])].filter(
    (minute) => !(starts.has(minute) && ends.has(minute)),
  );
  const distances = changes.map(
    (minute) => (minute - now + MINUTES_PER_WEEK) % MINUTES_PER_WEEK || MINUTES_PER_WEEK,
  );
  const next = distances.length ? (now + Math.min(...distances)) % MINUTES_PER_WEEK : undefined;
  return {
    open: Boolean(current),
    unknown: current?.unknown ?? false,
    nextChange:
      next === undefined
        ? undefined
        : {
            weekday: (Math.floor(next / 1440) + 1) % 7,
            hour: Math.floor((next % 1440) / 60),
            minute: next % 60,
          },
  };
}
