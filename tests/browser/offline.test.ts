import type {Browser, BrowserContext, Page} from 'playwright-core';
import {sharedFixtureBuild} from '../buildHarness';
import {launchChromium, openLogged, serve, type ServedSite} from './harness';

/**
 * "Save for offline" in a real browser: saving a city stores its page, its
 * organisations' pages and the files they load (Workbox, in the site's own
 * service worker), and nothing else; offline, the hotline page opens and says
 * when it was saved; the home page lists the city; "Remove" forgets it all.
 * The site is served by a server of this file's own, stopped to go offline
 * for real (the browser's offline mode alone may not reach the worker).
 */
let browser: Browser;
let site: ServedSite;

beforeAll(async () => {
  browser = await launchChromium();
  site = await serve(sharedFixtureBuild().outDir);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

const CITY = '/directory/minneapolis';
const ORGANIZATIONS = [
  '/directory/minneapolis/fixture-legal-aid',
  '/directory/minneapolis/fixture-rapid-response',
];
const HOTLINE_PAGE = '/directory/minneapolis/fixture-rapid-response';

async function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    return (
      await Promise.all(
        names.map(async (name) =>
          (await (await caches.open(name)).keys()).map((request) => request.url),
        ),
      )
    )
      .flat()
      .sort();
  });
}

describe('saving a city for offline reading', () => {
  let context: BrowserContext;
  let origin: string;

  beforeAll(async () => {
    context = await browser.newContext();
    origin = site.origin;
  });
  afterAll(async () => context?.close());

  it('shows no control without JavaScript, and the page is whole', async () => {
    const noScript = await browser.newContext({javaScriptEnabled: false});
    const {page} = await openLogged(noScript, origin, CITY);
    await expect(page.locator('[data-offline-save]').count()).resolves.toBe(0);
    await expect(page.locator('main a[href="tel:+16125550142"]').count()).resolves.toBeGreaterThan(
      0,
    );
    await noScript.close();
  });

  it("stores the city page, its organisations' pages and the files they load, and nothing else", async () => {
    const {page, log} = await openLogged(context, origin, CITY);
    await page.locator('[data-offline-save]').click();
    await page
      .locator('[data-offline-control] [role="status"]', {hasText: 'Saved on this device'})
      .waitFor({timeout: 30_000});
    expect(log.offSite).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    const cached = await cachedUrls(page);
    const pages = cached
      .filter((url) => !/\/(assets|img)\/|__offline-index\.json$/.test(url))
      .map((url) => url.slice(origin.length));
    expect(pages.sort()).toEqual([CITY, ...ORGANIZATIONS].sort());
    // Files: the site's scripts and style sheets, and its images; never another city, the search index or the data.
    const files = cached.filter((url) => /\/(assets|img)\//.test(url));
    expect(files.some((url) => url.endsWith('.js'))).toBe(true);
    expect(files.some((url) => url.endsWith('.css'))).toBe(true);
    expect(cached.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(cached.some((url) => /pagefind|\/data\//.test(url))).toBe(false);
    await page.close();
  });

  it('offline, opens the saved hotline page with its tel: link and says when it was saved; an unsaved city does not open', async () => {
    await context.setOffline(true);
    await site.stop();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(`${origin}${HOTLINE_PAGE}`, {waitUntil: 'load'});
      expect(response?.ok()).toBe(true);
      await expect(page.locator('main h1').first().textContent()).resolves.toContain(
        'Fixture Rapid Response',
      );
      await expect(
        page.locator('main a[href="tel:+16125550142"]').count(),
      ).resolves.toBeGreaterThan(0);
      const notice = page.locator('[data-offline-notice]');
      await notice.waitFor({timeout: 15_000});
      await expect(notice.textContent()).resolves.toMatch(
        /This copy was saved on .+\. Details may have changed: call to confirm\./,
      );
      expect(errors).toEqual([]);
      // The city page opens too; another city was never stored.
      await expect(page.goto(`${origin}${CITY}`).then((answer) => answer?.ok())).resolves.toBe(
        true,
      );
      await expect(page.goto(`${origin}/directory/chicago`)).rejects.toThrow();
      await page.close();
    } finally {
      await context.setOffline(false);
      site = await serve(sharedFixtureBuild().outDir);
    }
  });
});

it('lists saved cities on the home page, and "Remove" forgets the copies and the worker', async () => {
  // A new server listens on a new port: a new origin, so this test saves afresh.
  const context = await browser.newContext();
  const {page} = await openLogged(context, site.origin, CITY);
  await page.locator('[data-offline-save]').click();
  await page
    .locator('[data-offline-control] [role="status"]', {hasText: 'Saved on this device'})
    .waitFor({timeout: 30_000});
  await page.goto(`${site.origin}/`, {waitUntil: 'networkidle'});
  const list = page.locator('[data-saved-cities]');
  await list.waitFor({timeout: 15_000});
  await expect(list.locator('a').first().getAttribute('href')).resolves.toBe(
    `${site.origin}${CITY}`,
  );
  await expect(list.textContent()).resolves.toMatch(/Minneapolis\s*saved on/);
  await list.getByRole('button', {name: 'Remove Minneapolis'}).click();
  await list.waitFor({state: 'detached', timeout: 15_000});
  await expect(cachedUrls(page)).resolves.toEqual([]);
  await expect(
    page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).resolves.toBe(0);
  await context.close();
});

it('an unsaved page shows no offline notice, even offline', async () => {
  const context = await browser.newContext();
  const {page} = await openLogged(context, site.origin, HOTLINE_PAGE);
  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event('offline')));
  await page.waitForTimeout(300);
  await expect(page.locator('[data-offline-notice]').count()).resolves.toBe(0);
  await context.close();
});
