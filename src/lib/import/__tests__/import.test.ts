import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {draftsFromCsv} from '../fromCsv';
import {readPhoneText} from '../phoneText';
import {importEntries} from '../importEntries';
import {parseMapping} from '../mapping';
import {formatImportReport} from '../report';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'tests/__fixtures__/import');
const csvText = fs.readFileSync(path.join(FIXTURES, 'awkward.csv'), 'utf8');
const mapping = parseMapping(
  fs.readFileSync(path.join(FIXTURES, 'awkward.mapping.yml'), 'utf8'),
  'awkward.mapping.yml',
);

/** A content root holding only the fixture's Minneapolis city hub (no organisations). */
function emptyDirectory(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-import-'));
  fs.mkdirSync(path.join(root, 'directory/minneapolis'), {recursive: true});
  fs.copyFileSync(
    path.join(ROOT, 'tests/__fixtures__/site/directory/minneapolis/_city.yml'),
    path.join(root, 'directory/minneapolis/_city.yml'),
  );
  return root;
}
const filesUnder = (root: string) =>
  fs.readdirSync(path.join(root, 'directory'), {recursive: true}).map(String).sort();

describe('importing a spreadsheet CSV through a mapping', () => {
  let root: string;
  beforeEach(() => {
    root = emptyDirectory();
  });
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}));

  it('maps columns, splits multi-value cells, trims stray whitespace and maps language names', () => {
    const report = importEntries(draftsFromCsv(csvText, mapping, 'awkward.csv'), {
      contentRoot: root,
      dryRun: true,
    });
    const northside = parseYaml(report.accepted.find((file) => file.row === 2)!.text);
    expect(report.accepted.find((file) => file.row === 2)!.file).toBe(
      'directory/minneapolis/northside-rapid-response-sample.yml',
    );
    expect(northside).toMatchObject({
      name: 'Northside Rapid Response (sample)',
      types: ['rapid-response', 'alert-network'],
      summary: {
        en: 'Verifies every report of enforcement activity, then alerts neighbours.',
        es: 'Verificamos cada reporte, luego alertamos.',
      },
      languages: ['en', 'es', 'so'],
      coverage: {area: 'North Minneapolis'},
      channels: [
        {kind: 'hotline', audience: 'need-help', value: '+16125550142', hours: '24/7'},
        {kind: 'hotline', audience: 'need-help', value: '+16125550143', hours: '24/7'},
        {kind: 'email', audience: 'volunteer', value: 'volunteer@northside.example.org'},
        {kind: 'website', audience: 'general', value: 'https://northside.example.org/'},
      ],
      sample: true,
      maintainers: ['@sanctuary-commons/sample-entries'],
    });
    // A multi-line cell becomes one line; non-Latin names stay as written; each difference is listed with its rule.
    expect(parseYaml(report.accepted.find((file) => file.row === 4)!.text)).toMatchObject({
      name: 'Союз взаимопомощи (sample)',
      summary: {en: 'Groceries and rent help for families, delivered by neighbours.'},
      languages: ['ru', 'en'],
    });
    expect(report.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({row: 4, field: 'summary.en', rule: 'trim-space'}),
        expect.objectContaining({
          row: 2,
          column: 'Hotline',
          field: 'channels[1].value',
          from: '612.555.0143',
          to: '+16125550143',
          rule: 'phone-e164',
        }),
        expect.objectContaining({
          row: 2,
          column: 'Languages',
          field: 'languages[1]',
          from: ' Español',
          to: 'es',
          rule: 'value-map',
        }),
      ]),
    );
  });

  it('writes the accepted rows as YAML with the schema header, and refuses the others with row, column, field and fix', () => {
    const report = importEntries(draftsFromCsv(csvText, mapping, 'awkward.csv'), {
      contentRoot: root,
    });
    expect(report.accepted.map((file) => file.file)).toEqual([
      'directory/minneapolis/northside-rapid-response-sample.yml',
      'directory/minneapolis/hmong-legal-clinic-sample.yml',
      'directory/minneapolis/mutual-aid-union.yml',
    ]);
    const written = fs.readFileSync(
      path.join(root, 'directory/minneapolis/hmong-legal-clinic-sample.yml'),
      'utf8',
    );
    expect(written.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../static/schema/organization.schema.json',
    );
    expect(parseYaml(written)).toMatchObject({
      languages: ['en', 'hmn'],
      channels: [
        {kind: 'hotline', value: '+16125550170', hours: 'Mo-Fr 09:00-17:00'},
        {kind: 'website'},
      ],
    });

    const refusal = (row: number, field: string) =>
      report.refused.find((problem) => problem.row === row && problem.field === field);
    expect(report.refusedRows).toBe(5);
    expect(refusal(5, '(slug)')).toMatchObject({
      column: 'Slug',
      fix: expect.stringContaining('Slug column'),
    });
    // Every problem of a row in one run: the unreadable number, the http: link and the unknown language.
    expect(refusal(6, 'channels[0].value')).toMatchObject({
      column: 'Hotline',
      rule: 'phone-unreadable',
      message: expect.stringContaining('"612-555-01" is not a phone number'),
    });
    expect(refusal(6, 'channels[1].value')).toMatchObject({
      column: 'Website',
      message: expect.stringContaining('not an https: link'),
    });
    expect(refusal(6, 'languages[1]')).toMatchObject({
      column: 'Languages',
      fix: expect.stringContaining('fields.languages.values in the mapping, e.g. {"Klingon": …}'),
    });
    expect(
      report.refused.find(
        (problem) => problem.row === 7 && problem.message.includes('WhatsApp invite'),
      ),
    ).toMatchObject({column: 'Website'});
    expect(refusal(8, '(city)')).toMatchObject({
      message: expect.stringContaining('springfield'),
      fix: expect.stringContaining('--create-cities'),
    });
    expect(refusal(9, '(slug)')).toMatchObject({
      message: expect.stringContaining('also made by row 2, in the same city'),
    });
    expect(formatImportReport(report, 'directory')).toContain(
      'awkward.csv row 6  column "Website"  channels[1].value',
    );
  });

  it('writes nothing with --dry-run', () => {
    const report = importEntries(draftsFromCsv(csvText, mapping, 'awkward.csv'), {
      contentRoot: root,
      dryRun: true,
    });
    expect(report.accepted).toHaveLength(3);
    expect(filesUnder(root)).toEqual(['minneapolis', 'minneapolis/_city.yml']);
  });

  it('leaves nothing half-written when writing fails part-way', () => {
    const link = fs.linkSync;
    let calls = 0;
    const spy = jest.spyOn(fs, 'linkSync').mockImplementation((from, to) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      link(from, to);
    });
    try {
      expect(() =>
        importEntries(draftsFromCsv(csvText, mapping, 'awkward.csv'), {contentRoot: root}),
      ).toThrow(/Nothing was imported: writing failed \(disk full\)/);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(2);
    expect(filesUnder(root)).toEqual(['minneapolis', 'minneapolis/_city.yml']);
    expect(fs.readdirSync(root).filter((name) => name.startsWith('.import-'))).toEqual([]);
  });

  it('refuses slugs and cities that are not slugs, so no file lands outside directory/ (regression: ../ in a Slug cell)', () => {
    const drafts = draftsFromCsv(csvText, mapping, 'awkward.csv');
    drafts.organizations[0]!.slug = '../../../pwned';
    drafts.organizations[1]!.city = '../minneapolis';
    const report = importEntries(drafts, {contentRoot: root});
    expect(report.refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: drafts.organizations[0]!.row,
          field: '(slug)',
          message: '"../../../pwned" is not a valid slug.',
        }),
        expect.objectContaining({
          row: drafts.organizations[1]!.row,
          field: '(city)',
          message: '"../minneapolis" is not a valid city slug.',
        }),
      ]),
    );
    expect(
      report.accepted.every((file) => /^directory\/[a-z0-9-]+\/[a-z0-9-]+\.yml$/.test(file.file)),
    ).toBe(true);
    expect(fs.readdirSync(path.dirname(root)).filter((name) => name === 'pwned.yml')).toEqual([]);
  });

  it("refuses a row whose number is not of its city's country (safety rule 11), naming the column", () => {
    const drafts = draftsFromCsv(csvText, mapping, 'awkward.csv');
    // The sample rows use reserved numbers; a +1 876 (Jamaica) one is refused in Minneapolis like a real one.
    const hotline = drafts.organizations[1]!.channels.find(
      (channel) => channel.column === 'Hotline',
    )!;
    hotline.text = '+18765550170';
    hotline.cell = '+18765550170';
    const report = importEntries(drafts, {contentRoot: root, dryRun: true});
    expect(
      report.refused.filter((problem) => problem.row === drafts.organizations[1]!.row),
    ).toEqual([
      expect.objectContaining({
        column: 'Hotline',
        field: 'channels[0].value',
        message: expect.stringContaining('rings in Jamaica (JM)'),
      }),
    ]);
    expect(report.accepted.map((file) => file.file)).not.toContain(
      `directory/minneapolis/${drafts.organizations[1]!.slug}.yml`,
    );
  });

  it('never replaces an existing entry', () => {
    fs.writeFileSync(
      path.join(root, 'directory/minneapolis/mutual-aid-union.yml'),
      'name: keep me\n',
    );
    const report = importEntries(draftsFromCsv(csvText, mapping, 'awkward.csv'), {
      contentRoot: root,
    });
    expect(report.refused.find((problem) => problem.row === 4)).toMatchObject({
      field: '(slug)',
      message: expect.stringContaining('already exists'),
    });
    expect(
      fs.readFileSync(path.join(root, 'directory/minneapolis/mutual-aid-union.yml'), 'utf8'),
    ).toBe('name: keep me\n');
  });

  it('reports a mapping column the file lacks once, still checks every row, and lists the columns no mapping key names', () => {
    const broken = parseMapping(
      'fields: {name: Organisation name}\ndefaults: {city: minneapolis}\n',
      'broken.yml',
    );
    const drafts = draftsFromCsv(csvText, broken, 'awkward.csv');
    expect(drafts.problems).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'Organisation name',
        field: '(mapping)',
        fix: expect.stringContaining('Organisation, City, Slug'),
      }),
    ]);
    expect(drafts.organizations).toHaveLength(8);
    expect(drafts.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          what: 'column "Hotline"',
          reason: 'no mapping key names it',
          count: 4,
        }),
      ]),
    );
    const report = importEntries(drafts, {contentRoot: root, dryRun: true});
    expect(report.accepted).toEqual([]);
    expect(report.refused.filter((problem) => problem.field === '(mapping)')).toHaveLength(1);
    expect(
      report.refused.find((problem) => problem.row === 2 && problem.field === 'types'),
    ).toMatchObject({fix: expect.stringContaining('set defaults.types')});
  });

  it('lists a second column with the same header and cells under no header, instead of letting them hide', () => {
    const text = 'Organisation,Phone,Phone,\nA (sample),612-555-0142,612-555-0143,stray note\n';
    const drafts = draftsFromCsv(
      text,
      parseMapping(
        'fields: {name: Organisation}\nchannels: [{kind: phone, audience: general, column: Phone}]\ndefaults: {city: minneapolis}\n',
        'm.yml',
      ),
      'dup.csv',
    );
    expect(drafts.skipped.map((item) => [item.what, item.count])).toEqual([
      ['column "Phone (2)"', 1],
      ['column "(column 4)"', 1],
    ]);
    expect(drafts.organizations[0]!.channels.map((channel) => channel.text)).toEqual([
      '612-555-0142',
    ]);
  });

  it('refuses a file that is not UTF-8 (a Windows-1252 export) instead of writing its names wrong', () => {
    const latin1 = Buffer.from('Organisation\nRed de Respuesta R\xe1pida\n', 'latin1').toString(
      'utf8',
    );
    expect(() => draftsFromCsv(latin1, mapping, 'latin1.csv')).toThrow(
      /The file is not UTF-8 text \(line 2 .*Save it as "CSV UTF-8"/,
    );
  });

  it('accepts the mapping template contributors start from', () => {
    const template = parseMapping(
      fs.readFileSync(path.join(ROOT, 'templates/import-mapping.yml'), 'utf8'),
      'templates/import-mapping.yml',
    );
    expect(template).toMatchObject({
      slug: 'Slug',
      country: 'US',
      fields: expect.objectContaining({name: 'Organisation'}),
    });
  });

  it('refuses a mapping file with unknown keys, naming them', () => {
    expect(() => parseMapping('colums: {}\n', 'typo.yml')).toThrow(/typo\.yml: \(file\): .*colums/);
  });

  it('reads local phone numbers as E.164 with their extension and label, and finds none in text that holds no number', () => {
    expect(readPhoneText(' (612) 555-0142 ', 'US')).toEqual({
      phones: [{value: '+16125550142', text: '(612) 555-0142'}],
      leftover: [],
    });
    expect(readPhoneText('+44 20 7946 0018', 'US').phones[0]!.value).toBe('+442079460018');
    expect(readPhoneText('664 555 0100', 'MX').phones[0]!.value).toBe('+526645550100');
    expect(
      readPhoneText('(612) 555-0142 ext. 204 (family unity direct line)', 'US').phones,
    ).toEqual([
      {
        value: '+16125550142',
        text: '(612) 555-0142 ext. 204',
        extension: '204',
        label: 'family unity direct line',
      },
    ]);
    expect(readPhoneText('call us', 'US')).toEqual({phones: [], leftover: []});
    expect(readPhoneText('Tel: 612-555-0142', 'US')).toEqual({
      phones: [{value: '+16125550142', text: '612-555-0142'}],
      leftover: [{text: 'Tel', code: 'skip.phone-words-say-phone', values: {}}],
    });
    expect(readPhoneText('Teléfono: 664 555 0100 (línea familiar)', 'MX').phones[0]!.label).toBe(
      'línea familiar',
    );
  });
});
