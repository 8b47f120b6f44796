/**
 * `npm run build` builds each locale in a process of its own, one after the
 * other, into one output folder.
 *
 * Docusaurus builds every locale in one process when no `--locale` is given,
 * and that process's memory grows with each locale it has built: at the
 * benchmark coalition (issue 16) one process building en, es and fr peaked at
 * 3.7 GiB with Docusaurus's defaults (3.7–4.4 GiB with the other SSG thread and
 * memory settings tried), against 2.2–2.7 GiB for any one locale built alone
 * (`/usr/bin/time -f %M`). A process per locale keeps the peak
 * at the largest locale's, however many locales the site has.
 *
 * The default locale is built first: Docusaurus empties the output folder
 * before building it, and each other locale only empties its own
 * `<out>/<locale>/` (each has an explicit base URL in `docusaurus.config.ts`).
 */
import {buildTime} from './exports/buildInfo';
import {parseArgs} from 'node:util';

/** One `docusaurus build` run: the locale it builds, and its arguments after `build`. */
export type LocaleBuild = {locale: string; args: string[]};

/** What {@link planLocaleBuilds} needs from the arguments. */
export type BuildRequest = {
  /** The `docusaurus build` runs, in order. */
  builds: LocaleBuild[];
  /** The output folder as given (`--out-dir`), or null for Docusaurus's default (`build` in the site folder). */
  outDir: string | null;
  /** The site folder given as a positional argument, or null (the working directory). */
  siteDir: string | null;
};

/**
 * Plans the builds of `npm run build [-- <docusaurus build options>]`.
 * With `--locale` (or `-l`), one run with the arguments as given. Otherwise one run per locale, the
 * default locale first, each with the arguments as given plus `--locale <code>`.
 * @param argv - the arguments after `npm run build --`, passed to Docusaurus unchanged
 * @param locales - the configured locale codes, in the configuration's order
 * @param defaultLocale - the default locale (built first: its build empties the output folder)
 * @returns the runs, the output folder and the site folder
 * @throws Error when `defaultLocale` is not among `locales`
 */
export function planLocaleBuilds(
  argv: readonly string[],
  locales: readonly string[],
  defaultLocale: string,
): BuildRequest {
  if (!locales.includes(defaultLocale))
    throw new Error(
      `The default locale "${defaultLocale}" is not among the configured locales (${locales.join(', ')}).`,
    );
  // strict: false keeps every other Docusaurus option (they are passed on as given, not read here).
  const {values, positionals} = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    // Every option of `docusaurus build` that takes a value is declared, so its value is not read as the site folder.
    options: {
      locale: {type: 'string', short: 'l'},
      'out-dir': {type: 'string'},
      config: {type: 'string'},
    },
  });
  const outDir = typeof values['out-dir'] === 'string' ? values['out-dir'] : null;
  const siteDir = positionals[0] ?? null;
  if (typeof values.locale === 'string') {
    return {builds: [{locale: values.locale, args: [...argv]}], outDir, siteDir};
  }
  const order = [defaultLocale, ...locales.filter((code) => code !== defaultLocale)];
  return {
    builds: order.map((locale) => ({locale, args: [...argv, '--locale', locale]})),
    outDir,
    siteDir,
  };
}

/** How one run ended. */
export type LocaleBuildResult = {locale: string; exitCode: number; seconds: number};

/**
 * Runs the planned builds one after the other and stops at the first that fails (the later
 * locales would be built on top of an incomplete site).
 * @param builds - from {@link planLocaleBuilds}
 * @param run - runs `docusaurus build` with these arguments and returns its exit code
 * @param now - a clock in milliseconds (tests pass a fake one)
 * @returns every run made, the failed one last
 */
export async function runLocaleBuilds(
  builds: readonly LocaleBuild[],
  run: (args: readonly string[]) => Promise<number>,
  now: () => number = Date.now,
): Promise<LocaleBuildResult[]> {
  const results: LocaleBuildResult[] = [];
  for (const build of builds) {
    const started = now();
    const exitCode = await run(build.args);
    results.push({locale: build.locale, exitCode, seconds: (now() - started) / 1000});
    if (exitCode !== 0) break;
  }
  return results;
}

/**
 * The environment every locale's process starts with: this one's, with one build time for all
 * (`SOURCE_DATE_EPOCH`, whole seconds, src/lib/exports/buildInfo.ts), so that every locale's /data
 * page states the time the exports it lists carry. A time already set is kept.
 * @param env - this process's environment
 * @param now - the build's start, in milliseconds since 1970
 * @returns a new environment object
 * @throws Error when `SOURCE_DATE_EPOCH` is set but malformed (before any locale is built)
 */
export function localeBuildEnvironment(env: NodeJS.ProcessEnv, now: number): NodeJS.ProcessEnv {
  buildTime(env);
  const set = env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '';
  return set ? {...env} : {...env, SOURCE_DATE_EPOCH: String(Math.floor(now / 1000))};
}
