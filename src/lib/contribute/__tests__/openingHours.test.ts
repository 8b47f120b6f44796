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

describe('an opening_hours value the parser would have to guess', () => {
  it("is refused with the parser's reason (Mon-Fri 9-6 would read as 09:00-06:00, open all night)", () => {
    expect(checkOpeningHours('Mon-Fri 9-6')).toMatch(/Single-digit hour "9"/);
    expect(checkOpeningHours('Mo-Fr 9-17')).toMatch(/Single-digit hour "9"|without minutes/);
  });

  it('lets a clear value through', () => {
    for (const clear of [
      'Mo-Fr 09:00-17:00',
      '24/7',
      'Tu,Th 10:00-16:00',
      'Mo-Fr 09:00-17:00; PH off',
    ])
      expect(checkOpeningHours(clear)).toBeNull();
  });
});
