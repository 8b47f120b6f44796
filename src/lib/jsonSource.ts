import {
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import {lineLocator} from './lineLocator';
import {makeProblem, type CodedText, type Problem} from './problems';
import type {YamlSource} from './yamlSource';

/**
 * Parses a JSON file with positions (Microsoft's `jsonc-parser`, the parser
 * of VS Code), so that a problem in any value can name its line and column,
 * as `parseYamlSource` does for YAML. Strict JSON only: comments and
 * trailing commas are refused, because Docusaurus reads these files with
 * `JSON.parse` and would fail on them.
 */

/** A parsed JSON file that can locate any path inside it (same shape as a YAML source). */
export type JsonSource = Pick<YamlSource, 'data' | 'problems' | 'locate'>;

/** What each jsonc-parser error code means, in plain words. */
const SYNTAX_ERRORS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a badly written number',
  PropertyNameExpected: 'a key in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon (:) was expected after the key',
  CommaExpected: 'a comma was expected between two entries',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'nothing may follow the closing } of the file',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfComment: 'JSON does not allow comments',
  UnexpectedEndOfString: 'a text is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a \\u escape is not four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash escape is not valid',
  InvalidCharacter: 'a tab or line break inside a text (write \\t or \\n)',
};

/**
 * Parses a JSON file, collecting every syntax error and every duplicate key
 * (`JSON.parse` silently keeps the last of two equal keys, so a reviewer could
 * read one value while the site publishes the other).
 * @param file - path relative to the site root, used in problems
 * @param text - the file's content (a leading byte-order mark is ignored, as Docusaurus does)
 * @returns the value (undefined when the file has a syntax error), problems with rule `json-syntax`,
 *   and `locate(path)`, the 1-based line and column of the value at `path` (a scalar at its value,
 *   an object or array at its key, a missing entry at its nearest existing parent)
 */
export function parseJsonSource(file: string, text: string): JsonSource {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const at = lineLocator(body);
  const syntax = (offset: number, text: CodedText<'json-syntax'>): Problem =>
    makeProblem({file, ...at(offset)}, '(json)', 'json-syntax', text);

  const errors: ParseError[] = [];
  const root = parseTree(body, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  // One error per place: the parser's recovery can report a second one where the first already is.
  const firstAtOffset = errors.filter(
    (error, index) => index === 0 || errors[index - 1]!.offset !== error.offset,
  );
  const problems =
    body.trim() === ''
      ? [syntax(0, {code: 'json-syntax.empty', values: {}})]
      : firstAtOffset.map((error) =>
          syntax(error.offset, {
            code: 'json-syntax.invalid',
            values: {
              detail:
                SYNTAX_ERRORS[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error),
            },
          }),
        );
  for (const key of root ? duplicateKeys(root) : []) {
    problems.push(
      syntax(key.offset, {
        code: 'json-syntax.duplicate-key',
        values: {key: JSON.stringify(key.value)},
      }),
    );
  }

  function locate(path: readonly PropertyKey[]): {line: number; column: number} {
    if (!root) return {line: 1, column: 1};
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = nodeAt(root, path.slice(0, depth));
      if (!node) continue;
      const isScalar = node.type !== 'object' && node.type !== 'array';
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return at(isScalar || !key ? node.offset : key.offset);
    }
    return at(root.offset);
  }
  return {data: root && errors.length === 0 ? getNodeValue(root) : undefined, problems, locate};
}

/**
 * The node at a path, as `JSON.parse` reads it: of two equal keys, the last
 * one (jsonc-parser's own `findNodeAtLocation` returns the first).
 */
function nodeAt(root: Node, path: readonly PropertyKey[]): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (node?.type === 'object') {
      const properties: Node[] = node.children ?? [];
      let found: Node | undefined;
      for (let index = properties.length - 1; index >= 0 && !found; index -= 1) {
        if (properties[index]!.children?.[0]?.value === segment)
          found = properties[index]!.children?.[1];
      }
      node = found;
    } else if (node?.type === 'array' && typeof segment === 'number') {
      node = node.children?.[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

/** The key nodes of every property whose key already appeared in the same object. */
function duplicateKeys(node: Node): Node[] {
  const found: Node[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'object') {
      const seen = new Set<string>();
      for (const property of current.children ?? []) {
        const key = property.children?.[0];
        if (key && seen.has(key.value as string)) found.push(key);
        if (key) seen.add(key.value as string);
      }
    }
    stack.push(...(current.children ?? []));
  }
  return found.sort((a, b) => a.offset - b.offset);
}
