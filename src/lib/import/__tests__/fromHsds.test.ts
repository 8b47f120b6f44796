import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {draftsFromHsds} from '../fromHsds';
import {importEntries} from '../importEntries';
import {parseMapping} from '../mapping';
import {parse as parseYaml} from 'yaml';

/** A package from another HSDS system: standard columns only, no sc_ extensions. */
const FOREIGN: Record<string, string> = {
  'organizations.csv':
    'id,name,alternate_name,description,email,website\no1,Eastside Rights Line (sample),ERL; East RL,"Know-your-rights line, in English and Somali.",,https://erl.example.org/\no2,,,,,\n',
  'services.csv':
    'id,organization_id,name,description,url,email,status\ns1,o1,Rights line,Phone line,,,active\ns2,o1,Volunteer desk,E-mail,,volunteer@erl.example.org,active\n',
  'phones.csv': 'id,service_id,number,type\np1,s1,+16125550155,voice\n',
  'languages.csv': 'id,service_id,phone_id,name,code\nl1,s1,p1,English,en\nl2,s1,p1,Somali,so\n',
  'schedules.csv':
    'id,service_id,freq,byday,opens_at,closes_at\nh1,s1,WEEKLY,"MO,TU,WE,TH,FR",09:00-05:00,17:00-05:00\nh2,s1,WEEKLY,SA,10:00,14:00\n',
};

describe('importing an HSDS package from another system', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-hsds-'));
    fs.mkdirSync(path.join(dir, 'package'));
    for (const [name, text] of Object.entries(FOREIGN))
      fs.writeFileSync(path.join(dir, 'package', name), text);
    fs.mkdirSync(path.join(dir, 'site/directory/minneapolis'), {recursive: true});
    fs.copyFileSync(
      path.resolve(
        __dirname,
        '../../../../tests/__fixtures__/site/directory/minneapolis/_city.yml',
      ),
      path.join(dir, 'site/directory/minneapolis/_city.yml'),
    );
  });
  afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

  const defaults = {
    city: 'minneapolis',
    types: ['know-your-rights'],
    coverage: {area: 'East Minneapolis'},
    verified: {date: '2026-11-02', method: 'email'},
    maintainers: ['@sanctuary-commons/sample-entries'],
    consent: '2026-11-02',
    sample: true,
    audience: 'need-help',
  };

  it('reads the standard columns: phones, e-mail and website as channels, languages; hours given with a UTC offset are not written, with the reason', () => {
    const report = importEntries(draftsFromHsds(path.join(dir, 'package'), {defaults}), {
      contentRoot: path.join(dir, 'site'),
      dryRun: true,
    });
    expect(report.accepted.map((file) => file.file)).toEqual([
      'directory/minneapolis/eastside-rights-line-sample.yml',
    ]);
    expect(parseYaml(report.accepted[0]!.text)).toMatchObject({
      name: 'Eastside Rights Line (sample)',
      // One HSDS alternate_name is one other name: not split on a guess.
      alt_names: ['ERL; East RL'],
      summary: {en: 'Know-your-rights line, in English and Somali.'},
      languages: ['en', 'so'],
      status: 'active',
      channels: [
        {kind: 'website', audience: 'need-help', value: 'https://erl.example.org/'},
        {kind: 'phone', audience: 'need-help', value: '+16125550155', languages: ['en', 'so']},
        {kind: 'email', audience: 'need-help', value: 'volunteer@erl.example.org'},
      ],
    });
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: 'schedules.csv',
          what: 'hours',
          reason: expect.stringContaining('UTC offset'),
        }),
      ]),
    );
  });

  it("keeps another system's cells as written, a leading quote included (the formula guard is only ours)", () => {
    fs.writeFileSync(
      path.join(dir, 'package/organizations.csv'),
      "id,name,description\no1,'Quoted Name,Summary.\n",
    );
    expect(draftsFromHsds(path.join(dir, 'package'), {defaults}).organizations[0]!.data.name).toBe(
      "'Quoted Name",
    );
  });

  it('takes the formula guard off the cells of a package that declares it (our exports), in every table', () => {
    fs.writeFileSync(
      path.join(dir, 'package/datapackage.json'),
      JSON.stringify({resources: [], sc_formula_guard: {prefix: "'", rule: 'x'}}),
    );
    fs.writeFileSync(
      path.join(dir, 'package/organizations.csv'),
      "id,name,description\no1,'=Eastside,'-Summary.\n",
    );
    fs.writeFileSync(
      path.join(dir, 'package/phones.csv'),
      "id,service_id,number,type\np1,s1,'+16125550155,voice\n",
    );
    const draft = draftsFromHsds(path.join(dir, 'package'), {defaults}).organizations[0]!;
    expect(draft.data).toMatchObject({name: '=Eastside', summary: {en: '-Summary.'}});
    expect(draft.channels).toEqual(
      expect.arrayContaining([expect.objectContaining({text: '+16125550155'})]),
    );
  });

  it('imports what validates and refuses the row with no name, saying which field is missing', () => {
    const report = importEntries(draftsFromHsds(path.join(dir, 'package'), {defaults}), {
      contentRoot: path.join(dir, 'site'),
    });
    expect(report.accepted.map((file) => file.file)).toEqual([
      'directory/minneapolis/eastside-rights-line-sample.yml',
    ]);
    expect(
      report.refused.filter((problem) => problem.row === 3).map((problem) => problem.field),
    ).toEqual(expect.arrayContaining(['(slug)']));
    expect(report.refusedRows).toBe(1);
  });

  it('without defaults, refuses rows and names the fields HSDS could not supply', () => {
    const report = importEntries(
      draftsFromHsds(path.join(dir, 'package'), {defaults: {city: 'minneapolis'}}),
      {contentRoot: path.join(dir, 'site'), dryRun: true},
    );
    const fields = report.refused
      .filter((problem) => problem.row === 2)
      .map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['types', 'coverage', 'maintainers', 'consent']));
  });

  it('refuses a package whose datapackage.json lists a table that is missing (regression: phones were dropped silently)', () => {
    const resources = Object.keys(FOREIGN).map((name) => ({
      name: name.replace('.csv', ''),
      path: name,
    }));
    fs.writeFileSync(path.join(dir, 'package', 'datapackage.json'), JSON.stringify({resources}));
    fs.rmSync(path.join(dir, 'package', 'services.csv'));
    expect(() => draftsFromHsds(path.join(dir, 'package'), {defaults})).toThrow(
      /lists services\.csv, but that file is missing: the package is incomplete/,
    );
  });

  it('refuses an sc_slug or city that would leave the directory folder (regression: ../ wrote outside --out)', () => {
    const withSlug = FOREIGN['organizations.csv']!.replace('id,name,', 'id,sc_slug,name,')
      .replace('\no1,', '\no1,../../../escaped,')
      .replace('\no2,', '\no2,,');
    fs.writeFileSync(path.join(dir, 'package', 'organizations.csv'), withSlug);
    const report = importEntries(draftsFromHsds(path.join(dir, 'package'), {defaults}), {
      contentRoot: path.join(dir, 'site'),
    });
    expect(report.refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: '(slug)',
          message: '"../../../escaped" is not a valid slug.',
        }),
      ]),
    );
    expect(report.accepted).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'escaped.yml'))).toBe(false);
  });
});

describe('HSDS fixture packages: location phones, limited schedules, 2.0 regular and holiday schedules', () => {
  const FIXTURES = path.resolve(__dirname, '../../../../tests/__fixtures__/import');
  const hsdsDefaults = parseMapping(
    fs.readFileSync(path.join(FIXTURES, 'hsds.mapping.yml'), 'utf8'),
    'hsds.mapping.yml',
  );
  let site: string;
  beforeEach(() => {
    site = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-hsds-fixture-'));
    fs.mkdirSync(path.join(site, 'directory/minneapolis'), {recursive: true});
    fs.copyFileSync(
      path.resolve(
        __dirname,
        '../../../../tests/__fixtures__/site/directory/minneapolis/_city.yml',
      ),
      path.join(site, 'directory/minneapolis/_city.yml'),
    );
  });
  afterEach(() => fs.rmSync(site, {recursive: true, force: true}));
  const run = (name: string) =>
    importEntries(draftsFromHsds(path.join(FIXTURES, name), hsdsDefaults), {
      contentRoot: site,
      dryRun: true,
    });
  const entry = (report: ReturnType<typeof run>, slug: string) =>
    parseYaml(report.accepted.find((file) => file.file.endsWith(`/${slug}.yml`))!.text);

  it("imports the organisation's e-mail and website, phones of its services, locations and service-at-location links, with extension, label and languages", () => {
    const report = run('hsds-location-phones');
    expect(entry(report, 'riverside-help-line-sample').channels).toEqual([
      {kind: 'email', audience: 'need-help', value: 'help@riverside.example.org'},
      {kind: 'website', audience: 'need-help', value: 'https://riverside.example.org/'},
      {
        kind: 'phone',
        audience: 'need-help',
        value: '+16125550142',
        extension: '204',
        label: 'Family unity direct line',
        hours: 'Mo,Tu,We,Th,Fr 09:00-17:00; Sa 10:00-14:00',
        languages: ['so'],
      },
      {
        kind: 'phone',
        audience: 'need-help',
        value: '+16125550143',
        label: 'Front desk',
        hours: 'Tu[2] 18:00-20:00',
      },
      {kind: 'phone', audience: 'need-help', value: '+16125550144'},
    ]);
    expect(entry(report, 'riverside-help-line-sample').languages).toEqual([
      'en',
      'es',
      'hmn',
      'so',
    ]);
    expect(report.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: 'languages.csv',
          row: 3,
          column: 'name',
          from: 'Spanish',
          to: 'es',
          rule: 'language-name',
        }),
      ]),
    );
  });

  it('writes hours only when opening_hours says them exactly, and gives the reason otherwise', () => {
    const report = run('hsds-location-phones');
    expect(entry(report, 'summer-intake-sample')).toMatchObject({
      status: 'paused',
      channels: [
        {value: '+16125550147', hours: '2026 Jun 01-2026 Aug 31 Mo,We 09:00-12:00'},
        {kind: 'website', value: 'https://summer.example.org/'},
      ],
    });
    expect(entry(report, 'fortnightly-clinic-sample').channels[0]).toEqual({
      kind: 'phone',
      audience: 'need-help',
      value: '+16125550148',
    });
    const hours = report.skipped
      .filter((item) => item.what === 'hours')
      .map((item) => [item.row, item.reason]);
    expect(hours).toEqual([
      [5, expect.stringContaining('bymonthday 1,15 (days of the month) cannot be written')],
      [7, expect.stringContaining('interval 2 (every 2 weeks) depends on the start date')],
    ]);
  });

  it('never imports contacts (named people), their numbers, addresses or fax lines, and lists every table and field not used with counts', () => {
    const report = run('hsds-location-phones');
    const skipped = report.skipped.map(
      (item) => `${item.source} ${item.what}: ${item.reason} ×${item.count ?? 1}`,
    );
    expect(skipped).toEqual(
      expect.arrayContaining([
        'contacts.csv table contacts.csv: contacts are named people; the directory publishes no personal data ×1',
        "phones.csv phone: a contact's number (a named person): never imported ×1",
        'phones.csv phone of type fax: the directory lists voice numbers only ×1',
        'phones.csv phones.description: longer than a label (82 characters) ×1',
        'locations.csv field location.name: locations are never published (no addresses or meeting places) ×1',
        'organizations.csv field organization.tax_id: no directory field holds it ×1',
        'services.csv field service.description: no directory field holds it ×3',
      ]),
    );
    const two = run('hsds-2');
    expect(two.skipped.map((item) => `${item.source} ${item.what}`)).toEqual(
      expect.arrayContaining([
        'physical_addresses.csv table physical_addresses.csv',
        'organizations.csv field organization.tax_status',
      ]),
    );
  });

  it('reads HSDS 2.0 regular and holiday schedules, phones.language and the organisation url', () => {
    const report = run('hsds-2');
    expect(entry(report, 'northside-tenants-line-sample').channels).toEqual([
      {kind: 'email', audience: 'need-help', value: 'tenants@northside-tenants.example.org'},
      {kind: 'website', audience: 'need-help', value: 'https://northside-tenants.example.org/'},
      {
        kind: 'phone',
        audience: 'need-help',
        value: '+16125550160',
        extension: '12',
        label: 'Tenant line',
        hours: 'Mo,Tu,We,Th 09:00-17:00; Fr 09:00-13:00; 2026 Dec 24-2026 Dec 26 off',
        languages: ['en', 'es'],
      },
    ]);
    expect(entry(report, 'northside-tenants-line-sample').languages).toEqual(['so', 'en', 'es']);
  });

  it('reads numbers in any format in the country of the city, like a sheet (HSDS allows any format)', () => {
    fs.mkdirSync(path.join(site, 'directory/tijuana'));
    fs.writeFileSync(
      path.join(site, 'directory/tijuana/_city.yml'),
      'name: Tijuana\nregion: Baja California\ncountry: MX\ncoordinates: [32.5, -117.08]\ntimezone: America/Tijuana\nsummary: {en: Test hub.}\nmaintainers: ["@sanctuary-commons/test"]\n',
    );
    const pkg = path.join(site, 'pkg');
    fs.mkdirSync(pkg);
    fs.writeFileSync(
      path.join(pkg, 'organizations.csv'),
      'id,name,description\nm1,Casa Prueba,Ayuda legal.\nm2,Otra Casa,Ayuda.\n',
    );
    fs.writeFileSync(
      path.join(pkg, 'phones.csv'),
      'id,organization_id,number\nf1,m1,(664) 555-0100\nf2,m2,"""+1 (612) 555-0142"""\nf3,m2,664 555 0102\n',
    );
    const report = importEntries(
      draftsFromHsds(pkg, {
        defaults: {
          ...hsdsDefaults.defaults,
          city: 'tijuana',
          sample: false,
          languages: ['es'],
          status: 'active',
        },
      }),
      {contentRoot: site, dryRun: true},
    );
    expect(report.refused.filter((problem) => problem.row === 2)).toEqual([]);
    expect(report.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: 'phones.csv',
          row: 2,
          from: '(664) 555-0100',
          to: '+526645550100',
          rule: 'phone-e164',
        }),
      ]),
    );
    expect(
      report.refused.find((problem) => problem.row === 3 && problem.rule === 'phone-country'),
    ).toMatchObject({
      column: 'phones.csv row 3, number',
      message: expect.stringContaining(
        "+1 612 555 0142 rings in United States (US), but the row's city tijuana is in Mexico (MX)",
      ),
    });
    // --skip-invalid-channels leaves that number out, listed, and writes the organisation with its Tijuana number.
    const lenient = importEntries(
      draftsFromHsds(pkg, {
        defaults: {
          ...hsdsDefaults.defaults,
          city: 'tijuana',
          sample: false,
          languages: ['es'],
          status: 'active',
        },
      }),
      {contentRoot: site, dryRun: true, skipInvalidChannels: true},
    );
    expect(lenient.refused).toEqual([]);
    expect(parseYaml(lenient.accepted.find((file) => file.row === 3)!.text).channels).toEqual([
      {kind: 'phone', audience: 'need-help', value: '+526645550102'},
    ]);
    expect(lenient.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          what: 'channel phone "+16125550142"',
          reason: expect.stringContaining('rings in United States'),
        }),
      ]),
    );
  });
});
