import {buildPrReport, PR_REPORT_MARKER, type PrReportInput} from '../prReport';
import {fetchPullRequest, publishPrReport} from '../publishPrReport';
import {botComment, fakeGithub} from './fakeGithub';

const problem = (file: string, line: number, field: string, message: string, fix: string) => ({
  severity: 'error' as const,
  file,
  line,
  column: 12,
  field,
  rule: 'schema',
  message,
  fix,
});

const input: PrReportInput = {
  changedFiles: [
    {file: 'directory/chicago/new-org.yml', status: 'added'},
    {file: 'directory/chicago/other-org.yml', status: 'modified'},
    {file: '.github/workflows/validate.yml', status: 'modified'},
  ],
  report: {
    errors: 3,
    warnings: 0,
    checkedFiles: 40,
    problems: [
      problem(
        'directory/chicago/new-org.yml',
        9,
        'channels[0].value',
        '"+19005550100" is a premium-rate number.',
        "Use the organisation's regular number.",
      ),
      problem(
        'directory/chicago/other-org.yml',
        4,
        'summary.en',
        'Contains <img src=x> and @everyone [link](https://evil.example)',
        'Remove it.',
      ),
      problem(
        'docs/playbooks/x/unrelated.md',
        1,
        'organizations[0]',
        'Unknown organisation "gone".',
        'Fix it.',
      ),
    ],
  },
  entries: [
    {
      file: 'directory/chicago/new-org.yml',
      name: 'Northside Legal Help',
      types: ['legal-aid', 'not-a-type'],
      cities: ['chicago'],
    },
  ],
  cities: new Map([
    [
      'chicago',
      {
        name: 'Chicago',
        maintainers: [
          '@sanctuary-commons/chicago-maintainers',
          '@alice',
          '@prauthor',
          '@elsewhere/team',
        ],
      },
    ],
  ]),
  owner: 'sanctuary-commons',
  author: 'PRAuthor',
};

describe('buildPrReport', () => {
  const report = buildPrReport(input);

  it('lists every flaw of the changed files with file:line and fix, and counts errors elsewhere', () => {
    expect(report.body.startsWith(PR_REPORT_MARKER)).toBe(true);
    expect(report.body).toContain('✖ **2 problems to fix** in 2 files');
    expect(report.body).toContain(
      '`directory/chicago/new-org.yml:9:12` · `channels[0].value` · "+190055&#8203;50100" is a premium-rate number.',
    );
    expect(report.body).toContain("**Fix:** Use the organisation's regular number.");
    expect(report.body).toContain('`directory/chicago/other-org.yml:4:12`');
    expect(report.body).not.toContain('unrelated.md');
    expect(report.body).toContain('⚠ 1 error in files this change does not touch');
  });

  it('keeps untrusted text inert: no HTML, no links, no mentions', () => {
    expect(report.body).toContain(
      'Contains &lt;img src=x&gt; and @&#8203;everyone \\[link\\](https:&#8203;//evil&#8203;.example)',
    );
    expect(report.body).not.toContain('<img');
  });

  it('says what the change adds, flags core files, labels and requests city reviewers from the default branch', () => {
    expect(report.body).toContain(
      '- new organisation in Chicago: **Northside Legal Help** (`directory/chicago/new-org.yml`)',
    );
    expect(report.body).toContain('- updated organisation in Chicago: `other-org`');
    expect(report.coreFiles).toEqual([
      {file: '.github/workflows/validate.yml', reason: expect.any(String)},
    ]);
    expect(report.labels).toEqual(['city:chicago', 'kind:organization', 'type:legal-aid']);
    expect(report.reviewers).toEqual(['alice']);
    expect(report.teamReviewers).toEqual(['chicago-maintainers']);
  });

  it('says all checks passed and flags a new city that has no maintainers yet', () => {
    const passed = buildPrReport({
      ...input,
      changedFiles: [
        {file: 'directory/boston/_city.yml', status: 'added'},
        {file: 'docs/playbooks/legal-aid/clinic.md', status: 'added'},
      ],
      report: {errors: 0, warnings: 0, checkedFiles: 2, problems: []},
      entries: [
        {
          file: 'docs/playbooks/legal-aid/clinic.md',
          name: 'Running a clinic',
          types: ['legal-aid', 'know-your-rights'],
          cities: ['chicago'],
        },
      ],
    });
    expect(passed.body).toContain('✔ **All checks passed**');
    expect(passed.body).toContain('- new playbook on Legal aid: **Running a clinic**');
    expect(passed.labels).toEqual([
      'city:boston',
      'city:chicago',
      'kind:playbook',
      'type:know-your-rights',
      'type:legal-aid',
    ]);
    expect(passed.coreFiles).toEqual([
      {file: 'directory/boston/', reason: 'a new city has no maintainers yet'},
    ]);
  });
});

describe('publishPrReport', () => {
  const pull = {owner: 'sanctuary-commons', repo: 'site', pullNumber: 7};
  const report = buildPrReport(input);
  const base = '/repos/sanctuary-commons/site';

  it('creates the comment on the first run, then updates the same comment on the second', async () => {
    let comments: unknown[] = [
      {
        id: 1,
        body: `${PR_REPORT_MARKER} pasted by a person`,
        user: {login: 'mallory', type: 'User'},
      },
    ];
    const {octokit, requests} = fakeGithub((key, request) => {
      if (key === `GET ${base}/issues/7/comments?per_page=100`) return {data: comments};
      if (key === `POST ${base}/issues/7/comments`) {
        comments = [...comments, botComment(99, (request.body as {body: string}).body)];
        return {status: 201, data: {id: 99}};
      }
      if (key === `PATCH ${base}/issues/comments/99`) return {data: {id: 99}};
      if (key === `POST ${base}/issues/7/labels`) return {data: []};
      if (key === `POST ${base}/pulls/7/requested_reviewers`) return {status: 201, data: {}};
      return undefined;
    });
    expect(await publishPrReport(octokit, pull, report)).toBe('created');
    expect(await publishPrReport(octokit, pull, report)).toBe('updated');
    expect(requests).toEqual([
      {method: 'GET', path: `${base}/issues/7/comments?per_page=100`},
      {method: 'POST', path: `${base}/issues/7/comments`, body: {body: report.body}},
      {
        method: 'POST',
        path: `${base}/issues/7/labels`,
        body: {labels: ['city:chicago', 'kind:organization', 'type:legal-aid']},
      },
      {
        method: 'POST',
        path: `${base}/pulls/7/requested_reviewers`,
        body: {reviewers: ['alice'], team_reviewers: ['chicago-maintainers']},
      },
      {method: 'GET', path: `${base}/issues/7/comments?per_page=100`},
      {method: 'PATCH', path: `${base}/issues/comments/99`, body: {body: report.body}},
      {
        method: 'POST',
        path: `${base}/issues/7/labels`,
        body: {labels: ['city:chicago', 'kind:organization', 'type:legal-aid']},
      },
      {
        method: 'POST',
        path: `${base}/pulls/7/requested_reviewers`,
        body: {reviewers: ['alice'], team_reviewers: ['chicago-maintainers']},
      },
    ]);
  });
});

describe('fetchPullRequest', () => {
  it('reads the head commit, author and every changed file from GitHub, counting a rename as a removal too', async () => {
    const base = '/repos/o/r';
    const {octokit, requests} = fakeGithub((key) => {
      if (key === `GET ${base}/pulls/4`)
        return {data: {head: {sha: 'f00'}, user: {login: 'someone'}}};
      if (key === `GET ${base}/pulls/4/files?per_page=100`)
        return {
          data: [
            {filename: 'directory/chicago/a.yml', status: 'added'},
            {
              filename: 'directory/chicago/b.yml',
              status: 'renamed',
              previous_filename: 'directory/denver/b.yml',
            },
          ],
        };
      return undefined;
    });
    expect(await fetchPullRequest(octokit, {owner: 'o', repo: 'r', pullNumber: 4})).toEqual({
      headSha: 'f00',
      author: 'someone',
      changedFiles: [
        {file: 'directory/chicago/a.yml', status: 'added'},
        {
          file: 'directory/chicago/b.yml',
          status: 'renamed',
          previousFile: 'directory/denver/b.yml',
        },
        {file: 'directory/denver/b.yml', status: 'removed'},
      ],
    });
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET ${base}/pulls/4`,
      `GET ${base}/pulls/4/files?per_page=100`,
    ]);
  });
});

describe('buildPrReport with directory entries compared', () => {
  const empty = {errors: 0, warnings: 0, checkedFiles: 0, problems: []};

  it("keeps the comment under GitHub's 65,536 characters, and says which files it could not show", () => {
    const summary = (letter: string) => ({
      en: letter.repeat(280),
      es: letter.repeat(280),
      fr: letter.repeat(280),
    });
    const many = Array.from({length: 100}, (_, index) => ({
      file: `directory/chicago/org-${index}.yml`,
      before: {data: {name: `Org ${index}`, summary: summary('a'), description: summary('c')}},
      after: {data: {name: `Org ${index}!`, summary: summary('b'), description: summary('d')}},
    }));
    const report = buildPrReport({
      ...input,
      report: empty,
      entries: [],
      changedFiles: many.map(({file}) => ({file, status: 'modified'})),
      entryVersions: many,
    });
    expect(report.body.length).toBeLessThan(65_536);
    // Every file is named with its contact change (the name); only the long summaries are cut.
    for (let index = 0; index < 100; index += 1)
      expect(report.body).toContain(`\`Org ${index}\` → \`Org ${index}!\``);
    expect(report.body).toMatch(/- …and \d+ other field changes? not shown here/);
    expect(report.body).toContain('✔ **All checks passed**');
    expect(report.coreFiles).toEqual([]);
  });

  describe('never hides a contact change behind bulk detail (F8)', () => {
    const longSite = (index: number) => ({
      kind: 'website',
      audience: 'general',
      value: `https://example.org/${'x'.repeat(300)}/${index}`,
    });
    const hotline = (value: string) => ({kind: 'hotline', audience: 'need-help', value});
    const file = 'directory/chicago/other-org.yml';
    const build = (
      before: Record<string, unknown>,
      after: Record<string, unknown>,
      extra: Partial<PrReportInput> = {},
    ) =>
      buildPrReport({
        ...input,
        report: empty,
        entries: [],
        changedFiles: [{file, status: 'modified'}],
        entryVersions: [{file, before: {data: before}, after: {data: after}, cityCountry: 'US'}],
        ...extra,
      });

    it('shows a changed hotline first even when 110 long website channels are added after it', () => {
      const sites = Array.from({length: 110}, (_, index) => longSite(index));
      const report = build(
        {name: 'Other', channels: [hotline('+16125550100')]},
        {name: 'Other', channels: [...sites, hotline('+18765550123')]},
      );
      expect(report.body.length).toBeLessThan(65_536);
      expect(report.body).toContain(
        "- hotline (need-help): `+1 612 555 0100` (US, fixed line or mobile) → `+1 876 555 0123` (JM, mobile; not in the city's country (US))",
      );
      // Not all 110 fit: the report says so, names the file for a core maintainer and does not say "passed".
      expect(report.body).not.toContain('All checks passed');
      expect(report.body).toContain('not every directory change is shown below');
      expect(report.body).toMatch(/\d+ more contact changes not shown here/);
      expect(report.coreFiles).toEqual([
        {file, reason: expect.stringMatching(/contact changes? could not be shown/)},
      ]);
    });

    it.each([
      ['a label', (value: string) => ({channels: [{...hotline('+16125550100'), label: value}]})],
      [
        'the international flag',
        (value: string) => ({channels: [{...hotline('+16125550100'), international: value}]}),
      ],
      ['a channel list of another shape', (value: string) => ({channels: {value}})],
      ['a city policy source', (value: string) => ({policy: {source_url: value}})],
      ['a number in the summary', (value: string) => ({summary: {en: `Call ${value}`}})],
    ])('spells out %s however much bulk text changes beside it', (_what, shape) => {
      const bulk = (letter: string) =>
        Object.fromEntries(
          Array.from({length: 60}, (_, index) => [`note_${index}`, letter.repeat(1000)]),
        );
      const report = build(
        {name: 'Other', ...bulk('a'), ...shape('call 612 555 0100 old')},
        {name: 'Other', ...bulk('b'), ...shape('call 876 555 0123 new')},
      );
      expect(report.body).toContain('876 555 0123 new');
      expect(report.body).toMatch(/- …and \d+ other field changes not shown here/);
      expect(report.body).toContain('All checks passed');
    });

    it('flags a file it could not read (too large) for a core maintainer, never "all checks passed"', () => {
      const report = buildPrReport({
        ...input,
        report: empty,
        entries: [],
        changedFiles: [{file, status: 'modified'}],
        entryVersions: [
          {
            file,
            before: {data: {name: 'Other'}},
            after: {
              error: 'the file is 70000 bytes, more than the 65536 a directory file may have.',
            },
          },
        ],
      });
      expect(report.body).not.toContain('All checks passed');
      expect(report.body).toContain('could not be read');
      expect(report.coreFiles).toEqual([
        {file, reason: expect.stringContaining('could not be read')},
      ]);
    });

    it('flags directory files left out of the comparison', () => {
      const report = build({name: 'Other'}, {name: 'Other'}, {leftOutVersions: 3});
      expect(report.body).not.toContain('All checks passed');
      expect(report.coreFiles).toEqual([
        {file: 'directory/', reason: expect.stringContaining('3 more directory files')},
      ]);
    });
  });

  it("asks the changed organisation's maintainers on the default branch to review, never the author", () => {
    const report = buildPrReport({
      ...input,
      report: empty,
      entries: [],
      changedFiles: [{file: 'directory/chicago/other-org.yml', status: 'modified'}],
      entryVersions: [
        {
          file: 'directory/chicago/other-org.yml',
          before: {
            data: {
              name: 'Other',
              maintainers: ['@carol', '@PRAuthor', '@sanctuary-commons/other-team', 'not a handle'],
            },
          },
          after: {data: {name: 'Other', maintainers: ['@mallory']}},
        },
      ],
    });
    expect(report.reviewers).toEqual(['alice', 'carol']);
    expect(report.teamReviewers).toEqual(['chicago-maintainers', 'other-team']);
    expect(report.body).toContain(
      '- `maintainers`: `[@carol, @PRAuthor, @sanctuary-commons/other-team, not a handle]` → `[@mallory]`',
    );
  });

  describe('a new file that duplicates an existing entry (F9)', () => {
    const existingEntries = [
      {
        file: 'directory/chicago/other-org.yml',
        city: 'chicago',
        data: {
          name: 'Other Org',
          maintainers: ['@carol', '@sanctuary-commons/other-team'],
          channels: [{kind: 'hotline', value: '+13125550142'}],
        },
      },
      {
        file: 'directory/denver/far.yml',
        city: 'denver',
        data: {
          name: 'Far Org',
          maintainers: ['@dave'],
          channels: [{kind: 'email', value: 'help@far.org'}],
        },
      },
    ];
    const cities = new Map([
      ...input.cities,
      ['denver', {name: 'Denver', maintainers: ['@denverkeeper']}],
    ]);
    const build = (
      data: Record<string, unknown>,
      file = 'directory/chicago/copy.yml',
      status = 'added',
    ) =>
      buildPrReport({
        ...input,
        report: empty,
        entries: [],
        cities,
        existingEntries,
        changedFiles: [{file, status}],
        entryVersions: [{file, after: {data}}],
      });

    it.each([
      ['the same name', {name: 'OTHER org'}, 'the name `OTHER org`'],
      [
        'the same hotline',
        {name: 'Copy', channels: [{kind: 'hotline', value: '+1 312 555 0142'}]},
        'the phone number `+1 312 555 0142`',
      ],
    ])(
      "labels replaces-entry and asks the existing entry's maintainers when it has %s",
      (_what, data, shown) => {
        const report = build(data);
        expect(report.labels).toContain('replaces-entry');
        expect(report.reviewers).toEqual(['alice', 'carol']);
        expect(report.teamReviewers).toEqual(['chicago-maintainers', 'other-team']);
        expect(report.body).toContain('### Duplicates or replaces an existing entry');
        expect(report.body).toContain(
          `- ⚠ \`directory/chicago/copy.yml\` shares ${shown} with **Other Org** (\`directory/chicago/other-org.yml\`), maintained by @carol, @sanctuary-commons/other-team.`,
        );
      },
    );

    it("asks the other city's maintainers too when the shared entry is elsewhere", () => {
      const report = build({name: 'Copy', channels: [{kind: 'email', value: 'HELP@far.org'}]});
      expect(report.reviewers).toEqual(['alice', 'dave', 'denverkeeper']);
    });

    it('does not flag a changed file for a value it already had, nor a file with nothing shared', () => {
      const data = {name: 'Other Org', channels: [{kind: 'hotline', value: '+13125550142'}]};
      const kept = buildPrReport({
        ...input,
        report: empty,
        entries: [],
        cities,
        existingEntries,
        changedFiles: [{file: 'directory/chicago/twin.yml', status: 'modified'}],
        entryVersions: [
          {
            file: 'directory/chicago/twin.yml',
            before: {data},
            after: {data: {...data, summary: {en: 'New text'}}},
          },
        ],
      });
      expect(kept.labels).not.toContain('replaces-entry');
      expect(build({name: 'Unrelated'}).labels).not.toContain('replaces-entry');
    });
  });
});
