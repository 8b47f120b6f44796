import {problemTextIn} from '../../../../lib/checks/problemTexts';
import type {Problem} from '../../../../lib/problems';
import {FIXES} from './fixes';
import {MESSAGES_BY_RULE} from './messages';
import {matchTemplate, type CatalogueEntry} from './template';

/**
 * Puts a validator problem (whose `message` and `fix` are English, as the CLI
 * prints them) into the reader's language for the contribute forms. The
 * validator itself stays English; this only reads its texts.
 */

/** A text to show, and whether it stayed English because no catalogue entry matched it. */
export type LocalizedText = {text: string; isFallback: boolean};

/** A problem's message and fix in the reader's language. */
export type LocalizedProblem = {message: LocalizedText; fix: LocalizedText};

function localizeWith(entries: readonly CatalogueEntry[], english: string): LocalizedText {
  for (const candidate of entries) {
    const values = matchTemplate(candidate.template, english);
    if (values) return {text: candidate.localize(values), isFallback: false};
  }
  return {text: english, isFallback: true};
}

/**
 * The problem's message in the reader's language, found by its rule and English text.
 * @param problem - from the validator
 * @returns the translated text, or the English one with `isFallback` when the catalogue lacks it
 */
export function localizeProblemMessage(problem: Pick<Problem, 'rule' | 'message'>): LocalizedText {
  return localizeWith(MESSAGES_BY_RULE[problem.rule] ?? [], problem.message);
}

/**
 * The problem's fix in the reader's language, found by its English text.
 * @param problem - from the validator
 * @returns the translated text, or the English one with `isFallback` when the catalogue lacks it
 */
export function localizeProblemFix(problem: Pick<Problem, 'fix'>): LocalizedText {
  return localizeWith(FIXES, problem.fix);
}

/**
 * A problem's message and fix in the reader's language: from the problem catalogue (src/lib/checks/problemTexts.ts)
 * when the problem has a code, otherwise by recognising its English texts in this folder's catalogue.
 * @param problem - from the validator
 * @param locale - the reader's language (Docusaurus's current locale); without it only the English texts are read
 */
export function localizeProblem(
  problem: Pick<Problem, 'rule' | 'message' | 'fix' | 'code' | 'values'>,
  locale?: string,
): LocalizedProblem {
  if (locale !== undefined) {
    const coded = problemTextIn(problem, locale);
    if (!coded.isFallback)
      return {
        message: {text: coded.message, isFallback: false},
        fix: {text: coded.fix, isFallback: false},
      };
  }
  return {message: localizeProblemMessage(problem), fix: localizeProblemFix(problem)};
}
