import type {Nodes, Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {codePath, escapeMarkdown, inertTitle, inlineCode, revealHidden} from '../markdown';

/**
 * Untrusted text in a bot comment must render as the same visible text and
 * create nothing GitHub links: no HTML, Markdown link, autolink, mention,
 * issue or commit reference. Each output is parsed with a GFM parser (as
 * GitHub parses it) and the visible text is then scanned with the patterns
 * GitHub's reference filters look for.
 */

const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

/** Node types in the tree, and the visible text (entities decoded by the parser). */
function rendered(markdown: string): {types: Set<string>; text: string} {
  const types = new Set<string>();
  const texts: string[] = [];
  const walk = (node: Nodes) => {
    types.add(node.type);
    if (node.type === 'text' || node.type === 'inlineCode') texts.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parse(markdown));
  return {types, text: texts.join('')};
}

/** What GitHub turns into a link or a notification in visible text (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/autolinked-references-and-urls). */
const GITHUB_LINKS: [string, RegExp][] = [
  ['mention or user@sha', /@[A-Za-z0-9]/],
  ['issue reference', /#\d/],
  ['GH- reference', /\bGH-\d/i],
  ['URL scheme', /\b[A-Za-z][A-Za-z0-9+.-]*:[^\s\u200B]/],
  ['www. autolink', /\bwww\./i],
  ['domain', /[A-Za-z0-9-]\.[A-Za-z]{2,}/],
  ['commit SHA', /(?<![A-Za-z0-9])[0-9a-f]{7,40}(?![A-Za-z0-9])/i],
];

function expectInert(input: string): void {
  const output = escapeMarkdown(input);
  const {types, text} = rendered(output);
  for (const type of [
    'link',
    'image',
    'html',
    'linkReference',
    'imageReference',
    'definition',
    'emphasis',
    'strong',
    'delete',
    'inlineCode',
    'footnoteReference',
  ]) {
    expect({input, type, present: types.has(type)}).toEqual({input, type, present: false});
  }
  for (const [what, pattern] of GITHUB_LINKS)
    expect({input, what, match: pattern.exec(text)?.[0]}).toEqual({input, what, match: undefined});
  // Readable: the visible text is the input (zero-width spaces are invisible).
  expect(text.replace(/\u200B/g, '')).toBe(input);
}

describe('escapeMarkdown', () => {
  it.each([
    ['a www. autolink', 'see www.evil.example/path now'],
    ['a bare domain', 'visit evil.org or EVIL.ORG today'],
    ['an e-mail autolink', 'write to help@evil.org'],
    ['a mention and a team mention', 'ping @everyone and @sanctuary-commons/core-maintainers'],
    ['an issue reference', 'fixes #123'],
    ['a GH- reference', 'see GH-123 and gh-7'],
    ['a cross-repository issue reference', 'owner/repo#1'],
    ['a cross-repository commit reference', 'owner/repo@a5c3785ed8d6a35868bc169f07e40e889087fd2e'],
    ['a user@sha commit reference', 'jlord@a5c3785'],
    ['a full commit SHA', 'a5c3785ed8d6a35868bc169f07e40e889087fd2e'],
    ['a short commit SHA', 'a5c3785 and deadbeef'],
    ['an all-digit SHA prefix', 'call 16125550142'],
    ['an https URL', 'https://evil.example/x?y=1'],
    ['an http URL', 'http://evil.example'],
    ['an ftp URL', 'ftp://evil.example/file'],
    ['a mailto URL', 'mailto:someone@evil.example'],
    ['an xmpp URL', 'xmpp:someone@evil.example'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a Markdown link and image', '[click](https://evil.example) ![x](https://evil.example/i.png)'],
    ['an angle-bracket autolink', '<https://evil.example>'],
    [
      'HTML',
      '<img src=x onerror=alert(1)> <details><summary>x</summary></details> <!-- hidden -->',
    ],
    ['emphasis, code and strikethrough', '*a* **b** _c_ `d` ~~e~~'],
    ['a link definition and footnote', '[x]: https://evil.example [^1]'],
    ['an entity', '&#64;everyone &amp; &lt;b&gt;'],
  ])('keeps %s inert and readable', (_what, input) => {
    expectInert(input);
  });

  it('leaves emoji shortcodes and plain words alone', () => {
    expect(escapeMarkdown(':smile: Legal aid, Mo-Fr')).toBe(':smile: Legal aid, Mo-Fr');
  });

  it('puts line breaks on one line, cuts long text, and shows hidden or direction-changing characters', () => {
    expect(escapeMarkdown('a\nb\r\nc\u2028d')).toBe('a b c d');
    expect(escapeMarkdown('x'.repeat(600))).toBe(`${'x'.repeat(500)}…`);
    expect(escapeMarkdown('Org\u202E (sample)')).toBe('Org⟨U+202E⟩ (sample)');
    expect(revealHidden('a\u200Bb\u200Dc 👩\u200D⚖️')).toBe('a⟨U+200B⟩b⟨U+200D⟩c 👩\u200D⚖️');
  });
});

describe('inlineCode', () => {
  const codeOf = (markdown: string) => {
    const paragraph = parse(markdown).children[0];
    expect(paragraph?.type).toBe('paragraph');
    const children = paragraph!.type === 'paragraph' ? paragraph.children : [];
    expect(children.map((child) => child.type)).toEqual(['inlineCode']);
    return (children[0] as {value: string}).value;
  };

  it.each([
    ['https://evil.example/'],
    ['@everyone #1 <b>x</b> [a](b)'],
    ['a`b``c'],
    ['`starts and ends with a backtick`'],
    [' leading space'],
    [' both sides '],
    ['+1 612 555 0142'],
  ])('shows %j exactly, as code (never a link)', (value) => {
    expect(codeOf(inlineCode(value))).toBe(value);
  });

  it('shows line breaks as ↵, hidden characters by code point, and an empty value in words', () => {
    expect(codeOf(inlineCode('a\nb'))).toBe('a ↵ b');
    expect(codeOf(inlineCode('+1612\u202E555'))).toBe('+1612⟨U+202E⟩555');
    expect(inlineCode('')).toBe('_(empty)_');
  });
});

describe('codePath and inertTitle', () => {
  it('keeps a path in one code span and reveals hidden characters', () => {
    expect(codePath('directory/x`y/\u202Eevil.yml')).toBe('`directory/xy/⟨U+202E⟩evil.yml`');
  });

  it('breaks mentions and references in a title with a zero-width space', () => {
    expect(inertTitle('@everyone #12 GH-3 Org')).toBe('@\u200Beveryone #\u200B12 GH-\u200B3 Org');
    expect(inertTitle('a\nb', 3)).toBe('a b');
  });
});
