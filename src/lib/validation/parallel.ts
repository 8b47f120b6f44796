/**
 * Checks many directory and Markdown files on every core: the files whose
 * results are not remembered are split between worker threads
 * (`checkWorker.ts`), and their results go into the site's caches, where
 * `loadCoalition` finds them. Nothing here decides a result: the workers run
 * `checkDirectoryEntryContent` and `checkMarkdownContent`.
 *
 * Workers load TypeScript through tsx (src/lib/typescriptWorker.ts). When
 * workers cannot start, everything is simply checked later on the main thread.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {DirectoryEntryResult} from '../directoryEntry';
import {runTypeScriptWorker, workerCount} from '../typescriptWorker';
import {openDirectoryResults, type DirectoryJob} from './directoryResults';
import {openMarkdownResults, type StoredMarkdownResult} from './markdownResults';
import type {MarkdownContentJob} from '../markdownFile';
import {checkI18nPlacement} from '../checks/i18nPlacement';
import {listFiles} from '../siteFiles/listing';
import {markdownJob} from '../siteFiles/markdownJob';
import {siteCountries} from '../cityCountry';
import {prosePhoneRegions, setProsePhoneRegions} from '../rules/phoneInText';

/** Below this much work (directory files, see MARKDOWN_WEIGHT), starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 400;
/** A Markdown file takes about three times a directory file's check (benchmark coalition: 8 ms against 2.7 ms). */
const MARKDOWN_WEIGHT = 3;

/** A file's text, or null when it cannot be read: then the main thread's check reports it (siteFiles/reader.ts). */
function readable(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Directory files of a site, with their kind (the layout checks themselves stay in `loadCoalition`). */
function directoryJobs(siteDir: string): DirectoryJob[] {
  const root = path.join(siteDir, 'directory');
  if (!fs.existsSync(root)) return [];
  const jobs: DirectoryJob[] = [];
  for (const city of fs.readdirSync(root, {withFileTypes: true})) {
    if (!city.isDirectory()) continue;
    for (const entry of fs.readdirSync(path.join(root, city.name), {withFileTypes: true})) {
      if (!entry.isFile() || !entry.name.endsWith('.yml')) continue;
      const file = `directory/${city.name}/${entry.name}`;
      const text = readable(path.join(siteDir, file));
      if (text === null) continue;
      jobs.push({file, kind: entry.name === '_city.yml' ? 'city' : 'organization', text});
    }
  }
  return jobs;
}

/** Contributed Markdown files of a site, as `loadSiteFiles` will check them (not links, not misplaced translations). */
function markdownJobs(siteDir: string): MarkdownContentJob[] {
  const listed = listFiles(siteDir);
  const refused = checkI18nPlacement(listed).refused;
  return listed.flatMap((file) => {
    if (!file.endsWith('.md') || refused.has(file)) return [];
    const full = path.join(siteDir, file);
    const text = fs.lstatSync(full).isSymbolicLink() ? null : readable(full);
    const job = text === null ? null : markdownJob(siteDir, file, text);
    return job ? [job] : [];
  });
}

/** What a worker posts back: one result per job, in order (null: not storable, checked later here). */
type WorkerResults = {
  directory: DirectoryEntryResult[];
  markdown: Array<StoredMarkdownResult | null>;
};

/** Spreads jobs over `count` shares, interleaved: short and long files of every kind in each. */
function shares<T>(jobs: readonly T[], count: number): T[][] {
  return Array.from({length: count}, (_, index) =>
    jobs.filter((_job, position) => position % count === index),
  );
}

/**
 * Makes sure every directory and Markdown file of a site has its result in the cache, checking the
 * missing ones on all cores.
 * @param siteDir - absolute site root
 * @param options.now - reference date (default: now)
 * @param options.threads - worker threads (default: the machine's available parallelism; at most `MAX_WORKERS`)
 * @returns how many files were checked now, and on how many threads (0: none needed or workers unavailable)
 */
export async function warmSiteResults(
  siteDir: string,
  options: {now?: Date; threads?: number} = {},
): Promise<{checked: number; threads: number}> {
  const now = options.now ?? new Date();
  // As loadSiteFiles does, so the results stored here are the ones it would compute.
  setProsePhoneRegions(siteCountries(siteDir));
  const entries = openDirectoryResults(siteDir, now);
  const markdownResults = openMarkdownResults(siteDir);
  const directory = directoryJobs(siteDir).filter((job) => !entries.has(job));
  const markdown = markdownJobs(siteDir).filter((job) => !markdownResults.has(job));
  const work = directory.length + MARKDOWN_WEIGHT * markdown.length;
  const threads = Math.min(
    workerCount(options.threads),
    Math.ceil(work / (MIN_FILES_FOR_WORKERS / 2)),
  );
  if (work < MIN_FILES_FOR_WORKERS || threads < 2) return {checked: 0, threads: 0};
  const directoryShares = shares(directory, threads);
  const markdownShares = shares(markdown, threads);
  try {
    const done = await Promise.all(
      directoryShares.map((share, index) =>
        runTypeScriptWorker<WorkerResults>(path.join(__dirname, 'checkWorker.ts'), {
          siteDir,
          directory: share,
          markdown: markdownShares[index],
          regions: prosePhoneRegions(),
        }),
      ),
    );
    done.forEach((results, index) => {
      directoryShares[index]!.forEach((job, position) =>
        entries.store(job, results.directory[position]!),
      );
      markdownShares[index]!.forEach((job, position) => {
        const result = results.markdown[position];
        if (result) markdownResults.store(job, result);
      });
    });
    entries.save();
    markdownResults.save();
    return {checked: directory.length + markdown.length, threads};
  } catch {
    // No workers here (tsx missing, a sandbox): loadSiteFiles checks the files itself, on one thread.
    return {checked: 0, threads: 0};
  }
}
