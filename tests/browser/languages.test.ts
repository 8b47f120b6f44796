import {eventually, openLogged, useFixtureSite} from './harness';

/**
 * Languages in a real browser: the Spanish search index finds the Spanish
 * translation, the language menu keeps the reader on the same page, and the
 * reader's choice is remembered only in their own browser.
 */
const live = useFixtureSite();

describe('search per locale', () => {
  it('a word that exists only in the Spanish translation finds that playbook first, on the Spanish site', async () => {
    const context = await live.browser.newContext();
    const {page, log} = await openLogged(context, live.site.origin, '/es/search?q=cefirverificar');
    const firstResult = () =>
      page.locator('main ol li a, main ul li a').evaluateAll((anchors) =>
        anchors
          .map((a) => a.getAttribute('href'))
          .filter((href) => href?.includes('/docs/'))
          .slice(0, 1),
      );
    await expect(
      eventually(firstResult, ['/es/docs/playbooks/rapid-response/minneapolis-hotline'], 15_000),
    ).resolves.toEqual(['/es/docs/playbooks/rapid-response/minneapolis-hotline']);
    expect(log.offSite).toEqual([]);
    await context.close();
  });
});

describe('the language menu', () => {
  it('keeps the reader on the same page, and the home page remembers the choice in the browser only', async () => {
    const context = await live.browser.newContext();
    const {page, log} = await openLogged(
      context,
      live.site.origin,
      '/docs/playbooks/rapid-response/minneapolis-hotline',
    );
    await page.locator('a[lang="fr"]').first().dispatchEvent('click');
    await page.waitForURL(
      `${live.site.origin}/fr/docs/playbooks/rapid-response/minneapolis-hotline`,
    );
    await expect(
      page.evaluate(() => localStorage.getItem('sanctuary-commons.locale')),
    ).resolves.toBe('fr');
    // A returning reader who opens the site's address lands in their language.
    await page.goto(`${live.site.origin}/`);
    // The host serves the French home page at /fr (trailingSlash: false).
    await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === '/fr');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    // A link to a specific English page still opens in English.
    await page.goto(`${live.site.origin}/directory/minneapolis`);
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe('/directory/minneapolis');
    // Back to English from a French page: remembered too, and the home page stays English.
    await page.goto(`${live.site.origin}/fr/directory/minneapolis`);
    await page.waitForLoadState('networkidle');
    await page.locator('a[lang="en"]').first().dispatchEvent('click');
    await page.waitForURL(`${live.site.origin}/directory/minneapolis`);
    await expect(
      page.evaluate(() => localStorage.getItem('sanctuary-commons.locale')),
    ).resolves.toBe('en');
    await page.goto(`${live.site.origin}/`);
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(log.offSite).toEqual([]);
    await context.close();
  }, 60_000);
});
