/**
 * Options of the search plugin (`src/plugins/search`), which builds one
 * Pagefind index per locale after the site is built (DESIGN.md "Search").
 *
 * The index of the locale served at `<baseUrl>` is written to
 * `<outDir>/pagefind/` and loaded by the search page from
 * `<baseUrl>pagefind/pagefind.js`, so every query is answered in the browser.
 */

/** Options as written in `docusaurus.config.ts`; every field is optional. */
export type Options = {
  /** Docusaurus plugin id; only needed if the plugin is registered twice. */
  id?: string;
  /**
   * Route paths, relative to the locale's base URL, that are never indexed.
   * An entry matches the path itself and everything below it
   * (`/search` matches `/search` and `/search/…`).
   * Pages without `data-pagefind-body` are skipped anyway; this only saves work.
   * @default ['/search', '/404.html']
   */
  excludeRoutes?: string[];
  /**
   * CSS selectors Pagefind ignores inside indexed pages
   * (in addition to elements marked `data-pagefind-ignore`).
   * @default []
   */
  excludeSelectors?: string[];
  /**
   * Language used for word stemming, per locale, as an ISO 639-1 code,
   * e.g. `{es: 'es'}`. Defaults to the primary subtag of the locale's
   * `htmlLang` (`es-MX` → `es`). Every page of a locale goes into one
   * index in that language, even if part of it is an untranslated fallback.
   * @default {}
   */
  languages?: {[locale: string]: string};
  /** How many HTML files are read and handed to Pagefind at once. @default 32 */
  concurrency?: number;
  /** Print Pagefind's verbose log (indexing only; no effect on the site). @default false */
  verbose?: boolean;
  /**
   * Target size of one chunk of Pagefind's word index, in Pagefind's own unit (one per page a word is on,
   * plus one per occurrence), passed to Pagefind as `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` (Pagefind's
   * default: 20,000). A search downloads the chunks holding its words (two when a word sits at a chunk's
   * edge) before its first result: smaller chunks cost fewer bytes per search and more files per locale.
   * A word never spans two chunks. Pagefind marks the setting unstable: it may go or change meaning.
   * @default INDEX_CHUNK_SIZE (src/plugins/search/utils.ts)
   */
  indexChunkSize?: number;
};

/** Options after validation, with defaults applied. */
export type PluginOptions = Required<Omit<Options, 'id'>> & {id: string};

/** One page handed to Pagefind: its route, its result URL and its HTML file. */
export type IndexablePage = {
  /** Route path exactly as Docusaurus serves it, base URL included, e.g. `/es/directory/chicago`. */
  route: string;
  /**
   * URL stored in the index: the route without the locale's base URL, e.g.
   * `/directory/chicago`. Pagefind's browser script prefixes its `baseUrl`,
   * which defaults to the folder above `pagefind/` (here `/es/`), so results
   * come back as site-absolute routes.
   */
  url: string;
  /** Path of the built HTML file, relative to the locale's `outDir`, e.g. `directory/chicago/index.html`. */
  file: string;
};

/** A problem met while indexing one locale, reported all together at the end. */
export type IndexingProblem = {
  /** Route path of the page, when the problem concerns one page. */
  route?: string;
  /** What went wrong, as Pagefind or the file system said it. */
  message: string;
};

/** What one locale's indexing produced, for the summary line. */
export type IndexingSummary = {
  locale: string;
  language: string;
  /** Pages handed to Pagefind (they carry `data-pagefind-body`). */
  pages: number;
  /** Built pages skipped because they carry no `data-pagefind-body`. */
  skipped: number;
  /** Routes whose HTML file was not found on disk. */
  missing: number;
  /** Directory the bundle was written to. */
  outputPath: string;
  /** Total bytes of the written bundle. */
  bytes: number;
  /** Wall time, in milliseconds. */
  ms: number;
  /** Part of `ms` spent by Pagefind building and writing the bundle. */
  writeMs: number;
};
