import {execFileSync} from 'node:child_process';
import {UsageError} from './errors';
import type {ChangedFile} from './prReport';

/**
 * Files changed in the working tree (committed, staged, unstaged and
 * untracked) compared with a base revision, using git itself.
 * @param cwd - the repository
 * @param base - a revision, e.g. `main` or `HEAD^1`
 * @throws UsageError when git fails (not a repository, unknown revision)
 */
export function changedFilesSince(cwd: string, base: string): ChangedFile[] {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    } catch (error) {
      const stderr = String((error as {stderr?: unknown}).stderr ?? '')
        .trim()
        .split('\n')[0];
      throw new UsageError(
        `git ${args.join(' ')} failed: ${stderr || (error as Error).message}. Pass --base with a revision that exists (e.g. main or origin/main), or list the files.`,
      );
    }
  };
  const statusNames: Record<string, string> = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    R: 'renamed',
    C: 'added',
    T: 'modified',
  };
  const changes: ChangedFile[] = [];
  // -z: paths are NUL-separated and never quoted, whatever characters they contain.
  const fields = git('diff', '--name-status', '-z', '--find-renames', base)
    .split('\0')
    .filter(Boolean);
  for (let i = 0; i < fields.length;) {
    const code = fields[i++]![0]!;
    if (code === 'R' || code === 'C') {
      const from = fields[i++]!;
      const to = fields[i++]!;
      if (code === 'R') changes.push({file: from, status: 'removed'});
      changes.push(
        code === 'R'
          ? {file: to, status: 'renamed', previousFile: from}
          : {file: to, status: 'added'},
      );
    } else {
      changes.push({file: fields[i++]!, status: statusNames[code] ?? 'modified'});
    }
  }
  for (const file of git('ls-files', '--others', '--exclude-standard', '-z')
    .split('\0')
    .filter(Boolean))
    changes.push({file, status: 'added'});
  return changes;
}
