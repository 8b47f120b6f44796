import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {loadCoalition} from '../../coalition';
import {buildChannels, countryProblem} from '../channels';
import {draftsFromCsv} from '../fromCsv';
import {importEntries, type ImportOptions} from '../importEntries';
import {parseMapping} from '../mapping';
import {newDraft} from '../draft';
import {formatImportReport} from '../report';
import {FIXTURE_GAZETTEER} from './gazetteerFixture';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'tests/__fixtures__/import');
const csvText = fs.readFileSync(path.join(FIXTURES, 'border.csv'), 'utf8');
const mapping = parseMapping(
  fs.readFileSync(path.join(FIXTURES, 'border.mapping.yml'), 'utf8'),
  'border.mapping.yml',
);
const NOW = new Date('2026-11-29T12:00:00Z');

const hub = (country: string, name: string, timezone: string) =>
  `name: ${name}\nregion: R\ncountry: ${country}\ncoordinates: [32.5, -117.0]\ntimezone: ${timezone}\nsummary: {en: Test hub.}\nmaintainers: ["@sanctuary-commons/test"]\n`;

describe("a border-city sheet: each number is read in the country of its row's city", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-border-'));
    fs.mkdirSync(path.join(root, 'directory'));
  });
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}));

  const run = (options: Partial<ImportOptions> = {}) =>
    importEntries(draftsFromCsv(csvText, mapping, 'border.csv'), {
      contentRoot: root,
      now: NOW,
      country: mapping.country,
      cityDefaults: mapping.city_defaults,
      duplicates: mapping.duplicates,
      gazetteer: FIXTURE_GAZETTEER,
      ...options,
    });
  const written = (report: ReturnType<typeof run>, file: string) =>
    parseYaml(report.accepted.find((planned) => planned.file === file)!.text);

  it("reads numbers without + in the city's country: +52 in Tijuana and Ciudad Juárez, +1 in San Diego and El Paso", () => {
    const report = run();
    expect(written(report, 'directory/tijuana/casa-del-migrante.yml').channels).toEqual([
      {kind: 'hotline', audience: 'need-help', value: '+526645550100'},
      {kind: 'phone', audience: 'general', value: '+526645550101', label: 'recepción'},
      {kind: 'email', audience: 'general', value: 'sc-import-fixture-0100@gmail.com'},
    ]);
    expect(
      written(report, 'directory/ciudad-juarez/casa-del-migrante-ciudad-juarez.yml').channels[0],
    ).toEqual({kind: 'hotline', audience: 'need-help', value: '+526565550100', extension: '12'});
    expect(
      written(report, 'directory/san-diego/border-rights-line-sample.yml').channels[0].value,
    ).toBe('+16195550142');
    expect(
      written(report, 'directory/el-paso/paso-accompaniment-sample.yml').channels[0].value,
    ).toBe('+19155550143');
  });

  it("uses the existing city hub's country (not the mapping's country:) when the city already exists", () => {
    fs.mkdirSync(path.join(root, 'directory/tijuana'));
    fs.writeFileSync(
      path.join(root, 'directory/tijuana/_city.yml'),
      hub('MX', 'Tijuana', 'America/Tijuana'),
    );
    const report = run({gazetteer: undefined});
    expect(written(report, 'directory/tijuana/casa-del-migrante.yml').channels[0].value).toBe(
      '+526645550100',
    );
    expect(report.accepted.some((planned) => planned.file === 'directory/tijuana/_city.yml')).toBe(
      false,
    );
  });

  it('reads a row by its country column when its city has no hub yet, and says which setting decided in the fix', () => {
    const draft = newDraft('border.csv', 2);
    draft.channels.push({
      source: 'border.csv',
      row: 2,
      column: 'Hotline',
      kind: 'hotline',
      audience: 'need-help',
      text: '664 555 0100',
      cell: '664 555 0100',
    });
    buildChannels(draft, {code: 'MX', from: 'column'});
    expect((draft.data.channels as {value: string}[])[0]!.value).toBe('+526645550100');
    const unreadable = newDraft('border.csv', 3);
    unreadable.channels.push({
      source: 'border.csv',
      row: 3,
      column: 'Hotline',
      kind: 'hotline',
      audience: 'need-help',
      text: '664 555',
      cell: '664 555',
    });
    buildChannels(unreadable, {code: 'US', from: 'mapping'});
    expect(unreadable.problems[0]).toMatchObject({
      rule: 'phone-unreadable',
      fix: expect.stringContaining('set country: (or country_column:) in the mapping'),
    });
  });

  it('refuses a number that rings in another country than its city, with the reason', () => {
    const report = run();
    expect(
      report.refused.find((problem) => problem.row === 6 && problem.rule === 'phone-country'),
    ).toMatchObject({
      column: 'Hotline',
      field: 'channels[0].value',
      message:
        "+1 619 555 0144 rings in United States (US), but the row's city tijuana is in Mexico (MX).",
    });
    expect(countryProblem('+526645550100', {code: 'US', from: 'city', city: 'san-diego'})).toEqual({
      code: 'phone-country.import-city',
      values: expect.objectContaining({ringsIn: 'Mexico (MX)', city: 'san-diego'}),
    });
    // A toll-free number under the city's calling code belongs (+1 800 in Canada).
    expect(countryProblem('+18005550100', {code: 'CA', from: 'city', city: 'toronto'})).toBeNull();
    expect(
      countryProblem('+16125550142', {code: 'CA', from: 'city', city: 'toronto'}),
    ).not.toBeNull();
  });

  it("refuses a street address in coverage.area, and warns about personal mailboxes and named people with the validator's own text", () => {
    const report = run();
    expect(report.refused.find((problem) => problem.row === 7)).toMatchObject({
      column: 'Area',
      field: 'coverage.area',
      rule: 'street-address-in-coverage',
      message: '"1234 W Lake St" is a street address; coverage.area must never hold one.',
    });
    expect(report.warnings.map((warning) => [warning.row, warning.rule, warning.column])).toEqual([
      [2, 'personal-mailbox', 'Email'],
      [5, 'named-person-address', 'Email'],
    ]);
    // npm run validate on the written tree says the same words.
    const validated = loadCoalition(root, {now: NOW}).problems.filter(
      (problem) => problem.severity === 'warning' && problem.rule !== 'stale',
    );
    expect(validated.map((problem) => problem.message).sort()).toEqual(
      report.warnings.map((warning) => warning.message).sort(),
    );
    expect(
      loadCoalition(root, {now: NOW}).problems.filter((problem) => problem.severity === 'error'),
    ).toEqual([]);
  });

  it('suffixes a duplicate name in another city with the city (duplicates: suffix-city), or refuses it by default', () => {
    const report = run({dryRun: true});
    expect(report.accepted.map((planned) => planned.file)).toContain(
      'directory/ciudad-juarez/casa-del-migrante-ciudad-juarez.yml',
    );
    expect(report.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 4,
          field: '(slug)',
          from: 'casa-del-migrante',
          to: 'casa-del-migrante-ciudad-juarez',
          rule: 'slug-city-suffix',
        }),
      ]),
    );
    const strict = run({duplicates: 'refuse', dryRun: true});
    expect(
      strict.refused.find((problem) => problem.row === 4 && problem.field === '(slug)'),
    ).toMatchObject({
      rule: 'duplicate-row',
      message: expect.stringContaining('also made by row 2 (city tijuana)'),
      fix: expect.stringContaining('duplicates: suffix-city'),
    });
  });

  it('creates missing city hubs from the gazetteer only (centre and time zone), lists an ambiguous name with every candidate, and never guesses', () => {
    const report = run();
    expect(
      report.accepted
        .filter((planned) => planned.file.endsWith('_city.yml'))
        .map((planned) => planned.file)
        .sort(),
    ).toEqual([
      'directory/ciudad-juarez/_city.yml',
      'directory/el-paso/_city.yml',
      'directory/san-diego/_city.yml',
      'directory/tijuana/_city.yml',
    ]);
    expect(written(report, 'directory/ciudad-juarez/_city.yml')).toEqual({
      name: 'Ciudad Juárez',
      region: 'Chihuahua',
      country: 'MX',
      coordinates: [31.69, -106.49],
      timezone: 'America/Ciudad_Juarez',
      summary: {en: 'Organisations of the coalition in this city.'},
      maintainers: ['@sanctuary-commons/border-maintainers'],
    });
    expect(report.refused.find((problem) => problem.row === 8)).toMatchObject({
      rule: 'city-ambiguous',
      column: 'City',
      message:
        '"Springfield", US fits 2 places in the gazetteer: Springfield, Illinois, US (America/Chicago); Springfield, Massachusetts, US (America/New_York).',
    });
    expect(fs.existsSync(path.join(root, 'directory/springfield'))).toBe(false);
  });

  it('refuses to create a hub whose summary and maintainers no one gave, naming city_defaults', () => {
    const report = run({cityDefaults: {}, dryRun: true});
    expect(
      report.refused.find(
        (problem) => problem.source.includes('gazetteer') && problem.field === 'maintainers',
      ),
    ).toMatchObject({fix: expect.stringContaining('city_defaults.maintainers')});
  });

  it('without --create-cities, names the option in the fix of every row whose city is missing', () => {
    const report = run({gazetteer: undefined, dryRun: true});
    expect(report.accepted).toEqual([]);
    expect(
      report.refused
        .filter((problem) => problem.rule === 'missing-city')
        .map((problem) => problem.row),
    ).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(report.refused.find((problem) => problem.rule === 'missing-city')!.fix).toContain(
      '--create-cities',
    );
  });

  it('reads "San Diego, CA" as a city and its region, and USA or EE. UU. as the United States', () => {
    const sheet =
      'Organisation,City,Country,Type,Summary,Languages,Hotline,Office,Email,Website,Area,Sample\nComma City (sample),"San Diego, CA",USA,Mutual aid,Help.,English,(619) 555-0147,,,,South Bay,yes\nComa (sample),"El Paso, TX",EE. UU.,Mutual aid,Ayuda.,English,(915) 555-0148,,,,Centro,yes\n';
    const noRegion = parseMapping(
      fs
        .readFileSync(path.join(FIXTURES, 'border.mapping.yml'), 'utf8')
        .replace('region_column: State\n', ''),
      'no-region.yml',
    );
    const drafts = draftsFromCsv(sheet, noRegion, 'comma.csv');
    expect(
      drafts.organizations.map((draft) => [draft.city, draft.place, draft.country?.code]),
    ).toEqual([
      ['san-diego', {name: 'San Diego', region: 'CA', country: 'US', column: 'City'}, 'US'],
      ['el-paso', {name: 'El Paso', region: 'TX', country: 'US', column: 'City'}, 'US'],
    ]);
    const report = importEntries(drafts, {
      contentRoot: root,
      now: NOW,
      gazetteer: FIXTURE_GAZETTEER,
      cityDefaults: noRegion.city_defaults,
      dryRun: true,
    });
    expect(report.refused).toEqual([]);
    expect(report.accepted.map((planned) => planned.file).sort()).toEqual([
      'directory/el-paso/_city.yml',
      'directory/el-paso/coma-sample.yml',
      'directory/san-diego/_city.yml',
      'directory/san-diego/comma-city-sample.yml',
    ]);
  });

  it('finds a city spelled another way once the mapping maps the spelling (city.values), and says so in the fix', () => {
    const sheet =
      'Organisation,City,State,Country,Type,Summary,Languages,Hotline,Office,Email,Website,Area,Sample\nRed (sample),Cd. Juárez,Chihuahua,MX,Mutual aid,Ayuda.,Español,(656) 555-0149,,,,Centro,no\n';
    const unmapped = importEntries(draftsFromCsv(sheet, mapping, 'spelling.csv'), {
      contentRoot: root,
      now: NOW,
      gazetteer: FIXTURE_GAZETTEER,
      cityDefaults: mapping.city_defaults,
      dryRun: true,
    });
    expect(unmapped.refused[0]).toMatchObject({
      rule: 'city-not-found',
      fix: expect.stringContaining(
        'city.values in the mapping (e.g. {"Cd. Juárez": ciudad-juarez})',
      ),
    });
    const spelled = parseMapping(
      fs
        .readFileSync(path.join(FIXTURES, 'border.mapping.yml'), 'utf8')
        .replace('city: City\n', 'city: {column: City, values: {"Cd. Juárez": ciudad-juarez}}\n'),
      'spelled.yml',
    );
    const mapped = importEntries(draftsFromCsv(sheet, spelled, 'spelling.csv'), {
      contentRoot: root,
      now: NOW,
      gazetteer: FIXTURE_GAZETTEER,
      cityDefaults: spelled.city_defaults,
      dryRun: true,
    });
    expect(mapped.refused).toEqual([]);
    expect(mapped.accepted.map((planned) => planned.file)).toEqual([
      'directory/ciudad-juarez/_city.yml',
      'directory/ciudad-juarez/red-sample.yml',
    ]);
  });

  it('lists the columns no mapping key names, with how many cells they hold', () => {
    const report = run({dryRun: true});
    expect(report.skipped).toEqual(
      expect.arrayContaining([expect.objectContaining({what: 'column "Notes"', count: 2})]),
    );
    expect(formatImportReport(report, 'directory')).toMatch(
      /Not imported:\n\s+2 {2}border\.csv {2}column "Notes": no mapping key names it/,
    );
  });
});
