/**
 * `npm run build [-- <docusaurus build options>]`
 *
 * The production build of every configured locale into one folder (`build/`
 * unless `--out-dir` says otherwise), each locale in a `docusaurus build
 * --locale <code>` process of its own, the default locale first, so the
 * build's memory is one locale's however many locales the site has
 * (src/lib/localeBuilds.ts). Then checks the site (`checkBuiltSite`): every
 * locale and its search index are there, and every locale allows the same
 * inline script as the policy served at the root. Every locale's process gets
 * the same build time (`SOURCE_DATE_EPOCH`, unless already set).
 *
 * With `--locale <code>`: that locale only, exactly `docusaurus build` with
 * the options given. Every other option is passed to Docusaurus unchanged.
 * Exit code: the first failed build's, 1 when the site check finds a problem.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import {checkBuiltSite} from '../lib/assembleSite';
import {configuredLocales, DEFAULT_LOCALE} from '../lib/i18n/locales';
import {localeBuildEnvironment, planLocaleBuilds, runLocaleBuilds} from '../lib/localeBuilds';

const DOCUSAURUS = path.resolve(__dirname, '../../node_modules/.bin/docusaurus');

/** Runs `docusaurus build <args>` with this process's terminal and the given environment; resolves to its exit code. */
function docusaurusBuild(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(DOCUSAURUS, ['build', ...args], {stdio: 'inherit', env});
    child.on('error', (error) => {
      console.error(`[build] could not start Docusaurus (${DOCUSAURUS}): ${error.message}`);
      resolve(1);
    });
    // A build stopped by a signal (out of memory, Ctrl-C) has no exit code: report it as a failure.
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(argv: string[]): Promise<number> {
  const locales = Object.keys(configuredLocales(process.env));
  const request = planLocaleBuilds(argv, locales, DEFAULT_LOCALE);
  // One build time for every locale (SOURCE_DATE_EPOCH): their /data pages and exports agree.
  const env = localeBuildEnvironment(process.env, Date.now());
  const results = await runLocaleBuilds(request.builds, (args) => docusaurusBuild(args, env));
  const failed = results.find((result) => result.exitCode !== 0);
  if (failed) {
    const done = results.filter((result) => result !== failed).map((result) => result.locale);
    console.error(
      `[build] the build of locale "${failed.locale}" failed (exit code ${failed.exitCode}); see its report above.` +
        (done.length > 0
          ? ` The output folder holds only ${done.join(', ')}: fix the problem and run the build again.`
          : ''),
    );
    return failed.exitCode;
  }
  if (request.builds.length === 1) return 0;
  const outDir = path.resolve(request.outDir ?? path.join(request.siteDir ?? '.', 'build'));
  const problems = checkBuiltSite(outDir, locales);
  if (problems.length > 0) {
    console.error(
      `[build] the built site is not ready to publish:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    return 1;
  }
  const times = results
    .map((result) => `${result.locale} ${result.seconds.toFixed(0)} s`)
    .join(', ');
  console.log(`[build] every locale built, each in its own process (${times}), into ${outDir}.`);
  return 0;
}

void main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`[build] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
