/**
 * Scans a locale's built pages (`scanBuiltPage`) on every core. Each scan is a pure function of
 * the page's text and address, so the pages are split between worker threads (`scanWorker.ts`);
 * the main thread of a Docusaurus build, whose heap holds the whole site by then, spent as long
 * collecting garbage as scanning (issue 16: 8 s of each, per locale, at the benchmark coalition).
 * When workers cannot start, the pages are scanned on the main thread: every page is scanned
 * either way.
 */
import fs from 'node:fs';
import path from 'node:path';
import {runTypeScriptWorker, workerCount} from '../typescriptWorker';
import {scanBuiltPage, type PageScan} from './builtPage';
import type {PageLocation} from './urlPolicy';

/** Where a locale's pages are served: what a page's location is made from (plain data, for workers). */
export type ScanSettings = {
  /** The locale's base URL, e.g. `/` or `/es/`. */
  baseUrl: string;
  /** The site's origin, e.g. `https://sanctuary-commons.example.org`. */
  siteOrigin: string;
  /** Origins a page may hint a connection to (the policy's extra connect-src). */
  connectOrigins: string[];
};

/** One scanned page: its path relative to the output folder and the scan. */
export type ScannedPage = {file: string; scan: PageScan};

/** Half of a surrogate pair on its own: `encodeURIComponent` refuses it (String#toWellFormed, ES2024, does this). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Below this many pages, starting workers costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 200;

/**
 * A page's address on the site and the path of its script bundles.
 * @param file - path relative to the locale's output folder, with forward slashes
 * @param settings - see {@link ScanSettings}
 */
export function pageLocation(file: string, settings: ScanSettings): PageLocation {
  // Each segment escaped: a name such as `\evil.example\x.html` would otherwise be read as another
  // host (the URL parser takes `\` for `/`), and that host's addresses as this site's own.
  const path = file
    .replace(LONE_SURROGATE, '\uFFFD')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return {
    pageUrl: new URL(`${settings.baseUrl}${path}`, settings.siteOrigin),
    scriptPrefix: `${settings.baseUrl}assets/js/`,
    connectOrigins: new Set(settings.connectOrigins),
  };
}

/**
 * Reads and scans pages on this thread.
 * @param outDir - the locale's output folder
 * @param files - HTML files relative to it
 * @param settings - see {@link ScanSettings}
 * @returns one scan per file, in the order given
 * @throws Error when a file cannot be read
 */
export function scanPageFiles(
  outDir: string,
  files: readonly string[],
  settings: ScanSettings,
): ScannedPage[] {
  return files.map((file) => ({
    file,
    scan: scanBuiltPage(
      fs.readFileSync(path.join(outDir, file), 'utf8'),
      pageLocation(file, settings),
    ),
  }));
}

/**
 * Reads and scans pages on every core (on this thread when there are few, or workers fail).
 * @param outDir - the locale's output folder
 * @param files - HTML files relative to it
 * @param settings - see {@link ScanSettings}
 * @param threads - worker threads (default: the machine's available parallelism; at most `MAX_WORKERS`)
 * @returns one scan per file, in the order given, and how many threads scanned them (1: this one)
 * @throws Error when a file cannot be read
 */
export async function scanPageFilesOnEveryCore(
  outDir: string,
  files: readonly string[],
  settings: ScanSettings,
  threads?: number,
): Promise<{pages: ScannedPage[]; threads: number}> {
  const here = () => ({pages: scanPageFiles(outDir, files, settings), threads: 1});
  const count = Math.min(
    workerCount(threads),
    Math.floor(files.length / (MIN_PAGES_FOR_WORKERS / 2)),
  );
  if (count < 2) return here();
  // Interleaved shares: big and small pages of every section, spread evenly.
  const shares = Array.from({length: count}, (_, index) =>
    files.filter((_file, position) => position % count === index),
  );
  let done: ScannedPage[][];
  try {
    done = await Promise.all(
      shares.map((share) =>
        runTypeScriptWorker<ScannedPage[]>(path.join(__dirname, 'scanWorker.ts'), {
          outDir,
          files: share,
          settings,
        }),
      ),
    );
  } catch {
    // No workers here (tsx missing, a sandbox, a worker that failed): scan every page here.
    return here();
  }
  const byFile = new Map(done.flat().map((page) => [page.file, page]));
  return {
    pages: files.map((file) => byFile.get(file) ?? {file, scan: scanOne(outDir, file, settings)}),
    threads: count,
  };
}

/** A page a worker did not answer for (never expected): scanned here, so no page goes unchecked. */
function scanOne(outDir: string, file: string, settings: ScanSettings): PageScan {
  return scanPageFiles(outDir, [file], settings)[0]!.scan;
}
