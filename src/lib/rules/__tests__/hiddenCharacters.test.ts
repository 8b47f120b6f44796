import path from 'node:path';
import {checkDirectoryEntry} from '../../directoryEntry';
import {checkMarkdownFile} from '../../markdownFile';
import {INVISIBLE_OR_BIDI} from '../../schema/common';
import {findHiddenCharacters} from '../hiddenCharacters';
import {normalizeText} from '../normalizeText';
import {checkPlainText} from '../plainText';

const siteDir = '/site';
const markdownProblems = (body: string) =>
  checkMarkdownFile({
    file: 'docs/guides/g.md',
    text: `---\ntitle: Guide\n---\n\n${body}`,
    siteDir,
    kind: 'guide',
    contentRoot: path.join(siteDir, 'docs'),
  }).problems;
/** Line (counted from the body's first line) and column of each invisible-character problem, with the character named. */
const hidden = (body: string) =>
  markdownProblems(body)
    .filter((problem) => problem.rule === 'invisible-character')
    .map((problem) => [
      problem.line - 4,
      problem.column,
      /U\+[0-9A-F]+ [A-Z -]+?(?=,)/.exec(problem.message)?.[0],
    ]);

describe('invisible and direction-changing characters (issue 13)', () => {
  it.each([
    ['\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u202D', 'U+202D LEFT-TO-RIGHT OVERRIDE'],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['\u200F', 'U+200F RIGHT-TO-LEFT MARK'],
    ['\u061C', 'U+061C ARABIC LETTER MARK'],
    ['\u200B', 'U+200B ZERO WIDTH SPACE'],
    ['\u00AD', 'U+00AD SOFT HYPHEN'],
    ['\u2060', 'U+2060 WORD JOINER'],
    ['\uFEFF', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)'],
    ['\u180E', 'U+180E MONGOLIAN VOWEL SEPARATOR'],
    ['\u3164', 'U+3164 HANGUL FILLER'],
    ['\u{E0041}', 'U+E0041 TAG LATIN CAPITAL LETTER A'],
    ['\u2062', 'U+2062 INVISIBLE TIMES'],
  ])('refuses %j and names it', (character, label) => {
    expect(findHiddenCharacters(`abc${character}def`)).toEqual([
      {offset: 3, codePoint: character.codePointAt(0), label},
    ]);
  });

  it('refuses joiners and variation selectors where they can split a number, an address or a link', () => {
    expect(findHiddenCharacters('612\u200D555').map((found) => found.label)).toEqual([
      'U+200D ZERO WIDTH JOINER',
    ]);
    expect(findHiddenCharacters('\u200Cabc').map((found) => found.offset)).toEqual([0]);
    expect(findHiddenCharacters('\u0627\u200C').map((found) => found.offset)).toEqual([1]);
    expect(findHiddenCharacters('t.me\uFE0F/+x').map((found) => found.label)).toEqual([
      'U+FE0F VARIATION SELECTOR-16',
    ]);
    expect(findHiddenCharacters('x\u{E0067}\u{E007F}').length).toBe(2);
  });

  it('refuses control characters other than tab and line ends, which hide an address or a number (attack review 3)', () => {
    for (const text of [
      'maria.lopez\u0008@gmail\u0008.com',
      '312\u0008555\u00080188',
      'discord\u0007.gg/abcdef',
      'Legal\u001B[8m hidden\u001B[0m',
      'a\u007Fb',
      'a\u0085b',
      'a\u0000b',
    ]) {
      expect([text, findHiddenCharacters(text).length]).toEqual([
        text,
        text.match(/[\u0000-\u0008\u001B\u007F\u0085]/g)!.length,
      ]);
      expect(
        checkPlainText(text, {file: 'x.yml', line: 1, column: 1, field: 'name'}).some(
          (problem) => problem.rule === 'invisible-character',
        ),
      ).toBe(true);
    }
    expect(findHiddenCharacters('a\u0008b')[0]!.label).toBe('U+0008 CONTROL CHARACTER');
    expect(findHiddenCharacters('tab\tand\r\nlines\n')).toEqual([]);
  });

  it('allows what ordinary writing needs: Persian non-joiners, emoji sequences, keycaps, subdivision flags', () => {
    const ordinary =
      'خانه\u200Cهای امن 👩\u200D⚖️ 🏳️\u200D🌈 ❤️ 1️⃣ #️⃣ 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} 葛\u{E0100} \u0600\u0661';
    expect(findHiddenCharacters(ordinary)).toEqual([]);
    expect(INVISIBLE_OR_BIDI.test(ordinary)).toBe(false);
    expect(INVISIBLE_OR_BIDI.test('a\u202Eb')).toBe(true);
  });

  it('is one definition for YAML and Markdown: the same text passes or fails in both', () => {
    const place = {file: 'x.yml', line: 1, column: 1, field: 'name'};
    for (const text of [
      'خانه\u200Cهای امن',
      '👩\u200D⚖️',
      'North 612\u200D555',
      'a\u202Eb',
      'x\u00ADy',
    ]) {
      const inYaml = checkPlainText(text, place).some(
        (problem) => problem.rule === 'invisible-character',
      );
      const inMarkdown = markdownProblems(text).some(
        (problem) => problem.rule === 'invisible-character',
      );
      expect([text, inYaml]).toEqual([text, inMarkdown]);
      expect([text, inYaml]).toEqual([text, findHiddenCharacters(text).length > 0]);
    }
  });

  it('names the character and where it is, in every kind of Markdown text', () => {
    expect(hidden('Plain a\u202Eb text.')).toEqual([[1, 8, 'U+202E RIGHT-TO-LEFT OVERRIDE']]);
    expect(hidden('## Head\u200Bing')).toEqual([[1, 8, 'U+200B ZERO WIDTH SPACE']]);
    expect(hidden('[li\u2066nk](/directory)')).toEqual([[1, 4, 'U+2066 LEFT-TO-RIGHT ISOLATE']]);
    expect(hidden('[link](/directory "ti\u202Etle")')).toEqual([
      [1, 22, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ]);
    expect(hidden('![al\u200Bt](./x.png)')).toEqual([[1, 5, 'U+200B ZERO WIDTH SPACE']]);
    expect(hidden('| a | b |\n| - | - |\n| c | d\u00ADe |')).toEqual([
      [3, 8, 'U+00AD SOFT HYPHEN'],
    ]);
    expect(hidden('Run `co\u202Ede` now.')).toEqual([[1, 8, 'U+202E RIGHT-TO-LEFT OVERRIDE']]);
    expect(hidden('```sh\necho one\necho t\u202Ewo\n```')).toEqual([
      [3, 7, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ]);
    // (Directive attributes are refused outright, rule directive; an admonition's label is text.)
    expect(hidden(':::note[x\u200By]\nText.\n:::')).toEqual([[1, 10, 'U+200B ZERO WIDTH SPACE']]);
    expect(hidden('> quoted\n> a\\*b\u202Ec')).toEqual([[2, 7, 'U+202E RIGHT-TO-LEFT OVERRIDE']]);
    // Written as a character reference: the reference is where the character is.
    expect(hidden('Text &#x202E; and &#8203;.')).toEqual([
      [1, 6, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
      [1, 19, 'U+200B ZERO WIDTH SPACE'],
    ]);
  });

  it('quotes the visible text before the character so it can be found', () => {
    const [problem] = markdownProblems('Call us at 612\u200D555 today.').filter(
      (found) => found.rule === 'invisible-character',
    );
    expect(problem).toMatchObject({
      field: 'body',
      severity: 'error',
      message:
        'The text contains U+200D ZERO WIDTH JOINER, an invisible or text-direction control character, after "Call us at 612".',
    });
  });

  it('counts the characters beyond the first ten in one more problem', () => {
    const problems = markdownProblems(`x${'\u200B'.repeat(25)}y`).filter(
      (problem) => problem.rule === 'invisible-character',
    );
    expect(problems).toHaveLength(11);
    expect(problems.at(-1)!.message).toBe(
      'The text contains 15 more invisible or text-direction control characters.',
    );
  });

  it('refuses them in front matter strings of every field, not only those with a schema', () => {
    const problems = checkMarkdownFile({
      file: 'docs/guides/g.md',
      text: '---\ntitle: Guide\ndescription: "A \u202Edescription"\nkeywords: ["a\u200Bb"]\n---\n\nText.\n',
      siteDir,
      kind: 'guide',
      contentRoot: path.join(siteDir, 'docs'),
    }).problems;
    expect(problems.map((problem) => [problem.field, problem.rule, problem.line])).toEqual([
      ['front matter.description', 'invisible-character', 3],
      ['front matter.keywords[0]', 'invisible-character', 4],
    ]);
  });

  it('refuses them in directory YAML, in short texts and in Markdown summaries, once each', () => {
    const organization = [
      'name: "Org\u202E (sample)"',
      'types: [legal-aid]',
      'summary:',
      '  en: "A sample\u200B entry."',
      'languages: [en]',
      'channels:',
      '  - kind: website',
      '    audience: general',
      '    value: https://org.example.org/',
      'coverage:',
      '  area: North side',
      '  counties: ["Hen\u00ADnepin"]',
      'status: active',
      'verified:',
      '  date: 2026-10-01',
      '  method: email',
      'maintainers: ["@someone"]',
      'consent: 2026-10-01',
      'sample: true',
      '',
    ].join('\n');
    const problems = checkDirectoryEntry({
      file: 'directory/testville/x.yml',
      text: organization,
      kind: 'organization',
      siteDir,
      now: new Date('2026-11-01'),
    }).problems;
    expect(problems.map((problem) => [problem.field, problem.rule, problem.line])).toEqual([
      ['summary.en', 'invisible-character', 4],
      ['name', 'invisible-character', 1],
      ['coverage.counties[0]', 'invisible-character', 12],
    ]);
  });

  it('leaves a text without hidden characters as it is', () => {
    expect(normalizeText('Plain text, 612-555-0142.').text).toBe('Plain text, 612-555-0142.');
  });
});
