import path from 'node:path';
import {checkMarkdownFile} from '../../markdownFile';

// Attack review 2, A2: Docusaurus shows a fence's title="…" above the code block, so the whole info string
// (language and meta) is published text and gets the prose rules, in every Markdown file kind.
const siteDir = '/site';
const KINDS = [
  {kind: 'guide', file: 'docs/guides/g.md', root: 'docs'},
  {kind: 'post', file: 'blog/2026-01-01-p.md', root: 'blog'},
  {
    kind: 'guide',
    file: 'i18n/es/docusaurus-plugin-content-docs/current/guides/g.md',
    root: 'i18n/es/docusaurus-plugin-content-docs/current',
  },
] as const;
const rulesIn = (body: string, at: (typeof KINDS)[number] = KINDS[0]) =>
  checkMarkdownFile({
    file: at.file,
    text: `---\ntitle: Guide\n---\n\n${body}\n`,
    siteDir,
    kind: at.kind,
    contentRoot: path.join(siteDir, at.root),
  })
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => problem.rule);

describe('code fence titles and info strings are checked as prose (attack review 2, A2)', () => {
  it.each([
    [
      '```text title="New hotline: +1 876 555 1234 (24/7)"\nCall the number above.\n```',
      'phone-in-prose',
    ],
    ['~~~text title="Call +1 876 555 1234"\nx\n~~~', 'phone-in-prose'],
    ['```text showLineNumbers title="Call +1 876 555 1234"\nx\n```', 'phone-in-prose'],
    ["```text title='Call +1 876 555 1234'\nx\n```", 'phone-in-prose'],
    ['```Call +1 876 555 1234\nx\n```', 'phone-in-prose'],
    ['```+1 876 555 1234\nx\n```', 'phone-in-prose'],
    ['```text title="Join: https://chat.whatsapp.com/AbCdEfGhIjK"\nx\n```', 'chat-invite'],
    ['```text title="help@evil.com"\nx\n```', 'email-in-prose'],
    ['```text title="See https://bit.ly/3AbCdEf"\nx\n```', 'url-shortener'],
    ['```text title="Call &#43;1 876 555 1234"\nx\n```', 'phone-in-prose'],
    ['> ```text title="Call +1 876 555 1234"\n> x\n> ```', 'phone-in-prose'],
    ['- item\n\n  ```text title="Call +1 876 555 1234"\n  x\n  ```', 'phone-in-prose'],
  ])('%s', (body, rule) => {
    for (const at of KINDS) expect(rulesIn(body, at)).toContain(rule);
  });

  it('places the problem on the fence line', () => {
    const problems = checkMarkdownFile({
      file: 'docs/guides/g.md',
      text: '---\ntitle: Guide\n---\n\n```text title="Call +1 876 555 1234"\nx\n```\n',
      siteDir,
      kind: 'guide',
      contentRoot: path.join(siteDir, 'docs'),
    }).problems;
    expect(problems).toEqual([expect.objectContaining({rule: 'phone-in-prose', line: 5})]);
  });

  it.each([
    '```ts title="src/lib/example.ts" showLineNumbers\nconst a = 1;\n```',
    '```js {1,3-4}\nx\n```',
    '```yaml title="directory/minneapolis/example.yml"\nname: x\n```',
  ])('accepts an ordinary info string: %s', (body) => {
    expect(rulesIn(body)).toEqual([]);
  });
});
