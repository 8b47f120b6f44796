import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {parse, type DefaultTreeAdapterMap} from 'parse5';
import pluginSecurityHeaders from '../src/plugins/security-headers';
import {secureBuiltSite} from '../src/plugins/security-headers/builtSite';
import {POLICY_PLACEHOLDER} from '../src/lib/security/contentSecurityPolicy';
import {inlineScripts, sha256Source} from '../src/lib/security/inlineScripts';
import {HOSTILE_PAGE_PATH} from './__fixtures__/plugins/hostile-structured-data';
import {
  HOSTILE_DESCRIPTION,
  HOSTILE_LABEL,
  HOSTILE_TITLE,
} from './__fixtures__/plugins/hostile-structured-data/hostileValues';
import {sharedFixtureBuild} from './buildHarness';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

const SITE_URL = 'https://sanctuary-commons.example.org';
const LOCALE_PREFIXES = ['', 'es/', 'fr/'];

/** Every HTML file of a build folder, relative to it. */
function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Every element of a parsed page, in document order. */
function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current) found.push(current);
    if ('childNodes' in current) current.childNodes.forEach(visit);
  };
  visit(node);
  return found;
}

const attributeOf = (element: Element, name: string) =>
  element.attrs.find((attribute) => attribute.name === name)?.value;
const textOf = (element: Element) =>
  element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
const jsonLdBlocks = (html: string) =>
  elements(parse(html)).filter(
    (element) =>
      element.tagName === 'script' && attributeOf(element, 'type') === 'application/ld+json',
  );

describe('Content-Security-Policy in the built fixture site', () => {
  const {outDir} = sharedFixtureBuild();
  const files = htmlFiles(outDir);

  it('checks every locale, 404 pages included', () => {
    expect(files).toEqual(
      expect.arrayContaining(
        LOCALE_PREFIXES.flatMap((prefix) => [
          `${prefix}index.html`,
          `${prefix}404.html`,
          `${prefix}${HOSTILE_PAGE_PATH}.html`,
        ]),
      ),
    );
  });

  it("puts the policy, with the hash of the page's one inline script, first in <head> of every page, the charset right after it", () => {
    for (const file of files) {
      const html = fs.readFileSync(path.join(outDir, file), 'utf8');
      expect({file, placeholder: html.includes(POLICY_PLACEHOLDER)}).toEqual({
        file,
        placeholder: false,
      });
      const scripts = inlineScripts(html);
      expect({file, inlineScripts: scripts.length}).toEqual({file, inlineScripts: 1});
      const head = elements(parse(html)).find((element) => element.tagName === 'head')!;
      const [first, second] = head.childNodes.filter((node): node is Element => 'tagName' in node);
      expect({
        file,
        first: first?.tagName,
        httpEquiv: first && attributeOf(first, 'http-equiv'),
      }).toEqual({file, first: 'meta', httpEquiv: 'Content-Security-Policy'});
      expect({
        file,
        hasHash: attributeOf(first!, 'content')?.includes(
          `script-src 'self' 'wasm-unsafe-eval' ${sha256Source(scripts[0]!)};`,
        ),
      }).toEqual({file, hasHash: true});
      expect({file, second: second && attributeOf(second, 'charset')}).toEqual({
        file,
        second: 'UTF-8',
      });
      // HTML Standard: the charset declaration must be serialised completely within the first 1024 bytes.
      const bytes = Buffer.from(html, 'utf8');
      const charsetEnd = bytes.indexOf('<meta charset=UTF-8>') + '<meta charset=UTF-8>'.length;
      expect({file, withinFirst1024Bytes: charsetEnd <= 1024}).toEqual({
        file,
        withinFirst1024Bytes: true,
      });
      expect({
        file,
        policies: (html.match(/http-equiv="?Content-Security-Policy/gi) ?? []).length,
      }).toEqual({file, policies: 1});
    }
  });

  it("writes the header form of the same policy into each locale's _headers", () => {
    for (const prefix of LOCALE_PREFIXES) {
      const headers = fs.readFileSync(path.join(outDir, prefix, '_headers'), 'utf8');
      const html = fs.readFileSync(path.join(outDir, prefix, 'index.html'), 'utf8');
      const hash = sha256Source(inlineScripts(html)[0]!);
      expect(headers).toMatch(
        new RegExp(
          `^  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash.replace(/[+/]/g, '\\$&')};.*frame-ancestors 'none'$`,
          'm',
        ),
      );
      expect(headers).not.toContain(POLICY_PLACEHOLDER);
    }
  });
});

describe('structured data (JSON-LD) in the built fixture site', () => {
  const {outDir} = sharedFixtureBuild();

  it('writes every JSON-LD block of every page as JSON without <, > or &', () => {
    let blocks = 0;
    for (const file of htmlFiles(outDir)) {
      for (const block of jsonLdBlocks(fs.readFileSync(path.join(outDir, file), 'utf8'))) {
        blocks += 1;
        const text = textOf(block);
        expect({file, unsafe: /[<>&]/.test(text)}).toEqual({file, unsafe: false});
        expect(() => JSON.parse(text)).not.toThrow();
      }
    }
    // Docs breadcrumbs and blog posts carry JSON-LD in every locale.
    expect(blocks).toBeGreaterThan(10);
  });

  it.each(LOCALE_PREFIXES)(
    'keeps hostile titles, labels and descriptions inside their data blocks, unchanged (locale prefix "%s")',
    (prefix) => {
      const html = fs.readFileSync(path.join(outDir, `${prefix}${HOSTILE_PAGE_PATH}.html`), 'utf8');
      const values = jsonLdBlocks(html).map((block) => JSON.parse(textOf(block)));
      expect(values).toHaveLength(3);
      const breadcrumbs = values.find((value) => value['@type'] === 'BreadcrumbList');
      expect(breadcrumbs.itemListElement.map((item: {name: string}) => item.name)).toEqual([
        HOSTILE_LABEL,
        HOSTILE_TITLE,
      ]);
      const blog = values.find((value) => value['@type'] === 'Blog');
      expect([
        blog.headline,
        blog.description,
        blog.blogPost[0].headline,
        blog.blogPost[0].author.name,
      ]).toEqual([HOSTILE_TITLE, HOSTILE_DESCRIPTION, HOSTILE_TITLE, HOSTILE_LABEL]);
      expect(values.find((value) => value['@type'] === 'Thing')).toMatchObject({
        name: HOSTILE_TITLE,
        description: HOSTILE_DESCRIPTION,
      });
      expect(inlineScripts(html)).toHaveLength(1);
      expect(html).not.toMatch(/<img src=x/i);
    },
  );
});

describe('the post-build check on the built output', () => {
  const {outDir} = sharedFixtureBuild();
  let copy: string;
  beforeEach(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-security-copy-'));
  });
  afterEach(() => fs.rmSync(copy, {recursive: true, force: true}));

  const postBuildOf = (outDirOfLocale: string, locale: string, baseUrl: string) => {
    const plugin = pluginSecurityHeaders({} as LoadContext);
    const i18n = {
      currentLocale: locale,
      defaultLocale: 'en',
      localeConfigs: {en: {baseUrl: '/'}, es: {baseUrl: '/es/'}, fr: {baseUrl: '/fr/'}},
    };
    return plugin.postBuild!({
      outDir: outDirOfLocale,
      baseUrl,
      siteConfig: {url: SITE_URL},
      i18n,
    } as unknown as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
  };

  it('passes a finished build again and leaves every file as it was', async () => {
    fs.cpSync(outDir, copy, {recursive: true});
    const result = await secureBuiltSite({
      outDir: copy,
      baseUrl: '/',
      siteUrl: SITE_URL,
      skipDirs: ['es/', 'fr/'],
    });
    expect(result.problems).toEqual([]);
    for (const file of htmlFiles(copy).filter((name) => !/^(es|fr)\//.test(name))) {
      expect({
        file,
        same:
          fs.readFileSync(path.join(copy, file), 'utf8') ===
          fs.readFileSync(path.join(outDir, file), 'utf8'),
      }).toEqual({file, same: true});
    }
  });

  it('fails the build with one report naming every planted file and element, without a stack trace, and writes nothing', async () => {
    const es = path.join(copy, 'es');
    fs.cpSync(path.join(outDir, 'es'), es, {recursive: true});
    const page = fs.readFileSync(path.join(es, 'index.html'), 'utf8');
    // Planted the way a theme component or plugin could add them (the validator refuses them in content).
    fs.writeFileSync(
      path.join(es, '404.html'),
      fs
        .readFileSync(path.join(es, '404.html'), 'utf8')
        .replace('</body>', '<script src="https://evil.example/x.js"></script></body>'),
    );
    fs.mkdirSync(path.join(es, 'docs/planted'), {recursive: true});
    fs.writeFileSync(
      path.join(es, 'docs/planted/page.html'),
      page
        .replace(
          '</head>',
          '<meta http-equiv="Refresh" content="0;url=https://evil.example/"><link rel=stylesheet href=//cdn.example/s.css></head>',
        )
        .replace(
          '</body>',
          '<img src="//tracker.example/p.gif"><a href="https://other.example/">a plain link is fine</a></body>',
        ),
    );
    const before = fs.readFileSync(path.join(es, 'index.html'), 'utf8');

    const failure = await Promise.resolve(postBuildOf(es, 'es', '/es/')).then(
      () => null,
      (error: Error) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    const report = failure!.message;
    expect(report).toContain('The built site (locale es,');
    expect(report).toMatch(
      /^es\/404\.html:\d+:\d+ {2}error {2}<script src> {2}\[external-script\]\n {4}src="https:\/\/evil\.example\/x\.js": The script comes from another site \(evil\.example\)/m,
    );
    expect(report).toMatch(
      /^es\/docs\/planted\/page\.html:\d+:\d+ {2}error {2}<meta http-equiv> {2}\[meta-refresh\]/m,
    );
    expect(report).toMatch(
      /^es\/docs\/planted\/page\.html:\d+:\d+ {2}error {2}<link href> {2}\[remote-resource\]\n {4}href="\/\/cdn\.example\/s\.css"/m,
    );
    expect(report).toMatch(
      /^es\/docs\/planted\/page\.html:\d+:\d+ {2}error {2}<img src> {2}\[remote-resource\]/m,
    );
    expect(report).not.toContain('other.example');
    expect(report).toMatch(/4 errors, 0 warnings in 2 files/);
    expect(failure!.stack).toBe(report);
    expect(fs.readFileSync(path.join(es, 'index.html'), 'utf8')).toBe(before);
  });
});
