/**
 * Inputs that make badly written text rules slow (super-linear regular
 * expressions, repeated scans), for the linear-time property tests and for
 * the adversarial Markdown file of src/cli/adversarialSite.ts. No test
 * library here, so the command-line script can use it too.
 */

/** Named shapes known to hurt backtracking matchers, each repeated to any length. */
export const ADVERSARIAL_UNITS: Record<string, string> = {
  'long dotted token': 'a.',
  'dots and slashes': 'a./',
  'dot-slash alternation': './',
  'long digit run': '1',
  'spaced digits': '1 ',
  'dashed digits': '12-',
  'phone punctuation': '(612) ',
  'many @': '@',
  'words and @': 'a@',
  'dotted e-mail-like': 'a@b.',
  'nested round brackets': '((',
  'nested square brackets': '[[',
  'angle brackets': '<a',
  'scheme-like runs': 'a://',
  'https host': 'https://a.',
  'host and path': 'x.com/',
  'user names': 'http://a@',
  'percent escapes': '%2E',
  'invite-like': 't.me/',
  // Attack finding F5: linkify-it read each scheme of a long run to the run's end (100 KB: 28 s through validate).
  'addresses in queries': 'u=https://a.com/?',
  'redirect links': 'https://l.facebook.com/l.php?u=',
  'protocol-relative addresses in queries': 'u=//a.com/?',
  'tg colons': 'tg:',
  'zero-width spaces': '\u200B',
  'joiners between letters': 'a\u200D',
  'full-width digits': '\uFF11',
  'street-like words': '1 Aaaa ',
  'capitalised words': 'Aa ',
  'tag characters': '\u{E0041}',
  'Cyrillic and Latin': '\u0430a.',
  'Punycode label': 'xn--a',
  'combining marks': 'e\u0301',
  'emoji with joiners': '\u{1F469}\u200D',
  // Second attack review, A5: the IPv4 split of the phone heuristic recursed once per address (stack overflow).
  'dotted digits': '1.',
  'IPv4-like quads': '1.1.1.1 ',
  'IPv4-like quads with ports': '1.1.1.1:80 ',
  // A1 and A8: keycaps, underlines, dash-like letters, short codes and spelt-out addresses.
  'keycap digits': '6\uFE0F\u20E3',
  'underlined digits': '1\u0332',
  'tatweel-separated digits': '612\u0640',
  'short-code-like phrases': 'Text A to 5 ',
  'spelt-out addresses': 'a at b dot ',
};

/**
 * Repeats a unit to exactly `length` UTF-16 code units (a partial unit at the end is cut at a code point).
 * @param unit - a non-empty string
 * @param length - the length wanted
 */
export function repeatTo(unit: string, length: number): string {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  // Do not end on half a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;
}

/**
 * A 100 KB Markdown document made of every adversarial shape (a paragraph
 * of each, plus the same inside inline code, a fenced block, a link title,
 * a heading and a table), for `npm run validate` timing.
 * @param size - total length in characters (default 100,000)
 */
export function adversarialMarkdown(size = 100_000): string {
  const header = '---\ntitle: Adversarial text\n---\n\n';
  const shapes = Object.values(ADVERSARIAL_UNITS);
  const each = Math.floor((size - header.length) / shapes.length) - 64;
  const blocks = shapes.map((unit, index) => {
    const text = repeatTo(unit, each).replace(/[*_`\\[\]<>|#]/g, ' ');
    switch (index % 6) {
      case 0:
        return `\`${text}\``;
      case 1:
        return `\`\`\`\n${text}\n\`\`\``;
      case 2:
        return `[link](/docs "${text.replace(/"/g, ' ')}")`;
      case 3:
        return `## ${text.replace(/\n/g, ' ')}`;
      case 4:
        return `| a |\n| - |\n| ${text.replace(/[\n|]/g, ' ')} |`;
      default:
        return text;
    }
  });
  const body = `${header}${blocks.join('\n\n')}\n`;
  return body.length < size ? body + repeatTo('word ', size - body.length) : body;
}
