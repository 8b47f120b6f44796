import fs from 'node:fs';
import path from 'node:path';
import {POLICY_PLACEHOLDER} from '../src/lib/security/contentSecurityPolicy';
import {inlineScripts, sha256Source} from '../src/lib/security/inlineScripts';
import {sharedFixtureBuild} from './buildHarness';

/** Every HTML file of a build folder, relative to it. */
function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.html'));
}

describe('Content-Security-Policy in the built fixture site', () => {
  const {outDir} = sharedFixtureBuild();

  it('fills the policy into every page of every locale, with the hash of the page\'s one inline script', () => {
    const files = htmlFiles(outDir);
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'es/index.html', 'es/404.html']));
    for (const file of files) {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      expect({file, placeholder: html.includes(POLICY_PLACEHOLDER)}).toEqual({file, placeholder: false});
      const scripts = inlineScripts(html);
      expect({file, inlineScripts: scripts.length}).toEqual({file, inlineScripts: 1});
      const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
      expect({file, hasHash: meta?.includes(sha256Source(scripts[0]!))}).toEqual({file, hasHash: true});
    }
  });

  it('writes the header form of the same policy into _headers', () => {
    const headers = fs.readFileSync(path.join(outDir, '_headers'), 'utf8');
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const hash = sha256Source(inlineScripts(html)[0]!);
    expect(headers).toMatch(new RegExp(`^  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash.replace(/[+/]/g, '\\$&')};.*frame-ancestors 'none'$`, 'm'));
    expect(headers).not.toContain(POLICY_PLACEHOLDER);
  });
});
