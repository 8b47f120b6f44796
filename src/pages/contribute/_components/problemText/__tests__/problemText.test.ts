import fs from 'node:fs';
import path from 'node:path';
import {createElement, type ReactElement} from 'react';
import {checkOrganizationDraft, checkPlaybookDraft} from '../../../../../lib/contribute/check';
import type {Problem} from '../../../../../lib/problems';
import type {RuleId} from '../../../../../lib/checks/ruleIds';
import {localizeProblem} from '..';
import ProblemText from '../ProblemText';
import {FIXES} from '../fixes';
import {MESSAGES_BY_RULE} from '../messages';
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
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
const CATALOGUE_FILES =
  'src/pages/contribute/_components/problemText/messages.ts (messages, by rule) or fixes.ts (fixes)';

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

/** Every translate() call of the catalogue, found by rendering each entry with its own placeholders. */
function catalogueCalls() {
  mockTranslate.locale = null;
  mockTranslate.calls = [];
  const entries = [...Object.values(MESSAGES_BY_RULE).flat(), ...FIXES];
  const rendered = entries.map((entry) => ({
    english: entry.template.english,
    text: entry.localize(
      Object.fromEntries(entry.template.names.map((name) => [name, `{${name}}`])),
    ),
  }));
  // The section label lookup of one entry calls translate() too; keep the catalogue's own calls.
  return {
    rendered,
    calls: mockTranslate.calls.filter((call) => call.id.startsWith('contribute.problem.')),
  };
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

  it('all have a catalogue entry, so none is shown in English to a Spanish or French reader', () => {
    const missing = new Set<string>();
    for (const problem of problems) {
      const {message, fix} = localizeProblem(problem);
      if (message.isFallback)
        missing.add(
          `Add a message entry for rule "${problem.rule}" to ${CATALOGUE_FILES}: ${problem.message}`,
        );
      if (fix.isFallback) missing.add(`Add a fix entry to ${CATALOGUE_FILES}: ${problem.fix}`);
    }
    expect([...missing]).toEqual([]);
  });

  it('read back exactly as the validator wrote them when the site is in English', () => {
    const changed = problems.flatMap((problem) => {
      const {message, fix} = localizeProblem(problem);
      return [
        [message.text, problem.message],
        [fix.text, problem.fix],
      ].filter(([text, english]) => text !== english);
    });
    expect(changed).toEqual([]);
  });
});

describe('the catalogue', () => {
  const {rendered, calls} = catalogueCalls();

  it('uses each English template as its translate() message, with unique ids', () => {
    expect(rendered.filter(({english, text}) => english !== text)).toEqual([]);
    const ids = calls.map((call) => call.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(['es', 'fr'])(
    'is translated in i18n/%s/code.json, keeping every placeholder',
    (locale) => {
      const translations = codeJson(locale);
      const problemsFound = calls.flatMap(({id, message, description}) => {
        const entry = translations[id];
        if (!entry) return [`${id}: missing from i18n/${locale}/code.json`];
        const out: string[] = [];
        if (entry.description !== description)
          out.push(`${id}: description differs from the translate() call`);
        if (JSON.stringify(placeholders(entry.message)) !== JSON.stringify(placeholders(message)))
          out.push(
            `${id}: placeholders ${placeholders(entry.message).join(', ')} instead of ${placeholders(message).join(', ')}`,
          );
        return out;
      });
      expect(problemsFound).toEqual([]);
    },
  );
});

describe("a problem in the reader's language", () => {
  const problem = (rule: RuleId, message: string, fix: string) => ({rule, message, fix});

  it('carries the value, field name and number of the English text', () => {
    mockTranslate.locale = codeJson('es');
    const phone = localizeProblem(
      problem(
        'schema',
        '"612 555" is not in E.164 form.',
        'Write the number as + country code and number with no spaces or dashes, e.g. +16125550142.',
      ),
    );
    expect(phone.message).toEqual({text: expect.stringContaining('612 555'), isFallback: false});
    expect(phone.message.text).not.toContain('E.164 form');
    expect(phone.fix.text).toContain('+16125550142');
    const long = localizeProblem(
      problem(
        'schema',
        '"name" is longer than 120 characters.',
        'Shorten it to 120 characters or fewer.',
      ),
    );
    expect(long.message.text).toMatch(/name.*120|120.*name/);
    expect(long.fix.text).toContain('120');
    const stale = localizeProblem(
      problem(
        'stale',
        'Last verified 82 months ago; the entry was due for review on 2020-07-01.',
        'Confirm every channel with the organisation, then update verified.date and verified.method.',
      ),
    );
    expect(stale.message.text).toMatch(/82.*2020-07-01/);
  });

  it("names an empty playbook section by its label in the reader's language", () => {
    mockTranslate.locale = codeJson('es');
    const empty = localizeProblem(
      problem(
        'playbook-sections',
        'The section "Roles and resources" is empty.',
        'Write a few lines; see templates/playbook.md for what belongs here.',
      ),
    );
    expect(empty.message.text).toContain(codeJson('es')['contribute.pb.section.roles']!.message);
  });

  it('falls back to the English text, marked as such, when the catalogue does not know it', () => {
    mockTranslate.locale = codeJson('fr');
    expect(
      localizeProblem(problem('schema', '"x" is a new kind of problem.', 'Fix it somehow.')),
    ).toEqual({
      message: {text: '"x" is a new kind of problem.', isFallback: true},
      fix: {text: 'Fix it somehow.', isFallback: true},
    });
    // A known text under another rule is not taken for that rule's.
    expect(
      localizeProblem(
        problem('raw-html', 'The text contains a WhatsApp invite link.', 'Choose one.'),
      ).message.isFallback,
    ).toBe(true);
  });

  it("takes a coded problem's text from the problem catalogue in the reader's language, whatever its English", () => {
    mockTranslate.locale = codeJson('fr');
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
      expect(html).not.toContain('Reworded');
      expect(html).not.toContain('lang="en"');
    } finally {
      mockLocale.current = 'en';
    }
  });

  it('is rendered with any English fallback marked lang="en"', () => {
    mockTranslate.locale = codeJson('es');
    const render = (rule: RuleId, message: string, fix: string) =>
      renderToStaticMarkup(createElement(ProblemText, {problem: problem(rule, message, fix)}));
    expect(render('schema', '"name" is empty.', 'Choose one.')).toBe(
      'El campo “name” está vacío. Elige una opción.',
    );
    expect(render('schema', '"name" is empty.', 'A fix nobody translated.')).toBe(
      'El campo “name” está vacío. <span lang="en">A fix nobody translated.</span>',
    );
  });
});
