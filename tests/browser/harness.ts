import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
// serve-handler is CommonJS (`export =`), and the tsconfig has no esModuleInterop.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serveHandler = require('serve-handler') as typeof import('serve-handler');

type ServeHandlerOptions = NonNullable<Parameters<typeof serveHandler>[2]>;

/**
 * Browser test harness: serves a built site on 127.0.0.1 and drives Debian's Chromium through playwright-core
 * (Playwright's own browser download is not possible here).
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A served site: its origin and a way to stop it. */
export type ServedSite = {origin: string; stop(): Promise<void>};

/**
 * The headers the build's `_headers` file asks for, in serve-handler's shape.
 * Parsed with Netlify's own parser, so the test reads the file the way a host does.
 * @throws Error listing every problem Netlify's parser reports
 */
async function headersFromFile(outDir: string): Promise<ServeHandlerOptions['headers']> {
  const file = path.join(outDir, '_headers');
  if (!fs.existsSync(file)) return [];
  const {parseAllHeaders} = await import('@netlify/headers-parser');
  const {headers, errors} = await parseAllHeaders({headersFiles: [file], configHeaders: [], minimal: true});
  if (errors.length > 0) throw new Error(`${file} is not a valid _headers file:\n${errors.map((error) => error.message).join('\n')}`);
  return headers.map((rule) => ({
    source: rule.for.replace(/\*$/, '**'),
    headers: Object.entries(rule.values).map(([key, value]) => ({key, value: String(value)})),
  }));
}

/**
 * Serves a build folder on 127.0.0.1 until `stop()`, the way `docusaurus
 * serve` does (serve-handler, clean URLs), plus the response headers of the
 * build's `_headers` file, as a host that reads that file would.
 * @param outDir - the build folder
 */
export async function serve(outDir: string): Promise<ServedSite> {
  const headers = await headersFromFile(outDir);
  const server = http.createServer((request, response) => {
    void serveHandler(request, response, {public: outDir, cleanUrls: true, trailingSlash: false, directoryListing: false, headers});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const {port} = server.address() as net.AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Launches Chromium, with a message saying how to install it when missing.
 * @throws Error naming the apt package when /usr/bin/chromium does not exist
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
}

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
