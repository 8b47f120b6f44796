import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {draftsFromHsds} from '../fromHsds';
import {importEntries} from '../importEntries';
import {parse as parseYaml} from 'yaml';

/** A package from another HSDS system: standard columns only, no sc_ extensions. */
const FOREIGN: Record<string, string> = {
  'organizations.csv': 'id,name,alternate_name,description,email,website\no1,Eastside Rights Line (sample),ERL; East RL,"Know-your-rights line, in English and Somali.",,https://erl.example.org/\no2,,,,,\n',
  'services.csv': 'id,organization_id,name,description,url,email,status\ns1,o1,Rights line,Phone line,,,active\ns2,o1,Volunteer desk,E-mail,,volunteer@erl.example.org,active\n',
  'phones.csv': 'id,service_id,number,type\np1,s1,+16125550155,voice\n',
  'languages.csv': 'id,service_id,phone_id,name,code\nl1,s1,p1,English,en\nl2,s1,p1,Somali,so\n',
  'schedules.csv': 'id,service_id,freq,byday,opens_at,closes_at\nh1,s1,WEEKLY,"MO,TU,WE,TH,FR",09:00-05:00,17:00-05:00\nh2,s1,WEEKLY,SA,10:00,14:00\n',
};

describe('importing an HSDS package from another system', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-hsds-'));
    fs.mkdirSync(path.join(dir, 'package'));
    for (const [name, text] of Object.entries(FOREIGN)) fs.writeFileSync(path.join(dir, 'package', name), text);
    fs.mkdirSync(path.join(dir, 'site/directory/minneapolis'), {recursive: true});
    fs.copyFileSync(path.resolve(__dirname, '../../../../tests/__fixtures__/site/directory/minneapolis/_city.yml'), path.join(dir, 'site/directory/minneapolis/_city.yml'));
  });
  afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

  const defaults = {
    city: 'minneapolis', types: ['know-your-rights'], coverage: {area: 'East Minneapolis'}, verified: {date: '2026-11-02', method: 'email'},
    maintainers: ['@sanctuary-commons/sample-entries'], consent: '2026-11-02', sample: true, audience: 'need-help',
  };

  it('reads the standard columns: phones, e-mail and website as channels, languages; hours given with a UTC offset are not written, with the reason', () => {
    const report = importEntries(draftsFromHsds(path.join(dir, 'package'), {defaults}), {contentRoot: path.join(dir, 'site'), dryRun: true});
    expect(report.accepted.map((file) => file.file)).toEqual(['directory/minneapolis/eastside-rights-line-sample.yml']);
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
    expect(report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({source: 'schedules.csv', what: 'hours', reason: expect.stringContaining('UTC offset')})]));
  });

  it('imports what validates and refuses the row with no name, saying which field is missing', () => {
    const report = importEntries(draftsFromHsds(path.join(dir, 'package'), {defaults}), {contentRoot: path.join(dir, 'site')});
    expect(report.accepted.map((file) => file.file)).toEqual(['directory/minneapolis/eastside-rights-line-sample.yml']);
    expect(report.refused.filter((problem) => problem.row === 3).map((problem) => problem.field)).toEqual(expect.arrayContaining(['(slug)']));
    expect(report.refusedRows).toBe(1);
  });

  it('without defaults, refuses rows and names the fields HSDS could not supply', () => {
    const report = importEntries(draftsFromHsds(path.join(dir, 'package'), {defaults: {city: 'minneapolis'}}), {contentRoot: path.join(dir, 'site'), dryRun: true});
    const fields = report.refused.filter((problem) => problem.row === 2).map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['types', 'coverage', 'maintainers', 'consent']));
  });

  it('refuses a package whose datapackage.json lists a table that is missing (regression: phones were dropped silently)', () => {
    const resources = Object.keys(FOREIGN).map((name) => ({name: name.replace('.csv', ''), path: name}));
    fs.writeFileSync(path.join(dir, 'package', 'datapackage.json'), JSON.stringify({resources}));
    fs.rmSync(path.join(dir, 'package', 'services.csv'));
    expect(() => draftsFromHsds(path.join(dir, 'package'), {defaults})).toThrow(/lists services\.csv, but that file is missing: the package is incomplete/);
  });

  it('refuses an sc_slug or city that would leave the directory folder (regression: ../ wrote outside --out)', () => {
    const withSlug = FOREIGN['organizations.csv']!.replace('id,name,', 'id,sc_slug,name,').replace('\no1,', '\no1,../../../escaped,').replace('\no2,', '\no2,,');
    fs.writeFileSync(path.join(dir, 'package', 'organizations.csv'), withSlug);
    const report = importEntries(draftsFromHsds(path.join(dir, 'package'), {defaults}), {contentRoot: path.join(dir, 'site')});
    expect(report.refused).toEqual(expect.arrayContaining([expect.objectContaining({field: '(slug)', message: '"../../../escaped" is not a valid slug.'})]));
    expect(report.accepted).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'escaped.yml'))).toBe(false);
  });
});
