/**
 * Browser test harness: serves a built site on 127.0.0.1 and drives Debian's
 * Chromium through playwright-core (Playwright's own browser download is not
 * possible here), recording everything a page requests and reports.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {sharedFixtureBuild} from '../buildHarness';
import {launchChromium} from '../../src/browser/chromium';
import {serve, type ServedSite} from '../../src/browser/staticServer';

export {CHROMIUM, launchChromium} from '../../src/browser/chromium';
export {serve, type ServedSite} from '../../src/browser/staticServer';

/** What a page did while loading: every request, off-site requests, console errors, uncaught exceptions, Content-Security-Policy violations. */
export type PageLog = {
  requests: string[];
  offSite: string[];
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
};

/**
 * The Content-Security-Policy violations a page has reported so far (the
 * browser's `securitypolicyviolation` events, recorded by `openLogged`).
 * @returns e.g. `["script-src-elem blocked inline at /directory:1"]`
 */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as {__cspViolations?: string[]}).__cspViolations ?? [],
  );
}

/**
 * Opens a page and records everything it requests and reports.
 * @param context - a browser context
 * @param origin - the site origin; any other host counts as off-site
 * @param route - path to open
 */
export async function openLogged(
  context: BrowserContext,
  origin: string,
  route: string,
): Promise<{page: Page; log: PageLog}> {
  const page = await context.newPage();
  const log: PageLog = {
    requests: [],
    offSite: [],
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
  };
  // Injected by the browser's debugging protocol, so the page's own policy does not apply to it.
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as {__cspViolations: string[]}).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || location.pathname}:${event.lineNumber}`,
      );
    });
  });
  page.on('request', (request) => {
    const url = request.url();
    log.requests.push(url);
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      log.offSite.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  await page.goto(`${origin}${route}`, {waitUntil: 'networkidle'});
  log.cspViolations.push(...(await cspViolations(page)));
  return {page, log};
}

/**
 * Polls `read` until it returns a value equal (as JSON) to `expected`, for
 * states a page reaches after a client-side navigation or a re-render.
 * @returns the last value read (the caller asserts on it)
 */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the axe tags every page must pass (DESIGN.md budgets). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page with {@link WCAG_TAGS}.
 * @returns one line per violation, `rule: first three targets`; empty when there is none
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * For one test file: launches Chromium and serves the shared fixture build
 * before its tests, and stops both after them.
 * @returns an object whose `browser` and `site` are set once the tests start
 */
export function useFixtureSite(): {browser: Browser; site: ServedSite} {
  const live = {} as {browser: Browser; site: ServedSite};
  beforeAll(async () => {
    live.browser = await launchChromium();
    live.site = await serve(sharedFixtureBuild().outDir);
  }, 60_000);
  afterAll(async () => {
    await live.browser?.close();
    await live.site?.stop();
  });
  return live;
}
