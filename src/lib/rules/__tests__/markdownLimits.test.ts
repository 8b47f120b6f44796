import {checkMarkdownFile, parseMarkdown} from '../../markdownFile';
import {checkDirectoryEntry} from '../../directoryEntry';
import {MARKDOWN_LIMITS, markdownLimitHits} from '../markdownLimits';
import {repeatTo} from './adversarial';
import {doublingTimes, fastestRun, grewLinearly} from './timing';

/**
 * The CommonMark parser (micromark) reads some shapes in more than linear
 * time, or overflows its stack on them; they are refused before parsing, so
 * `npm run validate`, the build and the /contribute form stay fast on any file.
 */

jest.setTimeout(120_000);

/** Shapes the parser reads in more than linear time (measured: 4,000 repetitions take 0.3 s to 1.5 s, or crash). */
const PARSER_SHAPES: Record<string, string> = {
  'emphasis marks that never close': '*a_',
  'strong marks that never close': '**a',
  'strikethrough marks': '~a',
  'link openings': '[a](',
  'image reference openings': '![a][',
  'block quotes nested on one line': '> ',
  'lists nested on one line': '- ',
  'ordered lists nested on one line': '1. ',
  'one-line list items': '- x\n',
  'short lists between paragraphs': '- x\n- y\n\nPara.\n\n',
  'list items nested by indentation': '- x\n  - y\n',
  // Attack finding F5 (measured on 100 KB through npm run validate before the limits).
  'setext headings (40 KB: 28 s)': 'a\n=\n',
  'setext headings of dashes': 'a\n-\n',
  'long setext headings': 'Heading text\n============\n',
  'nested container directives (16 KB: 66 s)': ':::a\n',
  'nested admonitions': ':::note\n',
  'admonitions one after another': ':::tip\nx\n:::\n\n',
  'text directive attributes (16 KB: 10 s)': ':a{#',
  'quoted directive attributes (3.6 s)': ':a{b="',
  'labelled directive attributes': ':a[b]{',
  'leaf directives with attributes (2.9 s)': '::a{b\n',
  'leaf directives': '::a\n',
  'table rows (3 s)': '|a|b|\n|-|-|\n|a|b\n|a|b\n|a|b\n',
  'small tables one after another': '|a|b|\n|-|-|\n\n',
  'list items with continuation lines (2.2 s)': '- a\n  b\n',
  'one paragraph of pipe-separated lines (100 KB: 6.8 s)': '|a|b\n',
};

/** Shapes that need a first line before the repeated unit (a list item or a table the unit continues). */
const CONTINUED_SHAPES: Record<string, [string, string]> = {
  'lazy lines of one list item': ['- a\n', 'b\n'],
  'indented lines of one list item': ['- a\n', '  b\n'],
  'lazy lines of one block quote': ['> a\n', 'b\n'],
  'rows of one table': ['|a|b|\n|-|-|\n', '|a|b\n'],
  'rows of one table without pipes': ['|a|b|\n|-|-|\n', 'a\n'],
};

const SIZE = 50_000;
/** Far above what a linear check of 100 KB takes (well under a second), far below what the parser took on these shapes. */
const BOUND_MS = 10_000;
const check = (text: string) =>
  checkMarkdownFile({
    file: 'docs/guides/x.md',
    text,
    siteDir: '/site',
    kind: 'guide',
    contentRoot: '/site/docs',
  });

describe('Markdown the parser cannot read in linear time', () => {
  it.each(Object.entries(PARSER_SHAPES))(
    'refuses %s, in linear time, before parsing',
    (_shape, unit) => {
      const text = `# Title\n\n${repeatTo(unit, 100_000)}\n`;
      const {problems} = check(text);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems).toEqual(
        problems.map(() =>
          expect.objectContaining({
            rule: expect.stringMatching(/^(markdown-limit|directive)$/),
            severity: 'error',
            field: 'body',
          }),
        ),
      );
      const times = doublingTimes(check, (length) => repeatTo(unit, length), SIZE);
      expect(times.largeMs).toBeLessThan(BOUND_MS);
      expect({...times, linear: grewLinearly(times)}).toEqual(
        expect.objectContaining({linear: true}),
      );
    },
  );

  it.each(Object.entries(CONTINUED_SHAPES))(
    'refuses %s, in linear time, before parsing',
    (_shape, [first, unit]) => {
      const {problems} = check(`# Title\n\n${first}${repeatTo(unit, 100_000)}\n`);
      expect(problems).toEqual([
        expect.objectContaining({rule: 'markdown-limit', severity: 'error', field: 'body'}),
      ]);
      const times = doublingTimes(check, (length) => first + repeatTo(unit, length), SIZE);
      expect(times.largeMs).toBeLessThan(BOUND_MS);
      expect({...times, linear: grewLinearly(times)}).toEqual(
        expect.objectContaining({linear: true}),
      );
    },
  );

  it('keeps the parse of a file at every new limit short', () => {
    const atLimits = [
      Array.from(
        {length: MARKDOWN_LIMITS.setextHeadings},
        (_, index) => `Heading ${index}\n==========`,
      ).join('\n\n'),
      `|a|b|\n|-|-|\n${'|c|d|\n'.repeat(MARKDOWN_LIMITS.tableRows - 2)}`,
      `- item\n${'  more text of the item\n'.repeat(MARKDOWN_LIMITS.continuationLines)}`,
      `${'|a|b\n'.repeat(MARKDOWN_LIMITS.paragraphLines)}\n\n${'```\n' + 'code line\n'.repeat(2000) + '```'}`,
      Array.from(
        {length: MARKDOWN_LIMITS.admonitions / 2},
        () => ':::note\n:::tip\nText.\n:::\n:::',
      ).join('\n\n'),
      `${':::note\n'.repeat(MARKDOWN_LIMITS.admonitionNesting)}Text.\n${':::\n'.repeat(MARKDOWN_LIMITS.admonitionNesting)}`,
    ];
    for (const text of atLimits) {
      expect(markdownLimitHits(text)).toEqual([]);
      expect(fastestRun(() => check(text), 1)).toBeLessThan(BOUND_MS);
    }
  });

  it('accepts the admonitions and refuses every other directive shape, with the line', () => {
    for (const name of ['note', 'tip', 'info', 'warning', 'danger', 'caution']) {
      expect(
        markdownLimitHits(
          `Intro.\n\n:::${name}\nText.\n:::\n\n:::${name}[Title]\nText.\n:::\n\n:::${name} Old title\nText.\n:::\n`,
        ),
      ).toEqual([]);
    }
    // Ordinary colons: times, labels, C++ and IPv6 in code, escaped directives.
    expect(
      markdownLimitHits(
        'Open 9:00-17:00. Note:call first.\n\n```\nstd::cout << 1;\n::1\n```\n\n\\:a{b}\n',
      ),
    ).toEqual([]);
    const refused: [string, number][] = [
      ['Text :abbr{title="x"} here.', 1],
      ['Text :abbr[HTML]{#id} here.', 1],
      ['Text :a[[b]]{c} here.', 1],
      ['Intro.\n\n::youtube[Video]\n', 3],
      ['::a{b}\n', 1],
      ['> ::a\n', 1],
      ['Intro.\n\n:::details\nx\n:::\n', 3],
      ['::::note{title="x"}\nx\n::::\n', 1],
      ['Text \\\\:a{b} (an escaped backslash, then a directive).', 1],
    ];
    for (const [text, line] of refused) {
      const hits = markdownLimitHits(text);
      expect({text, hits}).toEqual({
        text,
        hits:
          hits.length > 0
            ? hits.map(() => expect.objectContaining({rule: 'directive', line}))
            : ['a hit'],
      });
    }
  });

  it('refuses every directive shape where the text is rendered without directives (descriptions)', () => {
    for (const text of [':::note\nx\n:::', ':x[label]', ':x{a="b"}', '::x', 'a\n\n:::\n']) {
      expect({text, hits: markdownLimitHits(text, {directives: 'none'})}).toEqual({
        text,
        hits: [expect.objectContaining({rule: 'directive'})],
      });
    }
    expect(
      markdownLimitHits('Open 9:00. Note: call first. Hours:Mo-Fr.', {directives: 'none'}),
    ).toEqual([]);
  });

  it('keeps the parse of the worst accepted file short: paragraphs at the limit, up to the file limit', () => {
    // Each "*a_" is two delimiter runs.
    const paragraph = repeatTo('*a_', Math.floor(MARKDOWN_LIMITS.perBlock / 2) * 3);
    const paragraphs = Math.floor(MARKDOWN_LIMITS.perFile / MARKDOWN_LIMITS.perBlock) - 1;
    const text = Array.from({length: paragraphs}, () => paragraph).join('\n\n');
    expect(markdownLimitHits(text)).toEqual([]);
    expect(fastestRun(() => parseMarkdown(text), 1)).toBeLessThan(BOUND_MS);
    const nested = `${'> '.repeat(MARKDOWN_LIMITS.nesting)}x\n`;
    expect(markdownLimitHits(nested)).toEqual([]);
    // As many list items as allowed, in many short lists (the parser's worst case for items).
    const lists = Array.from({length: MARKDOWN_LIMITS.containers / 2}, () => '- x\n- y').join(
      '\n\nPara.\n\n',
    );
    expect(markdownLimitHits(lists)).toEqual([]);
    expect(fastestRun(() => parseMarkdown(lists), 1)).toBeLessThan(BOUND_MS);
  });

  it('names the place and the limit', () => {
    const items = Array.from(
      {length: MARKDOWN_LIMITS.containers},
      (_, index) => `- item ${index}`,
    ).join('\n');
    const text = `Intro.\n\nSecond paragraph ${repeatTo('*a_', 1000)}\n\n${'> '.repeat(40)}deep\n\n${items}\n`;
    const over = 7 + MARKDOWN_LIMITS.containers - 40;
    expect(markdownLimitHits(text).map(({rule, code, values, ...hit}) => hit)).toEqual([
      {
        line: 3,
        message: `The paragraph starting on line 3 has more than ${MARKDOWN_LIMITS.perBlock} emphasis marks (*, _ or ~).`,
        fix: expect.stringContaining('Split the paragraph'),
      },
      {
        line: 5,
        message: `Line 5 nests 40 quotes or lists in one another (at most ${MARKDOWN_LIMITS.nesting}).`,
        fix: expect.any(String),
      },
      // 40 quotes on line 5, then items from line 7: the item that passes the limit is the (limit - 40 + 1)th.
      {
        line: over,
        message: `The text has more than ${MARKDOWN_LIMITS.containers} block quotes and list items (the last counted on line ${over}).`,
        fix: expect.stringContaining('Split the text'),
      },
    ]);
    // Deep indentation alone (a code block) costs the parser nothing and is not refused.
    expect(markdownLimitHits(`${' '.repeat(5000)}code\n`)).toEqual([]);
  });

  it('counts paragraphs by blank lines, also with CRLF line ends and lines of spaces', () => {
    const half = repeatTo('*a_', Math.floor(MARKDOWN_LIMITS.perBlock * 1.5));
    expect(markdownLimitHits(`${half}\r\n\r\n${half}`)).toEqual([]);
    expect(markdownLimitHits(`${half}\n   \n${half}`)).toEqual([]);
    expect(markdownLimitHits(`${half}\r\n${half}`)).toEqual([expect.objectContaining({line: 1})]);
    // A run of marks is one delimiter: a horizontal rule or **bold** is not many.
    expect(markdownLimitHits(`${'*'.repeat(5000)}\n\n${'**bold** '.repeat(140)}`)).toEqual([]);
  });

  it('accepts every Markdown file of the repository and of the fixture site', () => {
    // The real content is far from the limits (the validator test passes on the repository too).
    const fs = require('node:fs') as typeof import('node:fs');
    const path = require('node:path') as typeof import('node:path');
    const root = path.resolve(__dirname, '../../../..');
    const files: string[] = [];
    for (const folder of ['docs', 'blog', 'i18n', 'tests/__fixtures__/site']) {
      for (const entry of fs.readdirSync(path.join(root, folder), {
        recursive: true,
        withFileTypes: true,
      })) {
        if (entry.isFile() && entry.name.endsWith('.md'))
          files.push(path.join(entry.parentPath, entry.name));
      }
    }
    expect(files.length).toBeGreaterThan(20);
    for (const file of files)
      expect({file, hits: markdownLimitHits(fs.readFileSync(file, 'utf8'))}).toEqual({
        file,
        hits: [],
      });
  });

  it('guards the Markdown fields of directory entries too', () => {
    const text = [
      'name: Valid Org',
      'types: [rapid-response]',
      'summary: {en: A sample.}',
      `description: {en: "${repeatTo('[a](', 4000)}"}`,
      'languages: [en]',
      'channels: [{kind: website, audience: general, value: "https://valid.example.org/"}]',
      'coverage: {area: North side}',
      'status: active',
      'verified: {date: 2026-10-02, method: phone}',
      'maintainers: ["@sanctuary-commons/sample-entries"]',
      'consent: 2026-09-15',
      'sample: true',
    ].join('\n');
    const problems = checkDirectoryEntry({
      file: 'directory/x/y.yml',
      text,
      kind: 'organization',
      siteDir: '/site',
    }).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({rule: 'markdown-limit', field: 'description.en'}),
    );
  });
});
