import type {CodeOf, ProblemValues} from '../checks/problemTexts';
import {codedFinding, type CodedFinding} from './codedFinding';

/**
 * Shapes of Markdown that the CommonMark parser (micromark, used by the
 * validator and by Docusaurus) reads in more than linear time, found by
 * measurement (`src/lib/rules/__tests__/markdownLimits.test.ts`):
 * - emphasis marks that never close (`*a_*a_…`): every closer looks back
 *   over every opener of its paragraph (1,000 in a paragraph: 0.16 s;
 *   4,000: 1.5 s);
 * - brackets that never close (`[a](`, `![a][`);
 * - containers nested on one line (`> > > …`, `- - - …`): 1,000 nested
 *   lists take a second, 4,000 overflow the call stack and crash the build;
 * - many block quotes and list items in one file: each one that closes
 *   rewrites the parser's whole list of events (micromark-util-edit-map), so
 *   the time grows with items × length (25,000 one-line items in 100 KB: 4 s;
 *   4,000 short lists between paragraphs in 64 KB: 7 s).
 *
 * - setext headings (a line of `=` or `-` under text, `a\n=\n` repeated):
 *   each one rewrites the events before it (40 KB: 28 s);
 * - directives (remark-directive, which Docusaurus's `md` format and the
 *   validator use): attributes in curly brackets (`:a{#` repeated 16 KB:
 *   10 s; `:a{b="`: 3.6 s), nested `:::` blocks (`:::a` repeated 16 KB:
 *   66 s), leaf directives with attributes (`::a{b`: 2.9 s);
 * - table rows (`|a|b` repeated 100 KB: 3 s) and lines continuing a quote or
 *   list item (each re-reads the open containers).
 *
 * Directives are Docusaurus's admonitions (`:::note` … `:::`) and nothing
 * else on this site: no content uses another one, and Docusaurus prints an
 * unknown directive back as text. So attributes in curly brackets, leaf
 * directives (`::name` lines) and `:::` blocks other than the admonitions
 * are refused as syntax (rule `directive`), whatever their count; where a
 * field is rendered without directives at all (an organisation's
 * description), every directive shape is refused (`directives: 'none'`).
 *
 * No contributed text needs any of these, so they are refused before the
 * text is parsed. This scan reads each character once (linear time), and
 * the limits keep every parse of an accepted file short: a paragraph holds
 * at most {@link MARKDOWN_LIMITS}.perBlock marks of a kind, a file at most
 * `perFile`, and at most `containers` quotes and list items, so the parser's
 * look-back and rewriting stay bounded.
 */

/** The limits (counts of marks, nesting levels, characters). */
export const MARKDOWN_LIMITS = {
  /** Emphasis and strikethrough marks (`*`, `_`, `~` runs), or opening brackets (`[`), in one paragraph. */
  perBlock: 300,
  /** The same marks in a whole file. */
  perFile: 5000,
  /** Block quotes and list items nested on one line. */
  nesting: 32,
  /** Block quote and list item markers in a whole file (the longest playbook has 49; 500 short lists parse in about 0.3 s). */
  containers: 500,
  /** Setext headings (a line of = or - right under a line of text) in a whole file (the content has none). */
  setextHeadings: 50,
  /** Admonitions (`:::note` blocks) in a whole file. */
  admonitions: 50,
  /** Admonitions nested in one another. */
  admonitionNesting: 3,
  /** Table rows (header and delimiter rows included) in a whole file (the longest table of the content has 12). */
  tableRows: 1000,
  /** Lines continuing a block quote or list item (lazy or indented lines without a marker) in a whole file. */
  continuationLines: 2000,
  /**
   * Lines of one paragraph (a run of lines without a blank line, outside fenced code). The parser's text resolver
   * splices its event list once per line ending of a paragraph: 20,000 lines of `|a|b` in one paragraph took 6 s.
   */
  paragraphLines: 500,
} as const;

/**
 * The admonitions of Docusaurus 3 (`DefaultAdmonitionOptions.keywords` of
 * @docusaurus/mdx-loader): the only `:::` blocks contributed Markdown may open.
 */
export const ADMONITIONS: readonly string[] = [
  'note',
  'tip',
  'info',
  'warning',
  'danger',
  'caution',
  'important',
  'success',
  'secondary',
];

/** A shape the parser must not be given, with the line it starts on (1-based, counted in the text given). */
export type MarkdownLimitHit = {line: number} & CodedFinding<LimitRule>;

/** `markdown-limit` for a count over its limit, `directive` for directive syntax that is refused outright. */
type LimitRule = 'markdown-limit' | 'directive';

/** Which directives a text may hold: Docusaurus's admonitions (Markdown files) or none (fields rendered without them). */
export type DirectivePolicy = 'admonitions' | 'none';

/**
 * Finds what would make parsing a Markdown text slow or crash, reading it once.
 * @param text - a whole Markdown file (front matter included) or one Markdown field
 * @param options.directives - the directives the text may hold (default: Docusaurus's admonitions)
 * @returns at most one hit per kind (the first place), empty when the text may be parsed
 */
export function markdownLimitHits(
  text: string,
  options: {directives?: DirectivePolicy} = {},
): MarkdownLimitHit[] {
  const noDirectives = options.directives === 'none';
  const hits = new Map<string, MarkdownLimitHit>();
  // Only the first place of each kind is kept (its texts are written once).
  const hit = (
    kind: string,
    line: number,
    rule: LimitRule,
    code: CodeOf<LimitRule>,
    values: ProblemValues,
  ) => {
    if (!hits.has(kind)) hits.set(kind, {line, ...codedFinding(rule, code, values)});
  };
  const file = {
    emphasis: 0,
    brackets: 0,
    containers: 0,
    setext: 0,
    admonitions: 0,
    tableRows: 0,
    continuation: 0,
  };
  // Lines of the paragraph being read, and the fence (``` or ~~~) of the code block being read, if any.
  let paragraphLines = 0;
  let fence = '';
  let block = {emphasis: 0, brackets: 0, line: 1};
  let line = 1;
  let atLineStart = true;
  let previous = '';
  // Line state: whether the last line was blank, and whether a table or a quote/list is open.
  let previousBlank = true;
  let inTable = false;
  let inContainer = false;
  let admonitionDepth = 0;
  // Backslashes right before the current character (an odd count escapes it), and brackets open in a directive's label.
  let backslashes = 0;
  let labelDepth = 0;
  let labelStart = -1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    // A carriage return (CRLF line ends) is read as nothing; the line feed after it ends the line.
    if (char === '\r') continue;
    if (char === '\n') {
      // A blank line ends the paragraph, a table, and a quote or list item's lazy lines.
      if (atLineStart) {
        block = {emphasis: 0, brackets: 0, line: line + 1};
        previousBlank = true;
        inTable = false;
        paragraphLines = 0;
        // A directive's label ends with its paragraph.
        labelDepth = 0;
      } else {
        previousBlank = false;
      }
      line += 1;
      atLineStart = true;
      previous = char;
      backslashes = 0;
      continue;
    }
    if (atLineStart) {
      const {nesting, end} = lineStart(text, index);
      if (nesting > MARKDOWN_LIMITS.nesting) {
        hit('nesting', line, 'markdown-limit', 'markdown-limit.nesting', {
          line,
          count: nesting,
          max: MARKDOWN_LIMITS.nesting,
        });
      }
      file.containers += nesting;
      if (file.containers > MARKDOWN_LIMITS.containers) {
        hit('containers', line, 'markdown-limit', 'markdown-limit.containers', {
          line,
          max: MARKDOWN_LIMITS.containers,
        });
      }
      // A line of spaces only stays at its start, so that its line feed ends the paragraph.
      atLineStart = end >= text.length || text[end] === '\n' || text[end] === '\r';
      if (!atLineStart) {
        const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(index, index + 40))?.[1];
        const opensOrClosesFence =
          fenceMark !== undefined &&
          (!fence || (fenceMark[0] === fence[0] && fenceMark.length >= fence.length));
        if (opensOrClosesFence) {
          fence = fence ? '' : fenceMark;
          paragraphLines = 0;
        }
        const paragraphLine = !opensOrClosesFence && !fence;
        const shape = lineShape(text, end);
        if (nesting > 0) {
          inContainer = true;
        } else if (inContainer && (!previousBlank || end - index >= 2)) {
          file.continuation += 1;
          if (file.continuation > MARKDOWN_LIMITS.continuationLines) {
            hit('continuation', line, 'markdown-limit', 'markdown-limit.continuation', {
              line,
              max: MARKDOWN_LIMITS.continuationLines,
            });
          }
        } else {
          inContainer = false;
        }
        if (shape.kind === 'underline' && !previousBlank) {
          file.setext += 1;
          if (file.setext > MARKDOWN_LIMITS.setextHeadings) {
            hit('setext', line, 'markdown-limit', 'markdown-limit.setext', {
              line,
              max: MARKDOWN_LIMITS.setextHeadings,
            });
          }
        }
        if (shape.kind === 'delimiter-row' && !previousBlank) {
          inTable = true;
          // The header row above counts too.
          file.tableRows += 1;
        }
        if (inTable) {
          file.tableRows += 1;
          if (file.tableRows > MARKDOWN_LIMITS.tableRows) {
            hit('table-rows', line, 'markdown-limit', 'markdown-limit.table-rows', {
              line,
              max: MARKDOWN_LIMITS.tableRows,
            });
          }
        }
        // Tables, quotes and list items have their own limits above.
        if (paragraphLine && !inTable && !inContainer) {
          paragraphLines += 1;
          if (paragraphLines > MARKDOWN_LIMITS.paragraphLines) {
            hit('paragraph-lines', line, 'markdown-limit', 'markdown-limit.paragraph-lines', {
              line,
              max: MARKDOWN_LIMITS.paragraphLines,
            });
          }
        }
        // A label or attributes after a block directive's name: read like a text directive's.
        if (shape.kind === 'leaf' || shape.kind === 'container') {
          if (text[shape.nameEnd] === '{') attributesHit(line);
          else if (text[shape.nameEnd] === '[') labelStart = shape.nameEnd;
        }
        if (shape.kind === 'leaf' || (noDirectives && shape.kind === 'container')) {
          hit('directive-block', line, 'directive', 'directive.line', {
            line,
            directive: `${shape.marker}${shape.name}`,
          });
        } else if (shape.kind === 'container') {
          if (!ADMONITIONS.includes(shape.name.toLowerCase())) {
            hit('directive-block', line, 'directive', 'directive.block', {
              line,
              directive: `${shape.marker}${shape.name}`,
              allowed: ADMONITIONS.join(', '),
            });
          }
          file.admonitions += 1;
          admonitionDepth += 1;
          if (file.admonitions > MARKDOWN_LIMITS.admonitions) {
            hit('admonitions', line, 'markdown-limit', 'markdown-limit.admonitions', {
              line,
              max: MARKDOWN_LIMITS.admonitions,
            });
          }
          if (admonitionDepth > MARKDOWN_LIMITS.admonitionNesting) {
            hit('admonition-nesting', line, 'markdown-limit', 'markdown-limit.admonition-nesting', {
              line,
              count: admonitionDepth,
              max: MARKDOWN_LIMITS.admonitionNesting,
            });
          }
        } else if (shape.kind === 'container-end') {
          if (noDirectives) {
            hit('directive-block', line, 'directive', 'directive.line', {
              line,
              directive: `${shape.marker}${shape.name}`,
            });
          }
          admonitionDepth = Math.max(0, admonitionDepth - 1);
        }
      }
      index = end - 1;
      continue;
    }
    // A run of the same mark is one delimiter for the parser.
    if ((char === '*' || char === '_' || char === '~') && previous !== char) {
      block.emphasis += 1;
      file.emphasis += 1;
      if (block.emphasis > MARKDOWN_LIMITS.perBlock) {
        hit('emphasis-block', block.line, 'markdown-limit', 'markdown-limit.paragraph-emphasis', {
          line: block.line,
          max: MARKDOWN_LIMITS.perBlock,
        });
      }
    } else if (char === '[') {
      block.brackets += 1;
      file.brackets += 1;
      if (labelDepth > 0) labelDepth += 1;
      else if (index === labelStart) labelDepth = 1;
      if (block.brackets > MARKDOWN_LIMITS.perBlock) {
        hit('brackets-block', block.line, 'markdown-limit', 'markdown-limit.paragraph-brackets', {
          line: block.line,
          max: MARKDOWN_LIMITS.perBlock,
        });
      }
    } else if (char === ']' && labelDepth > 0) {
      labelDepth -= 1;
      if (labelDepth === 0 && text[index + 1] === '{') attributesHit(line);
    } else if (char === ':' && previous !== ':' && backslashes % 2 === 0) {
      // A text directive: a colon (not after another one, not escaped), a name, then a label or attributes.
      const end = directiveNameEnd(text, index + 1);
      const after = text[end];
      if (end > index + 1 && (after === '{' || after === '[')) {
        if (noDirectives) {
          hit('directive-text', line, 'directive', 'directive.text', {
            line,
            directive: `:${text.slice(index + 1, end)}${after}`,
          });
        } else if (after === '{') {
          attributesHit(line);
        } else {
          // The label's opening bracket, read next, starts the count.
          labelStart = end;
        }
      }
    }
    backslashes = char === '\\' ? backslashes + 1 : 0;
    previous = char;
  }
  if (file.emphasis > MARKDOWN_LIMITS.perFile) {
    hit('emphasis-file', 1, 'markdown-limit', 'markdown-limit.file-emphasis', {
      count: file.emphasis,
      max: MARKDOWN_LIMITS.perFile,
    });
  }
  if (file.brackets > MARKDOWN_LIMITS.perFile) {
    hit('brackets-file', 1, 'markdown-limit', 'markdown-limit.file-brackets', {
      count: file.brackets,
      max: MARKDOWN_LIMITS.perFile,
    });
  }
  return [...hits.values()];

  function attributesHit(at: number) {
    hit('directive-attributes', at, 'directive', 'directive.attributes', {line: at});
  }
}

/** Where a directive's name that starts at `start` ends (`start` itself when there is none): a letter, then letters, digits, - or _. */
function directiveNameEnd(text: string, start: number): number {
  if (!/[A-Za-z]/.test(text[start] ?? '')) return start;
  let end = start + 1;
  while (end < text.length && /[A-Za-z0-9_-]/.test(text[end]!)) end += 1;
  return end;
}

/** What a line is, read after its quote and list markers (only the shapes the limits count). */
type LineShape =
  | {kind: 'underline' | 'delimiter-row' | 'other'}
  | {kind: 'leaf' | 'container' | 'container-end'; marker: string; name: string; nameEnd: number};

/**
 * Reads a line from `start` (after its container markers) to its end, once.
 * @returns a setext underline (only = or only -), a table delimiter row (| - : only, with a | and a -),
 *   a directive line (`::name`, `:::name`, a closing `:::`) or another line
 */
function lineShape(text: string, start: number): LineShape {
  let index = start;
  // Up to three spaces of indentation were read as part of the line start.
  let colons = 0;
  while (text[index + colons] === ':') colons += 1;
  if (colons >= 2) {
    const nameEnd = directiveNameEnd(text, index + colons);
    const marker = ':'.repeat(colons);
    const name = text.slice(index + colons, nameEnd);
    // Only a name followed by a label, attributes or the line's end makes a directive (micromark-extension-directive);
    // Docusaurus also reads `:::note Title` as an admonition.
    const directive =
      nameEnd > index + colons &&
      (text[nameEnd] === '[' || text[nameEnd] === '{' || isRestBlank(text, nameEnd));
    if (colons === 2 && directive) return {kind: 'leaf', marker, name, nameEnd};
    if (
      colons >= 3 &&
      (directive || (nameEnd > index + colons && ADMONITIONS.includes(name.toLowerCase())))
    )
      return {kind: 'container', marker, name, nameEnd};
    if (colons >= 3 && isRestBlank(text, index + colons))
      return {kind: 'container-end', marker, name: '', nameEnd};
    return {kind: 'other'};
  }
  const first = text[index];
  let onlyUnderline = first === '=' || first === '-';
  let delimiter = true;
  let pipe = false;
  let dash = false;
  let trailingSpace = false;
  for (; index < text.length && text[index] !== '\n' && text[index] !== '\r'; index += 1) {
    const char = text[index]!;
    if (char === ' ' || char === '\t') {
      trailingSpace = true;
    } else {
      if (trailingSpace || char !== first) onlyUnderline = false;
      if (char === '|') pipe = true;
      else if (char === '-') dash = true;
      else if (char !== ':') delimiter = false;
    }
  }
  if (onlyUnderline) return {kind: 'underline'};
  if (delimiter && pipe && dash) return {kind: 'delimiter-row'};
  return {kind: 'other'};
}

/** Whether the line holds only spaces from `start` on. */
function isRestBlank(text: string, start: number): boolean {
  for (
    let index = start;
    index < text.length && text[index] !== '\n' && text[index] !== '\r';
    index += 1
  ) {
    if (text[index] !== ' ' && text[index] !== '\t') return false;
  }
  return true;
}

/**
 * Reads the start of a line: how many block quotes and list items open on it
 * (CommonMark container blocks), with the spaces between them.
 * @returns the nesting and the index after the markers and spaces
 */
function lineStart(text: string, start: number): {nesting: number; end: number} {
  let index = start;
  let nesting = 0;
  for (;;) {
    const char = text[index];
    if (char === ' ' || char === '\t') {
      index += 1;
    } else if (char === '>') {
      nesting += 1;
      index += 1;
    } else if (
      (char === '-' || char === '+' || char === '*') &&
      (text[index + 1] === ' ' || text[index + 1] === '\t')
    ) {
      nesting += 1;
      index += 1;
    } else {
      // An ordered list marker: up to nine digits, then . or ) and a space.
      let digits = 0;
      while (digits < 10 && text[index + digits]! >= '0' && text[index + digits]! <= '9')
        digits += 1;
      const after = text[index + digits];
      if (
        digits > 0 &&
        digits < 10 &&
        (after === '.' || after === ')') &&
        (text[index + digits + 1] === ' ' || text[index + digits + 1] === '\t')
      ) {
        nesting += 1;
        index += digits + 1;
      } else {
        return {nesting, end: index};
      }
    }
  }
}
