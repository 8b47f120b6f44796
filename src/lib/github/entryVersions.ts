import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {parseYamlSource} from '../yamlSource';
import {classifyFile} from './changes';
import type {GithubClient} from './client';
import type {EntryVersion, EntryVersions} from './entryDiff';
import type {ChangedFile} from './prReport';

/**
 * The two versions of each changed directory file, read as YAML data only
 * (the `yaml` library: no tags, no code, aliases capped) and size-limited:
 * the default branch's from its checkout (or from git), the pull request's
 * from GitHub's contents API at the head commit. Never from the
 * validate workflow's artifact, which the pull request's own code writes.
 */

/** Largest directory file read (bytes). Real entries are a few kilobytes. */
export const MAX_ENTRY_BYTES = 64 * 1024;

/** Most directory files compared in one report; more are counted, not read. */
export const MAX_COMPARED_FILES = 100;

const tooLarge = (bytes: number) => ({
  error: `the file is ${bytes} bytes, more than the ${MAX_ENTRY_BYTES} a directory file may have.`,
});

/**
 * Parses one version of a directory file.
 * @param file - its path (for messages)
 * @param text - its content
 * @returns the data, or why it cannot be read (too large, YAML error, not a map)
 */
export function readEntryVersion(file: string, text: string): EntryVersion {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ENTRY_BYTES) return tooLarge(bytes);
  const source = parseYamlSource(file, text);
  const problem = source.problems[0];
  if (problem) return {error: `line ${problem.line}: ${problem.message}`};
  const isMap =
    typeof source.data === 'object' && source.data !== null && !Array.isArray(source.data);
  if (!isMap) return {error: 'the file is not a YAML map of fields.'};
  return {data: source.data as Record<string, unknown>};
}

/**
 * A file's version in a checkout (the default branch in the workflows).
 * @param root - the checkout
 * @param file - path relative to the root
 * @returns the version, or undefined when the file does not exist there
 */
export function readCheckoutVersion(root: string, file: string): EntryVersion | undefined {
  const full = path.resolve(root, file);
  if (!full.startsWith(path.resolve(root) + path.sep))
    return {error: 'the path leaves the repository.'};
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(full);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) return {error: 'it is a symbolic link, not a file.'};
  if (!stat.isFile()) return {error: 'it is not a file.'};
  if (stat.size > MAX_ENTRY_BYTES) return tooLarge(stat.size);
  return readEntryVersion(file, fs.readFileSync(full, 'utf8'));
}

/**
 * A file's version at a git revision (for the local `pr-report` run).
 * @param root - the repository (or a folder in it: the path is relative to it)
 * @param revision - e.g. `main`
 * @param file - path relative to `root`
 * @returns the version, or undefined when the file does not exist at that revision
 */
export function readGitVersion(
  root: string,
  revision: string,
  file: string,
): EntryVersion | undefined {
  try {
    const text = execFileSync('git', ['show', `${revision}:./${file}`], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: MAX_ENTRY_BYTES * 2,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return readEntryVersion(file, text);
  } catch (error) {
    const stderr = String((error as {stderr?: unknown}).stderr ?? '');
    if (/does not exist|exists on disk, but not in/.test(stderr)) return undefined;
    return {
      error: `git could not read it at ${revision} (${stderr.trim().split('\n')[0] || (error as Error).message}).`,
    };
  }
}

/**
 * A file's version at a commit, from GitHub's contents API
 * (https://docs.github.com/en/rest/repos/contents#get-repository-content).
 * @param octokit - the GitHub client (needs `contents: read`)
 * @param where - repository, commit SHA and path
 * @returns the version, or undefined when the file does not exist at that commit
 * @throws the request error for anything but a 404 (rate limit, token), so the run stops and says why
 */
export async function fetchEntryVersion(
  octokit: GithubClient,
  where: {owner: string; repo: string; ref: string; file: string},
): Promise<EntryVersion | undefined> {
  let data: unknown;
  try {
    ({data} = await octokit.rest.repos.getContent({
      owner: where.owner,
      repo: where.repo,
      path: where.file,
      ref: where.ref,
    }));
  } catch (error) {
    if ((error as {status?: number}).status === 404) return undefined;
    throw error;
  }
  if (Array.isArray(data)) return {error: 'on GitHub it is a folder, not a file.'};
  const content = data as {type?: string; size?: number; encoding?: string; content?: string};
  const type = String(content.type ?? 'thing of unknown type').slice(0, 20);
  if (content.type !== 'file') return {error: `on GitHub it is a ${type}, not a file.`};
  if (typeof content.size !== 'number' || content.size > MAX_ENTRY_BYTES)
    return tooLarge(Number(content.size));
  if (content.encoding !== 'base64' || typeof content.content !== 'string')
    return {error: 'GitHub did not return its content.'};
  return readEntryVersion(where.file, Buffer.from(content.content, 'base64').toString('utf8'));
}

/**
 * Every organisation file of a checkout as data (the default branch's, for the duplicate check of a
 * proposed entry). Files that cannot be read are skipped: the validator reports them.
 * @param root - the checkout
 * @returns file, city folder and parsed data of each `directory/<city>/<org>.yml`
 */
export function readCheckoutOrganisations(
  root: string,
): {file: string; city: string; data: Record<string, unknown>}[] {
  const directory = path.join(root, 'directory');
  const out: {file: string; city: string; data: Record<string, unknown>}[] = [];
  let cities: fs.Dirent[];
  try {
    cities = fs.readdirSync(directory, {withFileTypes: true});
  } catch {
    return out;
  }
  for (const city of cities
    .filter((entry) => entry.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const names = fs
      .readdirSync(path.join(directory, city.name))
      .filter((name) => name.endsWith('.yml') && name !== '_city.yml')
      .sort();
    for (const name of names) {
      const file = `directory/${city.name}/${name}`;
      const version = readCheckoutVersion(root, file);
      if (version && 'data' in version) out.push({file, city: city.name, data: version.data});
    }
  }
  return out;
}

/** How to read each side. */
export type VersionReaders = {
  /** The default branch's version of a path (undefined: no such file). */
  before(file: string): EntryVersion | undefined | Promise<EntryVersion | undefined>;
  /** The proposed version of a path (undefined: no such file). */
  after(file: string): EntryVersion | undefined | Promise<EntryVersion | undefined>;
  /** The ISO country of a city on the default branch, when known. */
  cityCountry?(city: string): string | undefined;
};

/**
 * The versions of every changed organisation and city file. A renamed file is compared with its
 * previous path; the previous path's own "removed" entry is then left out.
 * @param changedFiles - from GitHub's list of the pull request's files (or git locally)
 * @param read - how to read each side
 * @returns the versions (at most {@link MAX_COMPARED_FILES}) and how many files were left out
 */
export async function collectEntryVersions(
  changedFiles: ChangedFile[],
  read: VersionReaders,
): Promise<{versions: EntryVersions[]; leftOut: number}> {
  const renamedFrom = new Set(
    changedFiles.flatMap((change) => (change.previousFile ? [change.previousFile] : [])),
  );
  const wanted = changedFiles
    .map((change) => ({change, classified: classifyFile(change.file)}))
    .filter(({classified}) => classified.kind === 'organization' || classified.kind === 'city')
    .filter(({change}) => !(change.status === 'removed' && renamedFrom.has(change.file)));
  const versions: EntryVersions[] = [];
  for (const {change, classified} of wanted.slice(0, MAX_COMPARED_FILES)) {
    const before =
      change.status === 'added' ? undefined : await read.before(change.previousFile ?? change.file);
    // A file the pull request keeps but whose version cannot be found is not "removed": say so.
    const notFound = {
      error: "the proposed version was not found at the pull request's head commit.",
    };
    const after =
      change.status === 'removed' ? undefined : ((await read.after(change.file)) ?? notFound);
    const cityCountry = classified.city ? read.cityCountry?.(classified.city) : undefined;
    versions.push({
      file: change.file,
      ...(change.previousFile ? {previousFile: change.previousFile} : {}),
      ...(before ? {before} : {}),
      ...(after ? {after} : {}),
      ...(cityCountry ? {cityCountry} : {}),
    });
  }
  return {versions, leftOut: Math.max(0, wanted.length - MAX_COMPARED_FILES)};
}
