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
} as const;

/** A shape the parser must not be given, with the line it starts on (1-based, counted in the text given). */
export type MarkdownLimitHit = {line: number; message: string; fix: string};

const PARAGRAPH_FIX = 'Split the paragraph into shorter ones, or remove marks that are not emphasis or links (write them in `code`).';

/**
 * Finds what would make parsing a Markdown text slow or crash, reading it once.
 * @param text - a whole Markdown file (front matter included) or one Markdown field
 * @returns at most one hit per kind (the first place), empty when the text may be parsed
 */
export function markdownLimitHits(text: string): MarkdownLimitHit[] {
  const hits = new Map<string, MarkdownLimitHit>();
  const hit = (kind: string, line: number, message: string, fix: string) => {
    if (!hits.has(kind)) hits.set(kind, {line, message, fix});
  };
  const file = {emphasis: 0, brackets: 0, containers: 0};
  let block = {emphasis: 0, brackets: 0, line: 1};
  let line = 1;
  let atLineStart = true;
  let previous = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    // A carriage return (CRLF line ends) is read as nothing; the line feed after it ends the line.
    if (char === '\r') continue;
    if (char === '\n') {
      // A blank line ends the paragraph.
      if (atLineStart) block = {emphasis: 0, brackets: 0, line: line + 1};
      line += 1;
      atLineStart = true;
      previous = char;
      continue;
    }
    if (atLineStart) {
      const {nesting, end} = lineStart(text, index);
      if (nesting > MARKDOWN_LIMITS.nesting) {
        hit('nesting', line, `Line ${line} nests ${nesting} quotes or lists in one another (at most ${MARKDOWN_LIMITS.nesting}).`, 'Write the text without so many ">" or list markers at the start of the line.');
      }
      file.containers += nesting;
      if (file.containers > MARKDOWN_LIMITS.containers) {
        hit('containers', line, `The text has more than ${MARKDOWN_LIMITS.containers} block quotes and list items (the last counted on line ${line}).`, 'Split the text into several files, or write some lists as paragraphs.');
      }
      // A line of spaces only stays at its start, so that its line feed ends the paragraph.
      atLineStart = end >= text.length || text[end] === '\n' || text[end] === '\r';
      index = end - 1;
      continue;
    }
    // A run of the same mark is one delimiter for the parser.
    if ((char === '*' || char === '_' || char === '~') && previous !== char) {
      block.emphasis += 1;
      file.emphasis += 1;
      if (block.emphasis > MARKDOWN_LIMITS.perBlock) {
        hit('emphasis-block', block.line, `The paragraph starting on line ${block.line} has more than ${MARKDOWN_LIMITS.perBlock} emphasis marks (*, _ or ~).`, PARAGRAPH_FIX);
      }
    } else if (char === '[') {
      block.brackets += 1;
      file.brackets += 1;
      if (block.brackets > MARKDOWN_LIMITS.perBlock) {
        hit('brackets-block', block.line, `The paragraph starting on line ${block.line} has more than ${MARKDOWN_LIMITS.perBlock} opening brackets ([).`, PARAGRAPH_FIX);
      }
    }
    previous = char;
  }
  if (file.emphasis > MARKDOWN_LIMITS.perFile) {
    hit('emphasis-file', 1, `The text has ${file.emphasis} emphasis marks (*, _ or ~); at most ${MARKDOWN_LIMITS.perFile} are read.`, 'Split the text into several files, or remove marks that are not emphasis.');
  }
  if (file.brackets > MARKDOWN_LIMITS.perFile) {
    hit('brackets-file', 1, `The text has ${file.brackets} opening brackets ([); at most ${MARKDOWN_LIMITS.perFile} are read.`, 'Split the text into several files, or remove brackets that are not links.');
  }
  return [...hits.values()];
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
    } else if ((char === '-' || char === '+' || char === '*') && (text[index + 1] === ' ' || text[index + 1] === '\t')) {
      nesting += 1;
      index += 1;
    } else {
      // An ordered list marker: up to nine digits, then . or ) and a space.
      let digits = 0;
      while (digits < 10 && text[index + digits]! >= '0' && text[index + digits]! <= '9') digits += 1;
      const after = text[index + digits];
      if (digits > 0 && digits < 10 && (after === '.' || after === ')') && (text[index + digits + 1] === ' ' || text[index + digits + 1] === '\t')) {
        nesting += 1;
        index += digits + 1;
      } else {
        return {nesting, end: index};
      }
    }
  }
}
