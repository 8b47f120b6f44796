import fs from 'node:fs';
import path from 'node:path';
import {makeProblem} from '../../problems';
import {formatReport} from '../../report';
import {
  CATALOGUE_LOCALES,
  PROBLEM_TEXTS,
  type ProblemCode,
  placeholdersOf,
  problemTextIn,
} from '../problemTexts';
import {isRuleId} from '../ruleIds';
import {CHECK_TEXTS} from '../texts/checks';
import {FILE_TEXTS} from '../texts/files';
import {PROSE_TEXTS} from '../texts/prose';
import {WORKFLOW_TEXTS} from '../texts/workflow';

const ROOT = path.resolve(__dirname, '../../../..');
const CODES = Object.keys(PROBLEM_TEXTS) as ProblemCode[];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sources(relative);
    const catalogue =
      relative.endsWith('checks/problemTexts.ts') || relative.includes('checks/texts/');
    return /\.tsx?$/.test(entry.name) && !catalogue ? [relative] : [];
  });
}

describe('the problem catalogue', () => {
  it('has a message and a fix for every code in every language (add the missing text to its family file in src/lib/checks/texts/)', () => {
    const missing = CODES.flatMap((code) =>
      (['message', 'fix'] as const).flatMap((part) =>
        CATALOGUE_LOCALES.filter(
          (locale) =>
            !(PROBLEM_TEXTS[code][part] as Record<string, string | undefined>)[locale]?.trim(),
        ).map((locale) => `${code}.${part} has no ${locale} text`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in every language, so no value is lost or left as {name}', () => {
    const differ = CODES.flatMap((code) =>
      (['message', 'fix'] as const).flatMap((part) => {
        const english = placeholdersOf(PROBLEM_TEXTS[code][part].en).join(',');
        return CATALOGUE_LOCALES.filter(
          (locale) => placeholdersOf(PROBLEM_TEXTS[code][part][locale]).join(',') !== english,
        ).map((locale) => `${code}.${part}.${locale}`);
      }),
    );
    expect(differ).toEqual([]);
  });

  it('keeps each code in one family file only (a second entry would silently replace the first)', () => {
    const families = [PROSE_TEXTS, FILE_TEXTS, CHECK_TEXTS, WORKFLOW_TEXTS].map((family) =>
      Object.keys(family),
    );
    expect(families.flat().length).toBe(new Set(families.flat()).size);
  });

  it('names each code after its rule (<rule id>.<what>), and every rule is a known one', () => {
    expect(
      CODES.filter(
        (code) =>
          !code.startsWith(`${PROBLEM_TEXTS[code].rule}.`) || !isRuleId(PROBLEM_TEXTS[code].rule),
      ),
    ).toEqual([]);
  });

  it('lists only codes some check uses', () => {
    const text = [...sources('src/lib'), ...sources('src/plugins')]
      .map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'))
      .join('\n');
    expect(CODES.filter((code) => !text.includes(`'${code}'`))).toEqual([]);
  });
});

describe('a coded problem', () => {
  const problem = makeProblem({file: 'directory/x/y.yml', line: 3}, 'consent', 'future-date', {
    code: 'future-date.consent',
    values: {date: '2031-01-01'},
  });

  it('carries the English text from the catalogue for the CLI, and its code and values', () => {
    expect(problem).toEqual({
      severity: 'error',
      file: 'directory/x/y.yml',
      line: 3,
      column: 1,
      field: 'consent',
      rule: 'future-date',
      message: 'The consent date 2031-01-01 is in the future.',
      fix: 'Use the date on which the organisation agreed to be listed.',
      code: 'future-date.consent',
      values: {date: '2031-01-01'},
    });
  });

  it('reads in Spanish and French from the same entry', () => {
    expect(problemTextIn(problem, 'es')).toEqual({
      message: expect.stringContaining('2031-01-01'),
      fix: PROBLEM_TEXTS['future-date.consent'].fix.es,
      isFallback: false,
    });
    expect(problemTextIn(problem, 'fr').message).toBe(
      PROBLEM_TEXTS['future-date.consent'].message.fr.replace('{date}', '2031-01-01'),
    );
  });

  it('stays English, marked as a fallback, without a known code, with a value missing, or in another language', () => {
    const english = {message: problem.message, fix: problem.fix, isFallback: true};
    expect(problemTextIn({message: problem.message, fix: problem.fix}, 'es')).toEqual(english);
    expect(problemTextIn({...problem, code: 'no-such.code'}, 'es')).toEqual(english);
    expect(problemTextIn({...problem, values: {}}, 'es')).toEqual(english);
    expect(problemTextIn(problem, 'so')).toEqual(english);
  });

  it('is printed by the CLI in the language asked for (npm run validate -- --locale es), English by default', () => {
    expect(formatReport([problem], 'text', 1)).toContain(problem.message);
    expect(formatReport([problem], 'text', 1, 'es')).toContain(
      problemTextIn(problem, 'es').message,
    );
    expect(formatReport([problem], 'github', 1, 'fr')).toContain(
      problemTextIn(problem, 'fr').fix.replace(/:/g, ':'),
    );
  });
});
