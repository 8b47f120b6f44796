import {freshness, monthsSince, reviewDueDate} from '../freshness';
import {openState, wallClockIn} from '../openNow';

describe('freshness', () => {
  it('counts whole months', () => {
    expect(monthsSince('2026-05-29', new Date('2026-11-29T00:00:00Z'))).toBe(6);
    expect(monthsSince('2026-05-30', new Date('2026-11-29T00:00:00Z'))).toBe(5);
    expect(monthsSince('2027-01-01', new Date('2026-11-29T00:00:00Z'))).toBe(0);
  });
  it('computes the due date, clamping to the end of short months', () => {
    expect(reviewDueDate('2026-08-31', 6)).toBe('2027-02-28');
    expect(reviewDueDate('2026-01-15', 12)).toBe('2027-01-15');
  });
  it('is stale only after the due date', () => {
    expect(freshness('2026-05-29', 6, new Date('2026-11-29T12:00:00Z')).stale).toBe(false);
    expect(freshness('2026-05-28', 6, new Date('2026-11-29T12:00:00Z')).stale).toBe(true);
  });
  it('throws on a malformed date', () =>
    expect(() => monthsSince('29/11/2026')).toThrow(RangeError));
});

describe('open now in the city time zone', () => {
  // 2026-11-30 is a Monday. 15:30 UTC is 09:30 in Chicago and 07:30 in Los Angeles.
  const at = new Date('2026-11-30T15:30:00Z');
  it('reads wall-clock time in the given zone whatever the machine zone', () => {
    expect(wallClockIn(at, 'America/Chicago').getHours()).toBe(9);
    expect(wallClockIn(at, 'America/Los_Angeles').getHours()).toBe(7);
  });
  it('is open in Chicago and closed in Los Angeles at the same instant', () => {
    expect(openState('Mo-Fr 09:00-17:00', 'America/Chicago', at).open).toBe(true);
    expect(openState('Mo-Fr 09:00-17:00', 'America/Los_Angeles', at).open).toBe(false);
  });
  it('reports the next change in city time', () => {
    expect(openState('Mo-Fr 09:00-17:00', 'America/Chicago', at).nextChange).toEqual({
      weekday: 1,
      hour: 17,
      minute: 0,
    });
    expect(openState('24/7', 'America/New_York', at)).toMatchObject({open: true});
  });
  it('throws on invalid syntax', () =>
    expect(() => openState('Mo-Fx 9-5', 'America/Chicago', at)).toThrow());
});
