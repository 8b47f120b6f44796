/**
 * Markdown files (playbooks, guides, posts and their translations) are checked one file at a time
 * by `checkMarkdownContent`, a pure function of the file's path, text, kind and place, then by the
 * checks of the day (`withMarkdownDates`). This module remembers the first results between runs
 * (`resultCache.ts`), as `directoryResults.ts` does for directory entries: the build checks the
 * site in each locale's process, and the second and later processes read the first one's answers
 * instead of parsing 1,000 playbooks again (issue 16).
 *
 * A remembered result carries no Markdown tree: the one check that reads links against the site
 * keeps them as plain data (`links`), and the front matter's positions are found again from its
 * YAML only when a problem asks for one. A file the parser limits refused is never parsed, fresh
 * or remembered.
 */
import {
  checkMarkdownContent,
  withMarkdownDates,
  type MarkdownContentJob,
  type MarkdownContentResult,
  type MarkdownFileResult,
} from '../markdownFile';
import * as z from 'zod';
import {reportedProblemSchema} from '../problemSchema';
import {prosePhoneRegions} from '../rules/phoneInText';
import {parseYamlSource, type YamlSource} from '../yamlSource';
import {isJsonValue, ResultCache, resultKey, siteCacheFile} from './resultCache';

/** The remembered part of a result: plain JSON, no functions. */
export type StoredMarkdownResult = Omit<MarkdownContentResult, 'locateFrontMatter'>;

const object = z.record(z.string(), z.unknown());
const line = z.number().int().min(1);

/** The shape of a remembered result, checked as it is read back: a file on disk is not trusted. */
const storedShape = z.object({
  problems: z.array(reportedProblemSchema),
  frontMatter: object,
  playbook: object.optional(),
  translation: object.optional(),
  sections: z.array(z.object({key: z.string().nullable(), heading: z.string(), line})),
  links: z.array(z.object({kind: z.enum(['link', 'image']), url: z.string(), line, column: line})),
  frontMatterYaml: z.object({value: z.string(), line}).optional(),
});

/** The cache of one site's Markdown results. */
export type MarkdownResults = {
  /**
   * The result of one file with the day's checks: remembered, or checked now (and remembered).
   * @param job - the file and its place (see `MarkdownContentJob`)
   * @param today - `YYYY-MM-DD`, for the day's checks
   */
  check(job: MarkdownContentJob, today: string): MarkdownFileResult;
  /** Whether a file's result is remembered. */
  has(job: MarkdownContentJob): boolean;
  /** Remembers a result of `checkMarkdownContent` computed elsewhere (by a worker thread, see `storable`). */
  store(job: MarkdownContentJob, result: StoredMarkdownResult): void;
  /** Writes the cache (never throws). */
  save(): void;
};

/**
 * Opens the cache of a site's Markdown results. Stored next to the directory results
 * (`SANCTUARY_VALIDATION_CACHE`, default `node_modules/.cache/sanctuary-commons/`).
 * @param siteDir - absolute site root (each site has its own cache file)
 */
export function openMarkdownResults(siteDir: string): MarkdownResults {
  const cache = new ResultCache<StoredMarkdownResult>(
    siteCacheFile('markdown-files', siteDir),
    (value) => storedShape.safeParse(value).success,
  );
  // The countries whose phone formats prose is read for change what is found in it.
  const key = (job: MarkdownContentJob) =>
    resultKey([
      job.file,
      job.kind,
      job.siteDir,
      job.contentRoot,
      job.translationLocale ?? '',
      prosePhoneRegions().join(','),
      job.text,
    ]);
  return {
    check(job, today) {
      const k = key(job);
      const known = cache.get(k);
      if (known) return withMarkdownDates(withLocate(known, job.file), job.file, today);
      const result = checkMarkdownContent(job);
      const stored = storable(result);
      if (stored) cache.set(k, stored);
      return withMarkdownDates(result, job.file, today);
    },
    has: (job) => cache.get(key(job)) !== undefined,
    store: (job, result) => cache.set(key(job), result),
    save: () => cache.save(),
  };
}

/**
 * The part of a result to remember, or undefined when JSON would not give back the same values (a
 * front matter value JSON has no form for, such as YAML's `.nan` or `.inf`): such a file is checked
 * again on every run rather than remembered differently. A property whose value is `undefined` is
 * remembered as absent, which every reader of a result treats alike.
 */
export function storable(result: MarkdownContentResult): StoredMarkdownResult | undefined {
  const {locateFrontMatter: _locate, ...plain} = result;
  return isJsonValue(plain) ? plain : undefined;
}

/** A stored result with `locateFrontMatter` back: the front matter's YAML is parsed again only when a position is asked for. */
function withLocate(result: StoredMarkdownResult, file: string): MarkdownContentResult {
  const yaml = result.frontMatterYaml;
  if (!yaml) return {...result, locateFrontMatter: () => ({line: 1, column: 1})};
  let source: YamlSource | undefined;
  return {
    ...result,
    locateFrontMatter: (keyPath) =>
      (source ??= parseYamlSource(file, yaml.value, yaml.line)).locate(keyPath),
  };
}
