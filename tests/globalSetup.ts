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
  // The hostile page (tests/__fixtures__/plugins/hostile-structured-data) checks that the build escapes JSON-LD.
  const build = buildFixture('site', [], {SANCTUARY_TEST_HOSTILE_PAGE: '1'});
  if (build.result.status !== 0) {
    throw new Error(
      `The fixture site did not build:\n${build.result.stdout}\n${build.result.stderr}`,
    );
  }
  fs.writeFileSync(
    path.join(os.tmpdir(), 'sanctuary-fixture-build.json'),
    JSON.stringify({outDir: build.outDir}),
  );
  process.env.SC_FIXTURE_BUILD = build.outDir;
}
