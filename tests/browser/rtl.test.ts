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
const ROUTES = ['/ar/', '/ar/directory/minneapolis/fixture-rapid-response', '/ar/docs/playbooks/rapid-response/minneapolis-hotline', '/ar/compare/rapid-response', '/ar/contribute'];

let browser: Browser;
let site: ServedSite;
let outDir: string;

beforeAll(async () => {
  const build = buildFixture('site', ['--locale', 'ar'], {SANCTUARY_RTL_SMOKE: '1'});
  outDir = build.outDir;
  if (build.result.status !== 0) throw new Error(`The right-to-left build failed:\n${build.result.stdout}\n${build.result.stderr}`);
  browser = await launchChromium();
  // A single non-default locale is written under <out>/ar/.
  site = await serve(outDir);
}, 15 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  if (outDir) fs.rmSync(outDir, {recursive: true, force: true});
});

describe.each(ROUTES)('%s in Arabic (right to left)', (route) => {
  it('is laid out right to left, fits a 375 px screen, has 0 axe violations and no off-site request', async () => {
    const context = await browser.newContext({viewport: {width: 375, height: 740}});
    const {page, log} = await openLogged(context, site.origin, route);
    const layout = await page.evaluate(() => ({
      dir: document.documentElement.getAttribute('dir'),
      lang: document.documentElement.getAttribute('lang'),
      direction: getComputedStyle(document.body).direction,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    const violations = await axeViolations(page);
    await context.close();
    expect(layout).toEqual({dir: 'rtl', lang: 'ar', direction: 'rtl', overflow: 0});
    expect(violations).toEqual([]);
    expect(log.offSite).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
