import fs from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {sharedFixtureBuild} from '../buildHarness';
import {cspViolations, launchChromium, openLogged, serve, type ServedSite} from './harness';
import {HOSTILE_PAGE_PATH} from '../__fixtures__/plugins/hostile-structured-data';
import {
  HOSTILE_LABEL,
  HOSTILE_TITLE,
} from '../__fixtures__/plugins/hostile-structured-data/hostileValues';

/**
 * Security headers in a real browser (DESIGN.md safety rule 6): the policy
 * arrives both as `_headers` response headers and as a `<meta>` tag, lets the
 * site's own code run, and blocks a script injected into a page.
 */
let browser: Browser;
let site: ServedSite;
let metaOnlySite: ServedSite;
let metaOnlyDir: string;

beforeAll(async () => {
  browser = await launchChromium();
  const {outDir} = sharedFixtureBuild();
  site = await serve(outDir);
  // The same build on a host that ignores _headers: only the <meta> policy applies.
  metaOnlyDir = fs.mkdtempSync(`${outDir}-meta-only-`);
  fs.cpSync(outDir, metaOnlyDir, {recursive: true});
  fs.rmSync(path.join(metaOnlyDir, '_headers'));
  metaOnlySite = await serve(metaOnlyDir);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await metaOnlySite?.stop();
  if (metaOnlyDir) fs.rmSync(metaOnlyDir, {recursive: true, force: true});
});

/** Injects an inline script the way an attacker's markup would, and reports whether it ran. */
async function injectedScriptRan(page: import('playwright-core').Page): Promise<boolean> {
  return page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as {__injected?: boolean}).__injected === true;
  });
}

describe('response headers from _headers', () => {
  it('sends the policy and the usual security headers', async () => {
    const response = await fetch(`${site.origin}/directory`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe.each([
  ['with _headers', () => site],
  ['with the <meta> tag alone', () => metaOnlySite],
])('the policy %s', (_how, served) => {
  it.each([
    '/',
    '/es/directory/minneapolis/fixture-rapid-response',
    '/docs/playbooks/rapid-response/minneapolis-hotline',
  ])(
    '%s: the site runs without a violation, and an injected inline script is blocked',
    async (route) => {
      const context = await browser.newContext();
      const {page, log} = await openLogged(context, served().origin, route);
      expect(log.cspViolations).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      await expect(injectedScriptRan(page)).resolves.toBe(false);
      // One report per policy that blocked it: the header's and the meta tag's.
      const violations = await cspViolations(page);
      expect(violations.length).toBeGreaterThan(0);
      expect(
        violations.filter((violation) => !/^script-src-elem blocked inline/.test(violation)),
      ).toEqual([]);
      await context.close();
    },
  );

  it('allows the theme inline script by its hash: dark mode is applied before any bundle loads', async () => {
    const context = await browser.newContext({colorScheme: 'dark'});
    const page = await context.newPage();
    // Without the bundles only the inline script can set data-theme.
    await page.route('**/assets/js/**', (route) => route.abort());
    await page.goto(`${served().origin}/`);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await context.close();
  });

  it('keeps hostile titles in structured data inside their data blocks: no markup added, nothing blocked, values intact', async () => {
    const context = await browser.newContext();
    const {page, log} = await openLogged(context, served().origin, `/${HOSTILE_PAGE_PATH}`);
    expect(log.cspViolations).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    const state = await page.evaluate(() => ({
      blocks: Array.from(
        document.querySelectorAll('script[type="application/ld+json"]'),
        (script) => JSON.parse(script.textContent ?? 'null'),
      ),
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')
        .length,
    }));
    expect(state.images).toBe(0);
    expect(state.scripts).toBe(1);
    const breadcrumbs = state.blocks.find(
      (block: {'@type': string}) => block['@type'] === 'BreadcrumbList',
    );
    expect(breadcrumbs.itemListElement.map((item: {name: string}) => item.name)).toEqual([
      HOSTILE_LABEL,
      HOSTILE_TITLE,
    ]);
    await context.close();
  });

  it('lets the offline search (WebAssembly) answer a query', async () => {
    const context = await browser.newContext();
    const {page} = await openLogged(context, served().origin, '/search?q=verify');
    await page.locator('main a[href*="/docs/playbooks/"]').first().waitFor({timeout: 15_000});
    await expect(cspViolations(page)).resolves.toEqual([]);
    await context.close();
  });
});
