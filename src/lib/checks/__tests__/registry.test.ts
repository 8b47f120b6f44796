import fs from 'node:fs';
import path from 'node:path';
import {loadCoalition} from '../../coalition';
import {entitiesOf} from '../../siteFiles/entities';
import {loadSiteFiles} from '../../siteFiles/loadSiteFiles';
import type {SiteFiles} from '../../siteFiles/types';
import type {Check} from '../check';
import {CHECKS, runChecks} from '../registry';

/**
 * The table of checks (../registry.ts) lists every check file of src/lib/checks/, so a new check
 * cannot be written and forgotten; and each check reads only the kinds of file it declares.
 */

const CHECKS_DIR = path.resolve(__dirname, '..');
const NOW = new Date('2026-11-29T12:00:00Z');

/** Files of src/lib/checks/ that are not checks of a whole site, and why. */
const SUPPORT_FILES: Readonly<Record<string, string>> = {
  'check.ts': 'the Check type',
  'registry.ts': 'the table itself',
  'problemTexts.ts': 'the problem catalogue',
  'ruleIds.ts': 'the table of rule ids',
  'rulesGuide.ts': 'the rules guide rendered from the rule table',
  'channelLabelHost.ts': "a finding about one channel's label, used by the directory entry rules",
  'coverageArea.ts': "a finding about one entry's coverage area, used by the directory entry rules",
  'namedPersonAddress.ts': 'a finding about one e-mail address, used by the directory entry rules',
};

function isCheck(value: unknown): value is Check {
  const candidate = value as Partial<Check> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.id === 'string' &&
    Array.isArray(candidate.reads) &&
    typeof candidate.run === 'function'
  );
}

function exportedChecks(file: string): Check[] {
  const module = require(path.join(CHECKS_DIR, file)) as Record<string, unknown>;
  return Object.values(module).filter(isCheck);
}

const checkFiles = fs
  .readdirSync(CHECKS_DIR)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .sort();

describe('the table of checks', () => {
  it.each(checkFiles.filter((file) => !(file in SUPPORT_FILES)))(
    '%s exports a check that the table lists',
    (file) => {
      const checks = exportedChecks(file);
      expect(checks.length).toBeGreaterThan(0);
      for (const check of checks) expect(CHECKS).toContain(check);
    },
  );

  it('lists every check once, each from a file of its own folder, with a kebab-case id of its own', () => {
    const exported = checkFiles.flatMap(exportedChecks);
    expect(new Set(CHECKS).size).toBe(CHECKS.length);
    for (const check of CHECKS) expect(exported).toContain(check);
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('support files exist and export no check (a check there would be outside the table)', () => {
    for (const file of Object.keys(SUPPORT_FILES)) {
      expect(checkFiles).toContain(file);
      expect(exportedChecks(file)).toEqual([]);
    }
  });
});

describe('each check reads only the kinds of file it declares', () => {
  const site = path.resolve(__dirname, '../../../../tests/__fixtures__/hostile');
  let files: SiteFiles;
  beforeAll(() => {
    files = loadSiteFiles(site, {now: NOW});
  });

  it.each(CHECKS.map((check) => [check.id, check] as const))('%s', (_id, check) => {
    const declared = new Set<PropertyKey>(check.reads);
    const guarded = new Proxy(files, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key in target && !declared.has(key))
          throw new Error(`${check.id} reads "${key}" without declaring it`);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(() => check.run(guarded, {siteDir: site, entities: entitiesOf(files)})).not.toThrow();
  });

  it('running the table gives the problems loadCoalition reports', () => {
    const problems = runChecks(files, {siteDir: site, entities: entitiesOf(files)});
    expect(problems).toEqual(loadCoalition(site, {now: NOW}).problems);
    expect(problems.length).toBeGreaterThan(50);
  });
});
