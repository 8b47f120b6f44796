import {spawnSync, type SpawnSyncReturns} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Builds the site from a fixture content folder (`SANCTUARY_CONTENT_DIR`)
 * into a temporary folder, with its own generated-files folder so it never
 * disturbs the developer's `.docusaurus/`.
 */
export const ROOT = path.resolve(__dirname, '..');

/** A finished build: its output folder and the process result. */
export type FixtureBuild = {
  outDir: string;
  result: SpawnSyncReturns<string>;
  read(route: string): string;
};

/**
 * Runs `docusaurus build` for a fixture.
 * @param fixture - folder under tests/__fixtures__ holding directory/, docs/, blog/
 * @param extraArgs - more CLI arguments, e.g. ['--locale', 'en']
 * @param extraEnv - more environment, e.g. {SANCTUARY_RTL_SMOKE: '1'}
 * @param command - `docusaurus build` (one process) or our `npm run build` (a process per locale)
 */
export function buildFixture(
  fixture: string,
  extraArgs: string[] = [],
  extraEnv: NodeJS.ProcessEnv = {},
  command: 'docusaurus build' | 'npm run build' = 'docusaurus build',
): FixtureBuild {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `sc-${fixture}-`));
  // `npm run build` is src/cli/build.ts (each locale in its own docusaurus process), run through tsx as npm does.
  const [bin, ...commandArgs] =
    command === 'npm run build'
      ? [path.join(ROOT, 'node_modules/.bin/tsx'), path.join(ROOT, 'src/cli/build.ts')]
      : [path.join(ROOT, 'node_modules/.bin/docusaurus'), 'build'];
  const result = spawnSync(bin!, [...commandArgs, '--out-dir', outDir, ...extraArgs], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      SANCTUARY_CONTENT_DIR: path.join(__dirname, '__fixtures__', fixture),
      DOCUSAURUS_GENERATED_FILES_DIR_NAME: `.docusaurus-test-${fixture}`,
      // Rspack's persistent cache is shared with the real site's builds and would serve their modules.
      DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
      NODE_ENV: 'production',
      ...extraEnv,
    },
    timeout: 15 * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {outDir, result, read: reader(outDir)};
}

/**
 * Reads a built route's HTML. trailingSlash: false writes /directory as
 * directory.html and / (or /es/) as index.html.
 * @param outDir - the build folder
 */
export function reader(outDir: string): (route: string) => string {
  return (route) =>
    fs.readFileSync(
      path.join(outDir, route.endsWith('/') ? `${route}index.html` : `${route}.html`),
      'utf8',
    );
}

/**
 * The fixture build made once by tests/globalSetup.ts.
 * @throws Error when the tests were started with SC_SKIP_SITE_BUILD=1
 */
export function sharedFixtureBuild(): {outDir: string; read: (route: string) => string} {
  const outDir = process.env.SC_FIXTURE_BUILD;
  if (!outDir || !fs.existsSync(outDir))
    throw new Error('No fixture build: run the tests without SC_SKIP_SITE_BUILD=1.');
  return {outDir, read: reader(outDir)};
}
