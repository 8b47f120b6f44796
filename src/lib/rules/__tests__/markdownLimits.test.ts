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
};

const SIZE = 50_000;
/** Far above what a linear check of 100 KB takes (well under a second), far below what the parser took on these shapes. */
const BOUND_MS = 10_000;
const check = (text: string) => checkMarkdownFile({file: 'docs/guides/x.md', text, siteDir: '/site', kind: 'guide', contentRoot: '/site/docs'});

describe('Markdown the parser cannot read in linear time', () => {
  it.each(Object.entries(PARSER_SHAPES))('refuses %s, in linear time, before parsing', (_shape, unit) => {
    const text = `# Title\n\n${repeatTo(unit, 100_000)}\n`;
    const {problems} = check(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual(problems.map(() => expect.objectContaining({rule: 'markdown-limit', severity: 'error', field: 'body'})));
    const times = doublingTimes(check, (length) => repeatTo(unit, length), SIZE);
    expect(times.largeMs).toBeLessThan(BOUND_MS);
    expect({...times, linear: grewLinearly(times)}).toEqual(expect.objectContaining({linear: true}));
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
    const lists = Array.from({length: MARKDOWN_LIMITS.containers / 2}, () => '- x\n- y').join('\n\nPara.\n\n');
    expect(markdownLimitHits(lists)).toEqual([]);
    expect(fastestRun(() => parseMarkdown(lists), 1)).toBeLessThan(BOUND_MS);
  });

  it('names the place and the limit', () => {
    const items = Array.from({length: MARKDOWN_LIMITS.containers}, (_, index) => `- item ${index}`).join('\n');
    const text = `Intro.\n\nSecond paragraph ${repeatTo('*a_', 1000)}\n\n${'> '.repeat(40)}deep\n\n${items}\n`;
    const over = 7 + MARKDOWN_LIMITS.containers - 40;
    expect(markdownLimitHits(text)).toEqual([
      {line: 3, message: `The paragraph starting on line 3 has more than ${MARKDOWN_LIMITS.perBlock} emphasis marks (*, _ or ~).`, fix: expect.stringContaining('Split the paragraph')},
      {line: 5, message: `Line 5 nests 40 quotes or lists in one another (at most ${MARKDOWN_LIMITS.nesting}).`, fix: expect.any(String)},
      // 40 quotes on line 5, then items from line 7: the item that passes the limit is the (limit - 40 + 1)th.
      {line: over, message: `The text has more than ${MARKDOWN_LIMITS.containers} block quotes and list items (the last counted on line ${over}).`, fix: expect.stringContaining('Split the text')},
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
      for (const entry of fs.readdirSync(path.join(root, folder), {recursive: true, withFileTypes: true})) {
        if (entry.isFile() && entry.name.endsWith('.md')) files.push(path.join(entry.parentPath, entry.name));
      }
    }
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect({file, hits: markdownLimitHits(fs.readFileSync(file, 'utf8'))}).toEqual({file, hits: []});
  });

  it('guards the Markdown fields of directory entries too', () => {
    const text = [
      'name: Valid Org', 'types: [rapid-response]', 'summary: {en: A sample.}',
      `description: {en: "${repeatTo('[a](', 4000)}"}`, 'languages: [en]',
      'channels: [{kind: website, audience: general, value: "https://valid.example.org/"}]',
      'coverage: {area: North side}', 'status: active', 'verified: {date: 2026-10-02, method: phone}',
      'maintainers: ["@sanctuary-commons/sample-entries"]', 'consent: 2026-09-15', 'sample: true',
    ].join('\n');
    const problems = checkDirectoryEntry({file: 'directory/x/y.yml', text, kind: 'organization', siteDir: '/site'}).problems;
    expect(problems).toContainEqual(expect.objectContaining({rule: 'markdown-limit', field: 'description.en'}));
  });
});
