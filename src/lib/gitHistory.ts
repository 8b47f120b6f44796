import {spawnSync} from 'node:child_process';
import path from 'node:path';

/**
 * When each contributed file was created and last changed, read from Git
 * with ONE `git log` for the whole content tree (not one process per file:
 * the benchmark coalition has 3,000 files).
 *
 * A shallow clone (CI checks out with `--depth 1` by default) or a build
 * without Git cannot know these dates; then the history says why it is
 * unavailable instead of giving every page the date of the only commit.
 */

/** History of one file. Dates are ISO 8601 with offset, as Git prints `%cI`. */
export type FileHistory = {
  /** Committer date of the commit that added the file (following renames). */
  created: string;
  /** Committer date of the last commit that changed the file. */
  updated: string;
  /** Full hash of the last commit that changed the file. */
  commit: string;
  /** Number of commits that changed the file. */
  commits: number;
};

/** One addition or deletion of a file, for growth over time. */
export type FileEvent = {path: string; change: 'added' | 'deleted'; date: string};

/** Why the dates are unknown. */
export type UnavailableReason = 'shallow' | 'no-git' | 'not-a-repository';

/** Git history of a content folder, or why there is none. */
export type GitHistory =
  | {
      available: true;
      /** Full hash of HEAD. */
      head: string;
      /** The content folder relative to the repository root, POSIX, '' or ending in '/'. */
      prefix: string;
      /** Per file, keyed by path relative to the content folder (POSIX). */
      files: Map<string, FileHistory>;
      /** Additions and deletions, oldest first. */
      events: FileEvent[];
    }
  | {
      available: false;
      reason: UnavailableReason;
      /** HEAD when it is known (a shallow clone still has one). */
      head?: string;
      /** The content folder relative to the repository root, when inside one. */
      prefix?: string;
    };

/** Options of {@link readGitHistory}. */
export type ReadGitHistoryOptions = {
  /** Folders (relative to `dir`) to read, e.g. `['directory', 'docs']`; default: all of `dir`. */
  paths?: readonly string[];
  /** The git executable (tests point it at a missing one). Default `git`. */
  gitBinary?: string;
};

/** Runs git in `cwd`; null when git is missing, the stdout otherwise (or the error). */
function git(
  binary: string,
  cwd: string,
  args: string[],
): {ok: true; stdout: string} | {ok: false; missing: boolean; stderr: string} {
  const result = spawnSync(binary, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: {...process.env, GIT_OPTIONAL_LOCKS: '0'},
  });
  if (result.error)
    return {
      ok: false,
      missing: (result.error as NodeJS.ErrnoException).code === 'ENOENT',
      stderr: result.error.message,
    };
  if (result.status !== 0) return {ok: false, missing: false, stderr: result.stderr};
  return {ok: true, stdout: result.stdout};
}

/**
 * Reads the history of every file under a folder with one `git log`.
 * Works in a worktree (Git resolves `.git` files itself) and in a folder
 * below the repository root (paths come back relative to `dir`).
 * @param dir - absolute folder (e.g. the content folder of the site)
 * @param options - which sub-folders to read, which git to run
 * @returns the history, or `{available: false, reason}` for a shallow clone,
 *   a machine without git, or a folder outside any repository
 */
export function readGitHistory(dir: string, options: ReadGitHistoryOptions = {}): GitHistory {
  const binary = options.gitBinary ?? 'git';
  const probe = git(binary, dir, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (!probe.ok) return {available: false, reason: probe.missing ? 'no-git' : 'not-a-repository'};
  const [shallow = '', prefix = ''] = probe.stdout.split('\n');
  const headResult = git(binary, dir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  const head = headResult.ok ? headResult.stdout.trim() : undefined;
  if (shallow.trim() === 'true') return {available: false, reason: 'shallow', head, prefix};
  if (!head) return {available: true, head: '', prefix, files: new Map(), events: []};

  // %x1e separates commits; -z separates status letters and paths with NUL, so any file name parses.
  const log = git(binary, dir, [
    '-c',
    'core.quotePath=false',
    'log',
    '-z',
    '--name-status',
    '--find-renames',
    '--relative',
    '--format=%x1e%H%x1f%cI',
    '--',
    ...(options.paths ?? ['.']),
  ]);
  if (!log.ok) return {available: false, reason: 'not-a-repository', head, prefix};
  return {available: true, head, prefix, ...parseLog(log.stdout)};
}

/**
 * Parses `git log -z --name-status --format=%x1e%H%x1f%cI` (newest commit first).
 * Renames carry the older commits over to the file's current name.
 * @param output - the raw log
 * @returns per-file history and the list of additions and deletions (oldest first)
 */
export function parseLog(output: string): {files: Map<string, FileHistory>; events: FileEvent[]} {
  const files = new Map<string, FileHistory>();
  const events: FileEvent[] = [];
  // Older name → current name, learned from renames while walking back in time.
  const renamedTo = new Map<string, string>();
  const current = (name: string) => renamedTo.get(name) ?? name;
  // Names whose older commits belong to an earlier, deleted file of the same name (or to no current file).
  const ended = new Set<string>();
  const touch = (name: string, hash: string, date: string) => {
    if (ended.has(name)) return;
    const entry = files.get(name);
    if (entry) {
      entry.created = date;
      entry.commits += 1;
    } else {
      files.set(name, {created: date, updated: date, commit: hash, commits: 1});
    }
  };
  for (const record of output.split('\x1e')) {
    if (!record.trim()) continue;
    const tokens = record.split('\0').map((token) => token.replace(/^\n/, ''));
    const [hash = '', date = ''] = (tokens.shift() ?? '').split('\x1f');
    for (let index = 0; index < tokens.length;) {
      const status = tokens[index] ?? '';
      if (!status) {
        index += 1;
        continue;
      }
      if (status.startsWith('R') || status.startsWith('C')) {
        const from = tokens[index + 1] ?? '';
        const name = current(tokens[index + 2] ?? '');
        index += 3;
        touch(name, hash, date);
        if (status.startsWith('R')) renamedTo.set(from, name);
        else events.push({path: name, change: 'added', date});
        continue;
      }
      const name = current(tokens[index + 1] ?? '');
      index += 2;
      if (status === 'D') {
        // Walking back in time: whatever came before this deletion is not the current file.
        events.push({path: name, change: 'deleted', date});
        ended.add(name);
        continue;
      }
      touch(name, hash, date);
      if (status === 'A') {
        events.push({path: name, change: 'added', date});
        // The file begins here; older commits with this name belong to an earlier, deleted file.
        ended.add(name);
      }
    }
  }
  return {files, events: events.reverse()};
}

/**
 * Path of a content file relative to the repository root, for links to its history.
 * @param history - the history of the content folder
 * @param file - path relative to the content folder
 */
export function repositoryPath(history: GitHistory, file: string): string {
  return path.posix.join(history.prefix ?? '', file);
}

/** `YYYY-MM-DD` (UTC) of a Git ISO date. */
export function gitDay(isoDate: string): string {
  return new Date(isoDate).toISOString().slice(0, 10);
}
