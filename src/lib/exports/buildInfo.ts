import {execFileSync} from 'node:child_process';
import {processMap} from '../processCache';

/**
 * What every export says about the build that produced it, so that a
 * researcher can cite the exact data: the export format's version, when it
 * was built and from which Git commit.
 */

/**
 * Version of the export formats (Semantic Versioning). Bump the major
 * version when a field is removed or changes meaning, the minor version
 * when one is added.
 */
export const EXPORT_SCHEMA_VERSION = '1.0.0';

/** Build metadata carried by every export. */
export type BuildInfo = {
  schema_version: string;
  /** ISO 8601 date-time (UTC) of the build, e.g. `2026-11-29T18:00:00.000Z`. */
  generated_at: string;
  /** Full Git commit hash of the content, or `unknown`. */
  commit: string;
  /** Why the commit is `unknown` (absent when it is known). */
  commit_note?: string;
};

const started = processMap<'time', Date>('build-time');
/** 9999-12-31T23:59:59Z in seconds since 1970. */
const LAST_FOUR_DIGIT_SECOND = 253_402_300_799;

/** The time this process first asked for the build time: one time for every plugin and locale it builds. */
function processStart(): Date {
  let time = started.get('time');
  if (!time) {
    time = new Date();
    started.set('time', time);
  }
  return new Date(time);
}

/**
 * The build time: `SOURCE_DATE_EPOCH` when it is set, else the time this process first asked for
 * it (so the exports and changes.json of a one-process build agree too). `npm run build` sets it once for
 * all its locale processes, so every locale's /data page and the exports carry the same time; a CI
 * matrix sets it in each job (the commit's time, say) for the same reason.
 * Source: reproducible-builds.org, "SOURCE_DATE_EPOCH" specification (whole seconds since
 * 1970-01-01T00:00:00Z, decimal digits only).
 * @param env - the environment (`process.env`)
 * @returns the build time (a Date)
 * @throws Error naming the variable when it is set but not whole seconds, as the specification asks
 */
export function buildTime(env: NodeJS.ProcessEnv): Date {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return processStart();
  const seconds = /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
  // ISO 8601 and RFC 3339 (the exports' dates) write four-digit years: 9999-12-31T23:59:59Z at most.
  const time = new Date(seconds <= LAST_FOUR_DIGIT_SECOND ? seconds * 1000 : Number.NaN);
  if (Number.isNaN(time.getTime()))
    throw new Error(
      `SOURCE_DATE_EPOCH is "${value.slice(0, 40)}", not a time: set it to whole seconds since 1970, before the year 10000 ` +
        '(for example the output of `date +%s` or `git log -1 --format=%ct`), or unset it.',
    );
  return time;
}

/**
 * Reads the commit of a folder with `git rev-parse HEAD`.
 * @param dir - any folder inside the repository
 * @param now - the build time (default: `buildTime(process.env)`)
 * @returns build metadata; without Git the commit is `unknown` and `commit_note` says why
 * @throws Error when `SOURCE_DATE_EPOCH` is set but malformed (see `buildTime`)
 */
export function readBuildInfo(dir: string, now: Date = buildTime(process.env)): BuildInfo {
  const generated_at = now.toISOString();
  // A deployment may pass the commit explicitly (e.g. a CI variable) when the checkout has no .git folder.
  const fromEnv = process.env.SANCTUARY_COMMIT ?? process.env.GITHUB_SHA;
  if (fromEnv && /^[0-9a-f]{7,40}$/i.test(fromEnv))
    return {schema_version: EXPORT_SCHEMA_VERSION, generated_at, commit: fromEnv.toLowerCase()};
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    if (/^[0-9a-f]{40}$/.test(commit))
      return {schema_version: EXPORT_SCHEMA_VERSION, generated_at, commit};
    return {
      schema_version: EXPORT_SCHEMA_VERSION,
      generated_at,
      commit: 'unknown',
      commit_note: `git rev-parse HEAD printed "${commit.slice(0, 60)}", not a commit hash.`,
    };
  } catch (error) {
    const reason =
      (error as {stderr?: string}).stderr?.toString().trim().split('\n')[0] ||
      (error as Error).message.split('\n')[0];
    return {
      schema_version: EXPORT_SCHEMA_VERSION,
      generated_at,
      commit: 'unknown',
      commit_note: `The build ran outside a Git checkout or without git (${reason}).`,
    };
  }
}
