/**
 * Debian's Chromium, driven by playwright-core, for the browser tests and the
 * benchmark (Playwright cannot download its own browser on these machines).
 */
import fs from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, headless Chromium that makes no request of its own (no updates, sync or pre-fetching). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The message for a machine without Chromium.
 * @returns how to install it
 */
export function chromiumMissingMessage(): string {
  return `Chromium is missing at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (or set CHROMIUM_PATH).`;
}

/**
 * Launches Chromium, with a message saying how to install it when missing.
 * @throws Error naming the apt package when Chromium does not exist at {@link CHROMIUM}
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(chromiumMissingMessage());
  return chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
}
