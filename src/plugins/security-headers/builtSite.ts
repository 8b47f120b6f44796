import {promises as fs} from 'node:fs';
import path from 'node:path';
import {makeProblem, type Problem} from '../../lib/problems';
import {contentSecurityPolicy, POLICY_PLACEHOLDER} from '../../lib/security/contentSecurityPolicy';
import {
  charsetEndByte,
  policyMetaTag,
  rewritePage,
  type PagePlan,
} from '../../lib/security/builtPage';
import {cssUrls} from '../../lib/security/cssUrls';
import {sha256Source} from '../../lib/security/inlineScripts';
import {
  pageLocation,
  scanPageFilesOnEveryCore,
  type ScanSettings,
} from '../../lib/security/scanPages';
import {checkUrl} from '../../lib/security/urlPolicy';
import {mapWithConcurrency} from '../search/utils';
import {fillHeaderPolicy, inlineScriptProblems, type PageScripts} from './pages';

/**
 * Checks and finishes one locale's built site: every HTML page and style
 * sheet in its output folder (found by walking the folder, not from the
 * route list, so 404.html and files written by plugins are included), then,
 * when nothing is wrong, writes the Content-Security-Policy first in every
 * page's `<head>`, escapes JSON data blocks, and fills `_headers`.
 */

/** What to check. */
export type BuiltSiteOptions = {
  /** This locale's output folder. */
  outDir: string;
  /** This locale's base URL, e.g. `/` or `/es/`. */
  baseUrl: string;
  /** Absolute site URL (its origin is "this site"), e.g. `https://sanctuary-commons.example.org`. */
  siteUrl: string;
  /** Folders under outDir that hold other locales' builds (e.g. `es`), left to their own run. */
  skipDirs?: readonly string[];
  /** How the report names files: a prefix to each path relative to outDir, e.g. `es/`. */
  reportPrefix?: string;
  /** Origins the pages may also fetch from (a hosted search service). */
  extraConnectSources?: readonly string[];
};

/** The outcome: problems (empty when the pages were written), files checked, and the meta policy written. */
export type BuiltSiteResult = {
  problems: Problem[];
  checkedFiles: number;
  metaPolicy: string | null;
};

/** HTML pages and style sheets under outDir, relative, with forward slashes, sorted. */
async function siteFiles(outDir: string, skipDirs: readonly string[]): Promise<string[]> {
  const skipped = skipDirs
    .map((dir) => `${dir.replace(/^\/+|\/+$/g, '')}/`)
    .filter((dir) => dir !== '/');
  const entries = await fs.readdir(outDir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && /\.(html?|css)$/i.test(entry.name))
    .map((entry) =>
      path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((file) => !skipped.some((dir) => file.startsWith(dir)))
    .sort();
}

/** A file's text, or null when it does not exist. */
async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes a file through a temporary sibling, so a concurrent reader (the search indexer) never sees half a page. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file);
}

/**
 * Checks a locale's built pages and, when they are clean, writes the policy.
 * @param options - see {@link BuiltSiteOptions}
 * @returns every problem (nothing is written when there is one); never throws for a bad page
 * @throws Error only when a file cannot be read or written
 */
export async function secureBuiltSite(options: BuiltSiteOptions): Promise<BuiltSiteResult> {
  const {outDir, baseUrl} = options;
  const prefix = options.reportPrefix ?? '';
  const files = await siteFiles(outDir, options.skipDirs ?? []);
  const extraSources = options.extraConnectSources ?? [];
  const settings: ScanSettings = {
    baseUrl,
    siteOrigin: new URL(options.siteUrl).origin,
    connectOrigins: [
      ...new Set(
        extraSources
          .filter((source) => URL.canParse(source))
          .map((source) => new URL(source).origin),
      ),
    ],
  };
  const isCss = (file: string) => file.toLowerCase().endsWith('.css');

  const problems: Problem[] = [];
  for (const file of files.filter(isCss)) {
    const text = await fs.readFile(path.join(outDir, file), 'utf8');
    for (const found of cssUrls(text)) {
      const problem = checkUrl(
        found.url,
        found.imported ? 'resource' : 'image',
        pageLocation(file, settings),
      );
      if (!problem) continue;
      const field = found.imported ? '@import' : 'url()';
      const values = {...problem.values, subject: JSON.stringify(found.url)};
      problems.push(
        makeProblem(
          {file: `${prefix}${file}`, line: found.line, column: found.column},
          field,
          problem.rule,
          {code: problem.code, values},
        ),
      );
    }
  }
  const scripts: PageScripts[] = [];
  const plans = new Map<string, PagePlan>();
  const pages = files.filter((file) => !isCss(file));
  for (const {file, scan} of (await scanPageFilesOnEveryCore(outDir, pages, settings)).pages) {
    const shownFile = `${prefix}${file}`;
    problems.push(
      ...scan.findings.map((finding) => ({
        severity: 'error' as const,
        file: shownFile,
        ...finding,
      })),
    );
    scripts.push({file: shownFile, scripts: scan.inlineScripts});
    plans.set(file, scan.plan);
  }

  const inline = inlineScriptProblems(scripts);
  problems.push(...inline.problems);
  const scriptHashes = inline.themeScript === undefined ? [] : [sha256Source(inline.themeScript)];
  const inputs = {scriptHashes, extraConnectSources: options.extraConnectSources};
  const metaPolicy = contentSecurityPolicy(inputs, 'meta');
  const metaTag = policyMetaTag(metaPolicy);
  for (const [file, plan] of plans) {
    const end = charsetEndByte(plan, metaTag);
    if (end !== null && end > 1024) {
      problems.push(
        makeProblem({file: `${prefix}${file}`}, '<meta charset>', 'charset-late', {
          code: 'charset-late.after-policy',
          values: {end},
        }),
      );
    }
  }
  const headersFile = path.join(outDir, '_headers');
  const headers = fillHeaderPolicy(
    (await readIfExists(headersFile)) ?? '',
    contentSecurityPolicy(inputs, 'header'),
  );
  if (headers === null) {
    problems.push(
      makeProblem({file: `${prefix}_headers`}, 'Content-Security-Policy', 'csp-header', {
        code: 'csp-header.no-line',
        values: {placeholder: POLICY_PLACEHOLDER},
      }),
    );
  }
  if (problems.length > 0) return {problems, checkedFiles: files.length, metaPolicy: null};

  await mapWithConcurrency([...plans.entries()], 8, async ([file, plan]) => {
    const full = path.join(outDir, file);
    await writeAtomically(full, rewritePage(await fs.readFile(full, 'utf8'), plan, metaTag));
  });
  await fs.writeFile(headersFile, headers!);
  return {problems, checkedFiles: files.length, metaPolicy};
}
