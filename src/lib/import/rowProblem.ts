import {fillTemplate, problemTextIn, type CodeOf, type ProblemValues} from '../checks/problemTexts';
import type {RuleId} from '../checks/ruleIds';
import {IMPORT_FIX_HINTS, type ImportFixHint} from '../checks/texts/workflow';
import {makeProblem} from '../problems';
import type {RowProblem, Where} from './draft';

/**
 * The import's problems of a row, built from the problem catalogue (checks/problemTexts.ts) like the
 * validator's: the code and values are kept, so the import report can be printed in Spanish or French too.
 */

/**
 * A row problem from its catalogue code.
 * @param where - the source file, row and (when known) column
 * @param field - the entry field, or `(city)`, `(slug)`, `(country)`, `(mapping)`
 * @param rule - the rule id
 * @param code - a code of that rule
 * @param values - the values its texts quote
 * @returns the problem, with the English message and fix written from the catalogue
 */
export function rowProblem<R extends RuleId>(
  where: Where,
  field: string,
  rule: R,
  code: CodeOf<R>,
  values: ProblemValues = {},
): RowProblem {
  const {message, fix} = makeProblem({file: where.source}, field, rule, {code, values});
  return {...where, field, rule, message, fix, code, values};
}

/**
 * A row problem with one more sentence at the end of its fix (the mapping key to change), kept as a hint code
 * so that the sentence is translated with the rest.
 * @param problem - the problem
 * @param hint - the hint's code (checks/texts/workflow.ts IMPORT_FIX_HINTS)
 * @param values - the values the hint quotes
 */
export function withHint(
  problem: RowProblem,
  hint: ImportFixHint,
  values: ProblemValues = {},
): RowProblem {
  const text = fillTemplate(IMPORT_FIX_HINTS[hint].en, values) ?? IMPORT_FIX_HINTS[hint].en;
  return {
    ...problem,
    fix: `${problem.fix} ${text}`,
    hints: [...(problem.hints ?? []), {code: hint, values}],
  };
}

/**
 * A row problem's message and fix in a language (the import report's Spanish or French).
 * @param problem - a row problem
 * @param locale - `en`, `es` or `fr`
 * @returns the texts, and whether they stayed English (no code, or a language the catalogue lacks)
 */
export function rowProblemTextIn(
  problem: RowProblem,
  locale: string,
): {message: string; fix: string; isFallback: boolean} {
  const hints = problem.hints ?? [];
  // The problem's own fix without its hints, so a problem without a code keeps its English text whole.
  const base = problemTextIn(problem, locale);
  if (base.isFallback) return {message: problem.message, fix: problem.fix, isFallback: true};
  const language = locale as keyof (typeof IMPORT_FIX_HINTS)[ImportFixHint];
  const sentences = hints.map(
    (hint) => fillTemplate(IMPORT_FIX_HINTS[hint.code][language], hint.values) ?? '',
  );
  return {...base, fix: [base.fix, ...sentences].filter(Boolean).join(' ')};
}
