/**
 * Browser test harness: serves a built site on 127.0.0.1 and drives Debian's
 * Chromium through playwright-core (Playwright's own browser download is not
 * possible here), recording everything a page requests and reports.
 */
import type {BrowserContext, Page} from 'playwright-core';

export {CHROMIUM, launchChromium} from '../../src/browser/chromium';
export {serve, type ServedSite} from '../../src/browser/staticServer';

/** What a page did while loading: every request, off-site requests, console errors, uncaught exceptions, Content-Security-Policy violations. */
export type PageLog = {requests: string[]; offSite: string[]; consoleErrors: string[]; pageErrors: string[]; cspViolations: string[]};

/**
 * The Content-Security-Policy violations a page has reported so far (the
 * browser's `securitypolicyviolation` events, recorded by `openLogged`).
 * @returns e.g. `["script-src-elem blocked inline at /directory:1"]`
 */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as {__cspViolations?: string[]}).__cspViolations ?? []);
}

/**
 * Opens a page and records everything it requests and reports.
 * @param context - a browser context
 * @param origin - the site origin; any other host counts as off-site
 * @param route - path to open
 */
export async function openLogged(context: BrowserContext, origin: string, route: string): Promise<{page: Page; log: PageLog}> {
  const page = await context.newPage();
  const log: PageLog = {requests: [], offSite: [], consoleErrors: [], pageErrors: [], cspViolations: []};
  // Injected by the browser's debugging protocol, so the page's own policy does not apply to it.
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as {__cspViolations: string[]}).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || location.pathname}:${event.lineNumber}`);
    });
  });
  page.on('request', (request) => {
    const url = request.url();
    log.requests.push(url);
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) log.offSite.push(url);
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
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
