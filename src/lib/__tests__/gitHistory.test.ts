import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readGitHistory, repositoryPath} from '../gitHistory';

/** A throwaway repository with commits at fixed dates. */
function makeRepository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-git-'));
  const run = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.invalid',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.invalid',
        ...(date ? {GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date} : {}),
      },
    });
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  };
  run(['init', '-q', '-b', 'main']);
  write('site/directory/a/one.yml', 'v1');
  write('site/directory/a/gone.yml', 'x');
  write('outside.txt', 'not content');
  run(['add', '.']);
  run(['commit', '-q', '-m', 'first'], '2025-01-10T12:00:00+00:00');
  write('site/directory/a/one.yml', 'v2');
  write('site/docs/playbooks/t/ñandú.md', 'non-ASCII name');
  run(['add', '.']);
  run(['commit', '-q', '-m', 'second'], '2025-03-05T12:00:00+00:00');
  run(['mv', 'site/directory/a/one.yml', 'site/directory/a/renamed.yml']);
  run(['rm', '-q', 'site/directory/a/gone.yml']);
  run(['commit', '-q', '-m', 'third'], '2025-06-01T12:00:00+00:00');
  return dir;
}

describe('readGitHistory', () => {
  let repo: string;
  beforeAll(() => {
    repo = makeRepository();
  });
  afterAll(() => fs.rmSync(repo, {recursive: true, force: true}));

  it('gives created and updated dates per file from one log, following renames', () => {
    const history = readGitHistory(path.join(repo, 'site'));
    if (!history.available) throw new Error(`history unavailable: ${history.reason}`);
    expect(history.prefix).toBe('site/');
    expect([...history.files.keys()].sort()).toEqual([
      'directory/a/renamed.yml',
      'docs/playbooks/t/ñandú.md',
    ]);
    const renamed = history.files.get('directory/a/renamed.yml')!;
    expect(renamed.created).toBe('2025-01-10T12:00:00+00:00');
    expect(renamed.updated).toBe('2025-06-01T12:00:00+00:00');
    expect(renamed.commits).toBe(3);
    expect(renamed.commit).toBe(history.head);
    expect(history.files.get('docs/playbooks/t/ñandú.md')!.created).toBe(
      '2025-03-05T12:00:00+00:00',
    );
    expect(repositoryPath(history, 'directory/a/renamed.yml')).toBe('site/directory/a/renamed.yml');
  });

  it('lists additions and deletions oldest first, for growth over time', () => {
    const history = readGitHistory(path.join(repo, 'site'));
    if (!history.available) throw new Error('history unavailable');
    // Within one commit the order is not meaningful: compare sorted lines (the dates keep commits in order).
    expect(
      history.events
        .map((event) => `${event.date.slice(0, 10)} ${event.change} ${event.path}`)
        .sort(),
    ).toEqual([
      '2025-01-10 added directory/a/gone.yml',
      '2025-01-10 added directory/a/renamed.yml',
      '2025-03-05 added docs/playbooks/t/ñandú.md',
      '2025-06-01 deleted directory/a/gone.yml',
    ]);
  });

  it('reads only the folders asked for', () => {
    const history = readGitHistory(path.join(repo, 'site'), {paths: ['docs']});
    if (!history.available) throw new Error('history unavailable');
    expect([...history.files.keys()]).toEqual(['docs/playbooks/t/ñandú.md']);
  });

  it('says "shallow" for a --depth 1 clone instead of giving every file the same date', () => {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
      const history = readGitHistory(path.join(clone, 'site'));
      expect(history.available).toBe(false);
      expect(history).toMatchObject({available: false, reason: 'shallow', prefix: 'site/'});
      expect(history.head).toMatch(/^[0-9a-f]{40}$/);
    } finally {
      fs.rmSync(clone, {recursive: true, force: true});
    }
  });

  it('works in a git worktree', () => {
    const worktree = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-wt-')), 'tree');
    execFileSync('git', ['worktree', 'add', '-q', '-b', 'other', worktree], {cwd: repo});
    const history = readGitHistory(path.join(worktree, 'site'));
    expect(history.available && history.files.get('directory/a/renamed.yml')?.commits).toBe(3);
  });

  it('says "not-a-repository" outside Git and "no-git" without a git program', () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-plain-'));
    try {
      expect(readGitHistory(plain, {gitBinary: 'git'})).toEqual({
        available: false,
        reason: expect.stringMatching(/not-a-repository/),
      });
      expect(readGitHistory(plain, {gitBinary: path.join(plain, 'no-such-git')})).toEqual({
        available: false,
        reason: 'no-git',
      });
    } finally {
      fs.rmSync(plain, {recursive: true, force: true});
    }
  });
});
