import {axeViolations, openLogged, useFixtureSite} from './harness';

/**
 * /stats and the "Cite this page" block in a real browser: accessibility in
 * light and dark mode (with the citation disclosure open, so axe sees it),
 * no request leaving the site, and everything readable without JavaScript.
 */
const ORGANISATION = '/directory/minneapolis/fixture-legal-aid';
const PLAYBOOK = '/docs/playbooks/rapid-response/minneapolis-hotline';

const live = useFixtureSite();

const cases = ['/stats', '/es/stats', ORGANISATION, '/directory/minneapolis', PLAYBOOK].flatMap(
  (route) => (['light', 'dark'] as const).map((scheme) => [route, scheme] as const),
);

describe.each(cases)('%s in %s mode', (route, scheme) => {
  it('has 0 axe violations (citation block open), no off-site request and no error', async () => {
    const context = await live.browser.newContext({colorScheme: scheme});
    const {page, log} = await openLogged(context, live.site.origin, route);
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')),
    );
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
    expect(log.offSite).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('shows every chart as a named SVG image with a data table beside it', async () => {
    const context = await live.browser.newContext({javaScriptEnabled: false});
    const {page} = await openLogged(context, live.site.origin, '/stats');
    const charts = await page.locator('main svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => ({
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        table: !!svg.closest('section')?.querySelector('table'),
      })),
    );
    await context.close();
    expect(charts.length).toBeGreaterThanOrEqual(7);
    for (const chart of charts) {
      expect(chart.title).not.toBe('');
      expect(chart.desc).not.toBe('');
      expect(chart.table).toBe(true);
    }
    expect(charts.map((chart) => chart.title)).toEqual(
      expect.arrayContaining([
        'Organisations by city',
        'Languages served',
        'Playbooks by maturity',
        'Freshness',
        'Growth over time',
      ]),
    );
  });

  it('opens "Cite this page" and offers downloads, without copy buttons that could not work', async () => {
    const context = await live.browser.newContext({javaScriptEnabled: false});
    const {page} = await openLogged(context, live.site.origin, ORGANISATION);
    await page.locator('summary', {hasText: 'Cite this page'}).click();
    await expect(page.locator('.sc-provenance dd').first().isVisible()).resolves.toBe(true);
    const downloads = await page
      .locator('.sc-provenance a[download]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('download')));
    expect(downloads).toEqual([
      'sc_directory_minneapolis_fixture_legal_aid.bib',
      'sc_directory_minneapolis_fixture_legal_aid.ris',
      'sc_directory_minneapolis_fixture_legal_aid.json',
    ]);
    await expect(page.locator('.sc-provenance button').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('with JavaScript', () => {
  it('downloads the BibTeX file and copies a citation', async () => {
    const context = await live.browser.newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const {page} = await openLogged(context, live.site.origin, ORGANISATION);
    await page.locator('summary', {hasText: 'Cite this page'}).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[download$=".bib"]').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toMatch(
      /^@misc\{sc_directory_minneapolis_fixture_legal_aid,\n\tauthor = \{\{Fixture Legal Aid \(sample\)\}\}/,
    );
    await page.getByRole('button', {name: 'Copy APA'}).click();
    // The clipboard write resolves after the click: wait for the confirmation rather than racing it.
    await page
      .locator('.sc-provenance [role="status"]', {hasText: 'Copied'})
      .waitFor({timeout: 10_000});
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(
      /^Fixture Legal Aid \(sample\)\. \(\d{4}, \w+ \d{1,2}\)\. Fixture Legal Aid \(sample\)\. Sanctuary Commons\./,
    );
    await context.close();
  });
});
