/**
 * Checks many directory files on every core: the files whose results are
 * not remembered are split between worker threads (`directoryWorker.ts`),
 * and their results go into the site's cache, where `loadCoalition` finds
 * them. Nothing here decides a result: the workers run `checkDirectoryEntry`.
 *
 * Workers load TypeScript through tsx (src/lib/typescriptWorker.ts). When
 * workers cannot start, everything is simply checked later on the main thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {DirectoryEntryResult} from '../directoryEntry';
import {runTypeScriptWorker} from '../typescriptWorker';
import {openDirectoryResults, type DirectoryJob} from './directoryResults';
import {siteCountries} from '../cityCountry';
import {prosePhoneRegions, setProsePhoneRegions} from '../rules/phoneInText';

/** Below this many unchecked files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 400;

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
      jobs.push({
        file,
        kind: entry.name === '_city.yml' ? 'city' : 'organization',
        text: fs.readFileSync(path.join(siteDir, file), 'utf8'),
      });
    }
  }
  return jobs;
}

function runWorker(siteDir: string, jobs: DirectoryJob[]): Promise<DirectoryEntryResult[]> {
  return runTypeScriptWorker(path.join(__dirname, 'directoryWorker.ts'), {
    siteDir,
    jobs,
    regions: prosePhoneRegions(),
  });
}

/**
 * Makes sure every directory file of a site has its result in the cache,
 * checking the missing ones on all cores.
 * @param siteDir - absolute site root
 * @param options.now - reference date (default: now)
 * @param options.threads - worker threads (default: the machine's available parallelism)
 * @returns how many files were checked now, and on how many threads (0: none needed or workers unavailable)
 */
export async function warmDirectoryResults(
  siteDir: string,
  options: {now?: Date; threads?: number} = {},
): Promise<{checked: number; threads: number}> {
  const now = options.now ?? new Date();
  // As loadCoalition does, so the results stored here are the ones it would compute.
  setProsePhoneRegions(siteCountries(siteDir));
  const results = openDirectoryResults(siteDir, now);
  const missing = directoryJobs(siteDir).filter((job) => !results.has(job));
  const threads = Math.min(
    options.threads ?? os.availableParallelism(),
    Math.ceil(missing.length / (MIN_FILES_FOR_WORKERS / 2)),
  );
  if (missing.length < MIN_FILES_FOR_WORKERS || threads < 2) return {checked: 0, threads: 0};
  // Interleaved chunks: cities and organisations, short and long files, spread evenly.
  const chunks = Array.from({length: threads}, (_, index) =>
    missing.filter((_job, position) => position % threads === index),
  );
  try {
    const done = await Promise.all(chunks.map((chunk) => runWorker(siteDir, chunk)));
    chunks.forEach((chunk, index) =>
      chunk.forEach((job, position) => results.store(job, done[index]![position]!)),
    );
    results.save();
    return {checked: missing.length, threads};
  } catch {
    // No workers here (tsx missing, a sandbox): loadCoalition checks the files itself, on one thread.
    return {checked: 0, threads: 0};
  }
}
