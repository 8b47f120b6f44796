import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {hsdsId} from '../../exports/hsds/ids';
import {draftsFromCsv} from '../fromCsv';
import {draftsFromHsds} from '../fromHsds';
import {importEntries} from '../importEntries';
import {parseMapping} from '../mapping';
import {formatImportReport} from '../report';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'tests/__fixtures__/import');
const csvText = fs.readFileSync(path.join(FIXTURES, 'extensions.csv'), 'utf8');
const mappingText = fs.readFileSync(path.join(FIXTURES, 'extensions.mapping.yml'), 'utf8');
const mapping = parseMapping(mappingText, 'extensions.mapping.yml');

describe('--update: re-importing a corrected sheet into a live tree', () => {
  let root: string;
  const file = (name: string) => path.join(root, 'directory/minneapolis', name);
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-update-'));
    fs.mkdirSync(path.join(root, 'directory/minneapolis'), {recursive: true});
    fs.copyFileSync(
      path.join(ROOT, 'tests/__fixtures__/site/directory/minneapolis/_city.yml'),
      path.join(root, 'directory/minneapolis/_city.yml'),
    );
    importEntries(draftsFromCsv(csvText, mapping, 'extensions.csv'), {
      contentRoot: root,
      skipInvalidChannels: true,
    });
  });
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}));

  it('without --update, refuses every row that already exists and names the option', () => {
    const report = importEntries(draftsFromCsv(csvText, mapping, 'extensions.csv'), {
      contentRoot: root,
      dryRun: true,
    });
    expect(report.refused.filter((problem) => problem.rule === 'exists')).toHaveLength(6);
    expect(report.refused[0]!.fix).toContain('--update');
  });

  it('matches by slug, rewrites only the changed fields, keeps comments, verification and consent dates from the live file, and spells out the contact diff', () => {
    // A maintainer's comment and a later verification in the live file.
    const live = fs
      .readFileSync(file('family-unity-network-sample.yml'), 'utf8')
      .replace(
        'name: Family Unity Network (sample)\n',
        '# Checked by phone with the coordinator.\nname: Family Unity Network (sample)\n',
      )
      .replace('date: 2026-11-20', 'date: 2026-11-25');
    fs.writeFileSync(file('family-unity-network-sample.yml'), live);
    const corrected = csvText.replace(
      '(612) 555-0142 ext. 204 family unity direct line',
      '(612) 555-0149 ext. 205 family unity direct line',
    );
    // The mapping's defaults moved on (dates, status); defaults never overwrite the live entry.
    fs.writeFileSync(
      file('family-unity-network-sample.yml'),
      live.replace('status: active', 'status: paused'),
    );
    const later = parseMapping(mappingText.replace(/2026-11-20/g, '2026-11-28'), 'later.yml');
    const report = importEntries(draftsFromCsv(corrected, later, 'extensions.csv'), {
      contentRoot: root,
      update: true,
      skipInvalidChannels: true,
    });
    expect(report.refused).toEqual([]);
    expect(report.accepted.map((planned) => [planned.file, planned.action])).toEqual([
      ['directory/minneapolis/family-unity-network-sample.yml', 'update'],
    ]);
    expect(report.unchanged.map((entry) => entry.file)).toHaveLength(5);
    expect(report.accepted[0]!.diffs!.flatMap((diff) => diff.lines)).toEqual([
      'channels[0] changed: hotline (need-help) +16125550142 ext. 204 "family unity direct line" → hotline (need-help) +16125550149 ext. 205 "family unity direct line"',
    ]);
    const text = fs.readFileSync(file('family-unity-network-sample.yml'), 'utf8');
    expect(text).toContain(
      '# Checked by phone with the coordinator.\nname: Family Unity Network (sample)\n',
    );
    expect(parseYaml(text)).toMatchObject({
      status: 'paused',
      verified: {date: '2026-11-25'},
      consent: '2026-11-20',
      channels: [{value: '+16125550149', extension: '205'}, {kind: 'website'}],
    });
    expect(formatImportReport(report, 'directory')).toContain(
      'updated  directory/minneapolis/family-unity-network-sample.yml  (extensions.csv row 2)\n      channels[0] changed: hotline (need-help) +16125550142 ext. 204',
    );
  });

  it('takes the verification date from the sheet when the sheet carries it', () => {
    const withDate = csvText
      .replace('Organisation,', 'Verified,Organisation,')
      .replace(/\n(?=.)/g, '\n2026-11-27,');
    const dated = parseMapping(
      `${mappingText}\n`.replace('fields:\n', 'fields:\n  verified.date: Verified\n'),
      'dated.yml',
    );
    const report = importEntries(draftsFromCsv(withDate, dated, 'extensions.csv'), {
      contentRoot: root,
      update: true,
      skipInvalidChannels: true,
      dryRun: true,
    });
    expect(report.accepted).toHaveLength(6);
    expect(report.accepted[0]!.diffs!.map((diff) => diff.field)).toEqual(['verified']);
  });

  it('matches an HSDS organisation by its id, even when its name (and so its slug) changed', () => {
    const id = hsdsId('organization', 'minneapolis/label-column-org-sample');
    const pkg = path.join(root, 'pkg');
    fs.mkdirSync(pkg);
    fs.writeFileSync(
      path.join(pkg, 'organizations.csv'),
      `id,name,description\n${id},Label Column Organisation (sample),A renamed organisation.\n`,
    );
    fs.writeFileSync(
      path.join(pkg, 'phones.csv'),
      `id,organization_id,number,extension,description\nph1,${id},612-555-0160,7,Intake line\n`,
    );
    const defaults = {...mapping.defaults, audience: 'need-help'};
    const report = importEntries(draftsFromHsds(pkg, {defaults}), {
      contentRoot: root,
      update: true,
      dryRun: true,
    });
    expect(report.refused).toEqual([]);
    expect(report.accepted.map((planned) => [planned.file, planned.action])).toEqual([
      ['directory/minneapolis/label-column-org-sample.yml', 'update'],
    ]);
    expect(report.accepted[0]!.diffs!.map((diff) => diff.field)).toEqual([
      'name',
      'summary',
      'channels',
    ]);
  });

  it('restores every file when writing an update fails part-way', () => {
    const corrected = csvText
      .replace('612-555-0160', '612-555-0161')
      .replace('612-555-0170', '612-555-0171');
    const before = fs.readFileSync(file('label-column-org-sample.yml'), 'utf8');
    const rename = fs.renameSync;
    let calls = 0;
    const spy = jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      rename(from, to);
    });
    try {
      expect(() =>
        importEntries(draftsFromCsv(corrected, mapping, 'extensions.csv'), {
          contentRoot: root,
          update: true,
          skipInvalidChannels: true,
        }),
      ).toThrow(/Nothing was imported: writing failed \(disk full\)/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(file('label-column-org-sample.yml'), 'utf8')).toBe(before);
  });
});
