import path from 'node:path';
import {loadCoalition} from '../coalition';
import type {GitHistory} from '../gitHistory';
import {coalitionStats, growth} from '../stats';

const FIXTURE = path.resolve(__dirname, '../../../tests/__fixtures__/site');
const NOW = new Date('2026-11-29T12:00:00Z');

function historyOf(
  events: {path: string; change: 'added' | 'deleted'; date: string}[],
): GitHistory {
  return {available: true, head: 'abc', prefix: '', files: new Map(), events};
}

describe('coalitionStats on the fixture coalition', () => {
  const coalition = loadCoalition(FIXTURE, {now: NOW});
  const stats = coalitionStats(coalition, {available: false, reason: 'shallow'}, NOW);

  it('counts organisations by city and type, and languages served', () => {
    expect(stats.totals).toMatchObject({
      organizations: coalition.organizations.length,
      cities: 2,
      playbooks: coalition.playbooks.length,
    });
    expect(stats.organizationsByCity.reduce((sum, row) => sum + row.count, 0)).toBe(
      coalition.organizations.length,
    );
    expect(stats.organizationsByCity.find((row) => row.key === 'minneapolis')).toEqual({
      key: 'minneapolis',
      label: 'Minneapolis',
      count: 2,
    });
    // Every type of every organisation is counted once per organisation.
    expect(stats.organizationsByType.reduce((sum, row) => sum + row.count, 0)).toBe(
      coalition.organizations.reduce((sum, org) => sum + org.data.types.length, 0),
    );
    expect(stats.languages.map((row) => row.key)).toContain('en');
  });

  it('counts playbooks by topic and maturity, in taxonomy order', () => {
    expect(stats.playbooksByTopic[0]!.key).toBe('rapid-response');
    expect(stats.playbooksByMaturity.reduce((sum, row) => sum + row.count, 0)).toBe(
      coalition.playbooks.length,
    );
  });

  it('measures freshness with src/lib/freshness (whole months since verification)', () => {
    const {organizations} = stats.freshness;
    expect(organizations.total).toBe(coalition.organizations.length);
    expect(organizations.within6).toBeLessThanOrEqual(organizations.within12);
    const expected6 = coalition.organizations.filter(
      (org) => (NOW.getTime() - Date.parse(org.data.verified.date)) / 86_400_000 < 182,
    ).length;
    expect(Math.abs(organizations.within6 - expected6)).toBeLessThanOrEqual(1);
  });

  it('says why growth is unavailable on a shallow clone', () => {
    expect(stats.growth).toEqual({available: false, reason: 'shallow'});
  });
});

describe('growth', () => {
  it('counts entries at the end of each month, including deletions and empty months', () => {
    const result = growth(
      historyOf([
        {path: 'directory/a/_city.yml', change: 'added', date: '2026-08-03T10:00:00+00:00'},
        {path: 'directory/a/one.yml', change: 'added', date: '2026-08-03T10:00:00+00:00'},
        {path: 'directory/a/two.yml', change: 'added', date: '2026-08-20T10:00:00+00:00'},
        {path: 'docs/playbooks/t/x.md', change: 'added', date: '2026-10-01T10:00:00+00:00'},
        {path: 'docs/guides/not-counted.md', change: 'added', date: '2026-10-01T10:00:00+00:00'},
        {path: 'directory/a/one.yml', change: 'deleted', date: '2026-11-02T10:00:00+00:00'},
      ]),
      NOW,
    );
    expect(result).toEqual({
      available: true,
      points: [
        {month: '2026-08', organizations: 2, playbooks: 0, cities: 1},
        {month: '2026-09', organizations: 2, playbooks: 0, cities: 1},
        {month: '2026-10', organizations: 2, playbooks: 1, cities: 1},
        {month: '2026-11', organizations: 1, playbooks: 1, cities: 1},
      ],
    });
  });
});
