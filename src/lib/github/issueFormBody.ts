import type {Heading, Nodes, Paragraph, Root, RootContent} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {INVISIBLE_OR_BIDI} from '../schema/common';

/**
 * Reads the answers of a GitHub issue form back from the issue body, and
 * refuses a body whose rendered view (what a maintainer reads before adding
 * `approved`) could differ from what the bot reads.
 *
 * GitHub renders a form submission as `### <label>`, a blank line and the
 * answer, `_No response_` when empty, checkboxes as `- [X] <label>`
 * (https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms).
 * The issue's author can edit that text afterwards. So the body is parsed
 * as GitHub parses it (CommonMark + GFM: remark-parse and remark-gfm), not
 * split on "###": a heading inside a code block is code, a heading with a
 * closing `###` or trailing spaces is the same heading, CRLF is a line
 * break. Then anything GitHub shows differently from its source is refused:
 * HTML (comments and `<details>` hide text), link definitions (not shown),
 * formatting, escapes and entities, headings that are not questions of the
 * form, a question asked twice, invisible or direction-changing characters.
 */

/** A flaw of the submission itself (not of the generated file), with a stable rule id. */
export type FormProblem = {field: string; rule: string; message: string; fix: string};

/**
 * How an answer may be written:
 * - `text`: plain paragraphs (inputs, dropdowns, plain textareas);
 * - `lines`: plain paragraphs, read line by line;
 * - `checkboxes`: one task list, `- [X] <label>` per box.
 * No shape accepts a code block: see {@link CODE_BLOCK_PROBLEM}.
 */
export type AnswerShape = 'text' | 'lines' | 'checkboxes';

/** The questions of a form: labels in order, and the shape of each answer (default `text`). */
export type IssueFormSpec = {
  labels: readonly string[];
  shapes?: Readonly<Record<string, AnswerShape>>;
};

/** Answers by label (`''` for `_No response_`), and every flaw found. */
export type ParsedIssueForm = {answers: Map<string, string>; problems: FormProblem[]};

const WHAT: Record<string, string> = {
  heading: 'a heading',
  code: 'a code block',
  list: 'a list',
  blockquote: 'a quotation (">")',
  table: 'a table',
  thematicBreak: 'a horizontal rule',
  definition: 'a link definition ("[x]: …"), which GitHub does not show',
  footnoteDefinition: 'a footnote',
  footnoteReference: 'a footnote',
  html: 'HTML, which GitHub hides or shows differently (comments, <details>, tags)',
  emphasis: 'emphasis (*…* or _…_)',
  strong: 'bold text (**…**)',
  delete: 'strikethrough (~~…~~)',
  inlineCode: 'inline code (`…`)',
  link: 'a link written in Markdown ([…](…) or <…>)',
  linkReference: 'a link written in Markdown ([…][…])',
  image: 'an image',
  imageReference: 'an image',
};

/**
 * A code block in an answer, fenced (```, ~~~, with or without an info string, however indented) or
 * indented by four spaces. GitHub does not always show a code block as text: ```geojson and ```topojson
 * draw a map, ```mermaid a diagram, ```math a formula, ```stl a 3D model
 * (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams),
 * so a contact line inside one is hidden from the maintainer who approves the issue. No answer of a
 * form needs one (no question uses `render:`), so every code block is refused, whatever its info string.
 */
export const CODE_BLOCK_PROBLEM = {
  rule: 'form-code-block',
  message:
    'contains a code block (text between ``` or ~~~ fences, or lines indented by four spaces). GitHub draws some ' +
    'code blocks as a map, a diagram or a formula (```geojson, ```mermaid, ```math), which hides the text from the ' +
    'maintainer who approves the issue.',
  fix:
    'Edit the issue and write the answer as plain lines: remove the ``` or ~~~ lines around it and the spaces ' +
    'at the start of each line, e.g. "hotline | need-help | +13125550142".',
} as const;

const PLAIN_FIX =
  'Edit the issue and write the answer as plain text: GitHub shows Markdown formatting, links, ' +
  'escapes and HTML differently from the text the bot would write into the file.';

/** The text a reader sees in a run of inline nodes (links by their text; a line break as a space). */
function renderedText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(renderedText).join('');
  return 'value' in node ? String(node.value) : '';
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * GitHub's math (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/writing-mathematical-expressions):
 * `$$`, `` $` ``, or `$…$` whose content neither starts nor ends with a space and whose closing `$`
 * is not followed by a digit (so "$5 to $10" stays text). Not part of GFM, so the parser keeps it as text.
 */
const MATH = /\$\$|\$`|\$(?=[^\s$])(?:[^$\n]*[^\s$])?\$(?!\d)/;

/** Whether a node is or contains raw HTML. */
function containsHtml(node: Nodes): boolean {
  return (
    node.type === 'html' || ('children' in node && (node.children as Nodes[]).some(containsHtml))
  );
}

/**
 * Parses and checks an issue-form body.
 * @param body - the issue body as GitHub stores it (any line endings)
 * @param spec - the form's labels and answer shapes
 * @returns the answers and every flaw; when there is a flaw, the answers must not be used
 */
export function readIssueForm(body: string, spec: IssueFormSpec): ParsedIssueForm {
  const source = body.replace(/\r\n?/g, '\n');
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(source);
  const answers = new Map<string, string>();
  const problems: FormProblem[] = [];
  const slice = (from: Nodes, to: Nodes = from) =>
    source.slice(from.position?.start.offset ?? 0, to.position?.end.offset ?? 0);
  const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

  /** Why a paragraph does not render as its own source, or undefined when it does. */
  const notPlain = (paragraph: Paragraph): string | undefined => {
    for (const child of paragraph.children) {
      if (child.type === 'text' || child.type === 'break') continue;
      // A bare URL or e-mail address (GFM autolink literal) is shown as written.
      const literal =
        child.type === 'link' &&
        child.children.every((part) => part.type === 'text') &&
        slice(child) === renderedText(child);
      if (literal) continue;
      return WHAT[child.type] ?? child.type;
    }
    if (squash(slice(paragraph)) !== squash(renderedText(paragraph))) {
      return 'a Markdown escape (\\…) or an HTML entity (&…;), which GitHub shows as another character';
    }
    return MATH.test(slice(paragraph))
      ? 'math ($…$ or $$…$$), which GitHub draws as a formula (and can hide text in)'
      : undefined;
  };

  /** The answer under one question, or a flaw. */
  const readAnswer = (label: string, nodes: RootContent[]): string | undefined => {
    if (nodes.length === 0) return '';
    const raw = slice(nodes[0]!, nodes.at(-1)!).trim();
    if (raw === '_No response_') return '';
    const shape = spec.shapes?.[label] ?? 'text';
    const refuse = (what: string) => {
      const rule = what.startsWith('HTML') ? 'form-html' : 'form-markup';
      problems.push({field: label, rule, message: `contains ${what}.`, fix: PLAIN_FIX});
      return undefined;
    };
    // HTML first: it is what hides text, wherever it sits.
    if (nodes.some(containsHtml)) return refuse(WHAT.html!);
    const lines: string[] = [];
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const flaw = notPlain(node);
        if (flaw) return refuse(flaw);
        lines.push(slice(node));
      } else if (node.type === 'code') {
        problems.push({field: label, ...CODE_BLOCK_PROBLEM});
        return undefined;
      } else if (node.type === 'list' && shape === 'checkboxes' && nodes.length === 1) {
        for (const item of node.children) {
          const [paragraph, ...rest] = item.children;
          const isBox =
            typeof item.checked === 'boolean' &&
            paragraph?.type === 'paragraph' &&
            rest.length === 0;
          if (!isBox) return refuse('a list item that is not a checkbox ("- [X] …")');
          const flaw = notPlain(paragraph);
          if (flaw) return refuse(flaw);
        }
        lines.push(raw);
      } else {
        return refuse(WHAT[node.type] ?? node.type);
      }
    }
    const value = lines.join('\n').trim();
    if (INVISIBLE_OR_BIDI.test(value)) {
      problems.push({
        field: label,
        rule: 'form-invisible',
        message:
          'contains invisible or text-direction control characters, which can make the answer read differently from what it is.',
        fix: 'Retype the answer without copying it from a source that adds hidden characters.',
      });
      return undefined;
    }
    return value;
  };

  const sections: {heading: Heading; label: string; nodes: RootContent[]}[] = [];
  const preamble: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 3) {
      const label = node.children.length ? slice(node.children[0]!, node.children.at(-1)!) : '';
      sections.push({heading: node, label, nodes: []});
    } else {
      (sections.at(-1)?.nodes ?? preamble).push(node);
    }
  }
  if (preamble.length) {
    problems.push({
      field: '(issue body)',
      rule: 'form-extra-text',
      message: `has text before the first question ("${excerpt(slice(preamble[0]!, preamble.at(-1)!))}").`,
      fix: 'Remove the text above the first "###" question: the bot reads only the answers, so maintainers would approve text the bot ignores.',
    });
  }
  const comparable = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/[\p{Cf}\p{Z}\s*_`\\#]+/gu, '')
      .toLowerCase();
  for (const {label, nodes} of sections) {
    if (!spec.labels.includes(label)) {
      const near = spec.labels.find((known) => comparable(known) === comparable(label));
      problems.push({
        field: excerpt(label) || '(empty heading)',
        rule: 'form-unknown-question',
        message: near
          ? `is a "###" heading that looks like the question "${near}" but is not written the same ` +
            '(hidden characters, formatting, other letters or case).'
          : 'is a "###" heading that is not a question of this form; the bot reads every such heading as a question.',
        fix: near
          ? `Write the heading exactly as "### ${near}", or remove it.`
          : 'Remove the heading, or write it as plain text without "###".',
      });
      continue;
    }
    if (answers.has(label)) {
      problems.push({
        field: label,
        rule: 'form-repeated-question',
        message:
          'is asked twice in the issue; the issue shows both answers but the bot would read only one.',
        fix: `Keep one "### ${label}" section with its answer and delete the other.`,
      });
      continue;
    }
    const value = readAnswer(label, nodes);
    answers.set(label, value ?? '');
  }
  for (const label of spec.labels) {
    if (!sections.some((section) => section.label === label)) {
      problems.push({
        field: label,
        rule: 'form-missing-question',
        message: 'is missing from the issue (its "###" heading was removed or changed).',
        fix: `Put back "### ${label}" followed by the answer (or _No response_).`,
      });
    }
  }
  return {answers, problems};
}
