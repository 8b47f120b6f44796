import {fillTemplate, PROBLEM_TEXTS, type CodeOf, type ProblemValues} from '../checks/problemTexts';
import type {RuleId} from '../checks/ruleIds';

/**
 * What a rule found before a caller places it in a file: its rule, its catalogue code and values
 * (checks/problemTexts.ts), and the English message and fix written from them. A caller makes the problem
 * with `makeProblem(place, field, finding.rule, {code: finding.code, values: finding.values})`; the English
 * texts stay for callers that compare or rewrite them (a schema's field-first wording).
 */
export type CodedFinding<R extends RuleId> = {
  rule: R;
  code: CodeOf<R>;
  values: ProblemValues;
  message: string;
  fix: string;
};

/**
 * Builds a finding from its catalogue code.
 * @param rule - the rule id the finding is reported under
 * @param code - a code of that rule
 * @param values - the values of the code's placeholders (a missing one leaves `{name}` in the English text)
 * @returns the finding, with its English message and fix
 */
export function codedFinding<R extends RuleId>(
  rule: R,
  code: CodeOf<R>,
  values: ProblemValues,
): CodedFinding<R> {
  const entry = PROBLEM_TEXTS[code];
  const english = (template: string) => fillTemplate(template, values) ?? template;
  return {rule, code, values, message: english(entry.message.en), fix: english(entry.fix.en)};
}
