import fs from 'node:fs';
import path from 'node:path';
import {
  PROBLEM_TEXTS,
  isProblemCode,
  problemTextIn,
  type ProblemCode,
} from '../../checks/problemTexts';
import {PROSE_TEXTS} from '../../checks/texts/prose';
import {checkMarkdownFile} from '../../markdownFile';
import {checkMarkdownTree} from '../markdown';
import type {Problem} from '../../problems';
import {MARKDOWN_LIMITS, markdownLimitHits} from '../markdownLimits';
import {checkPhone} from '../phone';
import {checkPlainText} from '../plainText';
import {checkHttpsAddress} from '../webAddress';

/**
 * Every problem the prose rules build carries a catalogue code (issue 17): hostile inputs reach every code of
 * the prose family, and each problem or finding says the same in English as its code, and reads in Spanish
 * and French from the catalogue, not as an English fallback.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const siteDir = ROOT;
const playbookTemplate = fs.readFileSync(path.join(ROOT, 'templates/playbook.md'), 'utf8');
// Before the template's last_reviewed (2026-01-01), so its review date is in the future.
const TODAY = '2025-06-01';

const markdown = (text: string, kind: 'playbook' | 'guide' = 'guide', translationLocale?: string) =>
  checkMarkdownFile({
    file: kind === 'playbook' ? 'docs/playbooks/rapid-response/x.md' : 'docs/guides/x.md',
    text,
    siteDir,
    kind,
    contentRoot: path.join(siteDir, 'docs'),
    translationLocale,
    today: TODAY,
  }).problems;

const BODY = [
  '<b>raw</b>',
  '',
  '<Foo />',
  '',
  '[minneapolismn.gov](https://evil.example/)',
  '',
  'Join https://chat.whatsapp.com/AbCdEf123 now. Tell\u200Bme.',
  '',
  '[x](https://t.me/+AbCdEf123) [y](@site/src/x.md) ![z](@site/static/a.png) [w](/\\\\evil.example/x)',
  '',
  '[a](https://known.org@other.example/) [b](https://раураl.com/) [c](https://m\u0131nneapolismn.gov/)',
  '',
  '[d](https://1.2.3.4/) [e](https://bit.ly/abc) [f](https://minneapolismn.gov\u2215x.evil.example/)',
  '',
  '![g](data:image/png;base64,AAAA) ![h](https://evil.example/a.png) [i](//evil.example/)',
  '',
  '[j](http://x.example/) [k](mailto:a@b.org) [l](ftp://x.example/) [m](/%zz) [n](/a/../../b)',
  '',
  '[o](../../../outside.md) Call 612-555-0142 or write to someone@mail.example, at 1234 W Lake St.',
  '',
  `Hidden: ${'\u200B'.repeat(12)}.`,
].join('\n');

const hostileMarkdown = [
  // Safety rules on a guide: links, images, invites, addresses, personal data, hidden characters, MDX.
  ...markdown(`---\ntitle: Guide\n---\n\n${BODY}\n`),
  // Front matter: a language tag, the mdx key.
  ...markdown('---js\ntitle: x\n---\n\nText.\n'),
  ...markdown('---\ntitle: x\nmdx:\n  format: mdx\n---\n\nText.\n'),
  // Playbooks: no front matter; a wrong folder, a "#" heading, unknown, doubled, misplaced and missing sections.
  ...markdown('## When to use\n\nText.\n', 'playbook'),
  ...markdown(
    playbookTemplate
      .replace('topics: [rapid-response]', 'topics: [know-your-rights, rapid-response]')
      .replace('## Steps', '# Title\n\n## Other\n\nX.\n\n## When to use\n\nAgain.\n\n## Steps')
      .replace(/## Risks and safeguards[\s\S]*?(?=## What we learned)/, '')
      .replace('## Roles and resources', '## What we learned\n\nEarly.\n\n## Roles and resources'),
    'playbook',
  ),
  // Translations: a key that is not translated; no front matter.
  ...markdown(
    `---\ntitle: T\ntranslation_of: guides/x\ntranslated_from_revision: ${'a'.repeat(40)}\ntopics: [a]\n---\n\nTexto.\n`,
    'guide',
    'es',
  ),
  ...markdown('Texto.\n', 'guide', 'es'),
  // MDX nodes come only from the build's MDX parser (the content-guard plugin hands over its tree).
  ...checkMarkdownTree(
    {
      type: 'root',
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'Foo',
          attributes: [],
          children: [],
          position: {start: {line: 1, column: 1}, end: {line: 1, column: 8}},
        } as never,
      ],
    },
    {
      file: 'docs/guides/x.md',
      fileDir: path.join(siteDir, 'docs/guides'),
      contentRoot: path.join(siteDir, 'docs'),
    },
  ),
];

// Shapes the parser must not be given, one kind per text (at most one hit per kind and text).
const limitTexts = [
  `${'> '.repeat(MARKDOWN_LIMITS.nesting + 1)}deep\n`,
  Array.from({length: MARKDOWN_LIMITS.containers + 1}, (_, i) => `- item ${i}\n\n`).join(''),
  `- item\n${'lazy\n'.repeat(MARKDOWN_LIMITS.continuationLines + 1)}`,
  'Title\n===\n\n'.repeat(MARKDOWN_LIMITS.setextHeadings + 1),
  `a | b\n--|--\n${'1 | 2\n'.repeat(MARKDOWN_LIMITS.tableRows + 1)}`,
  'line\n'.repeat(MARKDOWN_LIMITS.paragraphLines + 1),
  ':::note\nx\n:::\n\n'.repeat(MARKDOWN_LIMITS.admonitions + 1),
  `${':::note\n'.repeat(MARKDOWN_LIMITS.admonitionNesting + 1)}x\n`,
  '*a_'.repeat(MARKDOWN_LIMITS.perBlock),
  '[a '.repeat(MARKDOWN_LIMITS.perBlock + 1),
  `${'*a* '.repeat(100)}\n\n`.repeat(Math.ceil(MARKDOWN_LIMITS.perFile / 200) + 1),
  `${'[a] '.repeat(200)}\n\n`.repeat(Math.ceil(MARKDOWN_LIMITS.perFile / 200) + 1),
  '::leaf\n\n:::custom\nx\n:::\n\nA :abbr[x]{title="y"} here.\n',
];
const limitHits = [
  ...limitTexts.flatMap((text) => markdownLimitHits(text)),
  ...markdownLimitHits('A :name[label] text.\n', {directives: 'none'}),
  ...markdown(':::custom\nx\n:::\n'),
];

const plainText = [
  'Ends <here>',
  '\u200BStarts hidden',
  `Hidden\u200B here${'\u200B'.repeat(11)}`,
  'Join https://chat.whatsapp.com/AbCdEf123',
  'See https://bit.ly/abc, call 612-555-0142, write someone@mail.example, visit 1234 W Lake St.',
].flatMap((value) =>
  checkPlainText(value, {file: 'directory/x/y.yml', line: 1, column: 1, field: 'name'}),
);

const findings: {
  rule: string;
  code?: string;
  values?: Record<string, string | number>;
  message: string;
  fix: string;
}[] = [
  ...[
    'https://ex\u200Bample.org/',
    'http://example.org/',
    'https://bit.ly/x',
    'https://chat.whatsapp.com/AbCdEf123',
  ].flatMap((value) => {
    const flaw = checkHttpsAddress(value);
    return flaw ? [flaw] : [];
  }),
  ...[
    '612 555',
    '+16120000000',
    '+19005551234',
    '+80812345678',
    '+870773111632',
    '+882161234567',
    '+447012345678',
    '+447640123456',
    '+41860123456789',
    '+445512345678',
  ].flatMap((value) => {
    const problem = checkPhone(value);
    return problem ? [{...problem, rule: 'schema'}] : [];
  }),
];

type Reported = {
  rule: string;
  code?: string;
  values?: Record<string, string | number>;
  message: string;
  fix: string;
};

/** What is wrong with one problem or finding's code, or null. */
function flawOf(problem: Reported, englishMessage = problem.message): string | null {
  if (!isProblemCode(problem.code)) return `no code: ${problem.rule} ${problem.message}`;
  if (PROBLEM_TEXTS[problem.code].rule !== problem.rule)
    return `${problem.code} is not a code of ${problem.rule}`;
  const english = problemTextIn(problem, 'en');
  if (english.message !== englishMessage || english.fix !== problem.fix)
    return `${problem.code} says otherwise in English: ${english.message}`;
  for (const locale of ['es', 'fr']) {
    const text = problemTextIn(problem, locale);
    if (text.isFallback || /\{\w+\}/.test(text.message + text.fix))
      return `${problem.code} has no ${locale} text for ${JSON.stringify(problem.values)}`;
  }
  return null;
}

describe('problem codes of the prose rules (issue 17)', () => {
  const problems: Problem[] = [...hostileMarkdown, ...plainText];

  it('gives every problem of a Markdown file or a plain text a code of its rule, with es and fr texts', () => {
    expect(problems.length).toBeGreaterThan(40);
    expect(problems.map((problem) => flawOf(problem)).filter(Boolean)).toEqual([]);
  });

  it('gives every finding (Markdown limits, contact addresses, phone numbers) a code of its rule', () => {
    expect([...limitHits, ...findings].map((finding) => flawOf(finding)).filter(Boolean)).toEqual(
      [],
    );
  });

  it('reaches every code of the prose family with these hostile inputs (a code no input reaches is dead or untested)', () => {
    const seen = new Set([...problems, ...limitHits, ...findings].map((problem) => problem.code));
    // Built elsewhere (directory entries, the registered checks) and tested there.
    const elsewhere = new Set<ProblemCode>([
      'future-date.verified',
      'future-date.consent',
      'stale.due',
      'reserved-value.found',
      'personal-mailbox.found',
      'slug.invalid',
      'duplicate-slug.taken',
    ]);
    expect(
      (Object.keys(PROSE_TEXTS) as ProblemCode[]).filter(
        (code) => !seen.has(code) && !elsewhere.has(code),
      ),
    ).toEqual([]);
  });
});
