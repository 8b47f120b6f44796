/**
 * Directory entries (`directory/<city>/*.yml`) are checked one file at a
 * time: `checkDirectoryEntryContent`, a pure function of the file's path,
 * text and kind, then the few checks of the day (`withEntryDates`: future
 * dates, review due). This module remembers the first results between runs
 * and across days (`resultCache.ts`) and, when many files are new, checks
 * them on every core first (`parallel.ts`), so `loadCoalition` only reads
 * the answers and adds the day's.
 */
import {
  checkDirectoryEntryContent,
  withEntryDates,
  type DirectoryEntryResult,
} from '../directoryEntry';
import {parseYamlSource, type YamlSource} from '../yamlSource';
import {cacheFolder, ResultCache, resultKey, siteCacheFile} from './resultCache';
import * as z from 'zod';
import {reportedProblemSchema} from '../problemSchema';
import {prosePhoneRegions} from '../rules/phoneInText';

/** One directory file to check. */
export type DirectoryJob = {file: string; text: string; kind: 'city' | 'organization'};

/** The cache of one site's directory results. */
export type DirectoryResults = {
  /** The result of one file, with the day's checks: remembered, or checked now (and remembered). */
  check(job: DirectoryJob): DirectoryEntryResult;
  /** Whether a file's result is remembered. */
  has(job: DirectoryJob): boolean;
  /** Remembers results of `checkDirectoryEntryContent` computed elsewhere (by the worker threads). */
  store(job: DirectoryJob, result: DirectoryEntryResult): void;
  /** Writes the cache. */
  save(): void;
};

const object = z.record(z.string(), z.unknown());

/** The shape of a remembered result, checked as it is read back: a file on disk is not trusted. */
const storedShape = z.object({
  problems: z.array(reportedProblemSchema),
  city: object.optional(),
  organization: object.optional(),
  datePlaces: object.optional(),
});

/**
 * Opens the cache of a site's directory results.
 * @param siteDir - absolute site root (each site has its own cache file)
 * @param now - the reference date of the day's checks (the remembered results do not depend on it)
 */
export function openDirectoryResults(siteDir: string, now: Date): DirectoryResults {
  const day = now.toISOString().slice(0, 10);
  // One cache per site and day in a process: the parallel warm-up and loadCoalition share it.
  const opened = `${siteDir}\u0000${day}\u0000${cacheFolder()}`;
  let results = open.get(opened);
  if (!results) {
    results = openResults(siteDir, now);
    open.set(opened, results);
  }
  return results;
}

const open = new Map<string, DirectoryResults>();

function openResults(siteDir: string, now: Date): DirectoryResults {
  const cache = new ResultCache<DirectoryEntryResult>(
    siteCacheFile('directory-entries', siteDir),
    (value) => storedShape.safeParse(value).success,
  );
  // The countries whose phone formats prose is read for change what is found in it.
  const key = (job: DirectoryJob) =>
    resultKey([job.file, job.kind, prosePhoneRegions().join(','), job.text]);
  return {
    check(job) {
      const k = key(job);
      const known = cache.get(k);
      if (known) return withEntryDates(withLocate(known, job), job.file, now);
      const result = checkDirectoryEntryContent({...job, siteDir});
      cache.set(k, storable(result));
      return withEntryDates(result, job.file, now);
    },
    has: (job) => cache.get(key(job)) !== undefined,
    store: (job, result) => cache.set(key(job), storable(result)),
    save: () => cache.save(),
  };
}

/** A result as stored: plain JSON (positions are found again from the text when a later check asks for them). */
export function storable(result: DirectoryEntryResult): DirectoryEntryResult {
  const {locate: _locate, ...plain} = result;
  return plain;
}

/** A stored result with its `locate` back: the file's YAML is parsed again only if a check asks for a position. */
function withLocate(result: DirectoryEntryResult, job: DirectoryJob): DirectoryEntryResult {
  if (result.data === undefined) return result;
  let source: YamlSource | undefined;
  return {
    ...result,
    locate: (keyPath) => (source ??= parseYamlSource(job.file, job.text)).locate(keyPath),
  };
}
