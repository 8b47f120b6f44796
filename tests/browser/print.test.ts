import fs from 'node:fs';
import path from 'node:path';
import {PDFDocument} from 'pdf-lib';
import {openLogged, useFixtureSite} from './harness';

/**
 * Paper: every city page prints as a one-page pocket card (need-help lines
 * with the number in large type, hours in words, languages, a QR code drawn
 * at build time, the dates) on A4 and on Letter; organisation pages and
 * playbooks print without navigation, with links written out.
 */
const live = useFixtureSite();
const FIXTURE_DIRECTORY = path.resolve(__dirname, '../__fixtures__/site/directory');
const CITIES = fs
  .readdirSync(FIXTURE_DIRECTORY, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const pdfPages = async (bytes: Buffer) => (await PDFDocument.load(bytes)).getPageCount();

it('the fixture has starter cities to print', () => {
  expect(CITIES.sort()).toEqual(['chicago', 'minneapolis']);
});

describe.each(CITIES)('the pocket card of %s', (city) => {
  it.each(['A4', 'Letter'] as const)('prints on one %s page', async (format) => {
    const context = await live.browser.newContext();
    const {page} = await openLogged(context, live.site.origin, `/directory/${city}`);
    const pdf = await page.pdf({format, printBackground: true});
    await context.close();
    expect(await pdfPages(pdf)).toBe(1);
  });

  it('shows only the card in print: large numbers, hours in words, languages, the QR code and the dates', async () => {
    const context = await live.browser.newContext();
    const {page} = await openLogged(context, live.site.origin, `/directory/${city}`);
    await page.emulateMedia({media: 'print'});
    const card = page.locator('[data-pocket-card]');
    const shown = await page.evaluate(() => {
      const visible = (selector: string) =>
        Array.from(document.querySelectorAll(selector)).some(
          (element) =>
            getComputedStyle(element).display !== 'none' &&
            (element as HTMLElement).offsetParent !== null,
        );
      return {
        navbar: visible('.navbar'),
        footer: visible('footer.footer'),
        article: visible('main article'),
        card: visible('[data-pocket-card]'),
      };
    });
    expect(shown).toEqual({navbar: false, footer: false, article: false, card: true});
    const numberSize = await card
      .locator('bdi')
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(numberSize).toBeGreaterThanOrEqual(24);
    const text = (await card.textContent()) ?? '';
    expect(text).toMatch(/Need help in .+\? Call:/);
    expect(text).toMatch(/Details as of .+\. Printed on .+\./);
    expect(text).toMatch(/English|Spanish/);
    const qr = card.locator('svg path');
    expect(await qr.getAttribute('d')).toMatch(/^M/);
    expect(await card.locator('svg title').textContent()).toBe(
      `https://sanctuary-commons.example.org/directory/${city}`,
    );
    await context.close();
  });
});

it('writes the hours of a line in words on its card', async () => {
  const context = await live.browser.newContext();
  const {page} = await openLogged(context, live.site.origin, '/directory/chicago');
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('[data-pocket-card]').textContent()).resolves.toMatch(
    /\(312\) 555-0117 ext\. 204/,
  );
  await expect(page.locator('[data-pocket-card] li').first().textContent()).resolves.toMatch(
    /6:00\s?AM|06:00/,
  );
  await context.close();
});

describe.each([
  ['an organisation page', '/directory/minneapolis/fixture-legal-aid'],
  ['a playbook', '/docs/playbooks/rapid-response/minneapolis-hotline'],
])('%s in print', (_name, route) => {
  it('has no navigation, sidebar or buttons, and writes out where links to other sites go', async () => {
    const context = await live.browser.newContext();
    const {page} = await openLogged(context, live.site.origin, route);
    await page.emulateMedia({media: 'print'});
    const state = await page.evaluate(() => {
      const hidden = (selector: string) =>
        Array.from(document.querySelectorAll(selector)).every(
          (element) => getComputedStyle(element).display === 'none',
        );
      const external = Array.from(
        document.querySelectorAll<HTMLAnchorElement>(
          'main article a[href^="https:"], .markdown a[href^="https:"]',
        ),
      );
      return {
        navigation:
          hidden('.navbar') &&
          hidden('footer.footer') &&
          hidden('.theme-doc-sidebar-container') &&
          hidden('.theme-doc-toc-desktop') &&
          hidden('main button') &&
          hidden('main nav'),
        links: external.length,
        written: external.filter((a) =>
          getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!),
        ).length,
      };
    });
    expect(state.navigation).toBe(true);
    expect(state.links).toBeGreaterThan(0);
    expect(state.written).toBe(state.links);
    const pdf = await page.pdf({format: 'A4'});
    expect(await pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    await context.close();
  });
});
