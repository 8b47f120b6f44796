import fc from 'fast-check';
import type {Root} from 'mdast';
import {checkDirectoryEntry} from '../../directoryEntry';
import {checkMarkdownFile, parseMarkdown} from '../../markdownFile';
import {
  bcp47Schema,
  githubHandleSchema,
  httpsUrlSchema,
  plainText,
  slugSchema,
} from '../../schema/common';
import {channelSchema} from '../../schema/organization';
import {findChatInvite, findChatInvites} from '../chatInvites';
import {findHiddenCharacters} from '../hiddenCharacters';
import {checkOpeningHours} from '../hours';
import {mixedScriptsOf} from '../hostScripts';
import {checkMarkdownTree} from '../markdown';
import {normalizeText} from '../normalizeText';
import {findPersonalData} from '../personalData';
import {checkAllStrings, checkPlainText} from '../plainText';
import {isReservedHost, usesReservedValue} from '../reserved';
import {findUrlCandidates} from '../urlCandidates';
import {checkHttpsAddress, checkWebAddress} from '../webAddress';
import {ADVERSARIAL_UNITS, adversarialMarkdown, repeatTo} from './adversarial';
import {doublingTimes, fastestRun, grewLinearly} from './timing';

/**
 * DESIGN.md safety rule 10: every rule runs in linear time on any input, so
 * a contributed file cannot stall the validator, the build or the
 * /contribute form (regression: a 10 KB dotted word made the invite check
 * backtrack for minutes). Each rule is run on 50 KB and 100 KB inputs of
 * every known hostile shape and of random hostile patterns: the time must
 * stay under a bound far above what a linear rule takes (the slowest,
 * libphonenumber on spaced digits, takes about 0.65 s at 100 KB on an idle
 * two-core machine), and doubling the input must not quadruple the time.
 */

// Each case measures several 100 KB runs; a busy machine makes that slow, not wrong.
jest.setTimeout(300_000);

/** Characters that build hostile patterns when mixed and repeated. */
const ALPHABET = [
  '.',
  '/',
  '@',
  ':',
  '-',
  '+',
  '%',
  '#',
  '!',
  '?',
  '=',
  '&',
  '(',
  ')',
  '[',
  ']',
  '<',
  '>',
  '"',
  "'",
  ' ',
  '\n',
  'a',
  'A',
  'x',
  '1',
  '0',
  'w',
  'h',
  't',
  'p',
  's',
  'm',
  'e',
  '\u200B',
  '\u200D',
  '\u202E',
  '\u00AD',
  '\uFE0F',
  '\uFF11',
  '\u0430',
  '\u00E9',
  '\u0301',
  '\u{E0041}',
  '\u{1F3F4}',
];

/** A random short pattern of hostile characters, to be repeated to a large size. */
const hostileUnit: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...ALPHABET), {minLength: 1, maxLength: 8})
  .map((characters) => characters.join(''));

/** Half the largest input size (the largest is 100,000 characters). */
const SIZE = 50_000;
/** Most milliseconds any rule may take on 100 KB (20x the slowest measured; the old invite check took minutes on 10 KB). */
const BOUND_MS = 15_000;
/** Random hostile patterns tried per rule (fixed seed: the same patterns every run). */
const RANDOM_RUNS = 4;

const PLACE = {file: 'docs/guides/x.md', line: 1, column: 1, field: 'title'};
const CONTEXT = {file: 'docs/guides/x.md', fileDir: '/site/docs/guides', contentRoot: '/site/docs'};

/** Every rule, as a function of one string. */
const TEXT_RULES: [string, (input: string) => unknown][] = [
  ['normalizeText', normalizeText],
  ['findHiddenCharacters', findHiddenCharacters],
  ['findUrlCandidates', findUrlCandidates],
  ['findChatInvite', findChatInvite],
  ['findChatInvites', findChatInvites],
  ['findPersonalData', findPersonalData],
  ['checkPlainText', (input) => checkPlainText(input, PLACE)],
  [
    'checkAllStrings',
    (input) =>
      checkAllStrings(
        {title: input, list: [input.slice(0, 1000)]},
        () => ({line: 1, column: 1}),
        'x.yml',
        '',
      ),
  ],
  ['checkWebAddress', (input) => checkWebAddress(`https://${input}`)],
  ['checkHttpsAddress', (input) => checkHttpsAddress(`https://${input}/${input}`)],
  ['mixedScriptsOf', mixedScriptsOf],
  ['plainText schema', (input) => plainText(280).safeParse(input)],
  ['httpsUrlSchema', (input) => httpsUrlSchema.safeParse(`https://${input}`)],
  ['slugSchema', (input) => slugSchema.safeParse(input)],
  ['githubHandleSchema', (input) => githubHandleSchema.safeParse(`@${input}`)],
  ['bcp47Schema', (input) => bcp47Schema.safeParse(input)],
  [
    'reserved values',
    (input) => [
      usesReservedValue(input),
      usesReservedValue(`https://${input}`),
      isReservedHost(input),
    ],
  ],
  [
    'channel value and hours',
    (input) =>
      channelSchema.safeParse({
        kind: 'website',
        audience: 'general',
        value: `https://${input}`,
        hours: input,
      }),
  ],
];

describe('every text rule runs in linear time', () => {
  describe.each(TEXT_RULES)('%s', (_name, rule) => {
    it.each(Object.entries(ADVERSARIAL_UNITS))('on a %s', (_shape, unit) => {
      const times = doublingTimes(rule, (length) => repeatTo(unit, length), SIZE);
      expect(times.largeMs).toBeLessThan(BOUND_MS);
      expect({...times, linear: grewLinearly(times)}).toEqual(
        expect.objectContaining({linear: true}),
      );
    });

    it('on random hostile patterns', () => {
      fc.assert(
        fc.property(hostileUnit, (unit) => {
          const times = doublingTimes(rule, (length) => repeatTo(unit, length), SIZE);
          return times.largeMs < BOUND_MS && grewLinearly(times);
        }),
        {numRuns: RANDOM_RUNS, seed: 13},
      );
    });
  });

  describe('checkMarkdownTree (the tree parsed beforehand: the rules alone)', () => {
    const treeOf =
      (unit: string) =>
      (length: number): {tree: Root; source: string} => {
        const source = repeatTo(unit, length);
        return {tree: parseMarkdown(source), source};
      };
    const check = ({tree, source}: {tree: Root; source: string}) =>
      checkMarkdownTree(tree, {...CONTEXT, source});

    it.each(Object.entries(ADVERSARIAL_UNITS))('on a %s', (_shape, unit) => {
      const times = doublingTimes(check, treeOf(unit), SIZE);
      expect(times.largeMs).toBeLessThan(BOUND_MS);
      expect({...times, linear: grewLinearly(times)}).toEqual(
        expect.objectContaining({linear: true}),
      );
    });

    it('on random hostile patterns', () => {
      fc.assert(
        fc.property(hostileUnit, (unit) => {
          const times = doublingTimes(check, treeOf(unit), SIZE);
          return times.largeMs < BOUND_MS && grewLinearly(times);
        }),
        {numRuns: RANDOM_RUNS, seed: 13},
      );
    });
  });

  it('checkMarkdownFile reads a 100 KB adversarial document (parsing included) within the bound', () => {
    const check = (text: string) =>
      checkMarkdownFile({
        file: 'docs/guides/x.md',
        text,
        siteDir: '/site',
        kind: 'guide',
        contentRoot: '/site/docs',
      });
    const times = doublingTimes(check, adversarialMarkdown, SIZE);
    expect(times.largeMs).toBeLessThan(BOUND_MS);
    expect({...times, linear: grewLinearly(times)}).toEqual(
      expect.objectContaining({linear: true}),
    );
  });

  // Attack finding F5: shapes measured at 2 s to 66 s through npm run validate, in a playbook body and in a description.
  const F5_SHAPES: Record<string, string> = {
    'addresses in queries': 'u=https://a.com/?',
    'redirect links': 'https://l.facebook.com/l.php?u=',
    'setext headings': 'a\n=\n',
    'nested container directives': ':::a\n',
    'directive attributes': ':a{#',
    'quoted directive attributes': ':a{b="',
    'leaf directives with attributes': '::a{b\n',
    'table rows': '|a|b|\n|-|-|\n|a|b\n',
    'list items with continuation lines': '- a\n  b\n',
    // Second attack review, A5 (many small nodes: 100 KB took 5–8 s through validate under load).
    paragraphs: 'a\n\n',
    headings: '# a\n',
  };
  const organization = (description: string) =>
    [
      'name: Valid Org',
      'types: [rapid-response]',
      'summary: {en: A sample.}',
      `description: {en: ${JSON.stringify(description)}}`,
      'languages: [en]',
      'channels: [{kind: website, audience: general, value: "https://valid.example.org/"}]',
      'coverage: {area: North side}',
      'status: active',
      'verified: {date: 2026-10-02, method: phone}',
      'maintainers: ["@sanctuary-commons/sample-entries"]',
      'consent: 2026-09-15',
      'sample: true',
    ].join('\n');

  it.each(Object.entries(F5_SHAPES))(
    'checkMarkdownFile and an organisation description read 100 KB of %s within the bound',
    (_shape, unit) => {
      const file = (length: number) => `---\ntitle: T\n---\n\n${repeatTo(unit, length)}\n`;
      const checkFile = (text: string) =>
        checkMarkdownFile({
          file: 'docs/guides/x.md',
          text,
          siteDir: '/site',
          kind: 'guide',
          contentRoot: '/site/docs',
        });
      const checkEntry = (text: string) =>
        checkDirectoryEntry({
          file: 'directory/x/y.yml',
          text,
          kind: 'organization',
          siteDir: '/site',
        });
      for (const times of [
        doublingTimes(checkFile, file, SIZE),
        doublingTimes(checkEntry, (length) => organization(repeatTo(unit, length)), SIZE),
      ]) {
        expect(times.largeMs).toBeLessThan(BOUND_MS);
        expect({...times, linear: grewLinearly(times)}).toEqual(
          expect.objectContaining({linear: true}),
        );
      }
    },
  );

  it('opening_hours is parsed only up to 500 characters, and quickly there', () => {
    for (const unit of Object.values(ADVERSARIAL_UNITS)) {
      expect(fastestRun(() => checkOpeningHours(repeatTo(unit, 500)), 1)).toBeLessThan(BOUND_MS);
    }
    const huge = channelSchema.safeParse({
      kind: 'website',
      audience: 'general',
      value: 'https://ilrc.org/',
      hours: repeatTo('Mo-Fr 09:00-17:00; ', 100_000),
    });
    expect(huge.error?.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('is longer than 500 characters'),
    ]);
  });
});
