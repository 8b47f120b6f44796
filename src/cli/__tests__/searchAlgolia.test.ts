import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SITE = path.join(ROOT, 'tests/__fixtures__/site');

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('ALGOLIA_') && key !== 'SITE_URL',
    ),
  );
  return spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/cli/searchAlgolia.ts'), '--site', SITE, ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {...clean, ...env},
      timeout: 120_000,
    },
  );
}

describe('npm run search:algolia', () => {
  it('--dry-run writes records and settings and prints counts by kind and locale, without any key', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-algolia-'));
    const result = run(['--dry-run', '--out', out, '--site-url', 'https://commons.example.org']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\s+locale\s+city\s+organization\s+playbook\s+total$/m);
    expect(result.stdout).toMatch(/^\s+en\s+2\s+3\s+14\s+19$/m);
    expect(result.stdout).toMatch(/^\s+es\s+2\s+3\s+14\s+19$/m);
    expect(result.stdout).toContain('38 records');
    expect(result.stdout).toMatch(/Largest record: \S+ \(\d+ bytes; limit 10000\)/);
    const records = JSON.parse(fs.readFileSync(path.join(out, 'records.json'), 'utf8')) as {
      url: string;
    }[];
    expect(records).toHaveLength(38);
    expect(records.every((r) => r.url.startsWith('https://commons.example.org/'))).toBe(true);
    expect(
      JSON.parse(fs.readFileSync(path.join(out, 'settings.json'), 'utf8')).customRanking,
    ).toEqual(['desc(updated)']);
  });

  it('names every missing variable instead of failing with a stack trace', () => {
    const result = run([], {ALGOLIA_APP_ID: 'APP', ALGOLIA_ADMIN_API_KEY: '  '});
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^Missing ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME, SITE_URL\. /,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses locales the site does not have, which would make records for pages that do not exist (regression)', () => {
    const result = run(['--dry-run', '--locales', 'en,xx,../../x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "--locales must list the site's locales (en,es); not: xx, ../../x.\n",
    );
  });
});
