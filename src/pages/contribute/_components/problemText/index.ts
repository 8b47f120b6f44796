import {problemTextIn, type ProblemValues} from '../../../../lib/checks/problemTexts';
import type {Problem} from '../../../../lib/problems';
import {playbookSectionLabelOfHeading} from '../playbookSectionLabels';

/**
 * Puts a validator problem into the reader's language for the contribute forms: its code's message and fix
 * from the problem catalogue (src/lib/checks/problemTexts.ts), filled with its values. The CLI, the
 * pull-request report and the forms read the same catalogue; nothing here recognises English sentences.
 */

/** A text to show, and whether it stayed English because the catalogue could not give it in the reader's language. */
export type LocalizedText = {text: string; isFallback: boolean};

/** A problem's message and fix in the reader's language. */
export type LocalizedProblem = {message: LocalizedText; fix: LocalizedText};

/** The values as the form names them: an empty playbook section is named by the label the form shows for it. */
function formValues(problem: Pick<Problem, 'code' | 'values'>): ProblemValues {
  const heading = problem.values.heading;
  return problem.code === 'playbook-sections.form-empty' && typeof heading === 'string'
    ? {...problem.values, heading: playbookSectionLabelOfHeading(heading)}
    : problem.values;
}

/**
 * A problem's message and fix in the reader's language.
 * @param problem - from the validator (or read back from a report): its code, values and English texts
 * @param locale - the reader's language (Docusaurus's current locale); `en`, `es` and `fr` have texts
 * @returns the catalogue's texts; the problem's own English ones, marked `isFallback`, in another language or
 *   when its code is unknown (a report written by another version of the validator)
 */
export function localizeProblem(
  problem: Pick<Problem, 'message' | 'fix' | 'code' | 'values'>,
  locale = 'en',
): LocalizedProblem {
  const text = problemTextIn({...problem, values: formValues(problem)}, locale);
  return {
    message: {text: text.message, isFallback: text.isFallback},
    fix: {text: text.fix, isFallback: text.isFallback},
  };
}
