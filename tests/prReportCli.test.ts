import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {prReportArtifactSchema} from '../src/lib/github/prReport';

const root = path.resolve(__dirname, '..');
const hostile = path.join(__dirname, '__fixtures__/hostile');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const prReport = (...args: string[]) => {
  const env = {...process.env};
  delete env.GITHUB_TOKEN;
  delete env.GITHUB_REPOSITORY;
  return spawnSync(tsx, [path.join(root, 'src/cli/prReport.ts'), ...args], {
    cwd: hostile,
    encoding: 'utf8',
    env,
  });
};
const FLAWED = ['directory/testville/many-flaws.yml', 'directory/testville/invite-channel.yml'];

describe('npm run pr-report', () => {
  it('--dry-run on two flawed files prints one comment listing every flaw with file:line, and the label and review requests', () => {
    const result = prReport('--dry-run', ...FLAWED);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    for (const expected of [
      '`directory/testville/many-flaws.yml:9:12` · `channels[0].value`',
      '`directory/testville/many-flaws.yml:4:18` · `summary.en`',
      '`directory/testville/invite-channel.yml:9:12` · `channels[0].value`',
      'Labels: city:testville, kind:organization',
      '[dry-run] POST /repos/sanctuary-commons/sanctuary-commons/issues/0/labels',
      '[dry-run] POST /repos/sanctuary-commons/sanctuary-commons/pulls/0/requested_reviewers',
    ])
      expect(out).toContain(expected);
    expect(out.match(/\[dry-run\] POST \/repos\/[^/]+\/[^/]+\/issues\/0\/comments/g)).toHaveLength(
      1,
    );
    expect(out).not.toContain('template-copy.yml');
  });

  it('--dry-run compares each changed directory file with its version at --base, field by field', () => {
    const result = prReport('--dry-run', '--base', 'HEAD', ...FLAWED);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('### Directory entries, field by field');
    expect(result.stdout).toContain(
      '**`directory/testville/many-flaws.yml`** (changed)\n\n- no field changed',
    );
  });

  it('explains a missing token and repository without a stack trace', () => {
    const result = prReport('--pr', '3', '--repo', 'o/r', ...FLAWED);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^GITHUB_TOKEN is not set\./);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('--collect writes the artifact the pr-report workflow accepts', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-collect-')), 'artifact.json');
    const result = prReport('--collect', '--out', out, ...FLAWED, 'directory/testville/_city.yml');
    expect(result.status).toBe(0);
    const artifact = prReportArtifactSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(artifact.report.errors).toBeGreaterThan(0);
    expect(artifact.entries.map((entry) => entry.file)).toEqual(['directory/testville/_city.yml']);
  });
});
