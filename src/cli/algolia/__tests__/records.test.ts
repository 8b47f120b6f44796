import fs from 'node:fs';
import path from 'node:path';
import {loadCoalition, type Coalition} from '../../../lib/coalition';
import {buildRecords, recordStats, type AlgoliaRecord} from '../records';
import {MAX_RECORD_BYTES, fitRecord, recordBytes} from '../recordSize';

const SITE = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const SITE_URL = 'https://commons.example.org';
let coalition: Coalition;

beforeAll(() => {
  coalition = loadCoalition(SITE);
  expect(coalition.problems.filter((p) => p.severity === 'error')).toEqual([]);
});

/** Reads the fixture, with some files replaced or added. */
function reader(overrides: Record<string, string> = {}) {
  return (relative: string) =>
    overrides[relative] ??
    (fs.existsSync(path.join(SITE, relative))
      ? fs.readFileSync(path.join(SITE, relative), 'utf8')
      : null);
}

const byId = (records: AlgoliaRecord[], id: string) => {
  const record = records.find((r) => r.objectID === id);
  if (!record)
    throw new Error(`no record ${id}; have ${records.map((r) => r.objectID).join(', ')}`);
  return record;
};

describe('buildRecords', () => {
  it('makes one record per city, organisation and playbook section in every locale', () => {
    const {records} = buildRecords({
      coalition,
      siteUrl: SITE_URL,
      locales: ['en', 'es'],
      readFile: reader(),
    });
    const stats = recordStats(records);
    // 2 cities, 3 organisations, 2 playbooks × (opening + 6 sections), in 2 locales.
    expect(stats.byLocaleKind).toEqual({
      en: {city: 2, organization: 3, playbook: 14},
      es: {city: 2, organization: 3, playbook: 14},
    });
    expect(new Set(records.map((r) => r.objectID)).size).toBe(records.length);
    expect(stats.overLimit).toEqual([]);
  });

  it('carries the facets of the offline search and the Docusaurus contextual-search attributes', () => {
    const {records} = buildRecords({
      coalition,
      siteUrl: SITE_URL,
      locales: ['en', 'es'],
      readFile: reader(),
    });
    const org = byId(records, 'en:/directory/minneapolis/fixture-legal-aid');
    expect(org).toMatchObject({
      kind: 'organization',
      title: 'Fixture Legal Aid (sample)',
      url: `${SITE_URL}/directory/minneapolis/fixture-legal-aid`,
      type: 'lvl1',
      hierarchy: {lvl0: 'Directory', lvl1: 'Fixture Legal Aid (sample)', lvl2: null},
      city: ['Minneapolis'],
      topics: ['legal-aid', 'know-your-rights'],
      types: ['legal-aid', 'know-your-rights'],
      languages: ['en', 'hmn'],
      language: 'en',
      docusaurus_tag: 'default',
      updated: Date.UTC(2025, 0, 10) / 1000,
    });
    const section = byId(records, 'en:/docs/playbooks/rapid-response/chicago-hotline#steps');
    expect(section).toMatchObject({
      kind: 'playbook',
      type: 'lvl2',
      anchor: 'steps',
      url: `${SITE_URL}/docs/playbooks/rapid-response/chicago-hotline#steps`,
      url_without_anchor: `${SITE_URL}/docs/playbooks/rapid-response/chicago-hotline`,
      hierarchy: {lvl0: 'Playbooks', lvl1: 'Dispatching verifiers', lvl2: 'Steps'},
      city: ['Chicago'],
      topics: ['rapid-response'],
      types: [],
      languages: [],
      docusaurus_tag: 'docs-default-current',
      updated: Date.UTC(2026, 9, 20) / 1000,
    });
    expect(section.content).toBe('Answer the hotline.\nSend a verifier.');
    const city = byId(records, 'en:/directory/chicago');
    expect(city).toMatchObject({
      kind: 'city',
      title: 'Chicago',
      city: ['Chicago'],
      topics: [],
      docusaurus_tag: 'default',
    });
  });

  it('marks sample entries and only them', () => {
    const real = {
      ...coalition,
      organizations: coalition.organizations.map((org, index) =>
        index === 0 ? {...org, data: {...org.data, sample: undefined}} : org,
      ),
    };
    const {records} = buildRecords({
      coalition: real,
      siteUrl: SITE_URL,
      locales: ['en'],
      readFile: reader(),
    });
    const orgs = records.filter((r) => r.kind === 'organization');
    expect(orgs.filter((r) => r.sample).map((r) => r.objectID)).toHaveLength(orgs.length - 1);
    expect(records.filter((r) => r.kind !== 'organization').every((r) => r.sample === false)).toBe(
      true,
    );
  });

  it('builds each locale under its URL prefix, with its translations and English where there is none', () => {
    const translation = [
      '---',
      'title: "Despachar verificadores"',
      'description: "Una frase."',
      '---',
      '',
      '## Cuándo usarlo',
      '',
      'Cuando llega un aviso.',
      '',
      '## Pasos',
      '',
      'Contestar la línea.',
      '',
    ].join('\n');
    const {records} = buildRecords({
      coalition,
      siteUrl: `${SITE_URL}/`,
      locales: ['en', 'es', 'fr'],
      readFile: reader({
        'i18n/es/docusaurus-plugin-content-docs/current/playbooks/rapid-response/chicago-hotline.md':
          translation,
      }),
    });
    const steps = byId(records, 'es:/docs/playbooks/rapid-response/chicago-hotline#pasos');
    expect(steps).toMatchObject({
      language: 'es',
      url: `${SITE_URL}/es/docs/playbooks/rapid-response/chicago-hotline#pasos`,
      hierarchy: {lvl0: 'Manuales', lvl1: 'Despachar verificadores', lvl2: 'Pasos'},
      content: 'Contestar la línea.',
      topics: ['rapid-response'],
    });
    expect(byId(records, 'es:/docs/playbooks/rapid-response/chicago-hotline').content).toBe(
      'Una frase.',
    );
    // The fixture's own Spanish translation of the other playbook.
    expect(
      byId(records, 'es:/docs/playbooks/rapid-response/minneapolis-hotline#cuándo-usarlo').content,
    ).toMatch(/cefirverificar/);
    // No translation: the English text at the French address, as Docusaurus serves it.
    expect(byId(records, 'fr:/docs/playbooks/rapid-response/minneapolis-hotline#steps').url).toBe(
      `${SITE_URL}/fr/docs/playbooks/rapid-response/minneapolis-hotline#steps`,
    );
    expect(
      byId(records, 'fr:/docs/playbooks/rapid-response/minneapolis-hotline').hierarchy.lvl0,
    ).toBe('Fiches pratiques');
    // Spanish summary when there is one, English otherwise.
    expect(byId(records, 'es:/directory/minneapolis/fixture-rapid-response').content).toMatch(
      /^Una entrada ficticia/,
    );
    expect(byId(records, 'es:/directory/minneapolis/fixture-legal-aid').content).toMatch(
      /^A second fictional sample entry/,
    );
    expect(byId(records, 'es:/directory/minneapolis').hierarchy.lvl0).toBe('Directorio');
  });

  it('cuts a section that is too long to fit the 10 KB record limit, and only that one', () => {
    const file = coalition.playbooks.find(
      (p) => p.id === 'playbooks/rapid-response/chicago-hotline',
    )!.file;
    const original = fs.readFileSync(path.join(SITE, file), 'utf8');
    const long = original.replace(
      'Dispatcher, verifier.',
      'Dispatcher and verifier notes. '.repeat(800),
    );
    const {records, truncated} = buildRecords({
      coalition,
      siteUrl: SITE_URL,
      locales: ['en'],
      readFile: reader({[file]: long}),
    });
    const cut = byId(
      records,
      'en:/docs/playbooks/rapid-response/chicago-hotline#roles-and-resources',
    );
    expect(truncated).toEqual([cut.objectID]);
    expect(recordBytes(cut)).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    expect(recordBytes(cut)).toBeGreaterThan(MAX_RECORD_BYTES - 200);
    // Cut after a whole word, and marked.
    expect(cut.content).toMatch(/ (Dispatcher|and|verifier|notes\.)…$/);
    expect(byId(records, 'en:/docs/playbooks/rapid-response/chicago-hotline#steps').content).toBe(
      'Answer the hotline.\nSend a verifier.',
    );
  });
});

describe('fitRecord', () => {
  const record = {objectID: 'x', title: 'T', content: 'é'.repeat(100)};
  it('counts UTF-8 bytes, not characters', () => {
    const {record: fitted, truncated} = fitRecord(record, 150);
    expect(truncated).toBe(true);
    expect(recordBytes(fitted)).toBeLessThanOrEqual(150);
    expect(fitted.content.length).toBeLessThan(70);
  });
  it('leaves a record that fits untouched', () => {
    expect(fitRecord(record, 1000)).toEqual({record, truncated: false});
  });
  it('refuses a record whose other fields alone are over the limit', () => {
    expect(() => fitRecord({...record, title: 'x'.repeat(200)}, 150)).toThrow(
      'The search record x is larger than 150 bytes even without its text.',
    );
  });
});
