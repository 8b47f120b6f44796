import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkMarkdownFile, type MarkdownContentJob} from '../../markdownFile';
import {loadSiteFiles} from '../../siteFiles/loadSiteFiles';
import {generateCoalition} from '../../../bench/generateCoalition';
import {openMarkdownResults, storable} from '../markdownResults';
import {warmSiteResults} from '../parallel';
import {withCacheFolder} from './withCacheFolder';

const REPOSITORY = path.resolve(__dirname, '../../../..');
const PLAYBOOK = fs.readFileSync(
  path.join(REPOSITORY, 'docs/playbooks/accompaniment/court-and-check-in-accompaniment.md'),
  'utf8',
);
const FILE = 'docs/playbooks/accompaniment/court-and-check-in-accompaniment.md';

const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-md-site-'));
const job = (text: string, file = FILE): MarkdownContentJob => ({
  file,
  text,
  siteDir,
  kind: 'playbook',
  contentRoot: path.join(siteDir, 'docs'),
});

/** What a reader of a result can see, positions of front matter fields included. */
const seen = (result: ReturnType<typeof checkMarkdownFile>) => ({
  problems: result.problems,
  sections: result.sections,
  links: result.links,
  frontMatter: result.frontMatter,
  playbook: result.playbook,
  translation: result.translation,
  title: result.locateFrontMatter(['title']),
  city: result.locateFrontMatter(['cities', 0]),
});

/** Rewrites a front matter field of the sample playbook. */
const withField = (field: string, value: string) =>
  PLAYBOOK.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${value}`);

describe('remembered Markdown results', () => {
  it('give exactly what a fresh check gives, from the file a later process reads', () => {
    // A playbook with problems in its front matter, body and sections, and links into the site.
    const text = withField('maturity', 'legendary').replace(
      '## Steps',
      '# A second title\n\nCall [the desk](/directory/nowhere/none) or [us](../../missing.md).\n\n## Steps',
    );
    withCacheFolder((folder) => {
      const fresh = checkMarkdownFile({...job(text), today: '2026-12-04'});
      expect(fresh.problems.length).toBeGreaterThan(1);
      expect(fresh.links.map((link) => link.url)).toEqual(
        expect.arrayContaining(['/directory/nowhere/none', '../../missing.md']),
      );
      const first = openMarkdownResults(siteDir);
      expect(seen(first.check(job(text), '2026-12-04'))).toEqual(seen(fresh));
      first.save();
      expect(
        fs.readdirSync(folder).filter((name) => name.startsWith('markdown-files-')),
      ).toHaveLength(1);
      const later = openMarkdownResults(siteDir).check(job(text), '2026-12-04');
      expect(seen(later)).toEqual(seen(fresh));
    });
  });

  it('re-check the day: a review date in the future is reported on the days before it only', () => {
    const text = withField('last_reviewed', '2027-01-15');
    withCacheFolder(() => {
      const results = openMarkdownResults(siteDir);
      const before = results.check(job(text), '2026-12-04');
      results.save();
      const remembered = openMarkdownResults(siteDir);
      const stillBefore = remembered.check(job(text), '2026-12-04');
      const after = remembered.check(job(text), '2027-02-01');
      const futureDates = (result: typeof before) =>
        result.problems.filter((problem) => problem.rule === 'future-date');
      expect(futureDates(before)).toHaveLength(1);
      // The remembered result finds the field's line again from its front matter.
      expect(futureDates(stillBefore)).toEqual(futureDates(before));
      expect(futureDates(stillBefore)[0]!.line).toBe(
        text.split('\n').findIndex((line) => line.startsWith('last_reviewed')) + 1,
      );
      expect(futureDates(after)).toEqual([]);
    });
  });

  it('check an edited file again, and a file the parser limits refused gives the same refusal', () => {
    const refused = `${PLAYBOOK}\n${'>'.repeat(5000)} deep\n`;
    withCacheFolder(() => {
      const results = openMarkdownResults(siteDir);
      const refusal = results.check(job(refused), '2026-12-04');
      expect(refusal.problems.length).toBeGreaterThan(0);
      results.check(job(PLAYBOOK), '2026-12-04');
      results.save();
      const later = openMarkdownResults(siteDir);
      expect(later.check(job(refused), '2026-12-04').problems).toEqual(refusal.problems);
      const edited = withField('maturity', 'legendary');
      expect(later.check(job(edited), '2026-12-04').problems).toEqual(
        checkMarkdownFile({...job(edited), today: '2026-12-04'}).problems,
      );
      expect(later.check(job(PLAYBOOK), '2026-12-04').problems).toEqual([]);
    });
  });

  it('never remember a value JSON would change (YAML .nan, .inf, -0)', () => {
    for (const value of ['.nan', '.inf', '-.inf', '-0']) {
      const text = PLAYBOOK.replace('license:', `weight: ${value}\nlicense:`);
      const result = checkMarkdownFile({...job(text), today: '2026-12-04'});
      expect(storable(result)).toBeUndefined();
    }
    expect(storable(checkMarkdownFile({...job(PLAYBOOK), today: '2026-12-04'}))).toBeDefined();
  });

  it('are what the validator reads: a second loadSiteFiles reports the same problems', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-md-load-'));
    const folder = path.join(site, 'docs/playbooks/accompaniment');
    fs.mkdirSync(folder, {recursive: true});
    fs.writeFileSync(
      path.join(folder, 'court-and-check-in-accompaniment.md'),
      withField('last_reviewed', '2027-01-15'),
    );
    withCacheFolder(() => {
      const now = new Date('2026-12-04T12:00:00Z');
      const first = loadSiteFiles(site, {now}).markdown;
      const second = loadSiteFiles(site, {now}).markdown;
      expect(second.map((file) => seen(file.result))).toEqual(
        first.map((file) => seen(file.result)),
      );
      expect(first[0]!.result.problems.map((problem) => problem.rule)).toContain('future-date');
      const later = loadSiteFiles(site, {now: new Date('2027-02-01T12:00:00Z')}).markdown;
      expect(later[0]!.result.problems.map((problem) => problem.rule)).not.toContain('future-date');
    });
  });
});

describe('Markdown files checked on every core', () => {
  it('gives loadSiteFiles exactly the results of one thread', async () => {
    const site = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-md-warm-')), 'site');
    const now = new Date('2026-12-04T12:00:00Z');
    generateCoalition(
      site,
      {cities: 4, organizations: 12, playbooks: 160},
      {sourceDir: REPOSITORY, now},
    );
    const results = () =>
      loadSiteFiles(site, {now}).markdown.map((file) => ({file: file.file, ...seen(file.result)}));
    const single = withCacheFolder(() => {
      process.env.SANCTUARY_VALIDATION_CACHE = 'off';
      return results();
    });
    expect(single.length).toBeGreaterThan(150);
    await withCacheFolder(async () => {
      const warmed = await warmSiteResults(site, {now, threads: 2});
      expect(warmed.threads).toBe(2);
      expect(warmed.checked).toBeGreaterThanOrEqual(single.length);
      expect(results()).toEqual(single);
      // Everything is remembered now: nothing left to check on other threads.
      await expect(warmSiteResults(site, {now, threads: 2})).resolves.toEqual({
        checked: 0,
        threads: 0,
      });
    });
  }, 120_000);
});

describe('a damaged or edited cache file', () => {
  it.each([
    ['an empty result', () => ({})],
    [
      'a problem without its fields',
      () => ({problems: [{}], frontMatter: {}, sections: [], links: []}),
    ],
    ['a string', () => 'ok'],
  ])('is a miss, checked again: %s', (_name, replacement) => {
    const text = withField('maturity', 'legendary');
    withCacheFolder((folder) => {
      const first = openMarkdownResults(siteDir);
      const fresh = first.check(job(text), '2026-12-04');
      first.save();
      const [file] = fs.readdirSync(folder).filter((name) => name.startsWith('markdown-files-'));
      const stored = JSON.parse(fs.readFileSync(path.join(folder, file!), 'utf8')) as {
        entries: [string, unknown][];
      };
      stored.entries = stored.entries.map(([key]) => [key, replacement()]);
      fs.writeFileSync(path.join(folder, file!), JSON.stringify(stored));
      const later = openMarkdownResults(siteDir).check(job(text), '2026-12-04');
      expect(seen(later)).toEqual(seen(fresh));
      expect(later.problems.length).toBeGreaterThan(0);
    });
  });
});
