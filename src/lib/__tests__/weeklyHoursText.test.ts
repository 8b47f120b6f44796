import {weeklyIntervals} from '../weeklyHours';
import {hoursRowsText, weeklyRows} from '../weeklyHoursText';

const rows = (hours: string) => weeklyRows(weeklyIntervals(hours)!);

describe('weeklyRows', () => {
  it('groups consecutive days that share the same times', () => {
    expect(rows('Mo-Fr 09:00-18:00; Sa 10:00-14:00')).toEqual([
      {firstDay: 0, lastDay: 4, ranges: [{start: 540, end: 1080}]},
      {firstDay: 5, lastDay: 5, ranges: [{start: 600, end: 840}]},
    ]);
  });

  it('keeps a lunch break, and a night shift on the day it starts', () => {
    expect(rows('Mo 09:00-12:00,13:00-17:00; Fr 22:00-02:00')).toEqual([
      {
        firstDay: 0,
        lastDay: 0,
        ranges: [
          {start: 540, end: 720},
          {start: 780, end: 1020},
        ],
      },
      {firstDay: 4, lastDay: 4, ranges: [{start: 1320, end: 1560}]},
    ]);
    expect(hoursRowsText(rows('Fr 22:00-02:00') as never, 'es')).toEqual([
      {firstDay: 'viernes', lastDay: null, times: '22:00–2:00'},
    ]);
  });

  it('says "always" for 24/7 and gives up on times known only by appointment', () => {
    expect(rows('24/7')).toBe('always');
    expect(weeklyRows([{start: 540, end: 1020, unknown: true}])).toBeNull();
  });
});

describe('hoursRowsText', () => {
  const week = rows('Mo-Fr 09:00-18:00; Sa 10:00-14:00') as Exclude<
    ReturnType<typeof rows>,
    'always' | null
  >;
  it.each([
    [
      'en',
      [
        {firstDay: 'Monday', lastDay: 'Friday', times: '9:00 AM–6:00 PM'},
        {firstDay: 'Saturday', lastDay: null, times: '10:00 AM–2:00 PM'},
      ],
    ],
    [
      'es',
      [
        {firstDay: 'lunes', lastDay: 'viernes', times: '9:00–18:00'},
        {firstDay: 'sábado', lastDay: null, times: '10:00–14:00'},
      ],
    ],
    [
      'fr',
      [
        {firstDay: 'lundi', lastDay: 'vendredi', times: '9:00–18:00'},
        {firstDay: 'samedi', lastDay: null, times: '10:00–14:00'},
      ],
    ],
  ])('reads the week in %s', (locale, expected) => {
    // CLDR puts a narrow no-break space before AM/PM; compare with plain spaces.
    expect(
      hoursRowsText(week, locale).map((row) => ({
        ...row,
        times: row.times.replace(/\u202F|\u00A0/g, ' '),
      })),
    ).toEqual(expected);
  });
});
