import {openState} from '../openNow';
import {weeklyIntervals} from '../weeklyHours';
import {weeklyOpenState} from '../weeklyOpenState';

const SCHEDULES = [
  '24/7',
  'Mo-Fr 09:00-17:00',
  'Mo-Fr 08:00-20:00; Sa 10:00-14:00',
  'Tu,Th 10:00-16:00; Su off',
  'Fr-Mo 18:00-02:00',
  'Mo-Su 06:00-22:00',
  'Mo-Fr 09:00-12:00,13:00-17:00',
];
const ZONES = ['America/Chicago', 'America/Los_Angeles', 'America/New_York', 'America/Denver'];

describe('weekly intervals computed by the opening_hours library at build time', () => {
  it('expands a simple schedule into minutes from Monday 00:00', () => {
    expect(weeklyIntervals('Mo 09:00-17:00')).toEqual([{start: 540, end: 1020, unknown: false}]);
    expect(weeklyIntervals('24/7')).toEqual([{start: 0, end: 10080, unknown: false}]);
  });

  it('returns null for schedules that change from week to week', () => {
    expect(weeklyIntervals('Mo-Fr 09:00-17:00; Dec 25 off')).toBeNull();
  });

  it('agrees with the library at 2,000 instants across schedules and zones, including DST weeks', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 2000; i += 1) {
      const hours = SCHEDULES[i % SCHEDULES.length]!;
      const zone = ZONES[i % ZONES.length]!;
      const at = new Date(start + Math.floor(random() * 365 * 24 * 60) * 60_000);
      const expected = openState(hours, zone, at);
      const actual = weeklyOpenState(weeklyIntervals(hours)!, zone, at);
      expect({hours, zone, at: at.toISOString(), open: actual.open}).toEqual({
        hours,
        zone,
        at: at.toISOString(),
        open: expected.open,
      });
      if (hours !== '24/7') expect(actual.nextChange).toEqual(expected.nextChange);
    }
  });
});
