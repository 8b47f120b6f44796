import {parseOpeningHours} from './rules/hours';

/**
 * "Open now" for an OSM `opening_hours` schedule, evaluated in the city's
 * time zone rather than the visitor's.
 */

/** Whether a channel is open, and until when (local wall-clock time in the city). */
export type OpenState = {
  open: boolean;
  unknown: boolean;
  nextChange?: {weekday: number; hour: number; minute: number};
};

/**
 * The wall-clock time in `timeZone` at instant `at`, as a Date whose *local*
 * fields read that wall-clock time (the `opening_hours` library reads local fields).
 * @param at - the instant
 * @param timeZone - IANA zone, e.g. `America/Chicago`
 */
export function wallClockIn(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return new Date(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
}

/**
 * Evaluates an `opening_hours` value at an instant in a city's time zone.
 * Public-holiday rules (`PH`) are evaluated without a holiday calendar.
 * @param hours - OSM opening_hours, e.g. `Mo-Fr 09:00-17:00`
 * @param timeZone - the city's IANA zone
 * @param at - the instant (default: now)
 * @returns open/closed, `unknown` for `unknown`-state rules, and the next change in city time
 * @throws Error when `hours` does not parse (the validator refuses such values first)
 */
export function openState(hours: string, timeZone: string, at: Date = new Date()): OpenState {
  const schedule = parseOpeningHours(hours);
  const local = wallClockIn(at, timeZone);
  const next = schedule.getNextChange(local);
  return {
    open: schedule.getState(local),
    unknown: schedule.getUnknown(local),
    nextChange: next
      ? {weekday: next.getDay(), hour: next.getHours(), minute: next.getMinutes()}
      : undefined,
  };
}
