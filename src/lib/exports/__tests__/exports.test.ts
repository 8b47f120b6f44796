import path from 'node:path';
import fs from 'node:fs';
import {parse} from 'csv-parse/sync';
import {loadCoalition, type Coalition, type LoadedOrganization} from '../../coalition';
import {organizationSchema} from '../../schema/organization';
import type {BuildInfo} from '../buildInfo';
import {codebook} from '../codebook';
import {citiesJson} from '../cities';
import {coalitionDataFiles} from '../dataFiles';
import {organizationsJson} from '../organizations';
import {LIST_SEPARATOR, ORGANIZATION_CSV_COLUMNS, organizationsCsv} from '../organizationsCsv';
import {countWords, playbooksJson} from '../playbooks';

const FIXTURE = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const INFO: BuildInfo = {
  schema_version: '1.0.0',
  generated_at: '2026-11-29T12:00:00.000Z',
  commit: '0123456789abcdef0123456789abcdef01234567',
};
const SITE = {siteUrl: 'https://sanctuary-commons.example.org'};
const coalition = loadCoalition(FIXTURE);
const readText = (file: string) => fs.readFileSync(path.join(FIXTURE, file), 'utf8');

/** An organisation with awkward text, built through the real schema. */
function awkwardOrganization(): LoadedOrganization {
  const data = organizationSchema.parse({
    name: 'Red "Vecinos", Norte',
    alt_names: ['Соседи', 'RVN'],
    types: ['mutual-aid'],
    summary: {
      en: 'Food, rent, and rides; "no questions asked".',
      es: 'Comida, renta y transporte.',
    },
    description: {en: 'Line one,\nline two with "quotes".', es: 'Línea uno\nlínea dos'},
    languages: ['es', 'ru', 'so'],
    channels: [
      {kind: 'hotline', audience: 'need-help', value: '+16125550101', hours: 'Mo-Fr 09:00-17:00'},
      {kind: 'phone', audience: 'general', value: '+16125550102'},
      {kind: 'website', audience: 'general', value: 'https://vecinos.example.org/'},
    ],
    coverage: {area: 'Phillips, Powderhorn', counties: ['Hennepin']},
    status: 'active',
    verified: {date: '2026-11-01', method: 'phone'},
    maintainers: ['@sanctuary-commons/sample-entries'],
    consent: '2026-11-01',
    sample: true,
  });
  return {
    slug: 'red-vecinos',
    city: 'minneapolis',
    file: 'directory/minneapolis/red-vecinos.yml',
    data,
  };
}

describe('organizations.json', () => {
  const exported = JSON.parse(organizationsJson(coalition, INFO, SITE));

  it('starts with the build metadata and the CC0 licence, then one record per organisation', () => {
    expect(exported).toMatchObject({
      schema_version: '1.0.0',
      generated_at: INFO.generated_at,
      commit: INFO.commit,
      license: {id: 'CC0-1.0'},
      count: coalition.organizations.length,
    });
    expect(exported.organizations).toHaveLength(coalition.organizations.length);
  });

  it('keeps every field of the entry and flags samples on every record', () => {
    const record = exported.organizations.find(
      (org: {slug: string}) => org.slug === 'fixture-rapid-response',
    );
    expect(record).toMatchObject({
      id: 'minneapolis/fixture-rapid-response',
      city: 'minneapolis',
      city_name: 'Minneapolis',
      sample: true,
      url: 'https://sanctuary-commons.example.org/directory/minneapolis/fixture-rapid-response',
    });
    const original = coalition.organizations.find(
      (org) => org.slug === 'fixture-rapid-response',
    )!.data;
    const {sample: _sample, ...fields} = original;
    expect(record).toMatchObject(fields);
    expect(
      exported.organizations.every((org: {sample: unknown}) => typeof org.sample === 'boolean'),
    ).toBe(true);
  });

  it('says why the commit is unknown when it is', () => {
    const unknown = JSON.parse(
      organizationsJson(
        coalition,
        {...INFO, commit: 'unknown', commit_note: 'No Git checkout.'},
        SITE,
      ),
    );
    expect(unknown).toMatchObject({commit: 'unknown', commit_note: 'No Git checkout.'});
  });
});

describe('organizations.csv', () => {
  const withAwkward: Pick<Coalition, 'cities' | 'organizations'> = {
    cities: coalition.cities,
    organizations: [...coalition.organizations, awkwardOrganization()],
  };
  const text = organizationsCsv(withAwkward, INFO, SITE);
  const rows: Record<string, string>[] = parse(text, {bom: true, columns: true});

  it('has one row per organisation and the documented columns', () => {
    expect(rows).toHaveLength(withAwkward.organizations.length);
    expect(Object.keys(rows[0]!)).toEqual(ORGANIZATION_CSV_COLUMNS.map((column) => column.name));
  });

  it('quotes commas, quotes and line breaks and keeps non-Latin text (RFC 4180, UTF-8 with BOM)', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('"Red ""Vecinos"", Norte"');
    const row = rows.find((candidate) => candidate.slug === 'red-vecinos')!;
    expect(row.name).toBe('Red "Vecinos", Norte');
    expect(row.summary_en).toBe('Food, rent, and rides; "no questions asked".');
    expect(row.description_en).toBe('Line one,\nline two with "quotes".');
    // A line break alone (no comma, no quote) is quoted too, so spreadsheet programs keep the row whole.
    expect(text).toContain(',"Line one,\nline two with ""quotes""."');
    expect(
      organizationsCsv(
        {
          cities: [],
          organizations: [
            {
              ...awkwardOrganization(),
              data: {...awkwardOrganization().data, description: {en: 'Line one\nline two'}},
            },
          ],
        },
        INFO,
        SITE,
      ),
    ).toContain(',"Line one\nline two",');
    expect(row.alt_names).toBe(`Соседи${LIST_SEPARATOR}RVN`);
    expect(row.coverage_area).toBe('Phillips, Powderhorn');
  });

  it('joins list fields with the separator and keeps the exact channels as JSON', () => {
    const row = rows.find((candidate) => candidate.slug === 'red-vecinos')!;
    expect(row.languages).toBe(['es', 'ru', 'so'].join(LIST_SEPARATOR));
    // Phone numbers are written exactly: a signed number cannot start a formula (src/lib/exports/csvCells.ts).
    expect(row.hotline).toBe('+16125550101');
    expect(row.phone).toBe('+16125550102');
    expect(JSON.parse(row.channels_json!)).toEqual(awkwardOrganization().data.channels);
    expect(row).toMatchObject({
      sample: 'true',
      schema_version: '1.0.0',
      generated_at: INFO.generated_at,
      commit: INFO.commit,
    });
  });
});

describe('cities.json and playbooks.json', () => {
  it('lists every city with its organisation and sample counts', () => {
    const exported = JSON.parse(citiesJson(coalition, INFO, SITE));
    expect(exported.count).toBe(coalition.cities.length);
    const minneapolis = exported.cities.find((city: {slug: string}) => city.slug === 'minneapolis');
    expect(minneapolis).toMatchObject({
      name: 'Minneapolis',
      timezone: 'America/Chicago',
      organizations: 2,
      sample_organizations: 2,
    });
  });

  it('gives each playbook its front matter, section headings with word counts, links and licence', () => {
    const exported = JSON.parse(playbooksJson(coalition, readText, INFO, SITE.siteUrl));
    expect(exported.count).toBe(coalition.playbooks.length);
    const record = exported.playbooks.find(
      (playbook: {id: string}) => playbook.id === 'playbooks/rapid-response/minneapolis-hotline',
    );
    expect(record.front_matter.license).toBe('CC-BY-SA-4.0');
    expect(record.sample).toBe(true);
    expect(record.sections.map((section: {key: string}) => section.key)).toEqual(
      expect.arrayContaining(['when', 'steps', 'roles', 'risks', 'learned']),
    );
    // The body's words are the sections' words plus the headings and any text before the first section.
    expect(record.words).toBeGreaterThan(
      record.sections.reduce((sum: number, section: {words: number}) => sum + section.words, 0),
    );
    expect(record.sections.every((section: {words: number}) => section.words > 0)).toBe(true);
    expect(record.links.internal).toContain('/directory/minneapolis/fixture-rapid-response');
  });

  it('counts words in scripts without spaces', () => {
    expect(countWords('Verify before you alert.')).toBe(4);
    expect(countWords('先核实再报警')).toBeGreaterThan(1);
  });
});

describe('the codebook', () => {
  const sections = codebook({});

  it('has a row with a type and a meaning for every field of every schema', () => {
    for (const section of sections) {
      for (const field of section.fields) {
        expect(field.type).not.toBe('');
        expect({field: `${section.id}.${field.field}`, meaning: field.meaning}).toEqual({
          field: `${section.id}.${field.field}`,
          meaning: expect.stringMatching(/\S/),
        });
      }
    }
    const organization = sections.find((section) => section.id === 'organization')!;
    expect(organization.fields.map((field) => field.field)).toEqual(
      expect.arrayContaining(Object.keys(organizationSchema.shape)),
    );
  });

  it('names the allowed values of enumerations and takes examples from the example record', () => {
    const rows = codebook({organization: {status: 'paused', channels: [{kind: 'email'}]}}).find(
      (section) => section.id === 'organization',
    )!.fields;
    expect(rows.find((row) => row.field === 'status')).toMatchObject({
      allowed: 'one of: active, paused, closed',
      example: '"paused"',
      required: true,
    });
    expect(rows.find((row) => row.field === 'channels[].kind')).toMatchObject({example: '"email"'});
    expect(rows.find((row) => row.field === 'sample')).toMatchObject({
      type: 'boolean',
      required: false,
    });
  });
});

describe('the /data file list', () => {
  it('publishes the four exports and the HSDS package, each with a record count where it is a list', () => {
    const files = coalitionDataFiles({coalition, info: INFO, site: SITE, readText});
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining([
        'organizations.json',
        'organizations.csv',
        'cities.json',
        'playbooks.json',
        'hsds/datapackage.json',
        'hsds/organizations.csv',
        'hsds/schedules.csv',
      ]),
    );
    expect(files.find((file) => file.path === 'hsds/services.csv')!.records).toBe(
      coalition.organizations.reduce((sum, org) => sum + org.data.channels.length, 0),
    );
  });
});
