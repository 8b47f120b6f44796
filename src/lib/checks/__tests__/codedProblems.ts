import {PROBLEM_TEXTS, isProblemCode, problemTextIn, type ProblemValues} from '../problemTexts';

/** A problem as the workflow's reports carry it (a Problem, an import RowProblem, a FormProblem, a finding). */
export type CodedLike = {
  rule?: string;
  message: string;
  fix: string;
  code?: string;
  values?: ProblemValues;
};

/**
 * What is wrong with a problem's code, or null when it has a known code of its own rule whose texts are written
 * in every language (not a fallback) and whose English text is the problem's.
 * @param problem - the problem
 * @param english - the problem's English text to compare with (default: its message and fix)
 */
export function codeFlaw(
  problem: CodedLike,
  english: {message: string; fix: string} = problem,
): string | null {
  const name = `${problem.rule ?? '?'}: ${problem.message}`;
  if (!isProblemCode(problem.code))
    return `${name} has no catalogue code (${String(problem.code)})`;
  if (PROBLEM_TEXTS[problem.code].rule !== problem.rule)
    return `${name} has the code ${problem.code} of another rule`;
  for (const locale of ['es', 'fr'])
    if (problemTextIn(problem, locale).isFallback)
      return `${name} falls back to English in ${locale}`;
  const en = problemTextIn(problem, 'en');
  if (en.message !== english.message || en.fix !== english.fix)
    return `${name} differs from its catalogue text`;
  return null;
}
