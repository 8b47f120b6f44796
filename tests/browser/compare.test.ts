import {axeViolations, eventually, openLogged, useFixtureSite} from './harness';

/**
 * The comparison, topic hub, start-here paths and coalition map in a real
 * browser: no request leaves the site, no errors, 0 axe violations in light
 * and dark mode, the main content without JavaScript, and the shareable
 * selection in the URL.
 */
const PAGES: Record<string, string> = {
  compare: '/compare',
  'compare topic': '/compare/rapid-response',
  'topic hub': '/topics/rapid-response',
  'start here': '/start-here',
  home: '/',
  directory: '/directory',
};
const MPLS = 'playbooks/rapid-response/minneapolis-hotline';
const CHI = 'playbooks/rapid-response/chicago-hotline';

const live = useFixtureSite();

describe.each(Object.entries(PAGES))('%s (%s)', (_name, route) => {
  it('makes no off-site request and logs no error', async () => {
    const context = await live.browser.newContext();
    const {log} = await openLogged(context, live.site.origin, route);
    await context.close();
    expect(log.offSite).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has 0 axe violations in %s mode', async (scheme) => {
    const context = await live.browser.newContext({colorScheme: scheme});
    const {page} = await openLogged(context, live.site.origin, route);
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});

const columnTitles = (page: import('playwright-core').Page) =>
  page
    .locator('main thead th a[href^="/docs/"]')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));

describe('the comparison', () => {
  it('without JavaScript shows the default comparison of the topic, both cities side by side', async () => {
    const context = await live.browser.newContext({javaScriptEnabled: false});
    const {page} = await openLogged(context, live.site.origin, '/compare/rapid-response');
    const when = await page.locator('#section-when td').allInnerTexts();
    await context.close();
    expect(when).toHaveLength(2);
    expect(when.join(' ')).toContain('quorumdispatch');
    expect(when.join(' ')).toContain('zephyrverify');
  });

  it('takes its columns from a shared link, in the order given, and forwards /compare?topic=', async () => {
    const context = await live.browser.newContext();
    const query = `playbook=${encodeURIComponent(MPLS)}&playbook=${encodeURIComponent(CHI)}`;
    const {page, log} = await openLogged(
      context,
      live.site.origin,
      `/compare?topic=rapid-response&${query}`,
    );
    await page.waitForURL(`${live.site.origin}/compare/rapid-response?${query}`);
    await expect(
      eventually(() => columnTitles(page), [`/docs/${MPLS}`, `/docs/${CHI}`]),
    ).resolves.toEqual([`/docs/${MPLS}`, `/docs/${CHI}`]);
    // The reverse order is a different shared link with different columns.
    await page.goto(
      `${live.site.origin}/compare/rapid-response?playbook=${encodeURIComponent(CHI)}&playbook=${encodeURIComponent(MPLS)}`,
    );
    await expect(
      eventually(() => columnTitles(page), [`/docs/${CHI}`, `/docs/${MPLS}`]),
    ).resolves.toEqual([`/docs/${CHI}`, `/docs/${MPLS}`]);
    expect(log.offSite).toEqual([]);
    await context.close();
  });

  it('keeps the section alignment as stacked cards on a 375 px phone', async () => {
    const context = await live.browser.newContext({viewport: {width: 375, height: 740}});
    const {page} = await openLogged(context, live.site.origin, '/compare/rapid-response');
    const labels = await page.locator('#section-steps td p:first-child').allInnerTexts();
    const cells = await page
      .locator('#section-steps td')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await context.close();
    // Each card says which city it is from, the cards are stacked, and nothing scrolls sideways.
    expect(labels.map((label) => label.split(':')[0])).toEqual(['Chicago', 'Minneapolis']);
    expect(cells[1]!.top).toBeGreaterThanOrEqual(cells[0]!.bottom - 1);
    expect(width).toBeLessThanOrEqual(375);
  });
});

describe('the start-here paths', () => {
  it('ticks a step, keeps it only in localStorage, and forgets it on request', async () => {
    const context = await live.browser.newContext();
    const {page, log} = await openLogged(context, live.site.origin, '/start-here');
    const box = page.getByRole('checkbox', {name: 'Done: Guide start-here'});
    await box.check();
    await expect(page.locator('main').innerText()).resolves.toContain('1 of 3 steps done');
    await page.reload();
    await expect(eventually(() => box.isChecked(), true)).resolves.toBe(true);
    await page.getByRole('button', {name: 'Forget my progress'}).click();
    await expect(eventually(() => box.isChecked(), false)).resolves.toBe(false);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    await context.close();
    expect(stored.filter((key) => key.includes('start-here'))).toEqual([]);
    expect(log.offSite).toEqual([]);
  });
});

describe('the coalition map', () => {
  it('links every city hub from the home page, also without JavaScript', async () => {
    const context = await live.browser.newContext({javaScriptEnabled: false});
    const {page} = await openLogged(context, live.site.origin, '/');
    const names = await page
      .locator('svg a')
      .evaluateAll((anchors) =>
        anchors.map((a) => `${a.getAttribute('href')} ${a.getAttribute('aria-label')}`).sort(),
      );
    await context.close();
    expect(names).toEqual([
      '/directory/chicago Chicago, Illinois: One organisation',
      '/directory/minneapolis Minneapolis, Minnesota: 2 organisations',
    ]);
  });
});
