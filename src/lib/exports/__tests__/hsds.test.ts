import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {loadCoalition} from '../../coalition';
import type {BuildInfo} from '../buildInfo';
import {draftsFromHsds} from '../../import/fromHsds';
import {importEntries} from '../../import/importEntries';
import {hsdsPackage} from '../hsds/exportPackage';
import {openingHoursToRows, rowsToOpeningHours} from '../hsds/schedules';
import {HSDS_3_FIELDS} from '../hsds/spec';
import {HSDS_TABLES} from '../hsds/tables';
import {tableSchemaErrors} from './frictionless';

const FIXTURE = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const INFO: BuildInfo = {
  schema_version: '1.0.0',
  generated_at: '2026-11-29T12:00:00.000Z',
  commit: '0123456789abcdef0123456789abcdef01234567',
};
const coalition = loadCoalition(FIXTURE);
const files = hsdsPackage(coalition, INFO);
const table = (file: string): Record<string, string>[] => parse(files[file]!, {columns: true});

describe('the HSDS 3.0 package', () => {
  it('uses only HSDS 3.0 field names (or sc_ extensions) and fills every field HSDS requires', () => {
    for (const definition of HSDS_TABLES.filter((candidate) => candidate.name in HSDS_3_FIELDS)) {
      const spec = HSDS_3_FIELDS[definition.name]!;
      const columns = files[definition.path]!.split('\n')[0]!.split(',');
      for (const column of columns)
        expect([definition.path, column, column in spec || column.startsWith('sc_')]).toEqual([
          definition.path,
          column,
          true,
        ]);
      for (const [field, required] of Object.entries(spec))
        if (required)
          expect([definition.path, field, columns.includes(field)]).toEqual([
            definition.path,
            field,
            true,
          ]);
      for (const row of table(definition.path)) {
        for (const [field, required] of Object.entries(spec))
          if (required)
            expect([definition.path, field, row[field] !== '']).toEqual([
              definition.path,
              field,
              true,
            ]);
      }
    }
  });

  it('has a datapackage.json whose resources are the CSV files with their columns', () => {
    const descriptor = JSON.parse(files['datapackage.json']!);
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      created: INFO.generated_at,
      sc_commit: INFO.commit,
      licenses: [{name: 'CC0-1.0'}],
    });
    for (const resource of descriptor.resources) {
      expect(files[resource.path]).toBeDefined();
      expect(resource.schema.fields.map((field: {name: string}) => field.name).join(',')).toBe(
        files[resource.path]!.split('\n')[0],
      );
      expect(resource.schema.primaryKey).toBe('id');
    }
  });

  it('passes a Frictionless Table Schema check: every cell of its type (dates as dates, times as times), keys unique and linked', () => {
    expect(tableSchemaErrors(files)).toEqual([]);
    const descriptor = JSON.parse(files['datapackage.json']!);
    const field = (resource: string, name: string) =>
      descriptor.resources
        .find((candidate: {name: string}) => candidate.name === resource)
        .schema.fields.find((candidate: {name: string}) => candidate.name === name);
    expect([
      field('service', 'assured_date').type,
      field('schedule', 'opens_at').type,
      field('schedule', 'closes_at').type,
      field('organization', 'sc_consent').type,
    ]).toEqual(['date', 'time', 'time', 'date']);
  });

  it('fails that check on a time written HH:MM or a date that is not ISO (the check is not a formality)', () => {
    const broken = {
      ...files,
      'schedules.csv': files['schedules.csv']!.replace('00:00:00', '00:00'),
      'services.csv': files['services.csv']!.replace(/,2026-(\d\d)-(\d\d),/, ',$2/$1/2026,'),
    };
    const errors = tableSchemaErrors(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/schedules\.csv row \d+ opens_at: "00:00" is not a time/),
        expect.stringMatching(/services\.csv row \d+ assured_date: ".*" is not a date/),
      ]),
    );
  });

  it("carries a channel's extension in phones.extension and its label in phones.description and services.sc_label", () => {
    const withExtension = {
      ...coalition,
      organizations: coalition.organizations.map((org) => ({
        ...org,
        data: {
          ...org.data,
          channels: org.data.channels.map((channel) =>
            channel.value === '+16125550142'
              ? {...channel, extension: '204', label: 'Family unity direct line'}
              : channel,
          ),
        },
      })),
    };
    const exported = hsdsPackage(withExtension, INFO);
    const rows = (file: string): Record<string, string>[] =>
      parse(exported[file]!, {columns: true});
    expect(rows('phones.csv').find((row) => row.number === '+16125550142')).toMatchObject({
      extension: '204',
      description: 'Family unity direct line',
    });
    expect(rows('services.csv').find((row) => row.sc_value === '+16125550142')).toMatchObject({
      sc_label: 'Family unity direct line',
    });
    expect(tableSchemaErrors(exported)).toEqual([]);
  });

  it('links every row to an existing parent and uses stable UUIDs', () => {
    const ids = (file: string) => new Set(table(file).map((row) => row.id));
    const organizations = ids('organizations.csv');
    const services = ids('services.csv');
    const phones = ids('phones.csv');
    expect(organizations.size).toBe(coalition.organizations.length);
    expect(table('services.csv').every((row) => organizations.has(row.organization_id!))).toBe(
      true,
    );
    expect(table('phones.csv').every((row) => services.has(row.service_id!))).toBe(true);
    expect(
      table('languages.csv').every(
        (row) =>
          services.has(row.service_id!) && (row.phone_id === '' || phones.has(row.phone_id!)),
      ),
    ).toBe(true);
    expect(table('schedules.csv').every((row) => services.has(row.service_id!))).toBe(true);
    expect(
      [...organizations].every((id) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id!),
      ),
    ).toBe(true);
    expect(hsdsPackage(coalition, INFO)).toEqual(files);
  });

  it('maps statuses, phones, languages and schedules of the fixture', () => {
    const services = table('services.csv');
    expect(new Set(services.map((row) => row.status))).toEqual(new Set(['active']));
    // Phone numbers are written exactly: a signed number cannot start a formula (src/lib/exports/csvCells.ts).
    expect(
      table('phones.csv')
        .map((row) => row.number)
        .sort(),
    ).toEqual(['+13125550117', '+14165550123', '+16125550142', '+16125550170']);
    // A number of another country than the city's says so, with its reason (safety rule 11).
    expect(table('phones.csv').find((row) => row.number === '+14165550123')!.description).toBe(
      "Phone for partner organisations; an international call from the city: Our partner network's line in Toronto, for cases that cross the border",
    );
    expect(
      JSON.parse(services.find((row) => row.sc_value === '+14165550123')!.sc_international!),
    ).toEqual({
      en: "Our partner network's line in Toronto, for cases that cross the border",
      es: 'La línea de nuestra red aliada en Toronto, para casos que cruzan la frontera',
    });
    expect(services.find((row) => row.sc_value === '+13125550117')!.sc_international).toBe('');
    const hotline = services.find((row) => row.sc_value === '+16125550142')!;
    const languages = table('languages.csv').filter((row) => row.service_id === hotline.id);
    expect(languages.map((row) => [row.code, row.name, row.sc_source])).toEqual([
      ['en', 'English', 'channel'],
      ['es', 'Spanish', 'channel'],
    ]);
    expect(table('schedules.csv').find((row) => row.service_id === hotline.id)).toMatchObject({
      freq: 'WEEKLY',
      byday: 'MO,TU,WE,TH,FR,SA,SU',
      opens_at: '00:00:00',
      closes_at: '23:59:00',
      description: '24/7',
      sc_timezone: 'America/Chicago',
    });
    expect(files['locations.csv']!.trim()).toBe('id,location_type,organization_id,name');
  });
});

describe('opening_hours ↔ HSDS weekly schedules', () => {
  it.each([
    ['Mo-Fr 09:00-17:00', [['MO,TU,WE,TH,FR', '09:00', '17:00']]],
    [
      'Mo-Fr 08:00-20:00; Sa 10:00-14:00',
      [
        ['MO,TU,WE,TH,FR', '08:00', '20:00'],
        ['SA', '10:00', '14:00'],
      ],
    ],
    [
      'Mo 10:00-12:00,14:00-18:00',
      [
        ['MO', '10:00', '12:00'],
        ['MO', '14:00', '18:00'],
      ],
    ],
    ['Fr 22:00-02:00', [['FR', '22:00', '02:00']]],
    ['24/7', [['MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59']]],
  ])('%s', (hours, expected) => {
    const rows = openingHoursToRows(hours);
    expect(rows.map((row) => [row.byday, row.opens_at, row.closes_at])).toEqual(expected);
    expect(rows.every((row) => row.freq === 'WEEKLY' && row.notes === '')).toBe(true);
    // Rebuilt from the rows alone, the rule means the same week.
    expect(
      openingHoursToRows(rowsToOpeningHours(rows)!).map((row) => [
        row.byday,
        row.opens_at,
        row.closes_at,
      ]),
    ).toEqual(expected);
  });

  it('says when weekly rows cannot express the rule (public holidays)', () => {
    expect(openingHoursToRows('Mo-Fr 09:00-17:00; PH off')[0]!.notes).toMatch(/public holidays/);
  });

  it('refuses to guess from rows that are not weekly times', () => {
    expect(
      rowsToOpeningHours([{freq: 'MONTHLY', byday: '2MO', opens_at: '10:00', closes_at: '12:00'}]),
    ).toBeNull();
    expect(rowsToOpeningHours([{byday: 'MO', opens_at: '', closes_at: '12:00'}])).toBeNull();
  });
});

describe('round trip: export → import into an empty directory → export', () => {
  it('gives byte-identical files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-roundtrip-'));
    try {
      const packageDir = path.join(dir, 'package');
      fs.mkdirSync(packageDir);
      for (const [name, text] of Object.entries(files))
        fs.writeFileSync(path.join(packageDir, name), text);
      const site = path.join(dir, 'site');
      const report = importEntries(draftsFromHsds(packageDir), {contentRoot: site});
      expect(report.refused).toEqual([]);
      expect(report.accepted).toHaveLength(
        coalition.organizations.length + coalition.cities.length,
      );
      const reloaded = loadCoalition(site);
      expect(reloaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      const again = hsdsPackage(reloaded, INFO);
      for (const name of Object.keys(files))
        expect([name, again[name]]).toEqual([name, files[name]]);
      const written = fs.readFileSync(
        path.join(site, 'directory/minneapolis/fixture-rapid-response.yml'),
        'utf8',
      );
      expect(
        written.startsWith(
          '# yaml-language-server: $schema=../../static/schema/organization.schema.json\nname: Fixture Rapid Response (sample)\n',
        ),
      ).toBe(true);
      // The description keeps its literal block and final line break, as in the original file.
      const original = fs.readFileSync(
        path.join(FIXTURE, 'directory/minneapolis/fixture-rapid-response.yml'),
        'utf8',
      );
      const block = (text: string) => /\ndescription:\n(?: {2}.*\n| {4}.*\n)+/.exec(text)?.[0];
      expect(block(written)).toBe(block(original));
      expect(block(written)).toMatch(
        /en: \|\n {4}Volunteers \*\*verify\*\* every report before any alert goes out\.\n$/,
      );
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
