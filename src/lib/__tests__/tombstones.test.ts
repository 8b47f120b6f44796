import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCoalition} from '../coalition';
import {readTombstones} from '../tombstones';

const NOW = new Date('2026-11-29T12:00:00Z');
const site = path.resolve(__dirname, '../../../tests/__fixtures__/site');

/** Copies the valid fixture site's directory into a temporary site with the given tombstones. */
function siteWithTombstones(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-tombstones-'));
  fs.cpSync(path.join(site, 'directory'), path.join(dir, 'directory'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'directory/_tombstones.yml'), text);
  return dir;
}

describe('tombstones', () => {
  it('refuses an organisation whose slug was removed on request, with file, line and fix', () => {
    const dir = siteWithTombstones(
      '- slug: fixture-legal-aid\n  removed: 2026-01-31\n  reason: removal-requested\n',
    );
    const coalition = loadCoalition(dir, {now: NOW});
    const found = coalition.problems.filter((problem) => problem.rule === 'tombstoned');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'directory/minneapolis/fixture-legal-aid.yml',
        line: 1,
        column: 1,
        fix: expect.stringContaining('Delete this file'),
      }),
    ]);
    expect(coalition.organizations.map((org) => org.slug)).not.toContain('fixture-legal-aid');
    expect(coalition.organizations.map((org) => org.slug)).toContain('fixture-rapid-response');
  });

  it('accepts an empty tombstone list and reports a malformed entry without lifting the valid ones', () => {
    expect(readTombstones('[]\n')).toEqual({tombstones: new Map(), problems: []});
    const read = readTombstones(
      '- slug: kept\n  removed: 2026-01-31\n  reason: safety\n- slug: Bad\n  removed: 2026-01-31\n  reason: safety\n  contact: "+16125550142"\n',
    );
    expect([...read.tombstones.keys()]).toEqual(['kept']);
    expect(read.problems.map((problem) => `${problem.line}:${problem.field}`)).toEqual([
      '4:[1].slug',
      '4:[1]',
    ]);
  });

  it('does not treat the tombstone file as a misplaced directory entry', () => {
    const dir = siteWithTombstones('[]\n');
    expect(
      loadCoalition(dir, {now: NOW}).problems.filter(
        (problem) => problem.file === 'directory/_tombstones.yml',
      ),
    ).toEqual([]);
  });
});
