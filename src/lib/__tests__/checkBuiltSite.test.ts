import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkBuiltSite} from '../assembleSite';

const POLICY = (hash: string) => `default-src 'self'; script-src 'self' 'sha256-${hash}'`;
const page = (hash: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${POLICY(hash)}"></head><body></body></html>`;
const headers = (hash: string) => `/*\n  Content-Security-Policy: ${POLICY(hash)}\n`;

/** Writes a built site: `files` maps a relative path to its text. */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-built-site-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const locale = (base: string, hash = 'abc=') => ({
  [`${base}index.html`]: page(hash),
  [`${base}pagefind/pagefind.js`]: '',
  [`${base}_headers`]: headers(hash),
});

describe('checkBuiltSite (npm run build: locales built one after the other into one folder)', () => {
  const made: string[] = [];
  const built = (files: Record<string, string>) => {
    const dir = site(files);
    made.push(dir);
    return dir;
  };
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));

  it('accepts every locale with its search index and the same allowed script', () => {
    expect(checkBuiltSite(built({...locale(''), ...locale('es/')}), ['en', 'es'])).toEqual([]);
  });

  it('names a missing locale and a missing search index', () => {
    const {'es/pagefind/pagefind.js': _index, ...noIndex} = {...locale(''), ...locale('es/')};
    expect(checkBuiltSite(built(noIndex), ['en', 'es', 'fr'])).toEqual([
      'The locale "es" has no search index (es/pagefind/).',
      'The locale "fr" is missing (no fr/index.html): build it.',
    ]);
  });

  it('refuses a locale whose page or _headers allows another inline script than the root', () => {
    const problems = checkBuiltSite(
      built({...locale(''), ...locale('es/', 'other='), 'es/_headers': headers('abc=')}),
      ['en', 'es'],
    );
    expect(problems).toEqual([
      "es/index.html allows the inline script(s) 'sha256-other=', the root _headers 'sha256-abc=': build every locale from the same commit and configuration.",
    ]);
    expect(
      checkBuiltSite(built({...locale(''), ...locale('es/'), 'es/_headers': headers('zz=')}), [
        'en',
        'es',
      ]),
    ).toEqual([expect.stringMatching(/^es\/_headers allows the inline script\(s\) 'sha256-zz='/)]);
  });

  it('refuses a site whose root serves no policy', () => {
    expect(
      checkBuiltSite(built({...locale(''), _headers: '/*\n  X-Frame-Options: DENY\n'}), ['en']),
    ).toEqual([
      'The root _headers file has no Content-Security-Policy: build the default locale too.',
    ]);
  });
});
