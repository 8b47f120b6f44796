import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {codeFlaw} from '../../../lib/checks/__tests__/codedProblems';
import {POLICY_PLACEHOLDER} from '../../../lib/security/contentSecurityPolicy';
import {secureBuiltSite} from '../builtSite';
import {inlineScriptProblems} from '../pages';

/** Every problem of the built-site check carries a catalogue code of its rule (texts/workflow.ts). */

const page = (htmlAttributes: string, body = '') =>
  `<!doctype html><html ${htmlAttributes}><head><meta charset=UTF-8><meta http-equiv=Content-Security-Policy content=${POLICY_PLACEHOLDER}>` +
  `</head><body><script>theme()</script>${body}</body></html>`;

describe('the built-site check', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-built-codes-'));
  });
  afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

  it('gives a late charset, a missing _headers policy line, an extra inline script and a remote CSS file codes', async () => {
    fs.writeFileSync(path.join(dir, 'a.html'), page(`class="${'x'.repeat(1100)}"`));
    fs.writeFileSync(path.join(dir, 'b.html'), page('lang=en', '<script>evil()</script>'));
    fs.writeFileSync(path.join(dir, 'c.html'), page('lang=en'));
    fs.writeFileSync(path.join(dir, 'd.css'), 'a{background:url(https://evil.example/x.png)}');
    const {problems} = await secureBuiltSite({
      outDir: dir,
      baseUrl: '/',
      siteUrl: 'https://site.example',
    });
    expect(problems.map((problem) => codeFlaw(problem)).filter(Boolean)).toEqual([]);
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      'charset-late.after-policy',
      'csp-header.no-line',
      'inline-script.other',
      'remote-resource.other-site',
    ]);
  });

  it('says when a page holds the theme script twice, with its own code', () => {
    const script = (text: string) => ({text, line: 1, column: 1});
    const {problems} = inlineScriptProblems([
      {file: 'a.html', scripts: [script('theme()'), script('theme()')]},
      {file: 'b.html', scripts: [script('theme()')]},
    ]);
    expect(problems.map((problem) => codeFlaw(problem)).filter(Boolean)).toEqual([]);
    expect(problems.map((problem) => problem.code)).toEqual(['inline-script.theme-again']);
  });
});
