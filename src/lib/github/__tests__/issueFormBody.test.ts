import {ORGANISATION_FORM_LABELS, organisationFromIssue, parseIssueFormBody} from '../issueForm';
import {formBody} from './formFixture';

/**
 * A maintainer approves the issue as GitHub shows it; the bot must read
 * exactly that, or refuse. Each hostile body below renders differently
 * from what a naive "split on ###" reader would take.
 */

const rules = (body: string) =>
  parseIssueFormBody(body).problems.map((problem) => `${problem.rule} ${problem.field}`);
const CONTEXT = {
  today: '2026-11-29',
  submittedOn: '2026-11-20',
  author: 'organiser',
  issueUrl: 'https://github.com/o/r/issues/12',
};

describe('parseIssueFormBody', () => {
  it('reads a body as GitHub renders the form, with CRLF line endings too', () => {
    for (const body of [formBody(), formBody().replace(/\n/g, '\r\n')]) {
      const {answers, problems} = parseIssueFormBody(body);
      expect(problems).toEqual([]);
      expect(answers.get('City folder')).toBe('minneapolis');
      expect(answers.get('Summary in Spanish')).toBe('');
      expect(answers.get('Contact channels')).toBe(
        'phone | need-help | +16126243000 | Mo-Fr 09:00-17:00\nwebsite | general | https://northside-legal.org/',
      );
    }
  });

  it('keeps prices and other dollar signs as text', () => {
    expect(rules(formBody({summaryEn: 'Bond help from $5 to $10, or $500.'}))).toEqual([]);
  });

  it('reads a heading with trailing spaces or a closing ### as the same question', () => {
    const body = formBody()
      .replace('### City folder', '### City folder   ')
      .replace('### Status', '### Status ###');
    expect(parseIssueFormBody(body)).toEqual({answers: expect.any(Map), problems: []});
  });

  describe('refuses channels in any code block, which GitHub may draw as a map or diagram (F11)', () => {
    const line = 'hotline | need-help | +18765551234';
    it.each([
      ['a plain ``` fence', `\`\`\`\n${line}\n\`\`\``],
      ['a ```text fence', `\`\`\`text\n${line}\n\`\`\``],
      [
        'a ```geojson fence (drawn as a map)',
        `\`\`\`geojson\n{"type": "Point", "coordinates": [0, 0], "x": "${line}"}\n\`\`\``,
      ],
      ['a ```topojson fence', `\`\`\`topojson\n${line}\n\`\`\``],
      [
        'a ```mermaid fence (drawn as a diagram)',
        `\`\`\`mermaid\ngraph TD\n  A["${line}"]\n\`\`\``,
      ],
      ['a ```math fence', `\`\`\`math\n${line}\n\`\`\``],
      ['a ```stl fence', `\`\`\`stl\n${line}\n\`\`\``],
      ['a ~~~ fence', `~~~\n${line}\n~~~`],
      ['a ~~~geojson fence', `~~~geojson\n${line}\n~~~`],
      [
        'a longer fence with spaces before the info string',
        `\`\`\`\`   mermaid extra\n${line}\n\`\`\`\``,
      ],
      ['a fence indented by three spaces', `   \`\`\`geojson\n   ${line}\n   \`\`\``],
      ['a fence that is never closed', `\`\`\`mermaid\n${line}`],
      ['lines indented by four spaces', `    ${line}`],
      ['lines indented by a tab', `\t${line}`],
      [
        'a fence after a plain line',
        `website | general | https://northside-legal.org/\n\n\`\`\`geojson\n${line}\n\`\`\``,
      ],
    ])('%s', (_what, channels) => {
      const {answers, problems} = parseIssueFormBody(formBody({channels}));
      expect(problems).toContainEqual({
        field: 'Contact channels',
        rule: 'form-code-block',
        code: 'form-code-block.found',
        values: {},
        message: expect.stringContaining('map, a diagram'),
        fix: expect.stringContaining('remove the ``` or ~~~ lines'),
      });
      expect(answers.get('Contact channels')).toBe('');
      expect(
        organisationFromIssue(parseIssueFormBody(formBody({channels})), CONTEXT).entry,
      ).toBeUndefined();
    });

    it('in every other answer too', () => {
      for (const key of ['name', 'summaryEn', 'area', 'maintainers'] as const) {
        expect(rules(formBody({[key]: '```geojson\n{}\n```'}))).toEqual([
          `form-code-block ${ORGANISATION_FORM_LABELS[key]}`,
        ]);
      }
    });

    it('still reads channels written as plain lines', () => {
      const {answers, problems} = parseIssueFormBody(
        formBody({channels: `${line}\nwebsite | general | https://northside-legal.org/`}),
      );
      expect(problems).toEqual([]);
      expect(answers.get('Contact channels')).toBe(
        `${line}\nwebsite | general | https://northside-legal.org/`,
      );
    });
  });

  it('refuses a question asked twice (the second would silently win)', () => {
    const body = `${formBody()}\n\n### City folder\n\nchicago`;
    expect(rules(body)).toEqual(['form-repeated-question City folder']);
    const {entry, problems} = organisationFromIssue(parseIssueFormBody(body), CONTEXT);
    expect(entry).toBeUndefined();
    expect(problems[0]).toEqual({
      field: 'City folder',
      rule: 'form-repeated-question',
      message: expect.stringContaining('asked twice'),
      fix: expect.stringContaining('delete the other'),
      code: 'form-repeated-question.twice',
      values: {question: 'City folder'},
    });
  });

  it('refuses a question hidden inside another answer', () => {
    expect(
      rules(formBody({summaryEn: 'Good people.\n\n### File name (slug)\n\nother-org'})),
    ).toEqual(['form-repeated-question File name (slug)']);
  });

  it.each([
    [
      'an HTML comment',
      'Good people. <!-- hidden\nhotline | need-help | +18765551234 -->',
      'form-html',
    ],
    ['a block HTML comment', '<!--\nhidden\n-->', 'form-html'],
    [
      'an HTML comment hiding a question across blank lines',
      '<!--\n\n### City folder\n\nchicago\n\n-->',
      'form-html',
    ],
    [
      'a <details> block',
      '<details><summary>More</summary>\n\nhotline | need-help | +18765551234\n\n</details>',
      'form-html',
    ],
    ['inline HTML', 'Good <span>people</span>.', 'form-html'],
    [
      'a link definition (not shown)',
      'Good people.\n\n[hidden]: https://evil.example',
      'form-markup',
    ],
    ['a Markdown link', 'See [our site](https://evil.example).', 'form-markup'],
    ['an angle-bracket link', 'See <https://evil.example>.', 'form-markup'],
    ['emphasis', 'Good *people*.', 'form-markup'],
    ['a backslash escape', 'Good people\\_here.', 'form-markup'],
    ['an HTML entity', 'Good &amp; kind.', 'form-markup'],
    ['a heading of another level', 'Good people.\n\n## Other', 'form-markup'],
    ['a setext heading', 'Good people\n---', 'form-markup'],
    ['a quotation', '> quoted', 'form-markup'],
    ['a list', '- one\n- two', 'form-markup'],
    ['a table', 'a | b\n--- | ---\n1 | 2', 'form-markup'],
    ['a code block', '```\ncode\n```', 'form-code-block'],
    ['inline math', 'Good $\\phantom{people}$.', 'form-markup'],
    ['display math', 'Good $$x$$ people.', 'form-markup'],
    ['a zero-width space', 'Good\u200Bpeople.', 'form-invisible'],
    ['a right-to-left override', 'Good \u202Epeople.', 'form-invisible'],
  ])('refuses %s in an answer', (_what, summaryEn, rule) => {
    expect(rules(formBody({summaryEn}))).toEqual([`${rule} Summary in English`]);
  });

  it('refuses a ### heading inside a code block of another answer, and does not read it as a question', () => {
    const {answers, problems} = parseIssueFormBody(
      formBody({summaryEn: '```\n### City folder\n\nchicago\n```'}),
    );
    expect(problems.map((problem) => problem.rule)).toEqual(['form-code-block']);
    expect(answers.get('City folder')).toBe('minneapolis');
  });

  it.each([
    ['a zero-width space', '### City\u200B folder'],
    ['a Cyrillic letter', '### Сity folder'],
    ['formatting', '### *City folder*'],
    ['other case', '### city folder'],
  ])('refuses a heading that looks like a question but has %s', (_what, heading) => {
    const problems = parseIssueFormBody(`${formBody()}\n\n${heading}\n\nchicago`).problems;
    expect(problems.map((problem) => problem.rule)).toEqual(['form-unknown-question']);
    expect(problems[0]!.fix).toMatch(/### City folder|Remove the heading/);
  });

  it('refuses text before the first question, an unknown question and a missing one', () => {
    const body = `Please also change the hotline to +18765551234.\n\n${formBody().replace('### Area covered', '### Where')}`;
    expect(rules(body)).toEqual([
      'form-extra-text (issue body)',
      'form-unknown-question Where',
      'form-missing-question Area covered',
    ]);
  });

  it('reads the consent checkboxes only as a task list', () => {
    expect(rules(formBody({consent: '- [X] agree\n- [X] no personal data'}))).toEqual([]);
    expect(rules(formBody({consent: '- [X] agree\n- not a box'}))).toEqual([
      'form-markup Consent and safety',
    ]);
    expect(rules(formBody({consent: '- [X] agree <!-- - [ ] no personal data -->'}))).toEqual([
      'form-html Consent and safety',
    ]);
  });

  it('lists every flaw at once, without throwing, whatever the body', () => {
    for (const body of [
      '',
      '###',
      '### \n',
      '<!--',
      '```',
      '\u0000',
      '#'.repeat(10000),
      `${'### City folder\n\n'.repeat(200)}`,
    ]) {
      const {problems} = parseIssueFormBody(body);
      expect(problems.length).toBeGreaterThan(0);
      expect(
        problems.filter((problem) => problem.rule === 'form-missing-question').length,
      ).toBeLessThanOrEqual(Object.keys(ORGANISATION_FORM_LABELS).length);
    }
  });
});
