import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {
  REPORT_PROBLEM_FIELDS,
  REPORT_PROBLEM_TEMPLATE,
  reportProblemUrl,
} from '../reportProblemUrl';

const root = path.resolve(__dirname, '../../..');
const entry = {
  name: 'Kestrel Bond Fund & Co. #1 @everyone',
  file: 'directory/chicago/kestrel-bond-fund.yml',
  pagePath: '/directory/chicago/kestrel-bond-fund',
};

describe('reportProblemUrl', () => {
  it("opens GitHub's report form filled in with the entry", () => {
    const url = new URL(
      reportProblemUrl('https://github.com/sanctuary-commons/sanctuary-commons', entry),
    );
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://github.com/sanctuary-commons/sanctuary-commons/issues/new',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'report-outdated.yml',
      title: 'Outdated: Kestrel Bond Fund & Co. #1 @everyone',
      page: '/directory/chicago/kestrel-bond-fund (directory/chicago/kestrel-bond-fund.yml)',
    });
  });

  it('encodes every value (no name can add or change a parameter) and accepts a trailing slash', () => {
    const url = reportProblemUrl('https://github.com/o/r/', {
      ...entry,
      name: 'A&template=evil.yml&labels=approved',
    });
    expect(
      url.startsWith(
        'https://github.com/o/r/issues/new?template=report-outdated.yml&title=Outdated%3A+A%26template%3Devil.yml%26labels%3Dapproved&page=',
      ),
    ).toBe(true);
    expect([...new URL(url).searchParams.keys()]).toEqual(['template', 'title', 'page']);
    expect(new URL(url).searchParams.get('title')).toBe(
      'Outdated: A&template=evil.yml&labels=approved',
    );
  });

  it('refuses a repository address that is not a URL', () => {
    expect(() => reportProblemUrl('not a url', entry)).toThrow(/Invalid URL/);
  });

  it('uses a form and field ids that exist in .github/ISSUE_TEMPLATE', () => {
    const form = parse(
      fs.readFileSync(path.join(root, '.github/ISSUE_TEMPLATE', REPORT_PROBLEM_TEMPLATE), 'utf8'),
    ) as {body: {id?: string}[]};
    const ids = form.body.map((field) => field.id).filter(Boolean);
    for (const id of Object.values(REPORT_PROBLEM_FIELDS)) expect(ids).toContain(id);
  });
});
