import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {CATALOGUE_LOCALES, placeholdersOf} from '../problemTexts';
import {IMPORT_FIX_HINTS, IMPORT_SKIP_TEXTS, WORKFLOW_TEXTS} from '../texts/workflow';
import {codeFlaw, type CodedLike} from './codedProblems';
import {scanBuiltPage} from '../../security/builtPage';
import {checkUrl} from '../../security/urlPolicy';
import {formProblem, readIssueForm} from '../../github/issueFormBody';
import {
  ORGANISATION_FORM_LABELS,
  organisationFromIssue,
  parseIssueFormBody,
  validateProposedEntry,
} from '../../github/issueForm';
import {formBody} from '../../github/__tests__/formFixture';
import {buildChannels, countryProblem} from '../../import/channels';
import {citiesFromGazetteer} from '../../import/cities';
import {newDraft, type OrganizationDraft, type RowProblem} from '../../import/draft';
import {draftsFromCsv} from '../../import/fromCsv';
import {draftsFromHsds} from '../../import/fromHsds';
import {importEntries} from '../../import/importEntries';
import {parseMapping} from '../../import/mapping';
import {withMappingFix} from '../../import/mappingFixes';
import {rowProblemTextIn, withHint} from '../../import/rowProblem';
import {skippedTextIn} from '../../import/skipped';
import type {Skipped} from '../../import/draft';
import {duplicateProblems, liveProblems, placeProblems} from '../../import/rowChecks';
import {FIXTURE_GAZETTEER} from '../../import/__tests__/gazetteerFixture';

/**
 * Every problem of the contribution workflow (import, issue form and bot, built-site checks) carries a catalogue
 * code of its own rule, so the CLI, the bots and the form can word it in English, Spanish and French. Hostile
 * inputs trigger every code of texts/workflow.ts (the security-headers plugin's own are in
 * src/plugins/security-headers/__tests__/problemCodes.test.ts); a problem without a code fails here.
 */

const seen = new Set<string>();
const flaws: string[] = [];
/** Records each problem's code, and any problem without one. */
function check(problems: readonly CodedLike[]): void {
  for (const problem of problems) {
    const flaw = codeFlaw(problem);
    if (flaw) flaws.push(flaw);
    else seen.add(problem.code!);
  }
}
/** Row problems: their English fix may end with mapping hints, worded through rowProblemTextIn. */
function checkRows(problems: readonly RowProblem[]): void {
  for (const problem of problems) {
    const flaw = codeFlaw(problem, rowProblemTextIn(problem, 'en'));
    if (flaw) flaws.push(flaw);
    else seen.add(problem.code!);
    for (const locale of ['es', 'fr'])
      if (rowProblemTextIn(problem, locale).isFallback)
        flaws.push(`${problem.message} (${locale})`);
  }
}

/** Codes that no input can reach: a defensive fallback for a Markdown node type GitHub may add one day. */
const UNREACHABLE = new Set(['form-markup.other']);
/** Codes of the security-headers plugin, tested beside it (src/lib tests import no plugin). */
const PLUGIN_CODES = new Set([
  'inline-script.other',
  'inline-script.theme-again',
  'charset-late.after-policy',
  'csp-header.no-line',
]);

afterAll(() => {
  // Runs after every test below: a code no test reached is a code some problem may be missing.
  const unseenSkips = Object.keys(IMPORT_SKIP_TEXTS).filter((code) => !seen.has(code));
  expect(unseenSkips).toEqual([]);
  const unseen = Object.keys(WORKFLOW_TEXTS).filter(
    (code) => !seen.has(code) && !UNREACHABLE.has(code) && !PLUGIN_CODES.has(code),
  );
  expect(unseen).toEqual([]);
});

describe('built pages', () => {
  const page = {pageUrl: new URL('https://site.example/docs/a'), scriptPrefix: '/assets/js/'};

  it('gives every finding of a hostile page a code', () => {
    const bare = scanBuiltPage('<!doctype html><p>no head, no policy, no charset</p>', page);
    const hostile = scanBuiltPage(
      '<!doctype html><html><head>' +
        '<meta http-equiv="Content-Security-Policy" content="a"><meta http-equiv="Content-Security-Policy" content="b">' +
        '<meta charset="utf-8"><base><base href="/x/"><meta http-equiv="refresh">' +
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">' +
        '<link rel="stylesheet" href="data:text/css,a{}"></head><body>' +
        '<script type="importmap">{}</script><script type="application/json">{"a":</script>' +
        '<div onclick="steal()"></div><svg><a><animate attributeName="href" to="javascript:x"/></a></svg>' +
        '<iframe></iframe><iframe src="/x.html"></iframe><a href="javascript:alert(1)">x</a>' +
        '<script src="/uploads/x.js"></script><script src="data:,x"></script>' +
        '<script src="https://cdn.example/x.js"></script><img src="https://evil.example/x.png">' +
        '<img src="blob:https://site.example/1"><p style="background:url(//evil.example/y.png)">x</p>' +
        '</body></html>',
      page,
    );
    check([...bare.findings, ...hostile.findings]);
    expect(flaws).toEqual([]);
  });

  it('returns codes and values from checkUrl, without the subject its callers add', () => {
    expect(checkUrl('javascript:x', 'navigation', page)).toEqual({
      rule: 'script-url',
      code: 'script-url.runs-code',
      values: {protocol: 'javascript:'},
    });
  });
});

describe('the issue form and its bot', () => {
  const answer = (key: keyof typeof ORGANISATION_FORM_LABELS, text: string) =>
    parseIssueFormBody(formBody({[key]: text})).problems;
  const CONTEXT = {
    today: '2026-11-29',
    submittedOn: '2026-11-20',
    author: 'organiser',
    issueUrl: 'https://github.com/x/y/issues/1',
  };

  it('gives every flaw of a hostile issue body a code', () => {
    const markup = [
      'a <!-- hidden --> b',
      '## heading',
      '- a list',
      '> quoted',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '***',
      '[x]: https://a.example',
      'text[^1]\n\n[^1]: note',
      '*emphasis*',
      '**bold**',
      '~~struck~~',
      '`code`',
      '[a](https://b.example)',
      '[a][b]\n\n[b]: https://b.example',
      '![a](https://b.example/x.png)',
      'a \\* b',
      'costs $x$',
      'zero\u200Bwidth',
    ].flatMap((text) => answer('summaryEn', text));
    const body = formBody();
    const problems = [
      ...markup,
      ...answer('channels', '```\nhotline | need-help | +16125550142\n```'),
      ...answer('consent', '- [X] agree\n- not a box'),
      ...parseIssueFormBody(`Hello maintainers\n\n${body}`).problems,
      ...parseIssueFormBody(`${body}\n\n### city folder\n\nx\n\n### Something else\n\nx`).problems,
      ...parseIssueFormBody(`${body}\n\n### City folder\n\nchicago`).problems,
      ...parseIssueFormBody(body.replace('### Status\n\nactive', '')).problems,
      ...organisationFromIssue(
        parseIssueFormBody(
          formBody({city: '_No response_', slug: '_No response_', channels: '_No response_'}),
        ),
        CONTEXT,
      ).problems,
      ...organisationFromIssue(
        parseIssueFormBody(
          formBody({
            slug: 'Bad Name!',
            consent: '- [ ] agree\n- [X] no personal data',
            channels: 'hotline | need-help',
          }),
        ),
        CONTEXT,
      ).problems,
      formProblem(
        '(issue body)',
        'form-edited-after-approval',
        'form-edited-after-approval.edited',
      ),
    ];
    check(problems);
    expect(flaws).toEqual([]);
    expect(readIssueForm('### A\n\n`x`', {labels: ['A']}).problems[0]!.code).toBe(
      'form-markup.inline-code',
    );
  });

  it("gives the bot's checks of the proposed file codes (no city folder, a slug used in another city)", () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-workflow-codes-'));
    try {
      fs.mkdirSync(path.join(site, 'directory/chicago'), {recursive: true});
      fs.writeFileSync(path.join(site, 'directory/chicago/northside-legal-help.yml'), 'name: x\n');
      const {entry} = organisationFromIssue(parseIssueFormBody(formBody()), CONTEXT);
      const problems = validateProposedEntry(site, entry!, new Date('2026-11-29T12:00:00Z'));
      check(
        problems.filter((problem) => ['missing-city', 'duplicate-slug'].includes(problem.rule)),
      );
      expect(flaws).toEqual([]);
    } finally {
      fs.rmSync(site, {recursive: true, force: true});
    }
  });
});

describe('the import', () => {
  const draft = (fields: Partial<OrganizationDraft> = {}): OrganizationDraft => ({
    ...newDraft('sheet.csv', 2),
    city: 'minneapolis',
    slug: 'a-b',
    ...fields,
  });

  it("gives every refusal of a row's place, slug and live entry a code", () => {
    const tree = {
      cities: new Map([['minneapolis', {country: 'US'}]]),
      organizations: new Map([['a-b', {file: 'directory/chicago/a-b.yml', city: 'chicago'}]]),
      byHsdsId: new Map<string, string>(),
    };
    const seenRows = new Map([['a-b', draft({row: 3, city: 'minneapolis'})]]);
    checkRows([
      ...placeProblems(draft({country: {code: 'MX'}, city: 'Bad City'}), 'US', false, 'directory'),
      ...placeProblems(draft({slug: '../x'}), 'US', true, 'directory'),
      ...liveProblems(draft(), tree, false),
      ...liveProblems(draft(), tree, true),
      ...duplicateProblems(draft(), seenRows, 'refuse'),
      ...duplicateProblems(draft({city: 'chicago'}), seenRows, 'refuse'),
    ]);
    expect(flaws).toEqual([]);
  });

  it('gives every refusal of a sheet (mapping, slug, country, city) a code', () => {
    const csv = 'Name,Country,City,Phone\n数据,Atlantis,,612 555\nOK,US,minneapolis,612555\n';
    const mapping = (extra: string) =>
      parseMapping(
        `fields:\n  name: Name\ncountry: US\ncountry_column: Country\n${extra}channels:\n  - column: Phone\n    kind: phone\n    audience: general\n`,
        'm.yml',
      );
    const withCity = draftsFromCsv(csv, mapping('city: City\n'), 'sheet.csv');
    const noCity = draftsFromCsv(csv, mapping('slug: Missing\n'), 'sheet.csv');
    checkRows([
      ...withCity.problems,
      ...withCity.organizations.flatMap((row) => row.problems),
      ...noCity.problems,
      ...noCity.organizations.flatMap((row) => row.problems),
    ]);
    expect(flaws).toEqual([]);
  });

  it('gives every refusal of a contact a code (unreadable, two extensions, a number of another country)', () => {
    const withChannel = (text: string, extension?: string) =>
      draft({
        channels: [
          {
            source: 'sheet.csv',
            row: 2,
            column: 'Phone',
            kind: 'phone',
            audience: 'general',
            text,
            cell: text,
            ...(extension ? {extension} : {}),
          },
        ],
      });
    const rows = (['city', 'column', 'mapping'] as const).flatMap((from) => {
      const row = withChannel('call us');
      buildChannels(row, {code: 'US', from, city: 'minneapolis'});
      return row.problems;
    });
    const extension = withChannel('+1 612 555 0142 ext. 12', '14');
    buildChannels(extension, {code: 'US', from: 'city', city: 'minneapolis'});
    const abroad = (['city', 'column', 'mapping'] as const).flatMap((from) =>
      ['+526645550100', '+80012345678'].map((number) => {
        const problem = countryProblem(number, {code: 'US', from, city: 'minneapolis'})!;
        return {rule: 'phone-country' as const, ...problem};
      }),
    );
    checkRows([...rows, ...extension.problems]);
    for (const coded of abroad) seen.add(coded.code);
    expect(flaws).toEqual([]);
  });

  it('gives every refusal of the gazetteer a code (not found, ambiguous, one folder for two places)', () => {
    const place = (name: string, city: string, region?: string) =>
      draft({city, place: {name, ...(region ? {region} : {})}});
    const {problems} = citiesFromGazetteer(
      [
        place('Atlantis', 'atlantis'),
        place('Springfield', 'springfield'),
        place('Tijuana', 'same-folder'),
        place('San Diego', 'same-folder'),
      ],
      FIXTURE_GAZETTEER,
      {},
    );
    checkRows(problems);
    expect(flaws).toEqual([]);
  });

  it('gives every refusal of an HSDS package a code, and a city hub with a bad slug one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-workflow-hsds-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'organizations.csv'),
        `id,name,description,sc_slug,sc_summary\nx1,数据,${'long '.repeat(80)},,{bad\n`,
      );
      fs.writeFileSync(
        path.join(dir, 'services.csv'),
        'id,organization_id,name,email,sc_international\ns1,x1,Line,line@example.org,{bad\n',
      );
      const drafts = draftsFromHsds(dir, {defaults: {}});
      checkRows([...drafts.problems, ...drafts.organizations.flatMap((row) => row.problems)]);
      fs.mkdirSync(path.join(dir, 'directory'));
      const hub = {source: 'cities.csv', row: 2, slug: 'Bad Hub', data: {}, problems: []};
      const report = importEntries(
        {organizations: [], cities: [hub], problems: [], skipped: [], rows: 0},
        {contentRoot: dir, now: new Date('2026-11-29T12:00:00Z'), country: 'US'},
      );
      checkRows(report.refused.filter((problem) => problem.code));
      expect(report.refused.map((problem) => problem.code)).toContain('slug.import-hub');
      expect(flaws).toEqual([]);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  it('words the mapping hints added to a validator fix in every language, the English one unchanged', () => {
    const base = {
      source: 'sheet.csv',
      row: 2,
      column: 'Types',
      field: 'types[0]',
      rule: 'schema' as const,
      message: '"x" is not allowed.',
      fix: 'Use one of the listed values.',
      code: 'country.unknown' as const,
      values: {value: 'x'},
    };
    const hinted = withHint(
      withHint(base, 'mapping.values-example', {key: 'fields.types', value: 'x'}),
      'mapping.city-defaults',
      {field: 'summary'},
    );
    expect(
      hinted.fix.endsWith(
        'For cities the import creates, set city_defaults.summary in the mapping.',
      ),
    ).toBe(true);
    expect(rowProblemTextIn(hinted, 'fr').fix).toContain('city_defaults.summary');
    expect(rowProblemTextIn(hinted, 'es').fix).toContain('{"x": …}');
    const row = draft({columns: {types: 'Types'}, data: {types: ['Klingon']}});
    const missing = {...base, field: 'summary', message: '"summary" is missing.', code: undefined};
    expect(withMappingFix(missing, row).hints).toEqual([
      {code: 'mapping.name-column', values: {field: 'summary'}},
    ]);
  });

  it('gives every "not imported" item of the fixture sheets and packages a skip code, worded in es and fr', () => {
    const FIXTURES = path.resolve(__dirname, '../../../../tests/__fixtures__/import');
    const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
    const sheet = (name: string) =>
      draftsFromCsv(
        read(`${name}.csv`),
        parseMapping(read(`${name}.mapping.yml`), 'm.yml'),
        `${name}.csv`,
      );
    const hsds = parseMapping(read('hsds.mapping.yml'), 'hsds.mapping.yml');
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-workflow-skips-'));
    try {
      fs.mkdirSync(path.join(site, 'directory'));
      const pkg = path.join(site, 'pkg');
      fs.mkdirSync(pkg);
      // Hostile package: a contact's number, an unlinked one, a fax, a long description, an unknown language,
      // a repeated contact, schedules that cannot be written, tables and fields no directory field holds.
      const files = {
        'organizations.csv': 'id,name,description,sc_slug,notes\no1,Casa,Ayuda.,casa,x\n',
        'services.csv':
          'id,organization_id,name,email,sc_value,sc_kind,sc_audience\ns1,o1,Line,,+16125550142,hotline,need-help\n',
        'phones.csv':
          'id,organization_id,service_id,contact_id,number,type,description\n' +
          `p1,,,c1,+16125550100,voice,\np2,,,,+16125550101,voice,\np3,o1,,,+16125550102,fax,\n` +
          `p4,o1,,,+16125550103,voice,${'long '.repeat(20)}\np5,o1,,,+16125550104,voice,\n`,
        'languages.csv': 'id,phone_id,name,code\nl1,p4,Klingon,\n',
        'schedules.csv':
          'id,phone_id,service_id,freq,byday,opens_at,closes_at\nh1,p4,,YEARLY,MO,09:00,17:00\n' +
          'h2,p5,,WEEKLY,MO,,\nh3,,s1,WEEKLY,MO,09:00,17:00\n',
        'contacts.csv': 'id,name\nc1,A Person\n',
        'physical_addresses.csv': 'id,address_1\na1,1 Main St\n',
        'extra.csv': 'id\nx1\n',
        'locations.csv': 'id,organization_id,name\nl1,o1,Back office\n',
      };
      for (const [name, text] of Object.entries(files))
        fs.writeFileSync(path.join(pkg, name), text);
      fs.mkdirSync(path.join(site, 'directory/minneapolis'));
      fs.copyFileSync(
        path.resolve(
          __dirname,
          '../../../../tests/__fixtures__/site/directory/minneapolis/_city.yml',
        ),
        path.join(site, 'directory/minneapolis/_city.yml'),
      );
      const skipped: Skipped[] = [];
      const run = (drafts: ReturnType<typeof draftsFromCsv>) => {
        const report = importEntries(drafts, {
          contentRoot: site,
          dryRun: true,
          skipInvalidChannels: true,
          gazetteer: FIXTURE_GAZETTEER,
        });
        // A refused row's items are not in the report: read them from the drafts too.
        skipped.push(...report.skipped, ...drafts.organizations.flatMap((row) => row.skipped));
      };
      for (const name of ['awkward', 'border', 'extensions']) run(sheet(name));
      for (const name of ['hsds-2', 'hsds-location-phones'])
        run(draftsFromHsds(path.join(FIXTURES, name), hsds));
      run(draftsFromHsds(pkg, hsds));
      // Another system's package: a long link label, an unknown language.
      const foreign = path.join(site, 'foreign');
      fs.mkdirSync(foreign);
      const foreignFiles = {
        'organizations.csv': 'id,name,description\nf1,Casa,Ayuda.\n',
        'services.csv': 'id,organization_id,name\ns1,f1,Line\n',
        'url.csv': `id,organization_id,url,label\nu1,f1,https://casa.example.org/,${'label '.repeat(20)}\n`,
        'languages.csv': 'id,service_id,name,code\nl1,s1,Elvish,\n',
        'phones.csv': 'id,service_id,number\np1,s1,+16125550142\n',
      };
      for (const [name, text] of Object.entries(foreignFiles))
        fs.writeFileSync(path.join(foreign, name), text);
      run(draftsFromHsds(foreign, hsds));
      // A hostile sheet: "Tel:", words on both sides of a number, two extensions, a name beside an address.
      const hostile = parseMapping(
        read('extensions.mapping.yml').replace(
          /channels:[\s\S]*?defaults:/,
          'channels:\n  - {kind: hotline, audience: need-help, column: Hotline, extension: {column: Extension, split: "/"}}\n' +
            '  - {kind: email, audience: general, column: Email}\ndefaults:',
        ),
        'hostile.mapping.yml',
      );
      run(
        draftsFromCsv(
          'Organisation,Hotline,Extension,Email\nA (sample),Tel: 612-555-0142,12 / 14,Maria <maria@casa.example.org>\n' +
            'B (sample),Front desk 612-555-0143 ask for legal,,\n',
          hostile,
          'hostile.csv',
        ),
      );
      const uncoded = skipped.filter((item) => {
        if (!item.code) return true;
        const en = skippedTextIn({code: item.code, values: item.values}, 'en');
        const es = skippedTextIn({code: item.code, values: item.values}, 'es');
        return (
          en.what !== item.what || en.reason !== item.reason || /\{\w+\}/.test(es.what + es.reason)
        );
      });
      expect(uncoded).toEqual([]);
      for (const item of skipped) seen.add(item.code!);
    } finally {
      fs.rmSync(site, {recursive: true, force: true});
    }
  });

  it('keeps the same placeholders in every language of each skip text', () => {
    const differ = Object.entries(IMPORT_SKIP_TEXTS).flatMap(([code, text]) =>
      (['what', 'reason'] as const).flatMap((part) =>
        CATALOGUE_LOCALES.filter(
          (locale) =>
            placeholdersOf(text[part][locale]).join() !== placeholdersOf(text[part].en).join(),
        ).map((locale) => `${code}.${part}.${locale}`),
      ),
    );
    expect(differ).toEqual([]);
  });

  it('keeps the same placeholders in every language of each mapping hint', () => {
    const differ = Object.entries(IMPORT_FIX_HINTS).flatMap(([code, text]) =>
      CATALOGUE_LOCALES.filter(
        (locale) => placeholdersOf(text[locale]).join() !== placeholdersOf(text.en).join(),
      ).map((locale) => `${code}.${locale}`),
    );
    expect(differ).toEqual([]);
  });
});
