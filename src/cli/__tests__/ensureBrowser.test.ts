import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const run = (env: NodeJS.ProcessEnv) =>
  spawnSync(TSX, ['src/cli/ensureBrowser.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {...process.env, ...env},
  });

describe('npm run ensure-browser (first step of npm test)', () => {
  it('passes when Chromium is there', () => {
    expect(run({CHROMIUM_PATH: process.execPath}).status).toBe(0);
  });

  it('says in one line what to run when Chromium is missing and it may not install it', () => {
    const result = run({CHROMIUM_PATH: '/nonexistent/chromium'});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('sudo apt-get update && sudo apt-get install -y chromium');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('the README test command', () => {
  it('is what .ci/run runs, exactly', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const line = /^(npm ci && npm test)\s+#/m.exec(readme)?.[1];
    expect(line).toBe('npm ci && npm test');
    const ci = fs
      .readFileSync(path.join(ROOT, '.ci/run'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(ci.at(-1)).toBe(line);
  });

  it('starts by making sure the browser tests have their browser', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
      .scripts as Record<string, string>;
    expect(scripts.test!.startsWith('npm run -s ensure-browser && ')).toBe(true);
  });
});
