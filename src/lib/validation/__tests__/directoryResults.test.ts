import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCoalition} from '../../coalition';
import {generateCoalition} from '../../../bench/generateCoalition';
import {warmSiteResults} from '../parallel';
import {withCacheFolder} from './withCacheFolder';

const REPOSITORY = path.resolve(__dirname, '../../../..');
const NOW = new Date('2026-12-01T12:00:00Z');

/** A directory-only coalition of `organizations` files (sample entries, some stale: warnings to compare). */
function coalition(organizations: number): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-results-')), 'site');
  generateCoalition(
    dir,
    {cities: 12, organizations, playbooks: 0},
    {sourceDir: REPOSITORY, contentOnly: 'directory', now: NOW},
  );
  return dir;
}

const report = (siteDir: string) => {
  const loaded = loadCoalition(siteDir, {now: NOW});
  return {
    problems: loaded.problems,
    organizations: loaded.organizations.map((org) => org.data),
    cities: loaded.cities.map((city) => city.data),
  };
};

describe('remembered directory results', () => {
  it('reports exactly what a fresh check reports, and notices a changed file', () => {
    const site = coalition(60);
    const fresh = withCacheFolder(() => {
      process.env.SANCTUARY_VALIDATION_CACHE = 'off';
      return report(site);
    });
    withCacheFolder((folder) => {
      expect(report(site)).toEqual(fresh);
      expect(fs.readdirSync(folder).some((name) => name.startsWith('directory-entries-'))).toBe(
        true,
      );
      // A second process would read the file: the same answer.
      expect(report(site)).toEqual(fresh);
      // An edited file is checked again: its new flaw is reported.
      const file = fs
        .readdirSync(path.join(site, 'directory', 'bench-city-001'))
        .find((name) => name !== '_city.yml')!;
      const target = path.join(site, 'directory', 'bench-city-001', file);
      fs.writeFileSync(
        target,
        fs.readFileSync(target, 'utf8').replace(/^status: active$/m, 'status: dormant'),
      );
      expect(
        report(site).problems.some(
          (problem) => problem.file.endsWith(file) && problem.field === 'status',
        ),
      ).toBe(true);
    });
  });

  it('remembers results across days, and adds each day its own review-due and future-date problems', () => {
    const site = coalition(40);
    const days = [NOW, new Date('2028-01-01T00:00:00Z'), new Date('2025-06-01T00:00:00Z')];
    const fresh = days.map((now) =>
      withCacheFolder(() => {
        process.env.SANCTUARY_VALIDATION_CACHE = 'off';
        return loadCoalition(site, {now}).problems;
      }),
    );
    // The days differ: more entries are due later, and dates are in the future before they were written.
    const count = (problems: (typeof fresh)[number], rule: string) =>
      problems.filter((problem) => problem.rule === rule).length;
    expect(count(fresh[1]!, 'stale')).toBeGreaterThan(count(fresh[0]!, 'stale'));
    expect(count(fresh[2]!, 'future-date')).toBeGreaterThan(0);
    withCacheFolder((folder) => {
      const stored = () =>
        fs
          .readdirSync(folder)
          .filter((name) => name.startsWith('directory-entries-'))
          .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
      expect(loadCoalition(site, {now: days[0]}).problems).toEqual(fresh[0]);
      const first = stored();
      days.forEach((now, index) =>
        expect(loadCoalition(site, {now}).problems).toEqual(fresh[index]),
      );
      // Nothing was checked again on the other days: the remembered results are the same.
      expect(stored()).toEqual(first);
    });
  });

  it('checks again a result a damaged or edited cache file holds, instead of trusting or crashing on it', () => {
    const site = coalition(30);
    const nextDay = new Date('2026-12-02T12:00:00Z');
    const fresh = withCacheFolder(() => {
      process.env.SANCTUARY_VALIDATION_CACHE = 'off';
      return loadCoalition(site, {now: nextDay}).problems;
    });
    withCacheFolder((folder) => {
      loadCoalition(site, {now: NOW});
      const [name] = fs.readdirSync(folder).filter((file) => file.startsWith('directory-entries-'));
      const stored = JSON.parse(fs.readFileSync(path.join(folder, name!), 'utf8')) as {
        entries: [string, unknown][];
      };
      stored.entries = stored.entries.map(([key], index) => [
        key,
        index % 2 ? {problems: [{}]} : {problems: 'none'},
      ]);
      fs.writeFileSync(path.join(folder, name!), JSON.stringify(stored));
      // Another day opens the file again (one opening per site and day in a process).
      expect(loadCoalition(site, {now: nextDay}).problems).toEqual(fresh);
    });
  });

  it('checks many new files on every core with the same results as one thread', async () => {
    const site = coalition(500);
    const single = withCacheFolder(() => {
      process.env.SANCTUARY_VALIDATION_CACHE = 'off';
      return report(site);
    });
    await withCacheFolder(async () => {
      const warmed = await warmSiteResults(site, {now: NOW, threads: 2});
      expect(warmed.threads).toBe(2);
      expect(warmed.checked).toBeGreaterThan(500);
      expect(report(site)).toEqual(single);
      // Everything is remembered now: nothing left to check.
      await expect(warmSiteResults(site, {now: NOW, threads: 2})).resolves.toEqual({
        checked: 0,
        threads: 0,
      });
    });
  }, 120_000);
});
