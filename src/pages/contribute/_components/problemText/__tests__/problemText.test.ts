import fs from 'node:fs';
import path from 'node:path';
import {createElement, type ReactElement} from 'react';
import {checkOrganizationDraft, checkPlaybookDraft} from '../../../../../lib/contribute/check';
import {PROBLEM_TEXTS, placeholdersOf} from '../../../../../lib/checks/problemTexts';
import {makeProblem, type Problem} from '../../../../../lib/problems';
import {localizeProblem} from '..';
import ProblemText from '../ProblemText';
import {BAD_ORGANIZATIONS, BAD_PLAYBOOKS} from './badDrafts';

type CodeTranslations = Record<string, {message: string; description: string}>;

// Docusaurus's translate(), as the site runs it: the locale's code.json message, or the English one, with {placeholders} filled in.
const mockTranslate = {
  locale: null as CodeTranslations | null,
  calls: [] as {id: string; message: string; description: string}[],
};
jest.mock(
  '@docusaurus/Translate',
  () => ({
    __esModule: true,
    translate: (
      {id, message, description}: {id: string; message: string; description: string},
      values: Record<string, string> = {},
    ) => {
      mockTranslate.calls.push({id, message, description});
      const text = mockTranslate.locale?.[id]?.message ?? message;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
    },
  }),
  {virtual: true},
);
// The reader's locale, as Docusaurus gives it to the ProblemText component.
const mockLocale = {current: 'en'};
jest.mock(
  '@docusaurus/useDocusaurusContext',
  () => ({
    __esModule: true,
    default: () => ({i18n: {currentLocale: mockLocale.current}}),
  }),
  {virtual: true},
);

// react-dom ships no type declarations in this project.
const {renderToStaticMarkup} = require('react-dom/server') as {
  renderToStaticMarkup: (element: ReactElement) => string;
};

const ROOT = path.resolve(__dirname, '../../../../../..');
const codeJson = (locale: string): CodeTranslations =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', locale, 'code.json'), 'utf8'));
const NOW = new Date('2026-11-29T12:00:00Z');
const TODAY = '2026-11-29';

/** Every problem the forms show for the bad drafts, as the forms compute them. */
function formProblems(): Problem[] {
  return [
    ...BAD_ORGANIZATIONS.flatMap(
      ([, draft]) =>
        checkOrganizationDraft(
          draft,
          [],
          NOW,
          [{slug: 'taken', city: 'denver'}],
          [{slug: 'minneapolis', country: 'US'}],
        ).problems,
    ),
    ...BAD_PLAYBOOKS.flatMap(([, draft]) => checkPlaybookDraft(draft, [], TODAY).problems),
  ];
}

beforeEach(() => {
  mockTranslate.locale = null;
});

describe('problem texts of the contribute forms', () => {
  const problems = formProblems();

  it('come up for the bad drafts (the drafts exercise the rules)', () => {
    const rules = new Set(problems.map((problem) => problem.rule));
    for (const rule of [
      'schema',
      'slug',
      'duplicate-slug',
      'chat-invite',
      'raw-html',
      'playbook-sections',
      'future-date',
      'stale',
      'reserved-value',
      'personal-mailbox',
      'named-person-address',
      'street-address-in-coverage',
      'angle-bracket',
      'phone-country',
      'phone-international-unneeded',
      'invisible-character',
      'url-shortener',
      'url-user-info',
      'mixed-script-host',
      'markdown-limit',
    ]) {
      expect(rules).toContain(rule);
    }
  });

  it('all have a catalogue code, so each reads in Spanish and French, never in English', () => {
    const untranslated = problems.flatMap((problem) =>
      ['es', 'fr'].flatMap((locale) => {
        const {message, fix} = localizeProblem(problem, locale);
        return message.isFallback || fix.isFallback || /\{\w+\}/.test(message.text + fix.text)
          ? [`${locale} ${problem.rule} ${problem.code}: ${problem.message}`]
          : [];
      }),
    );
    expect(untranslated).toEqual([]);
  });

  it('read back exactly as the validator wrote them when the site is in English', () => {
    const changed = problems.flatMap((problem) => {
      const {message, fix} = localizeProblem(problem, 'en');
      return [
        [message.text, problem.message],
        [fix.text, problem.fix],
      ].filter(([text, english]) => text !== english);
    });
    expect(changed).toEqual([]);
  });
});

describe("a problem in the reader's language", () => {
  const problems = formProblems();

  it('carries the value, field name and number the English text quotes', () => {
    const phone = problems.find((problem) => problem.message.includes('E.164'))!;
    const spanish = localizeProblem(phone, 'es');
    expect(spanish.message.isFallback).toBe(false);
    expect(spanish.message.text).not.toContain('E.164 form');
    const quoted = placeholdersOf(PROBLEM_TEXTS[phone.code].message.en);
    expect(quoted.length).toBeGreaterThan(0);
    for (const name of quoted) expect(spanish.message.text).toContain(String(phone.values[name]));
    const stale = problems.find((problem) => problem.code === 'stale.due')!;
    expect(localizeProblem(stale, 'fr').message.text).toContain(String(stale.values.months));
  });

  it("names an empty playbook section by its label in the reader's language", () => {
    mockTranslate.locale = codeJson('es');
    const empty = makeProblem({file: 'x.md'}, 'roles', 'playbook-sections', {
      code: 'playbook-sections.form-empty',
      values: {heading: 'Roles and resources'},
    });
    expect(localizeProblem(empty, 'es').message.text).toContain(
      codeJson('es')['contribute.pb.section.roles']!.message,
    );
  });

  it('stays English, marked as such, for a code this version does not know or a language without texts', () => {
    const unknown = {
      message: 'A new kind of problem.',
      fix: 'Fix it somehow.',
      code: 'new.kind',
      values: {},
    };
    const english = {
      message: {text: 'A new kind of problem.', isFallback: true},
      fix: {text: 'Fix it somehow.', isFallback: true},
    };
    expect(localizeProblem(unknown as never, 'fr')).toEqual(english);
    const known = problems[0]!;
    expect(localizeProblem(known, 'so').message).toEqual({text: known.message, isFallback: true});
  });

  it("takes a coded problem's text from the problem catalogue in the reader's language, whatever its English", () => {
    mockLocale.current = 'fr';
    try {
      const coded = {
        rule: 'future-date' as const,
        code: 'future-date.consent' as const,
        values: {date: '2031-01-01'},
        message: 'Reworded.',
        fix: 'Reworded too.',
      };
      const html = renderToStaticMarkup(createElement(ProblemText, {problem: coded}));
      expect(html).toContain('2031-01-01');
      expect(html).toContain(PROBLEM_TEXTS['future-date.consent'].fix.fr.slice(0, 20));
      expect(html).not.toContain('Reworded');
      expect(html).not.toContain('lang="en"');
    } finally {
      mockLocale.current = 'en';
    }
  });

  it('is rendered with an English fallback marked lang="en"', () => {
    mockLocale.current = 'so';
    try {
      const html = renderToStaticMarkup(createElement(ProblemText, {problem: problems[0]!}));
      const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      expect(html).toBe(
        `<span lang="en">${escaped(problems[0]!.message)}</span> <span lang="en">${escaped(problems[0]!.fix)}</span>`,
      );
    } finally {
      mockLocale.current = 'en';
    }
  });
});
