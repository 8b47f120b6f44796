import {axeViolations, cspViolations, eventually, openLogged, useFixtureSite} from './harness';

/**
 * The fixture site in a real browser: privacy (no request leaves the site),
 * no errors, accessibility (axe, WCAG 2.x A/AA), no-JS reading, and the
 * journeys a person takes.
 */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  directory: '/directory',
  city: '/directory/minneapolis',
  organisation: '/directory/minneapolis/fixture-rapid-response',
  'organisation with an international number': '/directory/chicago/fixture-chicago-hotline',
  playbook: '/docs/playbooks/rapid-response/minneapolis-hotline',
  guide: '/docs/guides/start-here',
  'blog post': '/blog/2026/10/14/fixture-report',
  search: '/search?q=verify',
};
const LOCALES = ['', '/es', '/fr'];

const live = useFixtureSite();

describe.each(LOCALES)('every page type (locale prefix "%s")', (prefix) => {
  it.each(Object.entries(PAGE_TYPES))(
    '%s: no off-site request, no console error, no exception, no CSP violation',
    async (_type, route) => {
      const context = await live.browser.newContext();
      const {log} = await openLogged(context, live.site.origin, `${prefix}${route}`);
      await context.close();
      expect(log.offSite).toEqual([]);
      expect(log.cspViolations).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    },
  );

  it.each(
    Object.entries(PAGE_TYPES).flatMap(([type, route]) =>
      (['light', 'dark'] as const).map((scheme) => [type, scheme, route] as const),
    ),
  )('%s in %s mode: 0 axe violations (WCAG 2.x A/AA)', async (_type, scheme, route) => {
    const context = await live.browser.newContext({colorScheme: scheme});
    const {page} = await openLogged(context, live.site.origin, `${prefix}${route}`);
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe('on a 375 px phone screen', () => {
  it('the navbar title and the search control do not overlap (regression)', async () => {
    const context = await live.browser.newContext({viewport: {width: 375, height: 740}});
    const {page} = await openLogged(context, live.site.origin, '/');
    const title = await page.locator('.navbar__inner .navbar__brand').first().boundingBox();
    const search = await page.locator('.navbar__inner form[role="search"]').first().boundingBox();
    await context.close();
    expect(title && search).toBeTruthy();
    expect(title!.x + title!.width <= search!.x || search!.x + search!.width <= title!.x).toBe(
      true,
    );
  });
});

describe('without JavaScript (Tor Browser "Safest")', () => {
  it('leads from the directory to every city, every organisation and its hotline as a tel: link', async () => {
    const context = await live.browser.newContext({javaScriptEnabled: false});
    const {page} = await openLogged(context, live.site.origin, '/directory');
    const cities = await page
      .locator('main a[href^="/directory/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(cities).toEqual(
      expect.arrayContaining(['/directory/minneapolis', '/directory/chicago']),
    );
    const links: string[] = [];
    for (const city of ['/directory/minneapolis', '/directory/chicago']) {
      const hub = await context.newPage();
      await hub.goto(`${live.site.origin}${city}`);
      links.push(
        ...(await hub
          .locator('main a[href^="/directory/"]')
          .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))),
      );
    }
    expect(links).toEqual(
      expect.arrayContaining([
        '/directory/minneapolis/fixture-rapid-response',
        '/directory/minneapolis/fixture-legal-aid',
        '/directory/chicago/fixture-chicago-hotline',
      ]),
    );
    const org = await context.newPage();
    await org.goto(`${live.site.origin}/directory/minneapolis/fixture-rapid-response`);
    await expect(org.locator('a[href="tel:+16125550142"]').count()).resolves.toBeGreaterThan(0);
    const playbook = await context.newPage();
    await playbook.goto(`${live.site.origin}/docs/playbooks/rapid-response/minneapolis-hotline`);
    await expect(playbook.locator('main').innerText()).resolves.toContain('zephyrverify');
    await context.close();
  });
});

describe('journeys', () => {
  it('searches for a word from a playbook and opens the result', async () => {
    const context = await live.browser.newContext();
    const {page, log} = await openLogged(context, live.site.origin, '/');
    await page.getByRole('searchbox').first().fill('zephyrverify');
    await page.getByRole('searchbox').first().press('Enter');
    await page.waitForURL(/\/search\?q=zephyrverify/);
    const result = page
      .locator('main a[href*="/docs/playbooks/rapid-response/minneapolis-hotline"]')
      .first();
    await result.waitFor({timeout: 15_000});
    // Regression: the filter counts stayed 0 when the filter index loaded after the first search.
    // The counts arrive after the first result; wait for them rather than racing.
    await page
      .locator('main label')
      .filter({hasText: /^Playbook\s+1$/})
      .first()
      .waitFor({timeout: 15_000});
    // Regression: the submit button's text was transparent.
    const submit = page.locator('main form button[type="submit"]').first();
    await expect(submit.evaluate((button) => getComputedStyle(button).color)).resolves.not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    // The excerpt comes from the playbook's text, not from its metadata panel.
    await expect(page.locator('main').innerText()).resolves.not.toMatch(
      /Cities Minneapolis\. Run by/,
    );
    await result.click();
    // Client-side navigation changes the URL before the page renders: wait for the page itself.
    await page
      .locator('h1', {hasText: 'Verify before you alert'})
      .first()
      .waitFor({timeout: 15_000});
    expect(page.url()).toMatch(/minneapolis-hotline$/);
    expect(log.offSite).toEqual([]);
    // Pagefind compiled its WebAssembly and fetched its index under the policy.
    await expect(cspViolations(page)).resolves.toEqual([]);
    await context.close();
  });

  it('searches the directory by city and language, with the filter in the URL', async () => {
    const context = await live.browser.newContext();
    const {page} = await openLogged(context, live.site.origin, '/directory');
    await page.getByLabel(/^City$/).selectOption({label: 'Minneapolis'});
    await page.getByLabel(/^Language spoken$/).selectOption({value: 'hmn'});
    await page.getByRole('button', {name: 'Find organisations'}).click();
    await page.waitForURL(/\/search\?.*kind=organization/);
    expect(page.url()).toMatch(/city=Minneapolis/);
    expect(page.url()).toMatch(/language=hmn/);
    const results = () =>
      page
        .locator('main ol a[href]')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    await expect(
      eventually(results, ['/directory/minneapolis/fixture-legal-aid']),
    ).resolves.toEqual(['/directory/minneapolis/fixture-legal-aid']);
    // The URL alone gives the same answer (a shared link).
    await page.goto(page.url());
    await expect(
      eventually(results, ['/directory/minneapolis/fixture-legal-aid']),
    ).resolves.toEqual(['/directory/minneapolis/fixture-legal-aid']);
    await context.close();
  });

  it('serves organisations, cities and playbooks whole: a link loads the page, back shows the last one, an unknown one is a 404', async () => {
    const context = await live.browser.newContext();
    const {page, log} = await openLogged(context, live.site.origin, '/directory/minneapolis');
    await page.locator('main h1', {hasText: 'Minneapolis'}).waitFor();
    await page.locator('a[href="/directory/minneapolis/fixture-rapid-response"]').first().click();
    await page.waitForURL(/fixture-rapid-response$/);
    // The page hydrated from its own data: the interactive parts run ("open now" is computed in the browser).
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-has-hydrated'));
    await expect(page.locator('main h1').first().innerText()).resolves.not.toMatch(/not found/i);
    await page
      .locator('a[href="/docs/playbooks/rapid-response/minneapolis-hotline"]')
      .first()
      .click();
    await page
      .locator('h1', {hasText: 'Verify before you alert'})
      .first()
      .waitFor({timeout: 15_000});
    await page.goBack();
    await page.waitForURL(/fixture-rapid-response$/);
    await page
      .locator('a[href="tel:+16125550142"]')
      .first()
      .waitFor({state: 'visible', timeout: 15_000});
    // A page of the family that does not exist: the 404 page, once (no reload loop).
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(`${live.site.origin}/directory/minneapolis/no-such-organisation`);
    await page
      .locator('h1', {hasText: /not found/i})
      .first()
      .waitFor({timeout: 15_000});
    await page.waitForTimeout(1500);
    expect(loads).toBe(1);
    // No hydration error anywhere on the way (the 404 response itself is logged by the browser).
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors.filter((message) => !/status of 404/.test(message))).toEqual([]);
    await context.close();
  });

  it('opens an organisation and finds its hotline, then switches to Spanish and back', async () => {
    const context = await live.browser.newContext();
    const {page} = await openLogged(context, live.site.origin, '/directory/minneapolis');
    await page.locator('a[href="/directory/minneapolis/fixture-rapid-response"]').first().click();
    await page.waitForURL(/fixture-rapid-response$/);
    await page
      .locator('a[href="tel:+16125550142"]')
      .first()
      .waitFor({state: 'visible', timeout: 15_000});
    await page.locator('a[lang="es"]').first().dispatchEvent('click');
    await page.waitForURL(`${live.site.origin}/es/directory/minneapolis/fixture-rapid-response`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await page.locator('a[lang="en"]').first().dispatchEvent('click');
    // The exact URL: a pattern ending in the path would also match the Spanish page.
    await page.waitForURL(`${live.site.origin}/directory/minneapolis/fixture-rapid-response`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await context.close();
  });
});
