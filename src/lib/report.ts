import {problemTextIn} from './checks/problemTexts';
import {countProblems, sortProblems, type Problem} from './problems';

/**
 * Formats problems for people (text), for GitHub Actions (workflow
 * commands that annotate the pull request) and for machines (JSON).
 */

/** Output formats of `npm run validate --format`. */
export const REPORT_FORMATS = ['text', 'github', 'json'] as const;
/** One of `text`, `github`, `json`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * One problem as a human-readable block: `file:line:column  severity  field`, then message and fix.
 * @param problem - the problem
 * @param locale - the language of the message and fix when the problem has a catalogue code (default English)
 */
export function formatProblem(problem: Problem, locale = 'en'): string {
  const {message, fix} = problemTextIn(problem, locale);
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.field}  [${problem.rule}]\n    ${message}\n    Fix: ${fix}`;
}

/**
 * A whole report.
 * @param problems - every problem found
 * @param format - text, github or json
 * @param checkedFiles - how many files were checked (for the summary line)
 * @param locale - the language of coded problems' texts in `text` and `github` (JSON keeps English, code and values)
 * @returns the report text (JSON for `json`)
 */
export function formatReport(
  problems: Problem[],
  format: ReportFormat,
  checkedFiles: number,
  locale = 'en',
): string {
  const sorted = sortProblems(problems);
  const {errors, warnings} = countProblems(sorted);
  if (format === 'json') {
    return JSON.stringify({errors, warnings, checkedFiles, problems: sorted}, null, 2);
  }
  if (format === 'github') {
    // https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
    const escape = (value: string) =>
      value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const property = (value: string) => escape(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
    return sorted
      .map((p) => ({p, text: problemTextIn(p, locale)}))
      .map(
        ({p, text}) =>
          `::${p.severity} file=${property(p.file)},line=${p.line},col=${p.column},title=${property(`${p.field} [${p.rule}]`)}::${escape(`${text.message} Fix: ${text.fix}`)}`,
      )
      .concat(`${errors} error(s), ${warnings} warning(s) in ${checkedFiles} file(s).`)
      .join('\n');
  }
  const files = new Set(sorted.map((p) => p.file)).size;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const summary =
    errors + warnings === 0
      ? `✔ ${plural(checkedFiles, 'file')} checked: no problems.`
      : `${errors ? '✖' : '⚠'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${plural(checkedFiles, 'file')} checked).`;
  return [...sorted.map((problem) => formatProblem(problem, locale)), summary].join('\n\n');
}
