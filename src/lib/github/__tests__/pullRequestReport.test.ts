import fs from 'node:fs';
import path from 'node:path';
import {loadCoalition} from '../../coalition';
import {MAX_ENTRY_BYTES} from '../entryVersions';
import type {PrReportArtifact} from '../prReport';
import {reportPullRequest} from '../pullRequestReport';
import {fakeGithub, type FakeAnswer} from './fakeGithub';

/**
 * The pr-report workflow's run: the default branch's checkout gives the old
 * version of each changed directory file, GitHub's contents API at the head
 * commit the new one. The artifact, written by the pull request's own code,
 * cannot choose the contacts, the names or the reviewers.
 */

const site = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const coalition = loadCoalition(site);
const base = '/repos/sanctuary-commons/site';
const HEAD = 'f00dfeed';
const LEGAL_AID = 'directory/minneapolis/fixture-legal-aid.yml';

const file = (text: string): FakeAnswer => ({
  data: {
    type: 'file',
    size: Buffer.byteLength(text),
    encoding: 'base64',
    content: Buffer.from(text).toString('base64'),
  },
});
const contentsKey = (name: string) =>
  `GET ${base}/contents/${encodeURIComponent(name)}?ref=${HEAD}`;

/** The fixture's legal-aid entry with its phone number changed, its website removed and a Signal channel added. */
const changedLegalAid = fs
  .readFileSync(path.join(site, LEGAL_AID), 'utf8')
  .replace('+16125550170', '+18765551234')
  .replace(
    /  - kind: website\n    audience: general\n    value: https:\/\/fixture-legal\.example\.org\/\n/,
    '  - kind: signal-username\n    audience: volunteer\n    value: legal.01\n',
  );

/** An artifact that lies about the entry's name and type. */
const forged: PrReportArtifact = {
  version: 1,
  report: {errors: 0, warnings: 0, checkedFiles: 3, problems: []},
  entries: [{file: LEGAL_AID, name: 'Forged Name', types: ['housing'], cities: []}],
};

type ListedCommit = {
  sha: string;
  commit: {author: {email: string} | null; committer: {email: string} | null};
};
const noReplyCommit: ListedCommit = {
  sha: HEAD,
  commit: {
    author: {email: '1234+contributor@users.noreply.github.com'},
    committer: {email: 'noreply@github.com'},
  },
};

function github(
  files: {filename: string; status: string; previous_filename?: string}[],
  contents: Record<string, FakeAnswer>,
  commits: ListedCommit[] = [noReplyCommit],
) {
  return fakeGithub((key) => {
    if (key === `GET ${base}/pulls/7`)
      return {data: {head: {sha: HEAD}, user: {login: 'contributor'}}};
    if (key === `GET ${base}/pulls/7/commits?per_page=100`) return {data: commits};
    if (key === `GET ${base}/pulls/7/files?per_page=100`) return {data: files};
    for (const [name, answer] of Object.entries(contents))
      if (key === contentsKey(name)) return answer;
    if (key === `GET ${base}/issues/7/comments?per_page=100`) return {data: []};
    if (key === `POST ${base}/issues/7/comments`) return {status: 201, data: {id: 1}};
    if (key === `POST ${base}/issues/7/labels`) return {data: []};
    if (key === `POST ${base}/pulls/7/requested_reviewers`) return {status: 201, data: {}};
    return undefined;
  });
}

const run = (octokit: ReturnType<typeof github>['octokit'], expectedHeadSha = HEAD) =>
  reportPullRequest(octokit, {
    owner: 'sanctuary-commons',
    repo: 'site',
    pullNumber: 7,
    siteDir: site,
    coalition,
    artifact: forged,
    expectedHeadSha,
  });

describe('reportPullRequest', () => {
  it('shows each changed contact from the head commit, old → new with country and line type, whatever the artifact says', async () => {
    const {octokit, requests} = github([{filename: LEGAL_AID, status: 'modified'}], {
      [LEGAL_AID]: file(changedLegalAid),
    });
    const result = await run(octokit);
    if (result.outcome !== 'posted') throw new Error('not posted');
    const {body, labels, teamReviewers} = result.report;
    expect(requests.map((request) => `${request.method} ${request.path}`)).toContain(
      contentsKey(LEGAL_AID),
    );
    expect(body).toContain('### Directory entries, field by field');
    expect(body).toContain(
      "- phone (need-help): `+1 612 555 0170` (US, fixed line or mobile) → `+1 876 555 1234` (JM, mobile; not in the city's country (US))",
    );
    expect(body).toContain('- ➕ **new channel** signal-username (volunteer): `legal.01`');
    expect(body).toContain(
      '- ✖ **removed channel** website (general): `https://fixture-legal.example.org/`',
    );
    // Name and types come from the file at the head commit, not from the artifact.
    expect(body).toContain('- updated organisation in Minneapolis: **Fixture Legal Aid (sample)**');
    expect(body).not.toContain('Forged Name');
    expect(labels).toEqual([
      'city:minneapolis',
      'kind:organization',
      'type:know-your-rights',
      'type:legal-aid',
    ]);
    // The city's maintainers and the organisation's (as on the default branch) review.
    expect(teamReviewers).toEqual(['minneapolis-maintainers', 'sample-entries']);
    const posted = requests.find(
      (request) => request.path === `${base}/issues/7/comments` && request.method === 'POST',
    );
    expect((posted!.body as {body: string}).body).toBe(body);
  });

  it('lists every field and contact of a new entry, and the contacts a removed one takes away', async () => {
    const added = 'directory/chicago/new-org.yml';
    const {octokit} = github(
      [
        {filename: added, status: 'added'},
        {filename: 'directory/minneapolis/fixture-rapid-response.yml', status: 'removed'},
      ],
      {
        [added]: file(
          'name: New Org\ntypes: [health]\nchannels:\n  - kind: hotline\n    audience: need-help\n    value: "+525512345678"\n',
        ),
      },
    );
    const result = await run(octokit);
    if (result.outcome !== 'posted') throw new Error('not posted');
    expect(result.report.body).toContain('**`directory/chicago/new-org.yml`** (new)');
    expect(result.report.body).toContain(
      "- channel hotline (need-help): `+52 55 1234 5678` (MX, fixed line or mobile; not in the city's country (US))",
    );
    expect(result.report.body).toContain(
      '**`directory/minneapolis/fixture-rapid-response.yml`** (removed)',
    );
    expect(result.report.body).toContain(
      '- removed channel hotline (need-help): `+1 612 555 0142` (US, fixed line or mobile); hours `24/7`; languages `[en, es]`',
    );
  });

  it('compares a moved entry with its old path, once', async () => {
    const moved = 'directory/chicago/fixture-legal-aid.yml';
    const {octokit} = github([{filename: moved, status: 'renamed', previous_filename: LEGAL_AID}], {
      [moved]: file(changedLegalAid),
    });
    const result = await run(octokit);
    if (result.outcome !== 'posted') throw new Error('not posted');
    expect(result.report.body).toContain(`**\`${moved}\`** (moved from \`${LEGAL_AID}\`)`);
    expect(result.report.body).toContain('→ `+1 876 555 1234`');
    expect(
      result.report.body.match(/\*\*`directory\/minneapolis\/fixture-legal-aid\.yml`\*\*/g),
    ).toBeNull();
  });

  it('refuses a file that is too large, not a file, or not YAML data, and says so', async () => {
    const names = [
      'directory/chicago/big.yml',
      'directory/chicago/link.yml',
      'directory/chicago/tagged.yml',
      'directory/chicago/gone.yml',
    ];
    const {octokit} = github(
      names.map((filename) => ({filename, status: 'added'})),
      {
        [names[0]!]: {
          data: {type: 'file', size: MAX_ENTRY_BYTES + 1, encoding: 'base64', content: ''},
        },
        [names[1]!]: {data: {type: 'symlink', size: 10, target: '/etc/passwd'}},
        [names[2]!]: file('name: !!js/function "function () {}"\n'),
      },
    );
    const result = await run(octokit);
    if (result.outcome !== 'posted') throw new Error('not posted');
    const {body} = result.report;
    expect(body).toContain(
      `the proposed version could not be read: the file is ${MAX_ENTRY_BYTES + 1} bytes`,
    );
    expect(body).toContain(
      'the proposed version could not be read: on GitHub it is a symlink, not a file.',
    );
    expect(body).toMatch(
      /tagged\.yml`\*\* \(new\)\n\n- ⚠ the proposed version could not be read: line 1: YAML uses a tag that is not allowed/,
    );
    expect(body).toContain("the proposed version was not found at the pull request's head commit.");
  });

  it('does nothing when the pull request has moved on since the artifact was made', async () => {
    const {octokit, requests} = github([], {});
    expect(await run(octokit, 'older')).toEqual({outcome: 'moved-on', headSha: HEAD});
    expect(requests.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('warns when a commit carries an e-mail address that is not a no-reply address, from the API, without repeating it', async () => {
    const commits: ListedCommit[] = [
      noReplyCommit,
      {
        sha: 'abcdef1234567890',
        commit: {author: {email: 'ana.perez@gmail.com'}, committer: {email: 'ana.perez@gmail.com'}},
      },
      {
        sha: '1234567abcdef',
        commit: {
          author: {email: '49699333+dependabot[bot]@users.noreply.github.com'},
          committer: {email: 'coalition@riverside.org'},
        },
      },
      {
        sha: 'fedcba9876543',
        commit: {author: {email: 'octocat@users.noreply.github.com'}, committer: null},
      },
    ];
    const {octokit, requests} = github(
      [{filename: LEGAL_AID, status: 'modified'}],
      {[LEGAL_AID]: file(changedLegalAid)},
      commits,
    );
    const result = await run(octokit);
    if (result.outcome !== 'posted') throw new Error('not posted');
    const {body} = result.report;
    expect(requests.map((request) => `${request.method} ${request.path}`)).toContain(
      `GET ${base}/pulls/7/commits?per_page=100`,
    );
    expect(body).toContain('### ⚠ E-mail addresses in commits');
    expect(body).toContain(
      '2 commits of this pull request carry an e-mail address that is not a GitHub no-reply address.',
    );
    expect(body).toContain('- `abcdef1`: author and committer e-mail address');
    expect(body).toContain('- `1234567`: committer e-mail address');
    expect(body).not.toContain('fedcba9');
    expect(body).not.toContain('gmail');
    expect(body).not.toContain('riverside.org');
  });

  it('says nothing about e-mail addresses when every commit uses a no-reply address', async () => {
    const {octokit} = github([{filename: LEGAL_AID, status: 'modified'}], {
      [LEGAL_AID]: file(changedLegalAid),
    });
    const result = await run(octokit);
    if (result.outcome !== 'posted') throw new Error('not posted');
    expect(result.report.body).not.toContain('E-mail addresses in commits');
  });
});
