import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** Runs `npm run export` (src/cli/export.ts) on the repository's own content. */
function exportTo(out: string, env: NodeJS.ProcessEnv) {
  return spawnSync(TSX, ['src/cli/export.ts', '--format', 'json', out], {
    cwd: ROOT,
    env: {...process.env, ...env},
    encoding: 'utf8',
  });
}

describe('npm run export and the build time', () => {
  it('refuses a malformed SOURCE_DATE_EPOCH with one sentence, no stack trace, and writes nothing', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-export-')), 'out');
    const run = exportTo(out, {SOURCE_DATE_EPOCH: '1e9'});
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/^SOURCE_DATE_EPOCH is "1e9", not a time: .+\.$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('writes the time SOURCE_DATE_EPOCH gives', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-export-')), 'out');
    const run = exportTo(out, {SOURCE_DATE_EPOCH: '1764979200'});
    expect(run.status).toBe(0);
    const exported = JSON.parse(fs.readFileSync(path.join(out, 'organizations.json'), 'utf8'));
    expect(exported.generated_at).toBe('2025-12-06T00:00:00.000Z');
  });
});
