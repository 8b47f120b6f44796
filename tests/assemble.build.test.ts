import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buildFixture} from './buildHarness';
import {assembleSite} from '../src/lib/assembleSite';

/**
 * Locales built by separate jobs (a CI matrix) and assembled into one site:
 * each keeps its base URL and its search index, and the policy served at the
 * root allows the inline script of every page. Two small builds of the
 * fixture, one locale each.
 */
jest.setTimeout(15 * 60 * 1000);

describe('building locales separately and assembling them', () => {
  const en = buildFixture('site', ['--locale', 'en']);
  const es = buildFixture('site', ['--locale', 'es']);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-assembled-')), 'site');

  afterAll(() => {
    for (const dir of [en.outDir, es.outDir, path.dirname(out)])
      fs.rmSync(dir, {recursive: true, force: true});
  });

  it('builds each locale under its own base URL', () => {
    expect(en.result.status).toBe(0);
    expect(es.result.status).toBe(0);
    expect(fs.existsSync(path.join(es.outDir, 'es/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(es.outDir, 'index.html'))).toBe(false);
    expect(fs.readFileSync(path.join(es.outDir, 'es/directory/minneapolis.html'), 'utf8')).toMatch(
      /href="?\/es\/directory\/minneapolis\/fixture-rapid-response/,
    );
  });

  it('assembles one site with both search indexes and one consistent policy', () => {
    expect(assembleSite([es.outDir, en.outDir], out, ['en', 'es'])).toEqual([]);
    expect(fs.existsSync(path.join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'es/pagefind/pagefind.js'))).toBe(true);
    // The Spanish index is the Spanish pages', stemmed in Spanish.
    const entry = JSON.parse(
      fs.readFileSync(path.join(out, 'es/pagefind/pagefind-entry.json'), 'utf8'),
    ) as {languages: Record<string, unknown>};
    expect(Object.keys(entry.languages)).toEqual(['es']);
    expect(fs.readFileSync(path.join(out, '_headers'), 'utf8')).toMatch(
      /Content-Security-Policy: .*'sha256-/,
    );
  });

  it('refuses a missing locale, and a page whose inline script the policy does not allow', () => {
    const again = path.join(path.dirname(out), 'again');
    expect(assembleSite([en.outDir], again, ['en', 'es'])).toEqual([
      expect.stringMatching(/locale "es" is missing/),
    ]);
    const tampered = path.join(path.dirname(out), 'tampered');
    fs.cpSync(es.outDir, tampered, {recursive: true});
    const page = path.join(tampered, 'es/index.html');
    fs.writeFileSync(
      page,
      fs.readFileSync(page, 'utf8').replace('</body>', '<script>alert(1)</script></body>'),
    );
    const problems = assembleSite(
      [en.outDir, tampered],
      path.join(path.dirname(out), 'assembled-tampered'),
      ['en', 'es'],
    );
    expect(problems.join('\n')).toMatch(/different inline scripts/);
  });
});
