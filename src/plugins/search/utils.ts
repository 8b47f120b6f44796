/**
 * Pure helpers of the search plugin: no file system, no Pagefind, no
 * Docusaurus runtime, so they can be unit-tested directly.
 */
import path from 'node:path';
import type {IndexablePage, IndexingProblem, IndexingSummary} from './types';

/** Folder, under each locale's output directory, that holds the Pagefind bundle. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * Files Pagefind writes for its ready-made search UIs, which this site does
 * not use (`src/pages/search.tsx` talks to `pagefind.js` directly). They are
 * deleted after writing so they are not deployed (about 430 KB per locale).
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;

/**
 * Target size of a chunk of the word index (Pagefind's unit: pages plus occurrences of the words in it).
 * Pagefind's default, 20,000, made chunks of about 21 KB (gzip) at the benchmark coalition (3,108 English
 * pages); a search loads one or two of them, after a fixed 97 KB (`pagefind.js`, the WASM, the metadata),
 * before its first result (issue 16: at most 150 KB). 10,000 halves the chunks (median 11 KB): the five
 * bench queries went from 119–145 kB to 112–140 kB (112–128 kB once the search page stopped fetching the
 * other results before showing the first). Smaller chunks cost less per search but add files (about 80 more
 * per locale here, against a free host's 20,000-file limit; 5,000 would add 200 per locale for 110–116 kB).
 */
export const INDEX_CHUNK_SIZE = 10_000;

/** The environment variable Pagefind's binary reads the chunk size from (Pagefind 1.x, `options.rs`). */
export const INDEX_CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Sets the chunk size in `env` for the Pagefind binary, which inherits the environment of this process when the
 * `pagefind` package starts it (its API has no option for it). Refuses a value the binary would ignore
 * (it falls back to its default without a word when the variable is not a positive whole number).
 * @param env - the environment the binary will start with (`process.env`)
 * @param size - chunk size, a positive whole number
 * @throws Error naming the option when `size` is not a positive whole number
 */
export function setIndexChunkSize(env: NodeJS.ProcessEnv, size: number): void {
  if (!Number.isSafeInteger(size) || size < 1)
    throw new Error(
      `search plugin option indexChunkSize must be a positive whole number, got ${size}.`,
    );
  env[INDEX_CHUNK_SIZE_VARIABLE] = String(size);
}

/** Removes the base URL from a route path: `('/es/a/b', '/es/')` → `/a/b`; `null` if the route is elsewhere. */
export function stripBaseUrl(routePath: string, baseUrl: string): string | null {
  if (baseUrl === '/' || baseUrl === '') {
    return routePath.startsWith('/') ? routePath : `/${routePath}`;
  }
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (routePath === base.slice(0, -1) || routePath === base) {
    return '/';
  }
  return routePath.startsWith(base) ? routePath.slice(base.length - 1) : null;
}

/**
 * The HTML file, relative to the locale's output directory, that Docusaurus
 * writes for a route. Mirrors `pathnameToFilename` in
 * `@docusaurus/core/lib/ssg/ssgUtils.js` (including `trailingSlash`), and always
 * uses `/` as separator.
 *
 * @example routePathToHtmlFile('/es/directory/chicago', {baseUrl: '/es/'}) === 'directory/chicago/index.html'
 * @returns `null` when the route is not under `baseUrl` (it belongs to another site or locale).
 */
export function routePathToHtmlFile(
  routePath: string,
  {baseUrl, trailingSlash}: {baseUrl: string; trailingSlash?: boolean | undefined},
): string | null {
  const pathname = stripBaseUrl(routePath, baseUrl);
  if (pathname === null) {
    return null;
  }
  const name = pathname.replace(/^\/+/, '');
  if (/\.html?$/i.test(name)) {
    return name;
  }
  if (trailingSlash === undefined || trailingSlash || pathname === '' || pathname.endsWith('/')) {
    return path.posix.join(name, 'index.html');
  }
  return `${name}.html`;
}

/** Whether a route (base URL already removed) is `excluded` or lies below one of them. */
export function isExcludedRoute(pathname: string, excluded: readonly string[]): boolean {
  return excluded.some((entry) => {
    const prefix = entry.replace(/\/+$/, '');
    return pathname === entry || pathname === prefix || pathname.startsWith(`${prefix}/`);
  });
}

/**
 * The pages of ONE locale to index, from that locale's `routesPaths`:
 * de-duplicated, inside the locale's base URL, not excluded, in a stable order.
 * Routes of other locales never appear in `routesPaths`, and the mapping uses
 * the route, not a directory walk, so `build/es/` is never read for `en`.
 */
export function pagesToIndex(
  routesPaths: readonly string[],
  {
    baseUrl,
    trailingSlash,
    excludeRoutes,
  }: {baseUrl: string; trailingSlash?: boolean | undefined; excludeRoutes: readonly string[]},
): IndexablePage[] {
  const seen = new Set<string>();
  const pages: IndexablePage[] = [];
  for (const route of routesPaths) {
    const pathname = stripBaseUrl(route, baseUrl);
    if (pathname === null || isExcludedRoute(pathname, excludeRoutes)) {
      continue;
    }
    const file = routePathToHtmlFile(route, {baseUrl, trailingSlash});
    if (file === null || seen.has(file)) {
      continue;
    }
    seen.add(file);
    pages.push({route, url: pathname, file});
  }
  return pages;
}

/** Whether some element of the page carries `data-pagefind-body` (a cheap pre-filter; Pagefind decides). */
export function hasPagefindBody(html: string): boolean {
  return /<[a-zA-Z][^>]*\sdata-pagefind-body(?=[\s=/>])/.test(html);
}

/**
 * The Pagefind language (ISO 639-1, used for stemming) of a locale:
 * an explicit `languages[locale]`, else the primary subtag of `htmlLang`.
 * @example pagefindLanguage('es', 'es-MX') === 'es'
 */
export function pagefindLanguage(
  locale: string,
  htmlLang: string | undefined,
  languages: {[locale: string]: string} = {},
): string {
  const explicit = languages[locale];
  if (explicit) {
    return explicit;
  }
  return (htmlLang || locale).split(/[-_]/)[0]!.toLowerCase();
}

/** One readable message listing every problem met while indexing a locale. */
export function formatIndexingProblems(
  locale: string,
  problems: readonly IndexingProblem[],
  limit = 50,
): string {
  const lines = problems
    .slice(0, limit)
    .map((problem) => `  - ${problem.route ? `${problem.route}: ` : ''}${problem.message.trim()}`);
  if (problems.length > limit) {
    lines.push(`  … and ${problems.length - limit} more.`);
  }
  return [
    `Search index (Pagefind) failed for locale "${locale}" with ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    ...lines,
    "Fix the pages listed (their HTML is in the build output), or run with the plugin option `verbose: true` for Pagefind's log.",
  ].join('\n');
}

/** The one-line summary printed after a locale is indexed. */
export function formatSummary(summary: IndexingSummary, siteDir: string = process.cwd()): string {
  const where = path.relative(siteDir, summary.outputPath) || summary.outputPath;
  const size =
    summary.bytes >= 1024 * 1024
      ? `${(summary.bytes / 1024 / 1024).toFixed(1)} MiB`
      : `${Math.round(summary.bytes / 1024)} KiB`;
  const extras = [
    summary.skipped > 0 ? `${summary.skipped} without data-pagefind-body skipped` : null,
    summary.missing > 0
      ? `${summary.missing} route${summary.missing === 1 ? '' : 's'} without HTML file`
      : null,
  ].filter(Boolean);
  if (summary.pages === 0) {
    return (
      `[search] WARNING: no page of locale "${summary.locale}" carries data-pagefind-body, so its search index ` +
      `(${where}) is empty and the search page will report that search is unavailable.`
    );
  }
  return (
    `[search] Indexed ${summary.pages} page${summary.pages === 1 ? '' : 's'} for locale "${summary.locale}" ` +
    `(language ${summary.language}) into ${where} (${size}) in ${(summary.ms / 1000).toFixed(1)} s ` +
    `(writing ${(summary.writeMs / 1000).toFixed(1)} s)` +
    (extras.length > 0 ? `; ${extras.join(', ')}.` : '.')
  );
}

/**
 * Runs `worker` over `items` with at most `limit` in flight; resolves when all
 * are done. Results are returned in input order.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  worker: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function run(): Promise<void> {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await worker(items[index]!, index);
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, run));
  return results;
}
