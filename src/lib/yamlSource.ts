import {LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document} from 'yaml';
import type * as z from 'zod';
import {FIX_SEPARATOR, issueCodeOf} from './schema/common';
import type {CodeOf, ProblemValues} from './checks/problemTexts';
import {makeProblem, formatField, type CodedText, type Problem} from './problems';
import type {RuleId} from './checks/ruleIds';

/**
 * Parses YAML with positions and maps zod issues back to lines and columns,
 * using the `yaml` library's `parseDocument` + `LineCounter`.
 */

/** A parsed YAML file that can locate any path inside it. */
export type YamlSource = {
  data: unknown;
  /** Syntax problems (empty when the YAML parsed). */
  problems: Problem[];
  /** 1-based line/column of the value at `path`, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): {line: number; column: number};
  /** Whether the value at `path` is a block scalar (`|` or `>`), whose text starts on the next line. */
  isBlockScalar(path: readonly PropertyKey[]): boolean;
};

/**
 * Parses a YAML file, collecting every syntax error and warning.
 * @param file - path relative to the site root, used in problems
 * @param text - the file's content
 * @param lineOffset - lines before `text` in the real file (e.g. 1 for front matter after `---`)
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  // `merge: true` reads `<<` merge keys as Docusaurus's YAML reader does, so a key hidden in a merge is seen.
  const doc: Document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
    merge: true,
  });
  // Warnings too are errors here: an unknown tag such as !!js/function would otherwise become a plain string.
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return makeProblem(
      {file, line: pos.line + lineOffset, column: pos.col},
      '(yaml)',
      'yaml-syntax',
      {
        code:
          error.code === 'DUPLICATE_KEY'
            ? 'yaml-syntax.duplicate-key'
            : error.code === 'TAG_RESOLVE_FAILED'
              ? 'yaml-syntax.tag'
              : 'yaml-syntax.error',
        // The yaml library's own words (English): what it read, and where.
        values: {detail: error.message.split('\n')[0]!},
      },
    );
  });
  let data: unknown;
  if (problems.length === 0) {
    try {
      // A small alias budget refuses "billion laughs" files instead of exhausting memory.
      data = doc.toJS({maxAliasCount: 100});
    } catch (error) {
      problems.push(
        makeProblem({file, line: 1 + lineOffset}, '(yaml)', 'yaml-syntax', {
          code: 'yaml-syntax.unreadable',
          values: {detail: (error as Error).message.split('\n')[0]!},
        }),
      );
    }
  }

  // A scalar is located at its value (what is wrong); a map or list at its
  // key; a missing entry at its nearest existing parent.
  function locate(path: readonly PropertyKey[]) {
    const at = (offset: number) => {
      const pos = lineCounter.linePos(offset);
      return {line: pos.line + lineOffset, column: pos.col};
    };
    for (let depth = path.length; depth > 0; depth -= 1) {
      const key = path[depth - 1];
      const parent =
        depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
      if (isMap(parent)) {
        const pair = parent.items.find(
          (item) => (isScalar(item.key) ? item.key.value : item.key) === key,
        );
        if (!pair) continue;
        const target = isScalar(pair.value) ? pair.value : pair.key;
        if (isNode(target) && target.range) return at(target.range[0]);
      } else if (isSeq(parent) && typeof key === 'number') {
        const item = parent.items[key];
        if (isNode(item) && item.range) return at(item.range[0]);
      }
    }
    return isNode(doc.contents) && doc.contents.range
      ? at(doc.contents.range[0])
      : {line: 1 + lineOffset, column: 1};
  }

  function isBlockScalar(path: readonly PropertyKey[]) {
    const node = doc.getIn(path as unknown[], true);
    return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  }
  return {data, problems, locate, isBlockScalar};
}

/**
 * Turns a zod error into problems located in the YAML source.
 * @param file - path relative to the site root
 * @param source - the parsed source (YAML or JSON: only its `locate` is used)
 * @param error - the zod error from `safeParse(data, {reportInput: true})` (the input tells a missing field from a wrong one)
 * @param fieldPrefix - prepended to field names (e.g. `front matter`)
 */
export function zodProblems(
  file: string,
  source: Pick<YamlSource, 'locate'>,
  error: z.ZodError,
  fieldPrefix = '',
): Problem[] {
  return error.issues.flatMap(unionBranch).map((zodIssue) => {
    const field = formatField(zodIssue.path) || '(file)';
    const explained = explainIssue(zodIssue, field);
    const at = {file, ...source.locate(zodIssue.path)};
    const name = fieldPrefix ? `${fieldPrefix}${field === '(file)' ? '' : `.${field}`}` : field;
    return makeProblem(at, name, ruleOf(zodIssue), explained);
  });
}

/**
 * The rule id of a zod issue: `schema`, unless a refinement names a more
 * precise stable rule in its params (e.g. `{params: {rule: 'remote-image'}}`),
 * so a schema can report the same rule as the safety checks.
 */
function ruleOf(zodIssue: z.core.$ZodIssue): RuleId {
  // A problem with a code is reported under the code's rule (customIssue puts it in params.rule).
  const rule =
    zodIssue.code === 'custom'
      ? (zodIssue.params as {rule?: unknown} | undefined)?.rule
      : undefined;
  // zod leaves params untyped: src/lib/checks/__tests__/ruleIds.test.ts fails on an id written in a schema's
  // `params: {rule: '…'}` that is not in the rule table. (The table is not imported here: with its guide texts it
  // would be shipped to the /contribute form, which runs this code in the browser.)
  return typeof rule === 'string' ? (rule as RuleId) : 'schema';
}

/**
 * A field that may take two shapes (`coverage.area`: a text, or a text per
 * locale) fails as one "invalid_union" issue, which says nothing useful.
 * Report instead the issues of the shape the contributor chose: the branch
 * whose type matched (no type error at the field itself).
 */
function unionBranch(zodIssue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (zodIssue.code !== 'invalid_union' || !('errors' in zodIssue) || zodIssue.errors.length === 0)
    return [zodIssue];
  const chosen =
    zodIssue.errors.find(
      (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
    ) ?? zodIssue.errors[0]!;
  return chosen.flatMap((inner) =>
    unionBranch({...inner, path: [...zodIssue.path, ...inner.path]} as z.core.$ZodIssue),
  );
}

/** A zod issue in plain words, with a fix: a catalogue code and its values (or a finding's own English words). */
function explainIssue(zodIssue: z.core.$ZodIssue, field: string): CodedText<RuleId> {
  const coded = (code: CodeOf<'schema'>, values: ProblemValues = {}) => ({
    code,
    values: {field, ...values},
  });
  const atFile = field === '(file)';
  // Checked first: a custom message on a field must not hide that the field is absent.
  if (
    (zodIssue.code === 'invalid_type' || zodIssue.code === 'invalid_value') &&
    zodIssue.input === undefined
  ) {
    const key = String(zodIssue.path.at(-1));
    return zodIssue.code === 'invalid_type'
      ? coded('schema.missing', {key, expected: zodIssue.expected})
      : coded('schema.missing-choice', {key, values: zodIssue.values.map(String).join(', ')});
  }
  const ours = issueCodeOf(zodIssue);
  if (ours) return {code: ours.code, values: {field, ...ours.values}};
  // Every message of our schemas has a code (schema/common.ts); a message without one is read as zod's own.
  if (zodIssue.message.includes(FIX_SEPARATOR))
    return coded('schema.invalid', {detail: zodIssue.message.split(FIX_SEPARATOR)[0]!});
  switch (zodIssue.code) {
    case 'invalid_type': {
      const actual = describe(zodIssue.input);
      if (atFile)
        return coded('schema.file-wrong-type', {expected: article(zodIssue.expected), actual});
      const byType: Partial<Record<string, CodeOf<'schema'>>> = {
        string: 'schema.not-string',
        number: 'schema.not-number',
        int: 'schema.not-int',
        boolean: 'schema.not-boolean',
        array: 'schema.not-array',
        object: 'schema.not-object',
      };
      return coded(byType[zodIssue.expected] ?? 'schema.wrong-type', {
        expected: article(zodIssue.expected),
        actual,
      });
    }
    case 'invalid_value':
      return coded('schema.not-allowed', {values: zodIssue.values.map(String).join(', ')});
    case 'unrecognized_keys': {
      const keys = zodIssue.keys.map((key) => `"${key}"`).join(', ');
      const several = zodIssue.keys.length > 1;
      if (atFile)
        return coded(several ? 'schema.file-unknown-keys' : 'schema.file-unknown-key', {keys});
      return coded(several ? 'schema.unknown-keys' : 'schema.unknown-key', {keys});
    }
    case 'too_small':
      if (zodIssue.origin === 'string') return coded('schema.empty');
      // A number below its minimum (review_every_months: 0) is not a list with missing items.
      if (zodIssue.origin === 'number' || zodIssue.origin === 'int')
        return coded('schema.too-small', {minimum: String(zodIssue.minimum)});
      return coded(
        Number(zodIssue.minimum) === 1 ? 'schema.too-few-item' : 'schema.too-few-items',
        {
          minimum: String(zodIssue.minimum),
        },
      );
    case 'too_big':
      return coded(zodIssue.origin === 'string' ? 'schema.too-long' : 'schema.too-large', {
        maximum: String(zodIssue.maximum),
      });
    case 'invalid_format':
      return coded('schema.bad-format', {format: zodIssue.format});
    default:
      // zod's own words (English) for the kinds our schemas do not raise (e.g. invalid_key, not_multiple_of).
      return coded('schema.invalid', {detail: zodIssue.message});
  }
}

function article(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

/**
 * What a value is, for a wrong-type message: `a list`, `a map`, `empty`, or its type and value as written
 * (`string "six"`). The words are English type names, as zod's and YAML's own are, in every language.
 */
function describe(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'empty';
  if (typeof input === 'object') return 'a map';
  return `${typeof input} ${JSON.stringify(input)}`.slice(0, 60);
}
