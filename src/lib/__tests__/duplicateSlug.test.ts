import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCoalition} from '../coalition';

const NOW = new Date('2026-11-29T12:00:00Z');
const site = path.resolve(__dirname, '../../../tests/__fixtures__/site');

describe('duplicate organisation slugs', () => {
  it('are reported on both files, so checking only the new one shows it (regression: only the old file was blamed)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-duplicate-'));
    fs.cpSync(path.join(site, 'directory'), path.join(dir, 'directory'), {recursive: true});
    // A copy in another city that sorts before the original.
    fs.copyFileSync(
      path.join(dir, 'directory/minneapolis/fixture-legal-aid.yml'),
      path.join(dir, 'directory/chicago/fixture-legal-aid.yml'),
    );
    const found = loadCoalition(dir, {now: NOW}).problems.filter(
      (problem) => problem.rule === 'duplicate-slug',
    );
    fs.rmSync(dir, {recursive: true, force: true});
    expect(found.map((problem) => [problem.file, problem.message])).toEqual([
      [
        'directory/minneapolis/fixture-legal-aid.yml',
        'The slug "fixture-legal-aid" is already used by directory/chicago/fixture-legal-aid.yml.',
      ],
      [
        'directory/chicago/fixture-legal-aid.yml',
        'The slug "fixture-legal-aid" is also used by directory/minneapolis/fixture-legal-aid.yml.',
      ],
    ]);
  });
});
