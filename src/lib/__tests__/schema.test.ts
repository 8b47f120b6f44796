import fs from 'node:fs';
import path from 'node:path';
import {checkDirectoryEntry} from '../directoryEntry';

const NOW = new Date('2026-11-29T12:00:00Z');
const check = (text: string, kind: 'city' | 'organization' = 'organization') =>
  checkDirectoryEntry({file: 'directory/testville/x.yml', text, kind, siteDir: '/site', now: NOW});

const VALID_ORG = `name: Valid Org (sample)
types: [rapid-response]
summary:
  en: A fictional sample.
  es: Un ejemplo ficticio.
languages: [en, es, hmn]
channels:
  - kind: hotline
    audience: need-help
    value: "+16125550142"
    hours: "Mo-Fr 09:00-17:00"
  - kind: website
    audience: general
    value: https://valid.example.org/
coverage:
  area: North side
status: active
verified:
  date: 2026-10-02
  method: phone
maintainers: ["@sanctuary-commons/sample-entries"]
consent: 2026-09-15
sample: true
`;

describe('organisation schema', () => {
  it('accepts a complete sample entry and applies defaults', () => {
    const result = check(VALID_ORG);
    expect(result.problems).toEqual([]);
    expect(result.organization?.review_every_months).toBe(6);
  });

  it('says a number below its minimum is too small (regression: "needs at least 1 item. Add the missing items.")', () => {
    const problem = check(`${VALID_ORG}review_every_months: 0\n`).problems.find(
      (p) => p.field === 'review_every_months',
    );
    expect(problem).toMatchObject({
      message: '"review_every_months" is too small (minimum 1).',
      fix: 'Use a number of at least 1.',
    });
  });

  it('reads coverage.area as one English text or a text per locale, and explains a flaw in the shape written', () => {
    expect(check(VALID_ORG).organization?.coverage.area).toEqual({en: 'North side'});
    const perLocale = VALID_ORG.replace(
      '  area: North side',
      '  area:\n    en: North side\n    es: Lado norte',
    );
    expect(check(perLocale).organization?.coverage.area).toEqual({
      en: 'North side',
      es: 'Lado norte',
    });
    // Not "Invalid input" (the union of the two shapes), but what is wrong in the shape chosen.
    const formula = check(
      VALID_ORG.replace('  area: North side', '  area: "=HYPERLINK(1)"'),
    ).problems;
    expect(formula).toEqual([
      expect.objectContaining({
        field: 'coverage.area',
        message: expect.stringContaining('spreadsheet formula'),
      }),
    ]);
    // Every language's text is checked by the safety rules (regression: the per-locale texts were not).
    const phone = check(
      perLocale.replace('    es: Lado norte', '    es: "Llamen al (312) 555-0117"'),
    ).problems;
    expect(phone).toEqual([
      expect.objectContaining({field: 'coverage.area.es', line: 18, rule: 'phone-in-prose'}),
    ]);
    const unknownLocale = check(
      perLocale.replace('    es: Lado norte', '    xx: Lado norte'),
    ).problems;
    expect(unknownLocale).toEqual([
      expect.objectContaining({field: 'coverage.area', message: expect.stringContaining('xx')}),
    ]);
  });

  it('locates each flaw at its line and names the field', () => {
    const text = VALID_ORG.replace('"+16125550142"', '"+19005551234"')
      .replace('[en, es, hmn]', '[en, "not a language"]')
      .replace('status: active', 'status: sleeping');
    const byField = Object.fromEntries(check(text).problems.map((p) => [p.field, p]));
    expect(byField['channels[0].value']).toMatchObject({
      line: 10,
      message: expect.stringContaining('premium-rate'),
    });
    expect(byField['languages[1]']).toMatchObject({
      line: 6,
      message: expect.stringContaining('BCP-47'),
    });
    expect(byField.status).toMatchObject({
      line: 17,
      fix: expect.stringContaining('active, paused, closed'),
    });
  });

  it('reports a missing required field with a fix', () => {
    const problems = check(VALID_ORG.replace(/consent: .*\n/, '')).problems;
    expect(problems).toEqual([
      expect.objectContaining({field: 'consent', message: '"consent" is missing.', rule: 'schema'}),
    ]);
  });

  it('refuses text that a spreadsheet would run as a formula in the open-data CSV (regression: =HYPERLINK in a name)', () => {
    const text = VALID_ORG.replace(
      'name: Valid Org (sample)',
      'name: \'=HYPERLINK("https://evil.test")\'',
    ).replace('area: North side', 'area: "+cmd|calc"');
    const problems = check(text).problems.filter((problem) => problem.severity === 'error');
    expect(problems.map((problem) => problem.field)).toEqual(['name', 'coverage.area']);
    expect(problems[0]!.message).toMatch(/starts like a spreadsheet formula/);
    // A leading list dash, a minus number and ordinary text stay allowed.
    expect(
      check(
        VALID_ORG.replace('area: North side', 'area: "- North side, -5 blocks"'),
      ).problems.filter((problem) => problem.severity === 'error'),
    ).toEqual([]);
  });

  it('accepts Persian zero-width non-joiners and emoji joiners, but not a joiner hiding inside a number (regression)', () => {
    const ordinary = VALID_ORG.replace(
      'name: Valid Org (sample)',
      'name: Valid Org (sample)\nalt_names: ["خانه\u200Cهای امن"]',
    ).replace('en: A fictional sample.', 'en: "A fictional sample 👩\u200D⚖️ 🏳️\u200D🌈 ❤️."');
    expect(check(ordinary).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const hidden = VALID_ORG.replace('area: North side', 'area: "North side 612\u200D555"');
    expect(
      check(hidden)
        .problems.filter((problem) => problem.severity === 'error')
        .map((problem) => problem.field),
    ).toEqual(['coverage.area']);
  });

  it('refuses unknown keys so that typos surface', () => {
    const problems = check(`${VALID_ORG}adress: 12 Main\n`).problems;
    expect(problems[0]).toMatchObject({
      rule: 'schema',
      message: expect.stringContaining('"adress"'),
    });
  });

  it('refuses invalid opening_hours, http links and bad e-mail', () => {
    const text = VALID_ORG.replace('Mo-Fr 09:00-17:00', 'Mo-Fx 09:00-17:00').replace(
      'https://valid.example.org/',
      'http://valid.example.org/',
    );
    const fields = check(text)
      .problems.map((p) => p.field)
      .sort();
    expect(fields).toEqual(['channels[0].hours', 'channels[1].value']);
  });

  it('refuses template values in a real entry and real values in a sample entry', () => {
    const real = check(VALID_ORG.replace('sample: true', 'sample: false')).problems.map(
      (p) => p.rule,
    );
    expect(real).toEqual(['reserved-value', 'reserved-value']);
    const sampleWithRealNumber = check(
      VALID_ORG.replace('"+16125550142"', '"+16126261234"'),
    ).problems;
    expect(sampleWithRealNumber).toEqual([
      expect.objectContaining({rule: 'sample-real-value', field: 'channels[0].value'}),
    ]);
  });

  it.each([
    ['a toll-free code', '+18885550100', ['sample-real-value']],
    ['another toll-free code', '+18005550142', ['sample-real-value']],
    ['the premium-rate code', '+19005550142', ['sample-real-value', 'schema']],
    ['a personal-number code', '+15005550100', ['sample-real-value', 'schema']],
    ['an unassigned code', '+15555550100', ['sample-real-value', 'schema']],
  ])(
    "refuses a sample's 555-01XX number under %s: fiction is reserved only in geographic area codes (F12)",
    (_what, value, rules) => {
      const problems = check(VALID_ORG.replace('"+16125550142"', `"${value}"`)).problems;
      expect(problems.map((problem) => problem.rule)).toEqual(rules);
      expect(problems.every((problem) => problem.field === 'channels[0].value')).toBe(true);
      expect(problems.find((problem) => problem.rule === 'sample-real-value')!.fix).toContain(
        'under a geographic area code',
      );
    },
  );

  it('warns about personal mailboxes and stale entries, without failing', () => {
    const text = VALID_ORG.replace('sample: true', 'sample: false')
      .replace(
        /  - kind: hotline[\s\S]*?hours: "Mo-Fr 09:00-17:00"\n/,
        '  - kind: email\n    audience: general\n    value: someone@gmail.com\n',
      )
      .replace('https://valid.example.org/', 'https://www.ilrc.org/')
      .replace('date: 2026-10-02', 'date: 2025-01-02');
    const problems = check(text).problems;
    expect(problems.map((p) => [p.rule, p.severity])).toEqual([
      ['personal-mailbox', 'warning'],
      ['stale', 'warning'],
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const problems = check('name: Broken\ntypes: [legal-aid\nsummary:\n  en: x\n').problems;
    expect(problems[0]).toMatchObject({rule: 'yaml-syntax', severity: 'error'});
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  });
});

describe('city schema', () => {
  const CITY = `name: Denver
region: Colorado
country: US
coordinates: [39.739, -104.990]
timezone: America/Denver
summary:
  en: Hub.
maintainers: ["@sanctuary-commons/denver-maintainers"]
`;
  it('accepts a valid city', () => expect(check(CITY, 'city').problems).toEqual([]));
  it('refuses a bad time zone, country and coordinates', () => {
    const text = CITY.replace('America/Denver', 'Mountain Time')
      .replace('country: US', 'country: usa')
      .replace('39.739', '139.7');
    expect(
      check(text, 'city')
        .problems.map((p) => p.field)
        .sort(),
    ).toEqual(['coordinates[0]', 'country', 'timezone']);
  });
  describe('coordinates are the city centre, never a building: at most 3 decimal places (F13)', () => {
    const at = (coordinates: string) =>
      check(CITY.replace('[39.739, -104.990]', coordinates), 'city').problems;
    it.each([
      ['[39.739, -104.99]'],
      ['[39.7, -105]'],
      ['[40, -105]'],
      ['[39.7390, -104.9900]'],
      ['[-33.869, 151.209]'],
      ['[0.001, -0.001]'],
    ])('accepts %s', (coordinates) => expect(at(coordinates)).toEqual([]));
    it.each([
      ['[39.7392, -104.990]', ['coordinates[0]']],
      ['[39.739, -104.9903]', ['coordinates[1]']],
      ['[39.73921234, -104.99031234]', ['coordinates[0]', 'coordinates[1]']],
      ['[0.0001, -104.99]', ['coordinates[0]']],
      ['[1e-7, -104.99]', ['coordinates[0]']],
      ['[39.739, -104.9901e0]', ['coordinates[1]']],
    ])('refuses %s, saying why and how to round it', (coordinates, fields) => {
      const problems = at(coordinates);
      expect(problems.map((problem) => problem.field)).toEqual(fields);
      expect(problems[0]!.message).toContain(
        'has more than 3 decimal places: a city hub marks the city centre, never a building',
      );
      expect(problems[0]!.fix).toContain(
        'Round it to 3 decimal places or fewer, e.g. [44.978, -93.265]',
      );
      expect(problems[0]!.line).toBe(4);
    });
    it('every starter city, fixture city and the template pass', () => {
      const root = path.resolve(__dirname, '../../..');
      const files = [
        'directory',
        'tests/__fixtures__/site/directory',
        'tests/__fixtures__/hostile/directory',
      ].flatMap((dir) =>
        fs
          .readdirSync(path.join(root, dir))
          .filter((city) => fs.existsSync(path.join(root, dir, city, '_city.yml')))
          .map((city) => path.join(root, dir, city, '_city.yml')),
      );
      expect(files.length).toBeGreaterThanOrEqual(7);
      for (const file of [...files, path.join(root, 'templates/city.yml')]) {
        const problems = check(fs.readFileSync(file, 'utf8'), 'city').problems.filter((problem) =>
          problem.field.startsWith('coordinates'),
        );
        expect({file, problems}).toEqual({file, problems: []});
      }
    });
  });
  it.each(['UK', 'XX', 'EU', 'AQ'])(
    'refuses %s, which is not a country with a telephone numbering plan (phone numbers are checked against it)',
    (code) => {
      const problems = check(CITY.replace('country: US', `country: ${code}`), 'city').problems;
      expect(problems).toEqual([
        expect.objectContaining({
          field: 'country',
          rule: 'schema',
          message:
            '"country" is not the ISO 3166-1 alpha-2 code of a country with a telephone numbering plan.',
        }),
      ]);
      expect(problems[0]!.fix).toContain('GB for the United Kingdom (not UK)');
    },
  );
});

describe('international phone numbers and plain-text fields (safety rule 11, exports)', () => {
  const withChannel = (lines: string[]) =>
    VALID_ORG.replace(
      '  - kind: website\n',
      `${lines
        .map((line) => `    ${line}`)
        .join('\n')
        .replace(/^ {4}/, '  - ')}\n  - kind: website\n`,
    );

  it('reads international as one English text or a text per locale', () => {
    const one = check(
      withChannel([
        'kind: phone',
        'audience: general',
        'value: "+16125550150"',
        "international: Consulate's national hotline",
      ]),
    );
    expect(one.problems.filter((problem) => problem.rule === 'schema')).toEqual([]);
    expect(one.organization?.channels[1]?.international).toEqual({
      en: "Consulate's national hotline",
    });
    const map = check(
      withChannel([
        'kind: phone',
        'audience: general',
        'value: "+16125550150"',
        'international: {en: National hotline, es: Línea nacional}',
      ]),
    );
    expect(map.organization?.channels[1]?.international).toEqual({
      en: 'National hotline',
      es: 'Línea nacional',
    });
  });

  it.each([
    ['an empty reason', 'international: ""', '"channels[1].international" is empty.'],
    [
      'a reason with no English',
      'international: {es: Línea nacional}',
      '"channels[1].international.en" is missing.',
    ],
    [
      'a reason that is a formula',
      'international: "=cmd()"',
      '"channels[1].international" starts like a spreadsheet formula',
    ],
    [
      'a reason with a hidden character',
      'international: "Hot\u202Eline"',
      'U+202E RIGHT-TO-LEFT OVERRIDE, an invisible or text-direction control character',
    ],
    [
      'a reason over 200 characters',
      `international: "${'x'.repeat(201)}"`,
      '"channels[1].international" is longer than 200 characters.',
    ],
    [
      'a reason that is not text',
      'international: true',
      '"channels[1].international" should be a string',
    ],
  ])('refuses %s', (_what, line, message) => {
    const problems = check(
      withChannel(['kind: phone', 'audience: general', 'value: "+16125550150"', line]),
    ).problems;
    expect(
      problems
        .filter((problem) => problem.field.startsWith('channels[1].international'))
        .map((problem) => problem.message)
        .join('\n'),
    ).toContain(message);
  });

  it('refuses a phone number hidden in the reason, like in any short text', () => {
    const problems = check(
      withChannel([
        'kind: phone',
        'audience: general',
        'value: "+16125550150"',
        'international: "Call 612-555-0177 first"',
      ]),
    );
    expect(problems.problems).toContainEqual(
      expect.objectContaining({field: 'channels[1].international', rule: 'phone-in-prose'}),
    );
  });

  it('refuses international on a channel that is not a phone', () => {
    const problems = check(
      withChannel([
        'kind: website',
        'audience: general',
        'value: https://other.example.org/',
        'international: Abroad',
      ]),
    ).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'channels[1].international',
        rule: 'schema',
        message: '"channels[1].international" is only for phone and hotline channels.',
      }),
    );
  });

  it.each([
    [
      'coverage.counties[0]',
      VALID_ORG.replace('  area: North side\n', '  area: North side\n  counties: ["@SUM(1)"]\n'),
      'starts like a spreadsheet formula',
    ],
    [
      'coverage.counties[0]',
      VALID_ORG.replace(
        '  area: North side\n',
        '  area: North side\n  counties: ["Hennepin\\u202E County"]\n',
      ),
      'an invisible or text-direction control character',
    ],
    [
      'coverage.counties[0]',
      VALID_ORG.replace(
        '  area: North side\n',
        `  area: North side\n  counties: ["${'x'.repeat(81)}"]\n`,
      ),
      'is longer than 80 characters',
    ],
    [
      'channels[0].hours',
      VALID_ORG.replace('"Mo-Fr 09:00-17:00"', '"Mo-Fr 09:00-17:00 \\"\\u200Bx\\""'),
      'an invisible or text-direction control character',
    ],
    [
      'channels[1].value',
      VALID_ORG.replace('https://valid.example.org/', '"https://valid.example.org/\\u200B"'),
      'an invisible or text-direction control character',
    ],
  ])('checks %s as plain text: %s', (field, text, message) => {
    // Hidden characters are the invisible-character rule's (with the character's name); the rest is the schema's.
    const found = check(text).problems.filter(
      (problem) =>
        problem.field === field &&
        (problem.rule === 'schema' || problem.rule === 'invisible-character'),
    );
    expect(found.map((problem) => problem.message).join('\n')).toContain(message);
  });
});
