import path from 'node:path';
import {loadCoalition} from '../../coalition';
import {
  findStaleEntries,
  staleIssue,
  staleMarker,
  syncFreshnessIssues,
  type StaleEntry,
} from '../freshnessIssues';
import {fakeGithub} from './fakeGithub';

const site = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const base = '/repos/sanctuary-commons/site';

const entry = (file: string): StaleEntry => ({
  file,
  kind: 'organization',
  title: `Org ${file}`,
  field: 'verified.date',
  lastChecked: '2025-01-01',
  dueDate: '2025-07-01',
  maintainers: ['@org-team', '@sanctuary-commons/chicago-maintainers'],
  city: 'chicago',
});

describe('findStaleEntries', () => {
  it("finds organisations past verified.date + review_every_months, with their and their city's maintainers", () => {
    const coalition = loadCoalition(site);
    const fresh = findStaleEntries(coalition, new Date('2000-01-01T00:00:00Z'));
    expect(fresh).toEqual([]);
    const later = findStaleEntries(coalition, new Date('2040-01-01T00:00:00Z'));
    expect(later.map((stale) => stale.file)).toEqual(
      expect.arrayContaining([
        ...coalition.organizations.map((org) => org.file),
        ...coalition.playbooks.map((playbook) => playbook.file),
      ]),
    );
    const org = later.find((stale) => stale.kind === 'organization')!;
    const city = coalition.cities.find((candidate) => candidate.slug === org.city)!;
    expect(org.maintainers).toEqual(expect.arrayContaining(city.data.maintainers));
  });
});

describe('syncFreshnessIssues', () => {
  it('opens an issue for a new stale entry, skips one already open, and closes one whose date was bumped', async () => {
    const open = [
      {
        number: 3,
        body: `${staleMarker('directory/chicago/already.yml')}\n…`,
        labels: [{name: 'stale'}],
      },
      {
        number: 4,
        body: `${staleMarker('directory/chicago/bumped.yml')}\n…`,
        labels: [{name: 'stale'}],
      },
      {number: 5, body: 'a pull request', pull_request: {}},
    ];
    const {octokit, requests} = fakeGithub((key) => {
      if (key === `GET ${base}/issues?state=open&labels=stale&per_page=100`) return {data: open};
      if (key === `POST ${base}/issues`) return {status: 201, data: {number: 9}};
      if (key === `POST ${base}/issues/4/comments`) return {status: 201, data: {id: 1}};
      if (key === `PATCH ${base}/issues/4`) return {data: {number: 4}};
      return undefined;
    });
    const stale = [entry('directory/chicago/already.yml'), entry('directory/chicago/new.yml')];
    const result = await syncFreshnessIssues(
      octokit,
      {owner: 'sanctuary-commons', repo: 'site'},
      stale,
    );
    expect(result).toEqual({
      opened: ['directory/chicago/new.yml'],
      kept: ['directory/chicago/already.yml'],
      closed: [4],
    });
    const issue = staleIssue(stale[1]!);
    expect(requests).toEqual([
      {method: 'GET', path: `${base}/issues?state=open&labels=stale&per_page=100`},
      {method: 'POST', path: `${base}/issues`, body: issue},
      {
        method: 'POST',
        path: `${base}/issues/4/comments`,
        body: {body: expect.stringContaining('closing')},
      },
      {
        method: 'PATCH',
        path: `${base}/issues/4`,
        body: {state: 'closed', state_reason: 'completed'},
      },
    ]);
    expect(issue.body.startsWith(staleMarker('directory/chicago/new.yml'))).toBe(true);
    expect(issue.body).toContain('Maintainers: @org-team @sanctuary-commons/chicago-maintainers');
    expect(issue.labels).toEqual(['stale', 'kind:organization', 'city:chicago']);
  });
});
