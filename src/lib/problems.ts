import {
  PROBLEM_TEXTS,
  type CodeOf,
  type ProblemCode,
  type ProblemValues,
} from './checks/problemTexts';
import type {RuleId} from './checks/ruleIds';

/**
 * A problem found in a contributed file. Validation never throws on a bad
 * file: every check adds problems to a list so that a contributor sees every
 * flaw of every file in one run (DESIGN.md safety rule 9).
 */
export type Severity = 'error' | 'warning';

/** One flaw, with its place and a fix. Lines and columns are 1-based. */
export type Problem = {
  severity: Severity;
  /** Path relative to the site root, with forward slashes, e.g. `directory/chicago/foo.yml`. */
  file: string;
  line: number;
  column: number;
  /** The field or element at fault, e.g. `channels[0].value` or `link`. */
  field: string;
  /** Stable rule id, e.g. `schema`, `raw-html`, `chat-invite`: one of the table in checks/ruleIds.ts. */
  rule: RuleId;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it. */
  fix: string;
  /**
   * The problem's code in the catalogue (checks/problemTexts.ts): the form and other readers show `message` and
   * `fix` in their language from it, filled with `values`.
   */
  code: ProblemCode;
  /** The values the texts quote, by placeholder name. */
  values: ProblemValues;
};

/** Where a problem is: the file, and a 1-based line and column when known (1 and 1 mean the file as a whole). */
export type ProblemPlace = {file: string; line?: number; column?: number};

/** What a problem says, as a catalogue code of its rule and the values its texts quote. */
export type CodedText<R extends RuleId> = {code: CodeOf<R>; values: ProblemValues};

/**
 * The one way to make a problem: every check builds its problems with this, so they all carry the same fields
 * and a new field (such as a problem code) is added in one place.
 * @param place - the file (site-root relative, forward slashes) and, when known, the 1-based line and column
 * @param field - the field or element at fault, e.g. `channels[0].value`, `front matter.title`, `(file)`
 * @param rule - the stable rule id (checks/ruleIds.ts)
 * @param text - a catalogue code of the rule and the values its texts quote: the English message and fix are
 *   written from the catalogue (checks/problemTexts.ts), and the code and values kept for translation (a value
 *   missing for a placeholder leaves the `{name}` visible rather than failing the run)
 * @param severity - `error` (the default) blocks a merge; `warning` is shown and does not
 * @returns the problem
 */
export function makeProblem<R extends RuleId>(
  place: ProblemPlace,
  field: string,
  rule: R,
  text: CodedText<R>,
  severity: Severity = 'error',
): Problem {
  const at = {
    severity,
    file: place.file,
    line: place.line ?? 1,
    column: place.column ?? 1,
    field,
    rule,
  };
  const entry = PROBLEM_TEXTS[text.code as ProblemCode];
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => String(text.values[name] ?? whole));
  return {
    ...at,
    message: fill(entry.message.en),
    fix: fill(entry.fix.en),
    code: text.code,
    values: text.values,
  };
}

/**
 * Sorts problems by file, then line, then column. Generic so that a report read back from JSON (whose rule
 * ids come from another version of the validator, see github/prReport.ts) sorts the same way.
 */
export function sortProblems<T extends Pick<Problem, 'file' | 'line' | 'column' | 'field'>>(
  problems: T[],
): T[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.field.localeCompare(b.field),
  );
}

/** Formats a zod-style path as a field name, e.g. `['channels', 0, 'value']` → `channels[0].value`. */
export function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

/** Counts errors and warnings. */
export function countProblems(problems: Problem[]): {errors: number; warnings: number} {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return {errors, warnings: problems.length - errors};
}
