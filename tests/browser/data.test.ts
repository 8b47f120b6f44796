import AxeBuilder from '@axe-core/playwright';
import type {Browser} from 'playwright-core';
import {sharedFixtureBuild} from '../buildHarness';
import {launchChromium, openLogged, serve, type ServedSite} from './harness';

/**
 * The /data page in a real browser: accessible in both colour schemes,
 * nothing requested from another host, and every download listed and
 * reachable without JavaScript.
 */
// The codebook makes this a long page: axe needs more than the default 30 s on a busy machine.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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

describe.each(['', '/es'])('/data (locale prefix "%s")', (prefix) => {
  it.each(['light', 'dark'] as const)('has 0 axe violations in %s mode and makes no off-site request', async (scheme) => {
    const context = await browser.newContext({colorScheme: scheme});
    const {page, log} = await openLogged(context, site.origin, `${prefix}/data`);
    const results = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
    await context.close();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    expect(log.offSite).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  }, 120_000);

  it('on a 375 px phone screen: 0 axe violations (the wide tables scroll inside focusable regions)', async () => {
    const context = await browser.newContext({viewport: {width: 375, height: 740}});
    const {page} = await openLogged(context, site.origin, `${prefix}/data`);
    const results = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
    await context.close();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }, 120_000);

  it('without JavaScript, lists the files and each one downloads', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const {page} = await openLogged(context, site.origin, `${prefix}/data`);
    const links = await page.locator('main a[download]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    await context.close();
    expect(links).toEqual(expect.arrayContaining(['/data/organizations.json', '/data/organizations.csv', '/data/cities.json', '/data/playbooks.json', '/data/hsds/datapackage.json']));
    for (const link of links) {
      const response = await fetch(`${site.origin}${link}`);
      expect([link, response.status]).toEqual([link, 200]);
      await response.arrayBuffer();
    }
    const csv = await (await fetch(`${site.origin}/data/organizations.csv`)).text();
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF?id,slug,city,/);
  }, 120_000);
});
