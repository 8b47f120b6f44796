import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buildFixture} from './buildHarness';

/**
 * Builds the fixture site once for every test file that needs it (HTML
 * assertions and browser tests), and records where it is.
 * Set SC_SKIP_SITE_BUILD=1 to run only unit tests quickly.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.SC_SKIP_SITE_BUILD === '1') return;
  const build = buildFixture('site');
  if (build.result.status !== 0) {
    throw new Error(`The fixture site did not build:\n${build.result.stdout}\n${build.result.stderr}`);
  }
  fs.writeFileSync(path.join(os.tmpdir(), 'sanctuary-fixture-build.json'), JSON.stringify({outDir: build.outDir}));
  process.env.SC_FIXTURE_BUILD = build.outDir;
}
