import fs from 'node:fs';
import type {Browser} from 'playwright-core';
import {buildFixture} from '../buildHarness';
import {axeViolations, launchChromium, openLogged, serve, type ServedSite} from './harness';

/**
 * Right-to-left smoke test: the fixture built with an extra Arabic locale
 * (SANCTUARY_RTL_SMOKE=1, never published, no translation committed) is laid
 * out right to left, nothing spills off the side of a phone screen, and the
 * pages pass the same accessibility and privacy checks as every other locale.
 */
// Every locale has its own base URL (docusaurus.config.ts), so a locale built alone is served under /ar/ as in the whole site.
const ROUTES: [string, string][] = [
  ['/ar/', 'Sanctuary Commons'],
  ['/ar/directory/minneapolis/fixture-rapid-response', 'Fixture Rapid Response (sample)'],
  ['/ar/docs/playbooks/rapid-response/minneapolis-hotline', 'Verify before you alert'],
  ['/ar/compare/rapid-response', ''],
  ['/ar/contribute', ''],
];

let browser: Browser;
let site: ServedSite;
let outDir: string;

beforeAll(
  async () => {
    const build = buildFixture('site', ['--locale', 'ar'], {SANCTUARY_RTL_SMOKE: '1'});
    outDir = build.outDir;
    if (build.result.status !== 0)
      throw new Error(
        `The right-to-left build failed:\n${build.result.stdout}\n${build.result.stderr}`,
      );
    browser = await launchChromium();
    site = await serve(outDir);
  },
  15 * 60 * 1000,
);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  if (outDir) fs.rmSync(outDir, {recursive: true, force: true});
});

describe.each(ROUTES)('%s in Arabic (right to left)', (route, heading) => {
  it('is the page itself, laid out right to left, fits a 375 px screen, has 0 axe violations and no off-site request', async () => {
    const context = await browser.newContext({viewport: {width: 375, height: 740}});
    const {page, log} = await openLogged(context, site.origin, route);
    const layout = await page.evaluate(() => {
      // Content past either edge: scrollWidth sees the end (left) side only, so also look for boxes past the start (right) side.
      const pastStart = Array.from(document.querySelectorAll('main *')).filter((element) => {
        if (
          element.closest('.navbar-sidebar, [aria-hidden="true"], .sc-visually-hidden, table, pre')
        )
          return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > window.innerWidth + 1;
      }).length;
      return {
        dir: document.documentElement.getAttribute('dir'),
        lang: document.documentElement.getAttribute('lang'),
        direction: getComputedStyle(document.body).direction,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        pastStart,
        notFound:
          document.title.includes('404') ||
          document.querySelector('main h1')?.textContent?.includes('404') === true,
      };
    });
    const h1 = await page.locator('main h1').first().textContent();
    const violations = await axeViolations(page);
    await context.close();
    expect(layout).toEqual({
      dir: 'rtl',
      lang: 'ar',
      direction: 'rtl',
      overflow: 0,
      pastStart: 0,
      notFound: false,
    });
    if (heading) expect(h1).toContain(heading);
    expect(violations).toEqual([]);
    expect(log.offSite).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});

test('phone numbers keep their digit order in right-to-left text', async () => {
  const context = await browser.newContext();
  const {page} = await openLogged(
    context,
    site.origin,
    '/ar/directory/minneapolis/fixture-rapid-response',
  );
  const number = page.locator('a[href="tel:+16125550142"] bdi').first();
  await expect(number.evaluate((element) => getComputedStyle(element).direction)).resolves.toBe(
    'ltr',
  );
  await expect(number.textContent()).resolves.toBe('(612) 555-0142');
  await context.close();
});
