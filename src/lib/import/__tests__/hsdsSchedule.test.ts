import {parseOpeningHours} from '../../rules/hours';
import {regularSchedulesToOpeningHours, schedulesToOpeningHours} from '../hsdsSchedule';

const row = (fields: Record<string, string>) => ({freq: 'WEEKLY', ...fields});

describe('HSDS schedules → opening_hours, exactly or not at all', () => {
  it.each([
    [
      'weekly rows, seconds 00',
      [
        row({byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '17:00:00'}),
        row({byday: 'SA', opens_at: '10:00', closes_at: '14:00'}),
      ],
      'Mo,Tu,We,Th,Fr 09:00-17:00; Sa 10:00-14:00',
    ],
    [
      'two intervals on one day stay two',
      [
        row({byday: 'MO', opens_at: '10:00', closes_at: '12:00'}),
        row({byday: 'MO', opens_at: '14:00', closes_at: '18:00'}),
      ],
      'Mo 10:00-12:00,14:00-18:00',
    ],
    [
      'ordinal weekdays of a month',
      [{freq: 'MONTHLY', byday: '2TU,-1FR', opens_at: '18:00', closes_at: '20:00'}],
      'Tu[2],Fr[-1] 18:00-20:00',
    ],
    [
      'ISO weeks',
      [row({byday: 'TH,FR', byweekno: '41,42', opens_at: '10:00', closes_at: '18:00'})],
      'week 41,42 Th,Fr 10:00-18:00',
    ],
    [
      'a date range',
      [
        row({
          byday: 'MO,WE',
          valid_from: '2026-06-01',
          valid_to: '2026-08-31',
          opens_at: '09:00',
          closes_at: '12:00',
        }),
      ],
      '2026 Jun 01-2026 Aug 31 Mo,We 09:00-12:00',
    ],
    [
      'daily',
      [{freq: 'DAILY', opens_at: '00:00', closes_at: '23:59'}],
      'Mo,Tu,We,Th,Fr,Sa,Su 00:00-24:00',
    ],
  ])('%s', (_name, rows, hours) => {
    expect(schedulesToOpeningHours(rows)).toEqual({hours});
    expect(() => parseOpeningHours(hours)).not.toThrow();
  });

  it.each([
    [
      'days of the month',
      [{freq: 'MONTHLY', bymonthday: '1,15', opens_at: '10:00', closes_at: '12:00'}],
      /bymonthday 1,15/,
    ],
    [
      'every other week',
      [row({byday: 'TH', interval: '2', opens_at: '13:00', closes_at: '17:00'})],
      /interval 2/,
    ],
    [
      'a count of occurrences',
      [row({byday: 'TH', count: '3', opens_at: '13:00', closes_at: '17:00'})],
      /count 3/,
    ],
    [
      'a UTC offset on a time',
      [row({byday: 'MO', opens_at: '09:00-05:00', closes_at: '17:00-05:00'})],
      /UTC offset/,
    ],
    [
      'a timezone offset column',
      [row({byday: 'MO', timezone: '3', opens_at: '09:00', closes_at: '17:00'})],
      /timezone 3/,
    ],
    ['seconds', [row({byday: 'MO', opens_at: '09:00:30', closes_at: '17:00'})], /seconds/],
    [
      'a range open on one side',
      [row({byday: 'MO', valid_from: '2026-01-01', opens_at: '09:00', closes_at: '17:00'})],
      /limited on one side only/,
    ],
    [
      'rows with different limits',
      [
        row({byday: 'MO', opens_at: '09:00', closes_at: '17:00'}),
        row({byday: 'MO', byweekno: '41', opens_at: '10:00', closes_at: '12:00'}),
      ],
      /different date or week limits/,
    ],
    [
      'weeks counted from Sunday',
      [row({byday: 'MO', byweekno: '41', wkst: 'SU', opens_at: '09:00', closes_at: '17:00'})],
      /wkst SU/,
    ],
    ['no times', [row({byday: 'MO'})], /no opening or no closing time/],
    [
      'MONTHLY without an ordinal',
      [{freq: 'MONTHLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00'}],
      /without an ordinal/,
    ],
    [
      'YEARLY',
      [{freq: 'YEARLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00'}],
      /freq YEARLY/,
    ],
  ])('refuses %s, with the reason', (_name, rows, reason) => {
    const reading = schedulesToOpeningHours(rows);
    expect(reading.hours).toBeUndefined();
    expect(reading.reason).toMatch(reason);
  });

  it('reads 2.0 regular schedules (1 = Monday) and holiday schedules (closed, or other times) as later rules that replace those days', () => {
    const regular = [1, 2, 3, 4].map((weekday) => ({
      weekday: String(weekday),
      opens_at: '09:00',
      closes_at: '17:00',
    }));
    expect(
      regularSchedulesToOpeningHours(
        [...regular, {weekday: 'Friday', opens_at: '09:00', closes_at: '13:00'}],
        [
          {closed: 'true', start_date: '2026-12-24', end_date: '2026-12-26'},
          {
            closed: 'false',
            start_date: '2026-12-31',
            end_date: '2026-12-31',
            opens_at: '10:00',
            closes_at: '12:00',
          },
        ],
      ),
    ).toEqual({
      hours:
        'Mo,Tu,We,Th 09:00-17:00; Fr 09:00-13:00; 2026 Dec 24-2026 Dec 26 off; 2026 Dec 31 10:00-12:00',
    });
    expect(
      regularSchedulesToOpeningHours([{weekday: '8', opens_at: '09:00', closes_at: '17:00'}], [])
        .reason,
    ).toMatch(/weekday "8"/);
  });
});
