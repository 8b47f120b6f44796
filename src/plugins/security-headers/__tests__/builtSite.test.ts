import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {secureBuiltSite} from '../builtSite';
import {POLICY_PLACEHOLDER} from '../../../lib/security/contentSecurityPolicy';
import {sha256Source} from '../../../lib/security/inlineScripts';

/** A page as Docusaurus writes it (minified, placeholder policy after other head tags). */
const page = (body = '', head = '', htmlAttributes = 'lang=en') =>
  `<!doctype html><html ${htmlAttributes}><head><meta charset=UTF-8><title>T</title><meta http-equiv=Content-Security-Policy content=${POLICY_PLACEHOLDER}>` +
  `<link rel=stylesheet href=/assets/css/styles.css><script src=/assets/js/main.js defer></script>${head}</head><body><script>theme()</script>${body}</body></html>`;

let dir: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
  fs.writeFileSync(path.join(dir, file), text);
};
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const options = () => ({
  outDir: dir,
  baseUrl: '/',
  siteUrl: 'https://site.example',
  skipDirs: ['es/'],
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-built-site-'));
  write('index.html', page('<a href="https://other.example/">other site</a>'));
  write('404.html', page());
  write('docs/a.html', page('<script type="application/ld+json">{"name":"a <b>"}</script>'));
  write('assets/css/styles.css', 'a{background:url(data:image/svg+xml,x)}');
  write('_headers', `/*\n  Content-Security-Policy: ${POLICY_PLACEHOLDER}\n`);
  write('es/index.html', page('<script src=//evil.example/x.js></script>'));
});
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

describe('secureBuiltSite on a clean site', () => {
  it("puts the policy with the theme script's hash first in every page, escapes JSON-LD and fills _headers", async () => {
    const result = await secureBuiltSite(options());
    expect(result.problems).toEqual([]);
    expect(result.checkedFiles).toBe(4);
    const hash = sha256Source('theme()');
    for (const file of ['index.html', '404.html', 'docs/a.html']) {
      expect(read(file)).toMatch(
        new RegExp(
          `^<!doctype html><html lang=en><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash.replace(/[+/]/g, '\\$&')};[^"]*"><meta charset=UTF-8><title>`,
        ),
      );
      expect(read(file)).not.toContain(POLICY_PLACEHOLDER);
    }
    expect(read('docs/a.html')).toContain('{"name":"a \\u003cb\\u003e"}');
    expect(read('_headers')).toContain(
      `Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash};`,
    );
    expect(read('_headers')).toContain("frame-ancestors 'none'");
    // Another locale's folder is left to that locale's own run.
    expect(read('es/index.html')).toBe(page('<script src=//evil.example/x.js></script>'));
  });

  it('adds extra connect sources to both forms of the policy', async () => {
    await secureBuiltSite({...options(), extraConnectSources: ['https://search.example']});
    expect(read('index.html')).toContain("connect-src 'self' https://search.example;");
    expect(read('_headers')).toContain("connect-src 'self' https://search.example;");
  });
});

describe('secureBuiltSite on a site with foreign markup', () => {
  it('reports every file and element at once, and writes nothing', async () => {
    write('404.html', page('<img src="//tracker.example/p.gif">'));
    write(
      'docs/b.html',
      page('', '<meta http-equiv="REFRESH" content="0;url=https://evil.example/">'),
    );
    write('blog/c.html', page('<script>alert(1)</script><a href="JAVASCRIPT:alert(2)">x</a>'));
    write('assets/css/extra.css', 'a{}\n@import "https://fonts.example/f.css";');
    const before = ['index.html', '404.html', 'docs/a.html', '_headers'].map(read);
    const result = await secureBuiltSite(options());
    expect(
      result.problems.map((problem) => `${problem.file} ${problem.field} ${problem.rule}`).sort(),
    ).toEqual([
      '404.html <img src> remote-resource',
      'assets/css/extra.css @import remote-resource',
      'blog/c.html <a href> script-url',
      'blog/c.html <script> inline-script',
      'docs/b.html <meta http-equiv> meta-refresh',
    ]);
    expect(
      result.problems.every(
        (problem) =>
          problem.severity === 'error' && problem.message && problem.fix && problem.line > 0,
      ),
    ).toBe(true);
    expect(['index.html', '404.html', 'docs/a.html', '_headers'].map(read)).toEqual(before);
  });

  it('names the locale folder in the report when checking a locale', async () => {
    const result = await secureBuiltSite({
      outDir: path.join(dir, 'es'),
      baseUrl: '/es/',
      siteUrl: 'https://site.example',
      reportPrefix: 'es/',
    });
    expect(result.problems.map((problem) => `${problem.file} ${problem.rule}`)).toEqual(
      expect.arrayContaining(['es/index.html external-script', 'es/_headers csp-header']),
    );
  });

  it('refuses a page whose charset declaration would end past the first 1024 bytes', async () => {
    write('docs/long.html', page('', '', `lang=en class="docs-doc-id-${'x'.repeat(900)}"`));
    const result = await secureBuiltSite(options());
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'docs/long.html',
        rule: 'charset-late',
        message: expect.stringMatching(
          /would end at byte \d{4}; the HTML Standard requires it within the first 1024 bytes/,
        ),
      }),
    ]);
  });

  it('refuses a build whose _headers has no policy line', async () => {
    write('_headers', '/*\n  X-Frame-Options: DENY\n');
    const result = await secureBuiltSite(options());
    expect(result.problems).toEqual([
      expect.objectContaining({file: '_headers', rule: 'csp-header'}),
    ]);
  });
});
