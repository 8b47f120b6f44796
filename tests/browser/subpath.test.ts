import fs from 'node:fs';
import type {Browser, Page} from 'playwright-core';
import {buildFixture} from '../buildHarness';
import {launchChromium, openLogged, serve, type PageLog, type ServedSite} from './harness';

/**
 * The site built for a sub-path (BASE_URL=/commons/, as a GitHub Pages
 * project site) and served only there, with the policy of its _headers:
 * pages, search, the map, the contact pages, the exports and the offline
 * worker all stay under /commons/ and nothing leaves the site. The one extra
 * build of this file (English only) serves every test here.
 */
const BASE = '/commons/';
let browser: Browser;
let site: ServedSite;
let outDir: string;

beforeAll(
  async () => {
    const build = buildFixture('site', ['--locale', 'en'], {BASE_URL: BASE});
    outDir = build.outDir;
    if (build.result.status !== 0)
      throw new Error(`The sub-path build failed:\n${build.result.stdout}\n${build.result.stderr}`);
    browser = await launchChromium();
    site = await serve(outDir, {basePath: BASE});
  },
  15 * 60 * 1000,
);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  if (outDir) fs.rmSync(outDir, {recursive: true, force: true});
});

/** Requests to this site outside /commons/ (a link or file the base path was forgotten in). */
const outsideBase = (log: PageLog) =>
  log.requests.filter((url) => url.startsWith(site.origin) && !url.startsWith(`${site.root}/`));

const PAGES: [string, string][] = [
  ['home, with the map', '/commons/'],
  ['directory', '/commons/directory'],
  ['city', '/commons/directory/minneapolis'],
  ['contact page', '/commons/directory/minneapolis/fixture-rapid-response'],
  [
    'contact page with an international number',
    '/commons/directory/chicago/fixture-chicago-hotline',
  ],
  ['playbook', '/commons/docs/playbooks/rapid-response/minneapolis-hotline'],
  ['comparison', '/commons/compare/rapid-response'],
  ['open data', '/commons/data'],
  ['mirrors', '/commons/mirrors'],
  ['contribute', '/commons/contribute'],
];

describe.each(PAGES)('%s under /commons/', (_name, route) => {
  it('loads with the policy applied: nothing outside /commons/, nothing off-site, no error or violation, no 404', async () => {
    const context = await browser.newContext();
    const {page, log} = await openLogged(context, site.origin, route);
    const response = await page.goto(`${site.origin}${route}`, {waitUntil: 'networkidle'});
    const csp = response?.headers()['content-security-policy'] ?? '';
    const notFound = await page.evaluate(
      () =>
        document.title.includes('404') ||
        /Page Not Found/i.test(document.querySelector('main h1')?.textContent ?? ''),
    );
    const links = await page
      .locator('main a[href^="/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    await context.close();
    expect(response?.status()).toBe(200);
    expect(csp).toContain("default-src 'self'");
    expect(notFound).toBe(false);
    expect(outsideBase(log)).toEqual([]);
    expect(log.offSite).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(links.filter((href) => !href.startsWith(BASE))).toEqual([]);
  });
});

it('serves nothing outside the base path (the server stands in for a project site)', async () => {
  const response = await fetch(`${site.origin}/directory/minneapolis`);
  expect(response.status).toBe(404);
});

it('finds a playbook with the offline search, and its result leads under /commons/', async () => {
  const context = await browser.newContext();
  const {page, log} = await openLogged(context, site.origin, '/commons/search?q=zephyrverify');
  const result = page
    .locator('main a[href*="/docs/playbooks/rapid-response/minneapolis-hotline"]')
    .first();
  await result.waitFor({timeout: 15_000});
  expect(await result.getAttribute('href')).toMatch(/^\/commons\/docs\/playbooks\//);
  await result.click();
  await page.locator('h1', {hasText: 'Verify before you alert'}).first().waitFor({timeout: 15_000});
  expect(page.url()).toBe(`${site.root}/docs/playbooks/rapid-response/minneapolis-hotline`);
  expect(outsideBase(log)).toEqual([]);
  expect(log.offSite).toEqual([]);
  await context.close();
});

it('draws the map from /commons/ and its cities lead to their pages, where the hotline is a tel: link', async () => {
  const context = await browser.newContext();
  const {page, log} = await openLogged(context, site.origin, '/commons/');
  expect(log.requests).toContain(`${site.root}/img/coalition-map-outline.svg`);
  await page.locator('main a[href="/commons/directory/minneapolis"]').first().click();
  await page.locator('main h1', {hasText: 'Minneapolis'}).waitFor();
  await page
    .locator('main a[href="/commons/directory/minneapolis/fixture-rapid-response"]')
    .first()
    .click();
  await page.waitForURL(`${site.root}/directory/minneapolis/fixture-rapid-response`);
  await expect(page.locator('main a[href="tel:+16125550142"]').count()).resolves.toBeGreaterThan(0);
  expect(outsideBase(log)).toEqual([]);
  await context.close();
});

it('writes absolute addresses with the base path: exports, the QR code of the pocket card, the keys file', () => {
  const exported = fs.readFileSync(`${outDir}/data/organizations.json`, 'utf8');
  expect(exported).toContain(
    '"https://sanctuary-commons.example.org/commons/directory/minneapolis/fixture-rapid-response"',
  );
  expect(exported).not.toMatch(/"https:\/\/sanctuary-commons\.example\.org\/directory\//);
  const city = fs.readFileSync(`${outDir}/directory/minneapolis.html`, 'utf8');
  // The HTML minifier may drop attribute quotes: match the element, not its spelling.
  expect(city).toMatch(
    /<title id="?pocket-card-qr"?>https:\/\/sanctuary-commons\.example\.org\/commons\/directory\/minneapolis<\/title>/,
  );
  expect(fs.readFileSync(`${outDir}/mirrors.html`, 'utf8')).toContain(
    'https://sanctuary-commons.example.org/commons/mirrors/allowed_signers',
  );
  expect(fs.existsSync(`${outDir}/mirrors/allowed_signers`)).toBe(true);
  expect(fs.existsSync(`${outDir}/sw.js`)).toBe(true);
});

async function saveCity(page: Page): Promise<void> {
  await page.locator('[data-offline-save]').click();
  await page
    .locator('[data-offline-control] [role="status"]', {hasText: 'Saved on this device'})
    .waitFor({timeout: 30_000});
}

it('saves a city for offline reading with the worker of /commons/, whose scope is the base path', async () => {
  const context = await browser.newContext();
  const {page} = await openLogged(context, site.origin, '/commons/directory/chicago');
  await saveCity(page);
  const scope = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.scope,
  );
  expect(scope).toBe(`${site.root}/`);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    return (
      await Promise.all(
        names.map(async (name) =>
          (await (await caches.open(name)).keys()).map((request) => request.url),
        ),
      )
    ).flat();
  });
  expect(cached.filter((url) => !url.startsWith(`${site.root}/`))).toEqual([]);
  expect(cached).toContain(`${site.root}/directory/chicago/fixture-chicago-hotline`);
  await context.close();
});
