import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {ROOT} from '../buildHarness';

/**
 * Browser test harness: serves a built site on 127.0.0.1 with
 * `docusaurus serve` and drives Debian's Chromium through playwright-core
 * (Playwright's own browser download is not possible here).
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A served site: its origin and a way to stop it. */
export type ServedSite = {origin: string; stop(): Promise<void>};

/**
 * Serves a build folder on 127.0.0.1 until `stop()`.
 * @param outDir - the build folder
 * @throws Error when the server does not answer within 30 s
 */
export async function serve(outDir: string): Promise<ServedSite> {
  const port = await freePort();
  const child: ChildProcess = spawn(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['serve', '--dir', outDir, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {cwd: ROOT, stdio: 'ignore', detached: false});
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`docusaurus serve did not start on ${origin}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
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

/** What a page did while loading: every request, off-site requests, console errors, uncaught exceptions. */
export type PageLog = {requests: string[]; offSite: string[]; consoleErrors: string[]; pageErrors: string[]};

/**
 * Opens a page and records everything it requests and reports.
 * @param context - a browser context
 * @param origin - the site origin; any other host counts as off-site
 * @param route - path to open
 */
export async function openLogged(context: BrowserContext, origin: string, route: string): Promise<{page: Page; log: PageLog}> {
  const page = await context.newPage();
  const log: PageLog = {requests: [], offSite: [], consoleErrors: [], pageErrors: []};
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
