import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buildFixture} from './buildHarness';
import {assembleSite} from '../src/lib/assembleSite';

/**
 * `npm run build` builds every locale, each in a process of its own, into one
 * folder; locales built by separate jobs (a CI matrix) are assembled into one
 * site: each keeps its base URL and its search index, and the policy served at
 * the root allows the inline script of every page. One build of the fixture
 * with `npm run build`; the separate jobs' folders are its parts (a
 * `--locale es` build writes exactly `es/`).
 */
jest.setTimeout(15 * 60 * 1000);

describe('building locales each in its own process, and assembling separate builds', () => {
  const site = buildFixture('site', [], {}, 'npm run build');
  const parts = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-locale-parts-'));
  const out = path.join(parts, 'site');
  /** The folder a `--locale <code>` job would upload: only `<code>/` for a locale other than the default. */
  const part = (locale: 'en' | 'es'): string => {
    const dir = path.join(parts, `build-${locale}`);
    if (fs.existsSync(dir)) return dir;
    if (locale === 'es')
      fs.cpSync(path.join(site.outDir, 'es'), path.join(dir, 'es'), {recursive: true});
    else
      fs.cpSync(site.outDir, dir, {
        recursive: true,
        filter: (source) => !/^(es|fr)(\/|$)/.test(path.relative(site.outDir, source)),
      });
    return dir;
  };

  afterAll(() => {
    for (const dir of [site.outDir, parts]) fs.rmSync(dir, {recursive: true, force: true});
  });

  it('builds every locale in its own process, the default first, and checks the whole site', () => {
    expect(site.result.stderr).not.toMatch(/\[build\] /);
    expect(site.result.status).toBe(0);
    expect(site.result.stdout).toMatch(
      /\[build\] every locale built, each in its own process \(en \d+ s, es \d+ s, fr \d+ s\)/,
    );
    for (const base of ['', 'es/', 'fr/']) {
      expect(fs.existsSync(path.join(site.outDir, `${base}index.html`))).toBe(true);
      expect(fs.existsSync(path.join(site.outDir, `${base}pagefind/pagefind.js`))).toBe(true);
    }
    expect(
      fs.readFileSync(path.join(site.outDir, 'es/directory/minneapolis.html'), 'utf8'),
    ).toMatch(/href="?\/es\/directory\/minneapolis\/fixture-rapid-response/);
  });

  it('assembles one site with both search indexes and one consistent policy', () => {
    expect(assembleSite([part('es'), part('en')], out, ['en', 'es'])).toEqual([]);
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
    const again = path.join(parts, 'again');
    expect(assembleSite([part('en')], again, ['en', 'es'])).toEqual([
      expect.stringMatching(/locale "es" is missing/),
    ]);
    const tampered = path.join(parts, 'tampered');
    fs.cpSync(part('es'), tampered, {recursive: true});
    const page = path.join(tampered, 'es/index.html');
    fs.writeFileSync(
      page,
      fs.readFileSync(page, 'utf8').replace('</body>', '<script>alert(1)</script></body>'),
    );
    const problems = assembleSite([part('en'), tampered], path.join(parts, 'assembled-tampered'), [
      'en',
      'es',
    ]);
    expect(problems.join('\n')).toMatch(/different inline scripts/);
  });
});
