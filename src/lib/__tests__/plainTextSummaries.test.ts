import {checkDirectoryEntry} from '../directoryEntry';
import {checkPlainText} from '../rules/plainText';
import {asDisplayed, findMarkdownBlockSyntax} from '../rules/plainTextMarkdown';

// Attack review 2, A3: summaries are shown as plain text (cards, pages, meta description, exports), so they are
// checked as the text they are published as, and Markdown block syntax in them is refused.
const siteDir = '/site';
const quoted = (text: string) => JSON.stringify(text);

function organizationWithSummary(summary: string): string {
  return [
    'name: Fixture Org',
    'types: [legal-aid]',
    'summary:',
    `  en: ${quoted(summary)}`,
    'languages: [en]',
    'channels:',
    '  - kind: website',
    '    audience: general',
    '    value: "https://northside-legal.org/"',
    'coverage:',
    '  area: North side',
    'status: active',
    'verified:',
    '  date: 2026-10-01',
    '  method: email',
    'maintainers: ["@someone"]',
    'consent: 2026-10-01',
    '',
  ].join('\n');
}

function cityWithPolicySummary(summary: string): string {
  return [
    'name: Testville',
    'region: Minnesota',
    'country: US',
    'coordinates: [44.978, -93.265]',
    'timezone: America/Chicago',
    'summary:',
    '  en: A fixture city.',
    'maintainers: ["@someone"]',
    'policy:',
    '  summary:',
    `    en: ${quoted(summary)}`,
    '  source_url: "https://www.minneapolismn.gov/"',
    '  as_of: 2026-01-01',
    '',
  ].join('\n');
}

const errorRules = (problems: {severity: string; rule: string; field: string}[], field: string) =>
  problems
    .filter((problem) => problem.severity === 'error' && problem.field === field)
    .map((p) => p.rule);

const orgRules = (summary: string) =>
  errorRules(
    checkDirectoryEntry({
      file: 'directory/testville/x.yml',
      kind: 'organization',
      siteDir,
      text: organizationWithSummary(summary),
    }).problems,
    'summary.en',
  );
const cityRules = (summary: string) =>
  errorRules(
    checkDirectoryEntry({
      file: 'directory/testville/_city.yml',
      kind: 'city',
      siteDir,
      text: cityWithPolicySummary(summary),
    }).problems,
    'policy.summary.en',
  );

describe('summaries are checked as the plain text they are published as (attack review 2, A3)', () => {
  it.each([
    [
      'a link definition label with a number',
      'Free legal help.\n\n[New hotline +1 876 555 1234]: https://ok.org/',
      ['plain-text-markdown', 'phone-in-prose'],
    ],
    [
      'a link definition alone',
      '[Call +1 876 555 1234]: https://ok.org/',
      ['plain-text-markdown', 'phone-in-prose'],
    ],
    [
      'a definition with an invite',
      '[Join chat.whatsapp.com/AbCdEfGhIjK]: https://ok.org/',
      ['plain-text-markdown', 'chat-invite'],
    ],
    [
      'a definition with an e-mail address',
      '[help@evil.com]: https://ok.org/',
      ['plain-text-markdown', 'email-in-prose'],
    ],
    [
      'a fence title',
      '```text title="Call +1 876 555 1234"',
      ['plain-text-markdown', 'phone-in-prose'],
    ],
    // The underline is refused; the number around it is then no longer one.
    ['a setext underline', 'Call 612 555\n---\n1234', ['plain-text-markdown']],
    ['list lines', 'Call\n- 612\n- 555\n- 1234', ['plain-text-markdown', 'phone-in-prose']],
    ['a number over two lines', 'Call +1 876 555\n1234 now', ['phone-in-prose']],
    ['a heading', '# Call +1 876 555 1234', ['plain-text-markdown', 'phone-in-prose']],
    [
      'a quote',
      'Help.\n> Call +1 876 555 1234',
      ['plain-text-markdown', 'phone-in-prose', 'angle-bracket'],
    ],
    ['an ordered list', 'Help.\n1. one\n2. two', ['plain-text-markdown']],
    ['angle brackets (meta description)', 'Help <b>now</b>', ['angle-bracket', 'raw-html']],
  ])('%s', (_what, summary, rules) => {
    for (const found of [orgRules(summary), cityRules(summary)])
      expect([...new Set(found)].sort()).toEqual([...rules].sort());
  });

  it('accepts an ordinary summary, with a paragraph break or a hyphen in a sentence', () => {
    expect(orgRules('Free legal help for immigrant families - walk-ins welcome.')).toEqual([]);
    expect(orgRules('Free legal help.\n\nSpanish and Somali spoken.')).toEqual([]);
    expect(
      cityRules('Minneapolis limits cooperation with immigration enforcement (Ordinance 19.30).'),
    ).toEqual([]);
  });

  it('places block syntax on its line', () => {
    expect(findMarkdownBlockSyntax('Help.\n   ```js title="x"')).toEqual({
      line: 2,
      column: 4,
      what: 'a code fence',
      text: '```js title="x"',
    });
    expect(findMarkdownBlockSyntax('Help - now. #1 in the city. [a] b')).toBeNull();
    expect(asDisplayed(' a\n\n b\u00A0 c ')).toBe('a b c');
  });
});

describe('every plain-text field is also read as a browser shows it, white space folded (attack review 2, A3)', () => {
  const place = {file: 'x.yml', line: 1, column: 1, field: 'channels[0].label'};
  it.each([
    ['Call +1 876\n555\n1234', 'phone-in-prose'],
    ['Call 612\u00A0\u00A0555\u2029 1234', 'phone-in-prose'],
    ['help@\nevil.com', 'email-in-prose'],
  ])('%j', (text, rule) => {
    // Reported once, not once per form.
    expect(checkPlainText(text, place).map((problem) => problem.rule)).toEqual([rule]);
  });
});
