import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'yaml';
import {
  ORGANISATION_FORM_LABELS,
  organisationFromIssue,
  parseIssueFormBody,
  validateProposedEntry,
} from '../issueForm';
import {formBody, issue} from './formFixture';
import type {GithubClient, PlannedRequest} from '../client';
import {
  ISSUE_TO_PR_MARKER,
  issueToPullRequest,
  pullRequestBody,
  REPLACES_ENTRY_LABEL,
} from '../issueToPr';
import {botComment, fakeGithub, type FakeAnswer} from './fakeGithub';

const site = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const NOW = new Date('2026-11-29T12:00:00Z');
const base = '/repos/sanctuary-commons/site';

describe('the add-organisation issue form', () => {
  it('uses exactly the labels the parser reads', () => {
    const form = parse(
      fs.readFileSync(
        path.resolve(__dirname, '../../../../.github/ISSUE_TEMPLATE/add-organisation.yml'),
        'utf8',
      ),
    ) as {body: {type: string; attributes: {label?: string}}[]};
    const labels = form.body
      .filter((field) => field.type !== 'markdown')
      .map((field) => field.attributes.label);
    expect(labels).toEqual(Object.values(ORGANISATION_FORM_LABELS));
  });

  it('becomes an organisation file that passes the validator', () => {
    const {entry, problems} = organisationFromIssue(parseIssueFormBody(formBody()), {
      today: '2026-11-29',
      submittedOn: '2026-11-20',
      author: 'organiser',
      issueUrl: 'https://github.com/o/r/issues/12',
    });
    expect(problems).toEqual([]);
    expect(entry!.file).toBe('directory/minneapolis/northside-legal-help.yml');
    expect(parse(entry!.text)).toEqual(
      expect.objectContaining({
        types: ['legal-aid', 'know-your-rights'],
        languages: ['en', 'es', 'so'],
        channels: [
          {kind: 'phone', audience: 'need-help', value: '+16126243000', hours: 'Mo-Fr 09:00-17:00'},
          {kind: 'website', audience: 'general', value: 'https://northside-legal.org/'},
        ],
        verified: {date: '2026-11-29', method: 'self-reported'},
        maintainers: ['@organiser'],
        consent: '2026-11-20',
      }),
    );
    expect(validateProposedEntry(site, entry!, NOW)).toEqual([]);
  });

  it('reports unticked consent and malformed channel lines as form problems', () => {
    const {entry, problems} = organisationFromIssue(
      parseIssueFormBody(
        formBody({consent: '- [ ] agree\n- [X] no personal data', channels: 'just a phone number'}),
      ),
      {today: '2026-11-29', submittedOn: '2026-11-20', author: 'o', issueUrl: 'u'},
    );
    expect(entry).toBeUndefined();
    expect(problems.map((problem) => problem.field)).toEqual([
      'Consent and safety',
      'Contact channels',
    ]);
  });
});

describe("validateProposedEntry: phone numbers of the city's country (safety rule 11)", () => {
  const context = {
    today: '2026-11-29',
    submittedOn: '2026-11-20',
    author: 'organiser',
    issueUrl: 'https://github.com/o/r/issues/12',
  };
  const propose = (channels: string) =>
    organisationFromIssue(parseIssueFormBody(formBody({channels})), context).entry!;

  it.each([
    ['a Jamaican +1 number in Minneapolis (US)', '+18765551234', 'rings in Jamaica (JM)'],
    ['a Mexican number in Minneapolis', '+525512345678', 'rings in Mexico (MX)'],
    ['a Canadian number in Minneapolis', '+14165551234', 'rings in Canada (CA)'],
  ])('refuses %s, at its line, naming both countries', (_what, value, where) => {
    const entry = propose(`hotline | need-help | ${value} | 24/7`);
    const problems = validateProposedEntry(site, entry, NOW);
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'phone-country',
        field: 'channels[0].value',
        file: 'directory/minneapolis/northside-legal-help.yml',
        severity: 'error',
      }),
    ]);
    expect(problems[0]!.message).toContain(where);
    expect(problems[0]!.message).toContain("the city's country is United States (US)");
    expect(problems[0]!.line).toBe(
      entry.text.split('\n').findIndex((line) => line.includes(value)) + 1,
    );
  });

  it('accepts a number of another country when the fifth column says why, and writes the reason as international', () => {
    const entry = propose(
      "hotline | need-help | +525512345678 | 24/7 | The consulate's national hotline, answered in Mexico",
    );
    expect(parse(entry.text).channels[0]).toEqual({
      kind: 'hotline',
      audience: 'need-help',
      value: '+525512345678',
      hours: '24/7',
      international: "The consulate's national hotline, answered in Mexico",
    });
    expect(validateProposedEntry(site, entry, NOW)).toEqual([]);
  });

  it('accepts NANP toll-free in a US city, and refuses a reason given for it', () => {
    expect(validateProposedEntry(site, propose('hotline | need-help | +18002345678'), NOW)).toEqual(
      [],
    );
    expect(
      validateProposedEntry(site, propose('hotline | need-help | +18002345678 | | Toll-free'), NOW),
    ).toEqual([
      expect.objectContaining({
        rule: 'phone-international-unneeded',
        field: 'channels[0].international',
      }),
    ]);
  });

  it('refuses satellite and personal numbers like premium-rate ones', () => {
    const problems = validateProposedEntry(
      site,
      propose('phone | general | +881612345678\nphone | general | +447012345678'),
      NOW,
    );
    expect(problems.map((problem) => [problem.field, problem.rule])).toEqual([
      ['channels[0].value', 'schema'],
      ['channels[1].value', 'schema'],
    ]);
    expect(problems.map((problem) => problem.message).join(' ')).toMatch(
      /satellite phone number.*personal number/,
    );
  });
});

describe('issueToPullRequest', () => {
  it('does nothing for an issue that is not approved', async () => {
    const {octokit, requests} = fakeGithub((key) =>
      key === `GET ${base}/issues/12`
        ? {data: issue(formBody(), ['organisation-submission'])}
        : undefined,
    );
    expect(
      await issueToPullRequest(octokit, {
        owner: 'sanctuary-commons',
        repo: 'site',
        issueNumber: 12,
        siteDir: site,
        now: NOW,
      }),
    ).toEqual({outcome: 'not-approved'});
    expect(requests).toEqual([{method: 'GET', path: `${base}/issues/12`}]);
  });

  it('creates the branch, the file and the pull request, then links back on the issue', async () => {
    const {octokit, requests} = fakeGithub((key) => {
      switch (key) {
        case `GET ${base}/issues/12`:
          return {data: issue(formBody(), ['organisation-submission', 'approved'])};
        case `GET ${base}/git/ref/heads%2Fmain`:
          return {data: {object: {sha: 'abc123'}}};
        case `POST ${base}/git/refs`:
          return {status: 201, data: {}};
        case `PUT ${base}/contents/directory%2Fminneapolis%2Fnorthside-legal-help.yml`:
          return {status: 201, data: {}};
        case `GET ${base}/pulls?head=sanctuary-commons%3Acontribute%2Fissue-12&state=open`:
          return {data: []};
        case `POST ${base}/pulls`:
          return {
            status: 201,
            data: {number: 13, html_url: 'https://github.com/sanctuary-commons/site/pull/13'},
          };
        case `GET ${base}/issues/12/comments?per_page=100`:
          return {data: []};
        case `POST ${base}/issues/12/comments`:
          return {status: 201, data: {id: 5}};
        default:
          return undefined; // the file does not exist on the branch yet: 404
      }
    });
    const result = await issueToPullRequest(octokit, {
      owner: 'sanctuary-commons',
      repo: 'site',
      issueNumber: 12,
      siteDir: site,
      now: NOW,
    });
    expect(result).toEqual({
      outcome: 'pull-request',
      number: 13,
      url: 'https://github.com/sanctuary-commons/site/pull/13',
      file: 'directory/minneapolis/northside-legal-help.yml',
    });
    const put = requests.find((request) => request.method === 'PUT')!;
    const text = Buffer.from((put.body as {content: string}).content, 'base64').toString('utf8');
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${base}/issues/12`,
      `GET ${base}/git/ref/heads%2Fmain`,
      `POST ${base}/git/refs`,
      `GET ${base}/contents/directory%2Fminneapolis%2Fnorthside-legal-help.yml?ref=contribute%2Fissue-12`,
      `PUT ${base}/contents/directory%2Fminneapolis%2Fnorthside-legal-help.yml`,
      `GET ${base}/pulls?head=sanctuary-commons%3Acontribute%2Fissue-12&state=open`,
      `POST ${base}/pulls`,
      `GET ${base}/issues/12/comments?per_page=100`,
      `POST ${base}/issues/12/comments`,
    ]);
    expect(requests[2]!.body).toEqual({ref: 'refs/heads/contribute/issue-12', sha: 'abc123'});
    expect(put.body).toEqual(
      expect.objectContaining({
        branch: 'contribute/issue-12',
        message: 'Add directory/minneapolis/northside-legal-help.yml from issue #12',
      }),
    );
    expect(text).toContain('name: Northside Legal Help (sample)');
    expect(requests[6]!.body).toEqual(
      expect.objectContaining({
        head: 'contribute/issue-12',
        base: 'main',
        body: expect.stringContaining('Closes #12.'),
      }),
    );
    expect((requests[8]!.body as {body: string}).body).toContain(
      'https://github.com/sanctuary-commons/site/pull/13',
    );
  });

  it('posts the flaws on the issue instead (and updates that comment on the next try)', async () => {
    const body = formBody({
      channels:
        'hotline | need-help | +19005550100\nwebsite | general | http://insecure.org/\nwebsite | volunteer | https://chat.whatsapp.com/AbC123',
    });
    const {octokit, requests} = fakeGithub((key) => {
      if (key === `GET ${base}/issues/12`) return {data: issue(body, ['approved'])};
      if (key === `GET ${base}/issues/12/comments?per_page=100`)
        return {data: [botComment(77, `${ISSUE_TO_PR_MARKER}\nold`)]};
      if (key === `PATCH ${base}/issues/comments/77`) return {data: {id: 77}};
      return undefined;
    });
    const result = await issueToPullRequest(octokit, {
      owner: 'sanctuary-commons',
      repo: 'site',
      issueNumber: 12,
      siteDir: site,
      now: NOW,
    });
    expect(result).toEqual({outcome: 'flaws', count: 3});
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${base}/issues/12`,
      `GET ${base}/issues/12/comments?per_page=100`,
      `PATCH ${base}/issues/comments/77`,
    ]);
    const comment = (requests[2]!.body as {body: string}).body;
    // 555-01XX under the premium-rate code 900 is not a fictitious number: refused as what it is (F12).
    expect(comment).toContain('is a premium-rate number');
    expect(comment).toContain('not an https: link');
    expect(comment).toContain('WhatsApp invite link');
    expect(comment).toMatch(/- line \d+ · `channels\[0\]\.value`/);
  });
});

describe('issueToPullRequest on an entry that already exists', () => {
  const pullRoutes = (
    extra: (key: string) => FakeAnswer | undefined,
    body = formBody({slug: 'fixture-legal-aid'}),
  ) =>
    fakeGithub((key) => {
      const answer = extra(key);
      if (answer) return answer;
      switch (key) {
        case `GET ${base}/issues/12`:
          return {data: issue(body, ['organisation-submission', 'approved'])};
        case `GET ${base}/git/ref/heads%2Fmain`:
          return {data: {object: {sha: 'abc123'}}};
        case `POST ${base}/git/refs`:
          return {status: 201, data: {}};
        case `PUT ${base}/contents/directory%2Fminneapolis%2Ffixture-legal-aid.yml`:
          return {status: 201, data: {}};
        case `GET ${base}/pulls?head=sanctuary-commons%3Acontribute%2Fissue-12&state=open`:
          return {data: []};
        case `POST ${base}/pulls`:
          return {
            status: 201,
            data: {number: 13, html_url: 'https://github.com/sanctuary-commons/site/pull/13'},
          };
        case `POST ${base}/issues/13/labels`:
          return {data: []};
        case `POST ${base}/pulls/13/requested_reviewers`:
          return {status: 201, data: {}};
        case `GET ${base}/issues/12/comments?per_page=100`:
          return {data: []};
        case `POST ${base}/issues/12/comments`:
          return {status: 201, data: {id: 5}};
        default:
          return undefined;
      }
    });
  const run = (octokit: GithubClient, siteDir = site, approvedBody?: string) =>
    issueToPullRequest(octokit, {
      owner: 'sanctuary-commons',
      repo: 'site',
      issueNumber: 12,
      siteDir,
      now: NOW,
      ...(approvedBody === undefined ? {} : {approvedBody}),
    });
  const pullBody = (requests: PlannedRequest[]) =>
    (
      requests.find((request) => request.method === 'POST' && request.path === `${base}/pulls`)!
        .body as {body: string}
    ).body;

  /** A copy of the fixture site whose fixture-legal-aid entry has the given maintainers. */
  function siteWithMaintainers(maintainers: string[]): string {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-issue-to-pr-'));
    fs.cpSync(site, copy, {
      recursive: true,
      filter: (source) => !/[/\\](build|\.docusaurus|node_modules)$/.test(source),
    });
    const file = path.join(copy, 'directory/minneapolis/fixture-legal-aid.yml');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace(/^maintainers: .*$/m, `maintainers: ${JSON.stringify(maintainers)}`),
    );
    return copy;
  }

  it('says it replaces an entry maintained by others, labels it replaces-entry and asks that team to review', async () => {
    const {octokit, requests} = pullRoutes(() => undefined);
    const result = await run(octokit);
    expect(result).toEqual(
      expect.objectContaining({
        outcome: 'pull-request',
        number: 13,
        replaces: ['@sanctuary-commons/sample-entries'],
      }),
    );
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual(
      expect.arrayContaining([
        // The job token cannot read team membership (404 here): the author counts as not a maintainer.
        'GET /orgs/sanctuary-commons/teams/sample-entries/memberships/organiser',
        `POST ${base}/issues/13/labels`,
        `POST ${base}/pulls/13/requested_reviewers`,
      ]),
    );
    expect(requests.find((request) => request.path === `${base}/issues/13/labels`)!.body).toEqual({
      labels: [REPLACES_ENTRY_LABEL],
    });
    expect(
      requests.find((request) => request.path === `${base}/pulls/13/requested_reviewers`)!.body,
    ).toEqual({reviewers: [], team_reviewers: ['sample-entries']});
    const body = pullBody(requests);
    expect(body).toContain(
      'Updates `directory/minneapolis/fixture-legal-aid.yml` from the approved submission #12.',
    );
    expect(body).toContain(
      "**This replaces an entry maintained by @sanctuary-commons/sample-entries.** The submission's author (@&#8203;organiser) is not one of them.",
    );
    // The entry field by field: every contact old → new with its country and line type.
    expect(body).toContain(
      '- phone (need-help): `+1 612 555 0170` (US, fixed line or mobile) → `+1 612 624 3000` (US, fixed line or mobile)',
    );
    expect(body).toContain(
      '- website (general): `https://fixture-legal.example.org/` → `https://northside-legal.org/`',
    );
    expect(body).toContain(
      '- `name`: `Fixture Legal Aid (sample)` → `Northside Legal Help (sample)`',
    );
    expect(body).toContain('- `sample` removed (was `true`)');
    expect(body).toContain(
      '- `maintainers`: `[@sanctuary-commons/sample-entries]` → `[@organiser]`',
    );
    const thanks = (
      requests.find((request) => request.path === `${base}/issues/12/comments`)!.body as {
        body: string;
      }
    ).body;
    expect(thanks).toContain('It replaces an existing entry you do not maintain');
  });

  it('is an ordinary update when the author is an active member of the maintaining team', async () => {
    const {octokit, requests} = pullRoutes((key) =>
      key === 'GET /orgs/sanctuary-commons/teams/sample-entries/memberships/organiser'
        ? {data: {state: 'active', role: 'member'}}
        : undefined,
    );
    const result = await run(octokit);
    expect(result).toEqual(expect.objectContaining({outcome: 'pull-request', number: 13}));
    expect(result).not.toHaveProperty('replaces');
    expect(
      requests.some(
        (request) =>
          request.path.endsWith('/labels') || request.path.endsWith('/requested_reviewers'),
      ),
    ).toBe(false);
    expect(pullBody(requests)).not.toContain('replaces an entry');
    expect(pullBody(requests)).toContain('- phone (need-help): `+1 612 555 0170`');
  });

  it('a pending team invitation does not count as membership', async () => {
    const {octokit} = pullRoutes((key) =>
      key.startsWith('GET /orgs/') ? {data: {state: 'pending'}} : undefined,
    );
    expect(await run(octokit)).toHaveProperty('replaces');
  });

  it("asks user maintainers (never the author) and the owner's teams; other organisations' teams are named only", async () => {
    const siteDir = siteWithMaintainers([
      '@alice',
      '@Bob',
      '@sanctuary-commons/minneapolis-maintainers',
      '@other-org/helpers',
    ]);
    const {octokit, requests} = pullRoutes(() => undefined);
    expect(await run(octokit, siteDir)).toHaveProperty('replaces', [
      '@alice',
      '@Bob',
      '@sanctuary-commons/minneapolis-maintainers',
      '@other-org/helpers',
    ]);
    expect(
      requests.find((request) => request.path === `${base}/pulls/13/requested_reviewers`)!.body,
    ).toEqual({reviewers: ['Bob', 'alice'], team_reviewers: ['minneapolis-maintainers']});
    expect(pullBody(requests)).toContain(
      'maintained by @alice, @Bob, @sanctuary-commons/minneapolis-maintainers, @other-org/helpers.',
    );
  });

  it('is an ordinary update when the author is one of the user maintainers (logins are case-insensitive)', async () => {
    const siteDir = siteWithMaintainers(['@ORGANISER', '@sanctuary-commons/other']);
    const {octokit, requests} = pullRoutes(() => undefined);
    expect(await run(octokit, siteDir)).not.toHaveProperty('replaces');
    expect(
      requests.some(
        (request) => request.path.startsWith('/orgs/') || request.path.endsWith('/labels'),
      ),
    ).toBe(false);
  });

  it("updates the open pull request's body when the issue is approved again", async () => {
    const {octokit, requests} = pullRoutes((key) => {
      if (key === `GET ${base}/pulls?head=sanctuary-commons%3Acontribute%2Fissue-12&state=open`)
        return {
          data: [{number: 13, html_url: 'https://github.com/sanctuary-commons/site/pull/13'}],
        };
      if (key === `PATCH ${base}/pulls/13`) return {data: {number: 13}};
      return undefined;
    });
    await run(octokit);
    const update = requests.find(
      (request) => request.method === 'PATCH' && request.path === `${base}/pulls/13`,
    );
    expect((update!.body as {body: string}).body).toContain(
      '- phone (need-help): `+1 612 555 0170`',
    );
    expect(
      requests.some((request) => request.method === 'POST' && request.path === `${base}/pulls`),
    ).toBe(false);
  });

  it('proposes nothing when the issue was edited after it was approved', async () => {
    const {octokit, requests} = pullRoutes((key) =>
      key === `GET ${base}/issues/12/comments?per_page=100` ? {data: []} : undefined,
    );
    const result = await run(octokit, site, formBody({slug: 'another-slug'}));
    expect(result).toEqual({outcome: 'flaws', count: 1});
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${base}/issues/12`,
      `GET ${base}/issues/12/comments?per_page=100`,
      `POST ${base}/issues/12/comments`,
    ]);
    expect((requests[2]!.body as {body: string}).body).toContain(
      'was edited after the approved label was added',
    );
    // The same text with other line endings is not an edit.
    const again = pullRoutes(() => undefined);
    expect(
      await run(again.octokit, site, formBody({slug: 'fixture-legal-aid'}).replace(/\n/g, '\r\n')),
    ).toHaveProperty('outcome', 'pull-request');
  });

  it("posts the form's flaws instead when the body hides text from the maintainer", async () => {
    const hidden = `${formBody()}\n\n<!--\n\n### City folder\n\nchicago\n\n-->`;
    const {octokit, requests} = pullRoutes(() => undefined, hidden);
    expect(await run(octokit)).toEqual({outcome: 'flaws', count: expect.any(Number)});
    const comment = (
      requests.find((request) => request.path === `${base}/issues/12/comments`)!.body as {
        body: string;
      }
    ).body;
    expect(comment).toContain('**Consent and safety** contains HTML');
  });
});

describe('pullRequestBody', () => {
  it("says when the replaced entry's maintainers could not be read", () => {
    const entry = {
      city: 'chicago',
      slug: 'x',
      file: 'directory/chicago/x.yml',
      text: '',
      name: 'X',
    };
    const body = pullRequestBody({
      entry,
      issueNumber: 4,
      author: 'someone',
      exists: true,
      replaced: {users: [], teams: []},
      diff: ['- line', ''],
    });
    expect(body).toContain(
      "> **This replaces an existing entry whose maintainers could not be read.** The submission's author is @&#8203;someone.",
    );
    expect(body).toContain('Closes #4.');
  });
});

describe('issueToPullRequest on a new entry that duplicates an existing one (F9)', () => {
  const file = 'directory%2Fminneapolis%2Fnorthside-legal-help.yml';
  const routes = (body: string, extra: (key: string) => FakeAnswer | undefined = () => undefined) =>
    fakeGithub((key) => {
      const answer = extra(key);
      if (answer) return answer;
      switch (key) {
        case `GET ${base}/issues/12`:
          return {data: issue(body, ['organisation-submission', 'approved'])};
        case `GET ${base}/git/ref/heads%2Fmain`:
          return {data: {object: {sha: 'abc123'}}};
        case `POST ${base}/git/refs`:
          return {status: 201, data: {}};
        case `PUT ${base}/contents/${file}`:
          return {status: 201, data: {}};
        case `GET ${base}/pulls?head=sanctuary-commons%3Acontribute%2Fissue-12&state=open`:
          return {data: []};
        case `POST ${base}/pulls`:
          return {
            status: 201,
            data: {number: 13, html_url: 'https://github.com/sanctuary-commons/site/pull/13'},
          };
        case `POST ${base}/issues/13/labels`:
          return {data: []};
        case `POST ${base}/pulls/13/requested_reviewers`:
          return {status: 201, data: {}};
        case `GET ${base}/issues/12/comments?per_page=100`:
          return {data: []};
        case `POST ${base}/issues/12/comments`:
          return {status: 201, data: {id: 5}};
        default:
          return undefined;
      }
    });
  const run = (octokit: GithubClient) =>
    issueToPullRequest(octokit, {
      owner: 'sanctuary-commons',
      repo: 'site',
      issueNumber: 12,
      siteDir: site,
      now: NOW,
    });

  it.each([
    [
      'the same name, spelled differently',
      {name: 'FIXTURE legal-aid (Sample)'},
      'the name `FIXTURE legal-aid (Sample)`',
    ],
    [
      'the same name in another script width',
      {name: 'Ｆｉｘｔｕｒｅ Legal Aid (sample)'},
      'the name',
    ],
  ])(
    'treats a new file with %s as replacing it: label, warning, the existing maintainers asked',
    async (_what, answers, shown) => {
      const {octokit, requests} = routes(formBody(answers));
      const result = await run(octokit);
      expect(result).toEqual(
        expect.objectContaining({
          outcome: 'pull-request',
          replaces: ['@sanctuary-commons/sample-entries'],
        }),
      );
      expect(requests.find((request) => request.path === `${base}/issues/13/labels`)!.body).toEqual(
        {labels: [REPLACES_ENTRY_LABEL]},
      );
      expect(
        requests.find((request) => request.path === `${base}/pulls/13/requested_reviewers`)!.body,
      ).toEqual({reviewers: [], team_reviewers: ['sample-entries']});
      const body = (
        requests.find((request) => request.method === 'POST' && request.path === `${base}/pulls`)!
          .body as {body: string}
      ).body;
      expect(body).toContain('**This may duplicate or replace an existing entry.**');
      expect(body).toContain(shown);
      expect(body).toContain(
        'shared with **Fixture Legal Aid (sample)** (`directory/minneapolis/fixture-legal-aid.yml`), maintained by @sanctuary-commons/sample-entries',
      );
    },
  );

  it('is an ordinary new entry when its author maintains the entry it shares a value with', async () => {
    const {octokit, requests} = routes(formBody({name: 'Fixture Legal Aid (sample)'}), (key) =>
      key === 'GET /orgs/sanctuary-commons/teams/sample-entries/memberships/organiser'
        ? {data: {state: 'active'}}
        : undefined,
    );
    const result = await run(octokit);
    expect(result).not.toHaveProperty('replaces');
    expect(requests.some((request) => request.path.endsWith('/labels'))).toBe(false);
  });
});
