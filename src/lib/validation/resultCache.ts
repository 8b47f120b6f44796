/**
 * A persistent cache of per-file check results, so that checking 10,000
 * directory files again costs reading and hashing them, not parsing them.
 *
 * A result is reused only when everything it was computed from is the same:
 * the file's path and text, its kind, and the validator itself — a fingerprint of every
 * source file under `src/lib/`, of `package-lock.json` and of the Node version (with its
 * ICU and Unicode data), so a new or changed rule, an updated library or another Node
 * starts from an empty cache. Results
 * must be plain JSON (they are: YAML dates stay strings).
 *
 * Stored in `node_modules/.cache/sanctuary-commons/` (the conventional
 * place, ignored by Git); the ci workflow keeps it between its own runs. The
 * validate workflow never restores it: a pull request could plant results. Set
 * `SANCTUARY_VALIDATION_CACHE=off` to disable it, or to a folder to move it.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Bump when the shape of cached results changes. */
const FORMAT = 2;
const LIB_DIR = path.resolve(__dirname, '..');
const REPOSITORY = path.resolve(LIB_DIR, '../..');

let fingerprint: string | undefined;

/** Hash of the validator's code, locked dependencies and Node version, computed once per process. */
export function validatorFingerprint(): string {
  if (fingerprint === undefined) {
    // Node and its ICU data decide some results too (Intl.Segmenter's word counts, Unicode property escapes).
    const runtime = `node ${process.versions.node} icu ${process.versions.icu ?? 'none'} unicode ${process.versions.unicode ?? 'none'}`;
    const hash = createHash('sha256').update(`format ${FORMAT}\n${runtime}\n`);
    const sources = fs.existsSync(LIB_DIR)
      ? fs
          .readdirSync(LIB_DIR, {recursive: true, withFileTypes: true})
          .filter(
            (entry) =>
              entry.isFile() &&
              /\.(ts|json)$/.test(entry.name) &&
              !entry.parentPath.includes('__tests__'),
          )
          .map((entry) => path.join(entry.parentPath, entry.name))
          .sort()
      : [];
    for (const file of [...sources, path.join(REPOSITORY, 'package-lock.json')]) {
      if (!fs.existsSync(file)) continue;
      hash
        .update(`${path.relative(REPOSITORY, file)}\n`)
        .update(fs.readFileSync(file))
        .update('\n');
    }
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

/** The folder of the cache, or null when caching is off. */
export function cacheFolder(): string | null {
  const setting = process.env.SANCTUARY_VALIDATION_CACHE;
  if (setting === 'off' || setting === '0') return null;
  return setting
    ? path.resolve(setting)
    : path.join(REPOSITORY, 'node_modules', '.cache', 'sanctuary-commons');
}

/**
 * The key of one result.
 * @param parts - everything the result depends on besides the validator (path, kind, day, text…)
 */
export function resultKey(parts: readonly string[]): string {
  const hash = createHash('sha256').update(validatorFingerprint());
  for (const part of parts) hash.update('\u0000').update(part);
  return hash.digest('base64url');
}

/**
 * The name of a site's cache file: `<kind>-<12 hex digits of the site's SHA-256>.json`, so each site
 * (the repository, a test fixture, a benchmark coalition) keeps its own file, and `KEEP_FILES` of
 * each kind are kept.
 * @param kind - what the file holds, e.g. `directory-entries`
 * @param site - what tells the sites apart: a folder or an address
 */
export function siteCacheFile(kind: string, site: string): string {
  return `${kind}-${createHash('sha256').update(site).digest('hex').slice(0, 12)}.json`;
}

/** Cache files kept per folder: one per site checked recently (the repository, a fixture…), the oldest removed. */
const KEEP_FILES = 4;

/** One cache file: results by key; entries not used by a run are dropped when it saves. */
export class ResultCache<T> {
  private readonly file: string | null;
  private readonly stored: Map<string, T>;
  private readonly used = new Map<string, T>();
  private changed = false;

  /**
   * @param name - file name inside the cache folder, e.g. `directory-entries.json`
   * @param isValid - whether a stored value has the shape of a result: one that does not (a damaged
   *   or edited file) is a miss, checked again, never trusted
   */
  constructor(
    name: string,
    private readonly isValid: (value: unknown) => boolean = () => true,
  ) {
    const folder = cacheFolder();
    this.file = folder && path.join(folder, name);
    this.stored = new Map();
    if (!this.file || !fs.existsSync(this.file)) return;
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as {
        fingerprint?: string;
        entries?: [string, T][];
      };
      // Another validator's results are useless (and its keys would never match anyway).
      if (parsed.fingerprint === validatorFingerprint() && Array.isArray(parsed.entries))
        this.stored = new Map(parsed.entries);
    } catch {
      // A damaged cache is an empty cache.
    }
  }

  /** A stored result, or undefined. */
  get(key: string): T | undefined {
    const made = this.used.get(key);
    if (made !== undefined) return made;
    const stored = this.stored.get(key);
    if (stored === undefined || !this.isValid(stored)) return undefined;
    this.used.set(key, stored);
    return stored;
  }

  /** Stores a result. */
  set(key: string, value: T): void {
    this.used.set(key, value);
    this.changed = true;
  }

  /** Writes the results used or made by this run (atomically), when anything changed. Never throws: a cache is optional. */
  save(): void {
    if (!this.file || (!this.changed && this.used.size === this.stored.size)) return;
    try {
      fs.mkdirSync(path.dirname(this.file), {recursive: true});
      const temporary = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(
        temporary,
        JSON.stringify({fingerprint: validatorFingerprint(), entries: [...this.used]}),
      );
      fs.renameSync(temporary, this.file);
      this.changed = false;
      const folder = path.dirname(this.file);
      const prefix = path.basename(this.file).replace(/-[^-]*$/, '-');
      fs.readdirSync(folder)
        .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
        .map((name) => ({name, time: fs.statSync(path.join(folder, name)).mtimeMs}))
        .sort((a, b) => b.time - a.time)
        .slice(KEEP_FILES)
        .forEach(({name}) => fs.rmSync(path.join(folder, name), {force: true}));
    } catch {
      // Read-only node_modules, full disk: the next run checks again.
    }
  }
}

/**
 * Whether JSON gives `value` back as it is: strings, booleans, null, finite numbers (not -0),
 * arrays and plain objects of those; a property whose value is `undefined` comes back absent.
 * A result that is not is never stored: it would come back different.
 * @param value - anything
 */
export function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((item) => item !== undefined && isJsonValue(item));
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => item === undefined || isJsonValue(item));
}
