import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {ORGANISATION_FORM_LABELS, organisationFromIssue, parseIssueFormBody, validateProposedEntry} from '../issueForm';
import {ISSUE_TO_PR_MARKER, issueToPullRequest} from '../issueToPr';
import {botComment, fakeGithub} from './fakeGithub';

const site = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const NOW = new Date('2026-11-29T12:00:00Z');
const base = '/repos/sanctuary-commons/site';

/** An issue body as GitHub renders the add-organisation form. */
function formBody(overrides: Partial<Record<keyof typeof ORGANISATION_FORM_LABELS, string>> = {}): string {
  const answers: Record<keyof typeof ORGANISATION_FORM_LABELS, string> = {
    city: 'minneapolis',
    slug: 'northside-legal-help',
    name: 'Northside Legal Help (sample)',
    types: 'legal-aid, know-your-rights',
    summaryEn: 'Free immigration legal consultations on the north side. A fictional sample.',
    summaryEs: '_No response_',
    languages: 'en, es, so',
    channels: 'phone | need-help | +16126243000 | Mo-Fr 09:00-17:00\nwebsite | general | https://northside-legal.org/',
    area: 'North Minneapolis',
    status: 'active',
    method: 'self-reported',
    maintainers: '_No response_',
    consent: '- [X] The organisation agrees to be listed, and I may submit this on its behalf.\n- [X] This entry contains no personal data.',
    ...overrides,
  };
  return (Object.keys(ORGANISATION_FORM_LABELS) as (keyof typeof ORGANISATION_FORM_LABELS)[])
    .map((key) => `### ${ORGANISATION_FORM_LABELS[key]}\n\n${answers[key]}`).join('\n\n');
}

const issue = (body: string, labels: string[]) => ({
  number: 12, body, labels: labels.map((name) => ({name})), user: {login: 'organiser'},
  created_at: '2026-11-20T10:00:00Z', html_url: 'https://github.com/sanctuary-commons/site/issues/12',
});

describe('the add-organisation issue form', () => {
  it('uses exactly the labels the parser reads', () => {
    const form = parse(fs.readFileSync(path.resolve(__dirname, '../../../../.github/ISSUE_TEMPLATE/add-organisation.yml'), 'utf8')) as {body: {type: string; attributes: {label?: string}}[]};
    const labels = form.body.filter((field) => field.type !== 'markdown').map((field) => field.attributes.label);
    expect(labels).toEqual(Object.values(ORGANISATION_FORM_LABELS));
  });

  it('becomes an organisation file that passes the validator', () => {
    const {entry, problems} = organisationFromIssue(parseIssueFormBody(formBody()), {today: '2026-11-29', submittedOn: '2026-11-20', author: 'organiser', issueUrl: 'https://github.com/o/r/issues/12'});
    expect(problems).toEqual([]);
    expect(entry!.file).toBe('directory/minneapolis/northside-legal-help.yml');
    expect(parse(entry!.text)).toEqual(expect.objectContaining({
      types: ['legal-aid', 'know-your-rights'], languages: ['en', 'es', 'so'],
      channels: [{kind: 'phone', audience: 'need-help', value: '+16126243000', hours: 'Mo-Fr 09:00-17:00'}, {kind: 'website', audience: 'general', value: 'https://northside-legal.org/'}],
      verified: {date: '2026-11-29', method: 'self-reported'}, maintainers: ['@organiser'], consent: '2026-11-20',
    }));
    expect(validateProposedEntry(site, entry!, NOW)).toEqual([]);
  });

  it('reports unticked consent and malformed channel lines as form problems', () => {
    const {entry, problems} = organisationFromIssue(parseIssueFormBody(formBody({consent: '- [ ] agree\n- [X] no personal data', channels: 'just a phone number'})), {today: '2026-11-29', submittedOn: '2026-11-20', author: 'o', issueUrl: 'u'});
    expect(entry).toBeUndefined();
    expect(problems.map((problem) => problem.field)).toEqual(['Consent and safety', 'Contact channels']);
  });
});

describe('validateProposedEntry: phone numbers of the city\'s country (safety rule 11)', () => {
  const context = {today: '2026-11-29', submittedOn: '2026-11-20', author: 'organiser', issueUrl: 'https://github.com/o/r/issues/12'};
  const propose = (channels: string) => organisationFromIssue(parseIssueFormBody(formBody({channels})), context).entry!;

  it.each([
    ['a Jamaican +1 number in Minneapolis (US)', '+18765551234', 'rings in Jamaica (JM)'],
    ['a Mexican number in Minneapolis', '+525512345678', 'rings in Mexico (MX)'],
    ['a Canadian number in Minneapolis', '+14165551234', 'rings in Canada (CA)'],
  ])('refuses %s, at its line, naming both countries', (_what, value, where) => {
    const entry = propose(`hotline | need-help | ${value} | 24/7`);
    const problems = validateProposedEntry(site, entry, NOW);
    expect(problems).toEqual([expect.objectContaining({rule: 'phone-country', field: 'channels[0].value', file: 'directory/minneapolis/northside-legal-help.yml', severity: 'error'})]);
    expect(problems[0]!.message).toContain(where);
    expect(problems[0]!.message).toContain("the city's country is United States (US)");
    expect(problems[0]!.line).toBe(entry.text.split('\n').findIndex((line) => line.includes(value)) + 1);
  });

  it('accepts a number of another country when the fifth column says why, and writes the reason as international', () => {
    const entry = propose("hotline | need-help | +525512345678 | 24/7 | The consulate's national hotline, answered in Mexico");
    expect(parse(entry.text).channels[0]).toEqual({kind: 'hotline', audience: 'need-help', value: '+525512345678', hours: '24/7', international: "The consulate's national hotline, answered in Mexico"});
    expect(validateProposedEntry(site, entry, NOW)).toEqual([]);
  });

  it('accepts NANP toll-free in a US city, and refuses a reason given for it', () => {
    expect(validateProposedEntry(site, propose('hotline | need-help | +18002345678'), NOW)).toEqual([]);
    expect(validateProposedEntry(site, propose('hotline | need-help | +18002345678 | | Toll-free'), NOW)).toEqual([expect.objectContaining({rule: 'phone-international-unneeded', field: 'channels[0].international'})]);
  });

  it('refuses satellite and personal numbers like premium-rate ones', () => {
    const problems = validateProposedEntry(site, propose('phone | general | +881612345678\nphone | general | +447012345678'), NOW);
    expect(problems.map((problem) => [problem.field, problem.rule])).toEqual([['channels[0].value', 'schema'], ['channels[1].value', 'schema']]);
    expect(problems.map((problem) => problem.message).join(' ')).toMatch(/satellite phone number.*personal number/);
  });
});

describe('issueToPullRequest', () => {
  it('does nothing for an issue that is not approved', async () => {
    const {octokit, requests} = fakeGithub((key) => (key === `GET ${base}/issues/12` ? {data: issue(formBody(), ['organisation-submission'])} : undefined));
    expect(await issueToPullRequest(octokit, {owner: 'sanctuary-commons', repo: 'site', issueNumber: 12, siteDir: site, now: NOW})).toEqual({outcome: 'not-approved'});
    expect(requests).toEqual([{method: 'GET', path: `${base}/issues/12`}]);
  });

  it('creates the branch, the file and the pull request, then links back on the issue', async () => {
    const {octokit, requests} = fakeGithub((key) => {
      switch (key) {
        case `GET ${base}/issues/12`: return {data: issue(formBody(), ['organisation-submission', 'approved'])};
        case `GET ${base}/git/ref/heads%2Fmain`: return {data: {object: {sha: 'abc123'}}};
        case `POST ${base}/git/refs`: return {status: 201, data: {}};
        case `PUT ${base}/contents/directory%2Fminneapolis%2Fnorthside-legal-help.yml`: return {status: 201, data: {}};
        case `GET ${base}/pulls?head=sanctuary-commons%3Acontribute%2Fissue-12&state=open`: return {data: []};
        case `POST ${base}/pulls`: return {status: 201, data: {number: 13, html_url: 'https://github.com/sanctuary-commons/site/pull/13'}};
        case `GET ${base}/issues/12/comments?per_page=100`: return {data: []};
        case `POST ${base}/issues/12/comments`: return {status: 201, data: {id: 5}};
        default: return undefined; // the file does not exist on the branch yet: 404
      }
    });
    const result = await issueToPullRequest(octokit, {owner: 'sanctuary-commons', repo: 'site', issueNumber: 12, siteDir: site, now: NOW});
    expect(result).toEqual({outcome: 'pull-request', number: 13, url: 'https://github.com/sanctuary-commons/site/pull/13', file: 'directory/minneapolis/northside-legal-help.yml'});
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
    expect(put.body).toEqual(expect.objectContaining({branch: 'contribute/issue-12', message: 'Add directory/minneapolis/northside-legal-help.yml from issue #12'}));
    expect(text).toContain('name: Northside Legal Help (sample)');
    expect(requests[6]!.body).toEqual(expect.objectContaining({head: 'contribute/issue-12', base: 'main', body: expect.stringContaining('Closes #12.')}));
    expect((requests[8]!.body as {body: string}).body).toContain('https://github.com/sanctuary-commons/site/pull/13');
  });

  it('posts the flaws on the issue instead (and updates that comment on the next try)', async () => {
    const body = formBody({channels: 'hotline | need-help | +19005550100\nwebsite | general | http://insecure.org/\nwebsite | volunteer | https://chat.whatsapp.com/AbC123'});
    const {octokit, requests} = fakeGithub((key) => {
      if (key === `GET ${base}/issues/12`) return {data: issue(body, ['approved'])};
      if (key === `GET ${base}/issues/12/comments?per_page=100`) return {data: [botComment(77, `${ISSUE_TO_PR_MARKER}\nold`)]};
      if (key === `PATCH ${base}/issues/comments/77`) return {data: {id: 77}};
      return undefined;
    });
    const result = await issueToPullRequest(octokit, {owner: 'sanctuary-commons', repo: 'site', issueNumber: 12, siteDir: site, now: NOW});
    expect(result).toEqual({outcome: 'flaws', count: 3});
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${base}/issues/12`, `GET ${base}/issues/12/comments?per_page=100`, `PATCH ${base}/issues/comments/77`]);
    const comment = (requests[2]!.body as {body: string}).body;
    expect(comment).toContain('is a reserved example value');
    expect(comment).toContain('not an https: link');
    expect(comment).toContain('WhatsApp invite link');
    expect(comment).toMatch(/- line \d+ · `channels\[0\]\.value`/);
  });
});
