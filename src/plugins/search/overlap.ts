/**
 * Indexing a locale for search while the next locale builds.
 *
 * Docusaurus builds locales one after the other in one process and awaits
 * each locale's `postBuild`. Pagefind indexes in its own process (about 11 s
 * a locale at the benchmark size) while the next locale's first phase (load
 * plugins' content) keeps one core busy in JavaScript: on a two-core machine
 * they can run side by side. The last locale of the build waits for every
 * indexing still running, and a failure of any of them fails the build there.
 */
import {processMap} from '../../lib/processCache';

/**
 * Whether this process builds another locale after `locale`: only for a plain
 * `docusaurus build` of every locale (no `--locale`), in Docusaurus's order
 * (the default locale first, then the configured order). Anything else — one
 * locale, a build started from code — answers false, so nothing is left running.
 * @param locale - the locale being finished
 * @param i18n - the site's default locale and locales
 * @param argv - the process's arguments (default `process.argv`)
 */
export function anotherLocaleFollows(
  locale: string,
  i18n: {defaultLocale: string; locales: readonly string[]},
  argv: readonly string[] = process.argv,
): boolean {
  const bin = argv[1] ?? '';
  if (!/[\\/]docusaurus(?:\.m?js)?$/.test(bin) || argv[2] !== 'build') return false;
  if (argv.some((arg) => arg === '-l' || arg === '--locale' || arg.startsWith('--locale=')))
    return false;
  const order = [i18n.defaultLocale, ...i18n.locales.filter((code) => code !== i18n.defaultLocale)];
  const index = order.indexOf(locale);
  return index >= 0 && index < order.length - 1;
}

type Pending = {locale: string; done: Promise<unknown>; error?: unknown};

// Process-wide: Docusaurus evaluates this module afresh for each locale.
const running = processMap<string, Pending>('search-indexing');

/**
 * Runs a locale's indexing: left running when another locale follows,
 * otherwise awaited together with every earlier locale's.
 * @param locale - the locale
 * @param follows - whether another locale of this build follows (see {@link anotherLocaleFollows})
 * @param index - starts the indexing
 * @throws the first failure of this or an earlier locale's indexing (the others' messages are logged)
 */
export async function indexWhileNextLocaleBuilds(
  locale: string,
  follows: boolean,
  index: () => Promise<void>,
): Promise<void> {
  const job: Pending = {locale, done: Promise.resolve()};
  job.done = index().catch((error: unknown) => {
    job.error = error;
  });
  running.set(locale, job);
  if (follows) return;
  const jobs = [...running.values()];
  running.clear();
  await Promise.all(jobs.map((pending) => pending.done));
  const failed = jobs.filter((pending) => pending.error !== undefined);
  for (const pending of failed.slice(1))
    console.error(
      `[search] locale ${pending.locale}: ${(pending.error as Error).message ?? String(pending.error)}`,
    );
  if (failed.length > 0) throw failed[0]!.error;
}
