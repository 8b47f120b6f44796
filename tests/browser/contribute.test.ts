import type {BrowserContext, Page} from 'playwright-core';
import {validateInFixture} from '../validateInFixture';
import {type PageLog, axeViolations, openLogged, useFixtureSite} from './harness';

/**
 * /contribute in a real browser: the organisation form produces a file that
 * the real validator accepts unchanged; refused values show their problem
 * beside the field; accessibility in light and dark; nothing leaves the site;
 * without JavaScript the page points to the other ways in.
 */
const REPOSITORY = 'https://github.com/sanctuary-commons/sanctuary-commons';
// Ofcom's drama range (+44 20 7946 0xxx): a valid number that is never assigned. A UK number in a US city
// is an international call, refused unless the channel says why (safety rule 11).
const FICTIONAL_PHONE = '+442079460123';
const FICTIONAL_PHONE_REASON = 'A fictional number in the UK drama range, for tests only';

const live = useFixtureSite();

async function openForm(
  context: BrowserContext,
  route = '/contribute',
): Promise<{page: Page; log: PageLog}> {
  const opened = await openLogged(context, live.site.origin, route);
  await opened.page.waitForSelector('#org-name');
  return opened;
}

/** Fills every required field of the organisation form with valid, fictional data. */
async function fillValidOrganisation(page: Page): Promise<void> {
  await page.selectOption('#org-city', 'minneapolis');
  await page.fill('#org-name', 'Browser Fixture Rapid Response');
  await page.check('#org-types input[value="rapid-response"]');
  await page.fill('#org-summary-en', 'A fictional network that tests the contribute form.');
  for (const language of ['English', 'Spanish', 'so']) {
    await page.fill('#org-languages', language);
    await page.press('#org-languages', 'Enter');
  }
  await page.fill('#org-channels-0-value', FICTIONAL_PHONE);
  await page.fill('#org-channels-0-international', FICTIONAL_PHONE_REASON);
  await page.locator('#org-channels-0-hours').getByLabel('On certain days and times').check();
  await page.fill('#org-coverage-area', 'North Minneapolis');
  await page.fill('#org-maintainers', '@browser-fixture');
}

async function submitOrganisation(page: Page): Promise<void> {
  await page.click('#organization button[type="submit"]');
}

describe('/contribute organisation form', () => {
  it('produces a file that passes the real validator unchanged, with a prefilled GitHub link, and makes no off-site request', async () => {
    const context = await live.browser.newContext();
    const {page, log} = await openForm(context);
    await fillValidOrganisation(page);
    await expect(page.locator('#org-channels-0-hours-result code').textContent()).resolves.toBe(
      'Mo-Fr 09:00-17:00',
    );
    await submitOrganisation(page);
    await page.waitForSelector('[data-testid="org-file"]');
    const file = await page.locator('[data-testid="org-path"]').textContent();
    const text = await page.locator('[data-testid="org-file"]').textContent();
    const href = await page.getByRole('link', {name: 'Propose on GitHub'}).getAttribute('href');
    await context.close();

    expect(file).toBe('directory/minneapolis/browser-fixture-rapid-response.yml');
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/static\/schema\/organization\.schema\.json\n/,
    );
    expect(text).toContain('languages:\n  - en\n  - es\n  - so\n');
    expect(text).toContain('hours: Mo-Fr 09:00-17:00');
    const coalition = validateInFixture(file!, text!);
    expect(coalition.problems.filter((problem) => problem.file === file)).toEqual([]);
    expect(
      coalition.organizations.some((org) => org.slug === 'browser-fixture-rapid-response'),
    ).toBe(true);

    const url = new URL(href!);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY}/new/main/directory/minneapolis`);
    expect(url.searchParams.get('filename')).toBe('browser-fixture-rapid-response.yml');
    expect(url.searchParams.get('value')).toBe(text);
    expect(log.offSite).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('shows a bad phone number, a WhatsApp invite and an http: link beside their fields, and no file', async () => {
    const context = await live.browser.newContext();
    const {page, log} = await openForm(context);
    await fillValidOrganisation(page);
    await page.fill('#org-channels-0-value', '612 555 0142');
    await page.click('text=Add another channel');
    await page.fill('#org-channels-1-value', 'https://chat.whatsapp.com/AbCdEfGh123');
    await page.click('text=Add another channel');
    await page.fill('#org-channels-2-value', 'http://fictional-organisation.org/');
    await submitOrganisation(page);
    await page.waitForSelector('#org-channels-0-value-problems');

    const beside = async (index: number) => {
      const input = page.locator(`#org-channels-${index}-value`);
      return {
        invalid: await input.getAttribute('aria-invalid'),
        describedBy: await input.getAttribute('aria-describedby'),
        text: await page.locator(`#org-channels-${index}-value-problems`).textContent(),
      };
    };
    const phone = await beside(0);
    const invite = await beside(1);
    const insecure = await beside(2);
    const summaryLinks = await page
      .locator('#organization [tabindex="-1"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const fileShown = await page.locator('[data-testid="org-file"]').count();
    const focused = await page.evaluate(() => document.activeElement?.querySelector('h3')?.id);
    await context.close();

    expect(phone).toEqual({
      invalid: 'true',
      describedBy: 'org-channels-0-value-problems',
      text: expect.stringMatching(/not in E\.164 form/),
    });
    expect(invite).toEqual({
      invalid: 'true',
      describedBy: 'org-channels-1-value-problems',
      text: expect.stringMatching(/WhatsApp invite link/),
    });
    expect(insecure).toEqual({
      invalid: 'true',
      describedBy: 'org-channels-2-value-problems',
      text: expect.stringMatching(/not an https: link/),
    });
    expect(summaryLinks).toEqual(
      expect.arrayContaining([
        '#org-channels-0-value',
        '#org-channels-1-value',
        '#org-channels-2-value',
      ]),
    );
    expect(fileShown).toBe(0);
    expect(focused).toBe('org-summary-title');
    expect(log.offSite).toEqual([]);
  });

  it("refuses a number of another country than the chosen city's beside it until the channel says why", async () => {
    const context = await live.browser.newContext();
    const {page} = await openForm(context);
    await fillValidOrganisation(page);
    await page.fill('#org-channels-0-international', '');
    await submitOrganisation(page);
    await page.waitForSelector('#org-channels-0-value-problems');
    const problem = await page.locator('#org-channels-0-value-problems').textContent();
    const fileBefore = await page.locator('[data-testid="org-file"]').count();
    await page.fill('#org-channels-0-international', FICTIONAL_PHONE_REASON);
    await page.waitForSelector('[data-testid="org-file"]');
    const text = await page.locator('[data-testid="org-file"]').textContent();
    await context.close();

    expect(problem).toMatch(
      /rings in United Kingdom \(GB\), but the city's country is United States \(US\)/,
    );
    expect(fileBefore).toBe(0);
    expect(text).toContain(`international: ${FICTIONAL_PHONE_REASON}`);
  });

  it.each(['light', 'dark'] as const)(
    'has 0 axe violations in %s mode, before and after showing problems and the file',
    async (scheme) => {
      const context = await live.browser.newContext({colorScheme: scheme});
      const {page} = await openForm(context);
      const analyze = () => axeViolations(page);
      const initial = await analyze();
      await submitOrganisation(page);
      await page.waitForSelector('#org-name-problems');
      const withProblems = await analyze();
      await fillValidOrganisation(page);
      await page.waitForSelector('[data-testid="org-file"]');
      const withFile = await analyze();
      await context.close();
      expect({initial, withProblems, withFile}).toEqual({
        initial: [],
        withProblems: [],
        withFile: [],
      });
    },
    120_000,
  );
});

describe('/contribute playbook form', () => {
  it('produces a playbook from the template that passes the real validator unchanged', async () => {
    const context = await live.browser.newContext();
    const {page, log} = await openForm(context);
    await page.fill('#pb-title', 'Hand over hotline shifts without losing a call');
    await page.fill('#pb-description', 'A fictional playbook that tests the contribute form.');
    await page.check('#pb-topics input[value="rapid-response"]');
    await page.check('#pb-audience input[value="volunteers"]');
    await page.check('#pb-cities input[value="minneapolis"]');
    await page.check('#pb-maturity input[value="piloted"]');
    const sections: Record<string, string> = {
      when: 'When a hotline runs in shifts. General information, not legal advice.',
      steps: '1. Write down open calls.\n2. Read them aloud to the next shift.',
      roles: 'Two people per shift.',
      risks: 'Notes can expose callers; delete them after a week.',
      learned: 'Short handovers happen; long ones are skipped.',
    };
    for (const [key, text] of Object.entries(sections))
      await page.fill(`#pb-sections-${key}`, text);
    await page.click('#playbook button[type="submit"]');
    await page.waitForSelector('[data-testid="pb-file"]');
    const file = await page.locator('[data-testid="pb-path"]').textContent();
    const text = await page.locator('[data-testid="pb-file"]').textContent();
    await context.close();
    expect(file).toBe(
      'docs/playbooks/rapid-response/hand-over-hotline-shifts-without-losing-a-call.md',
    );
    expect(text!.match(/^## .*$/gm)).toEqual([
      '## When to use',
      '## Steps',
      '## Roles and resources',
      '## Risks and safeguards',
      '## What we learned',
    ]);
    expect(
      validateInFixture(file!, text!).problems.filter((problem) => problem.file === file),
    ).toEqual([]);
    expect(log.offSite).toEqual([]);
  });
});

describe('/contribute in Spanish and without JavaScript', () => {
  it('is built under /es/ and works there', async () => {
    const context = await live.browser.newContext();
    const {page, log} = await openForm(context, '/es/contribute');
    const lang = await page.getAttribute('html', 'lang');
    await context.close();
    expect(lang).toBe('es');
    expect(log.offSite).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('says the forms need JavaScript and points to the templates, the issue forms and the guide', async () => {
    const context = await live.browser.newContext({javaScriptEnabled: false});
    const {page, log} = await openLogged(context, live.site.origin, '/contribute');
    const notice = await page.locator('[data-testid="contribute-nojs"]').textContent();
    const links = await page
      .locator('[data-testid="contribute-nojs"] a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    const forms = await page.locator('#org-name, #pb-title').count();
    await context.close();
    expect(notice).toMatch(/need JavaScript/);
    expect(links).toEqual(
      expect.arrayContaining([
        `${REPOSITORY}/blob/main/templates/organization.yml`,
        `${REPOSITORY}/blob/main/templates/playbook.md`,
        `${REPOSITORY}/issues/new/choose`,
        '/docs/guides/contributing',
      ]),
    );
    expect(forms).toBe(0);
    expect(log.offSite).toEqual([]);
  });
});
