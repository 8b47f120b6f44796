/**
 * Search plugin: after each locale is built, indexes that locale's pages with
 * Pagefind and writes the bundle to `<outDir>/pagefind/`, served at
 * `<baseUrl>pagefind/` (DESIGN.md "Search"; safety rule 6: the browser
 * downloads index fragments and answers every query itself).
 *
 * Docusaurus builds locales one after another and calls `postBuild` once per
 * locale with that locale's `outDir` and `routesPaths`, so `build/pagefind/`
 * holds only the default locale and `build/es/pagefind/` only Spanish, each
 * stemmed in its own language.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type * as PagefindApi from 'pagefind';
import {validateOptions} from './options';
import {anotherLocaleFollows, indexWhileNextLocaleBuilds} from './overlap';
import {
  PAGEFIND_DIR,
  UNUSED_BUNDLE_FILES,
  formatIndexingProblems,
  formatSummary,
  hasPagefindBody,
  mapWithConcurrency,
  pagefindLanguage,
  pagesToIndex,
  setIndexChunkSize,
} from './utils';
import type {IndexablePage, IndexingProblem, IndexingSummary, PluginOptions} from './types';

/**
 * Loads the ESM-only `pagefind` package, at build time only (never when the
 * config is loaded), so Jest and `docusaurus start` never start Pagefind.
 * See `importPagefind.cjs` for why the import lives in a `.cjs` file.
 */
async function loadPagefind(): Promise<typeof PagefindApi> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const importPagefind = require('./importPagefind.cjs') as () => Promise<typeof PagefindApi>;
  return importPagefind();
}

/** Total size in bytes of the files under `dir`. */
async function directorySize(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, {withFileTypes: true});
  const sizes = await Promise.all(
    entries.map(async (entry) => {
      const entryPath = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        return directorySize(entryPath);
      }
      return entry.isFile() ? (await fs.stat(entryPath)).size : 0;
    }),
  );
  return sizes.reduce((total, size) => total + size, 0);
}

type IndexLocaleParams = {
  outDir: string;
  baseUrl: string;
  routesPaths: readonly string[];
  trailingSlash: boolean | undefined;
  locale: string;
  language: string;
  options: PluginOptions;
};

/**
 * Indexes one built locale and writes its Pagefind bundle. Every problem is
 * collected; if there is any, one Error lists them all (DESIGN.md safety rule 9).
 */
export async function indexLocale({
  outDir,
  baseUrl,
  routesPaths,
  trailingSlash,
  locale,
  language,
  options,
}: IndexLocaleParams): Promise<IndexingSummary> {
  const started = Date.now();
  const pages: IndexablePage[] = pagesToIndex(routesPaths, {
    baseUrl,
    trailingSlash,
    excludeRoutes: options.excludeRoutes,
  });
  const outputPath = path.join(outDir, PAGEFIND_DIR);
  const problems: IndexingProblem[] = [];
  let indexed = 0;
  let skipped = 0;
  let missing = 0;
  let writeMs = 0;

  // Read by the Pagefind binary when it starts (the package's createIndex starts it, with this environment).
  setIndexChunkSize(process.env, options.indexChunkSize);
  const pagefind = await loadPagefind();
  try {
    const created = await pagefind.createIndex({
      // One index per locale: stem every page in the locale's language.
      forceLanguage: language,
      excludeSelectors: options.excludeSelectors,
      verbose: options.verbose,
      // We pass explicit URLs; never publish the debugging playground.
      writePlayground: false,
    });
    if (!created.index) {
      throw new Error(
        formatIndexingProblems(
          locale,
          created.errors.map((message) => ({message})),
        ),
      );
    }
    const {index} = created;
    problems.push(...created.errors.map((message) => ({message})));

    await mapWithConcurrency(pages, options.concurrency, async ({route, url, file}) => {
      let content: string;
      try {
        content = await fs.readFile(path.join(outDir, file), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          missing += 1;
          return;
        }
        problems.push({route, message: `could not read ${file}: ${(error as Error).message}`});
        return;
      }
      if (!hasPagefindBody(content)) {
        skipped += 1;
        return;
      }
      try {
        const added = await index.addHTMLFile({url, content});
        if (added.errors.length > 0) {
          problems.push(...added.errors.map((message) => ({route, message})));
        } else {
          indexed += 1;
        }
      } catch (error) {
        // The Pagefind service itself failed (e.g. its binary stopped).
        problems.push({route, message: (error as Error).message});
      }
    });

    if (problems.length === 0) {
      const writeStarted = Date.now();
      await fs.rm(outputPath, {recursive: true, force: true});
      const written = await index.writeFiles({outputPath});
      problems.push(
        ...written.errors.map((message) => ({message: `writing ${outputPath}: ${message}`})),
      );
      await Promise.all(
        UNUSED_BUNDLE_FILES.map((name) => fs.rm(path.join(outputPath, name), {force: true})),
      );
      writeMs = Date.now() - writeStarted;
    }
  } finally {
    await pagefind.close();
  }

  if (problems.length > 0) {
    throw new Error(formatIndexingProblems(locale, problems));
  }
  return {
    locale,
    language,
    pages: indexed,
    skipped,
    missing,
    outputPath,
    bytes: await directorySize(outputPath),
    ms: Date.now() - started,
    writeMs,
  };
}

/** The Docusaurus plugin factory (register it in `docusaurus.config.ts`). */
export default function pluginSearch(context: LoadContext, options: PluginOptions): Plugin<void> {
  return {
    name: 'sanctuary-search-pagefind',

    async postBuild({outDir, baseUrl, routesPaths, siteConfig, i18n, siteDir}) {
      const locale = i18n.currentLocale;
      const language = pagefindLanguage(
        locale,
        i18n.localeConfigs[locale]?.htmlLang,
        options.languages,
      );
      // While the next locale builds, when there is one (src/plugins/search/overlap.ts).
      await indexWhileNextLocaleBuilds(locale, anotherLocaleFollows(locale, i18n), async () => {
        const summary = await indexLocale({
          outDir,
          baseUrl,
          routesPaths,
          trailingSlash: siteConfig.trailingSlash,
          locale,
          language,
          options,
        });
        console.log(formatSummary(summary, siteDir ?? context.siteDir));
      });
    },
  };
}

// Also found when the plugin function itself (not its path) is put in `plugins`.
pluginSearch.validateOptions = validateOptions;
