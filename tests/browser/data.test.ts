import {axeViolations, openLogged, useFixtureSite} from './harness';

/**
 * The /data page in a real browser: accessible in both colour schemes,
 * nothing requested from another host, and every download listed and
 * reachable without JavaScript.
 */
// The codebook makes this a long page: axe needs more than the default 30 s on a busy machine.

const live = useFixtureSite();

describe.each(['', '/es'])('/data (locale prefix "%s")', (prefix) => {
  it.each(['light', 'dark'] as const)(
    'has 0 axe violations in %s mode and makes no off-site request',
    async (scheme) => {
      const context = await live.browser.newContext({colorScheme: scheme});
      const {page, log} = await openLogged(context, live.site.origin, `${prefix}/data`);
      const violations = await axeViolations(page);
      await context.close();
      expect(violations).toEqual([]);
      expect(log.offSite).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    },
    120_000,
  );

  it('on a 375 px phone screen: 0 axe violations (the wide tables scroll inside focusable regions)', async () => {
    const context = await live.browser.newContext({viewport: {width: 375, height: 740}});
    const {page} = await openLogged(context, live.site.origin, `${prefix}/data`);
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  }, 120_000);

  it('without JavaScript, lists the files and each one downloads', async () => {
    const context = await live.browser.newContext({javaScriptEnabled: false});
    const {page} = await openLogged(context, live.site.origin, `${prefix}/data`);
    const links = await page
      .locator('main a[download]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    await context.close();
    expect(links).toEqual(
      expect.arrayContaining([
        '/data/organizations.json',
        '/data/organizations.csv',
        '/data/cities.json',
        '/data/playbooks.json',
        '/data/hsds/datapackage.json',
      ]),
    );
    for (const link of links) {
      const response = await fetch(`${live.site.origin}${link}`);
      expect([link, response.status]).toEqual([link, 200]);
      await response.arrayBuffer();
    }
    const csv = await (await fetch(`${live.site.origin}/data/organizations.csv`)).text();
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF?id,slug,city,/);
  }, 120_000);
});
