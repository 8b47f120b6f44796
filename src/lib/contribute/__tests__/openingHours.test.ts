import {checkOpeningHours} from '../../rules/hours';
import {formatDays, toOpeningHours, type HoursChoice} from '../openingHours';

describe('formatDays', () => {
  it.each([
    [['Mo', 'Tu', 'We', 'Th', 'Fr'], 'Mo-Fr'],
    [['Fr', 'Mo', 'We'], 'Mo,We,Fr'],
    [['Sa', 'Su'], 'Sa,Su'],
    [['Mo', 'Tu', 'We', 'Fr', 'Sa', 'Su'], 'Mo-We,Fr-Su'],
    [['Mo', 'Mo'], 'Mo'],
    [[], ''],
  ] as const)('%j → %s', (days, expected) => {
    expect(formatDays(days)).toBe(expected);
  });
});

describe('toOpeningHours', () => {
  const cases: [HoursChoice, string | undefined][] = [
    [{mode: 'none'}, undefined],
    [{mode: 'always'}, '24/7'],
    [{mode: 'appointment'}, '"by appointment"'],
    [{mode: 'custom', value: '  Mo 10:00-12:00 '}, 'Mo 10:00-12:00'],
    [
      {
        mode: 'weekly',
        rules: [
          {days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], from: '09:00', to: '17:00'},
          {days: ['Sa'], from: '10:00', to: '14:00'},
        ],
        byAppointment: false,
      },
      'Mo-Fr 09:00-17:00; Sa 10:00-14:00',
    ],
    [
      {
        mode: 'weekly',
        rules: [{days: ['Tu', 'Th'], from: '18:00', to: '21:00'}],
        byAppointment: true,
      },
      'Tu,Th 18:00-21:00 "by appointment"',
    ],
    [
      {mode: 'weekly', rules: [{days: ['Fr'], from: '22:00', to: '02:00'}], byAppointment: false},
      'Fr 22:00-02:00',
    ],
    [
      {
        mode: 'weekly',
        rules: [
          {days: [], from: '09:00', to: '17:00'},
          {days: ['Mo'], from: '', to: '17:00'},
        ],
        byAppointment: false,
      },
      undefined,
    ],
  ];
  it.each(cases)('%j → %s', (choice, expected) => {
    expect(toOpeningHours(choice)).toBe(expected);
  });
  it.each(cases.filter(([, value]) => value !== undefined))(
    "%j passes the validator's opening_hours rule",
    (choice) => {
      expect(checkOpeningHours(toOpeningHours(choice)!)).toBeNull();
    },
  );
});
