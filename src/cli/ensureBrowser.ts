/**
 * `npm run ensure-browser` (first step of `npm test`)
 *
 * The browser tests drive Debian's Chromium (Playwright cannot download its
 * own browser on these machines). On a fresh machine this makes the README's
 * test command work as written: when Chromium is missing and the user can
 * install Debian packages (root, with apt-get), it installs the `chromium`
 * package, saying so; otherwise it prints the one line to run and fails.
 * Exit code: 0 when Chromium is there (or was installed), 1 otherwise.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {CHROMIUM, chromiumMissingMessage} from '../browser/chromium';

/** The shell line that installs Debian's Chromium, as printed for a person to run. */
export const INSTALL_LINE = 'sudo apt-get update && sudo apt-get install -y chromium';

function canInstall(): boolean {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return root && fs.existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
}

function main(): number {
  if (fs.existsSync(CHROMIUM)) return 0;
  if (!canInstall()) {
    console.error(
      `${chromiumMissingMessage()}\nRun this once, then npm test again:\n  ${INSTALL_LINE}`,
    );
    return 1;
  }
  console.error(
    `Chromium is missing at ${CHROMIUM}: installing Debian's chromium package for the browser tests (apt-get, about a minute)…`,
  );
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, {stdio: ['ignore', 'ignore', 'inherit'], env});
    if (result.status !== 0) {
      console.error(
        `apt-get ${args.join(' ')} failed. Install Chromium yourself:\n  ${INSTALL_LINE}`,
      );
      return 1;
    }
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(
      `The chromium package installed, but ${CHROMIUM} is still missing. Set CHROMIUM_PATH to the browser's path.`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = main();
