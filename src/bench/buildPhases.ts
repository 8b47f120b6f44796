/**
 * Where a build's time goes, per locale, read from Docusaurus's own timings: with
 * `DOCUSAURUS_PERF_LOGGER=true`, `docusaurus build` prints a `[PERF] Build > <locale> > <phase> -
 * <n> seconds` line as each phase ends (@docusaurus/logger's PerfLogger). The benchmark reports
 * them so that a missed build budget shows what it is made of.
 */

/** One locale's build, in seconds; a phase the log does not show is null. */
export type LocalePhases = {
  locale: string;
  /** Loading the site: every plugin's content (ours: checking and reading the coalition). */
  load: number | null;
  /** Bundling (Rspack or webpack): the client and server bundles, Markdown compiled on the way. */
  bundle: number | null;
  /** Server rendering of every page (SSG). */
  ssg: number | null;
  /** Every plugin's postBuild (ours: the search index and the security check of every page). */
  postBuild: number | null;
  /** The whole locale. */
  total: number | null;
};

// Colour codes, should a terminal-aware logger print them.
const ANSI = /\u001b\[[0-9;]*m/g;
const LINE =
  /^\[PERF\] Build > ([A-Za-z0-9-]+)(?: > (Load site|Bundling with \w+|SSG|postBuild\(\)))? - ([\d.]+) (ms|seconds)/;

/**
 * Reads the per-locale phases from a build's output.
 * @param output - everything the build printed (stdout and stderr)
 * @returns one entry per locale, in the order the locales were built (empty when the log has no [PERF] lines)
 */
export function parseBuildPhases(output: string): LocalePhases[] {
  const byLocale = new Map<string, LocalePhases>();
  for (const raw of output.split('\n')) {
    const match = LINE.exec(raw.replace(ANSI, '').trim());
    if (!match) continue;
    const [, locale, phase, value, unit] = match as unknown as [
      string,
      string,
      string | undefined,
      string,
      string,
    ];
    const entry =
      byLocale.get(locale) ??
      ({locale, load: null, bundle: null, ssg: null, postBuild: null, total: null} as LocalePhases);
    byLocale.set(locale, entry);
    const secondsTaken = Number(value) / (unit === 'ms' ? 1000 : 1);
    if (phase === undefined) entry.total = secondsTaken;
    else if (phase === 'Load site') entry.load = secondsTaken;
    else if (phase.startsWith('Bundling')) entry.bundle = secondsTaken;
    else if (phase === 'SSG') entry.ssg = secondsTaken;
    else entry.postBuild = secondsTaken;
  }
  return [...byLocale.values()];
}
