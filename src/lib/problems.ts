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
};

/** Where a problem is: the file, and a 1-based line and column when known (1 and 1 mean the file as a whole). */
export type ProblemPlace = {file: string; line?: number; column?: number};

/** What a problem says, in English: what is wrong and how to fix it. */
export type ProblemText = {message: string; fix: string};

/**
 * The one way to make a problem: every check builds its problems with this, so they all carry the same fields
 * and a new field (such as a problem code) is added in one place.
 * @param place - the file (site-root relative, forward slashes) and, when known, the 1-based line and column
 * @param field - the field or element at fault, e.g. `channels[0].value`, `front matter.title`, `(file)`
 * @param rule - the stable rule id (checks/ruleIds.ts)
 * @param text - the message and the fix, in plain words
 * @param severity - `error` (the default) blocks a merge; `warning` is shown and does not
 * @returns the problem
 */
export function makeProblem(place: ProblemPlace, field: string, rule: RuleId, text: ProblemText, severity: Severity = 'error'): Problem {
  return {severity, file: place.file, line: place.line ?? 1, column: place.column ?? 1, field, rule, message: text.message, fix: text.fix};
}

/**
 * Sorts problems by file, then line, then column. Generic so that a report read back from JSON (whose rule
 * ids come from another version of the validator, see github/prReport.ts) sorts the same way.
 */
export function sortProblems<T extends Pick<Problem, 'file' | 'line' | 'column' | 'field'>>(problems: T[]): T[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

/** Formats a zod-style path as a field name, e.g. `['channels', 0, 'value']` → `channels[0].value`. */
export function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Counts errors and warnings. */
export function countProblems(problems: Problem[]): {errors: number; warnings: number} {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return {errors, warnings: problems.length - errors};
}
