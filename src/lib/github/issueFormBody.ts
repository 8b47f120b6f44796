import type {Heading, Nodes, Paragraph, Root, RootContent} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {CodeOf, ProblemCode, ProblemValues} from '../checks/problemTexts';
import type {RuleId} from '../checks/ruleIds';
import {makeProblem} from '../problems';
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

/**
 * A flaw of the submission itself (not of the generated file), with a stable rule id, its catalogue code and
 * values (checks/texts/workflow.ts) and the English message and fix written from them.
 */
export type FormProblem = {
  field: string;
  rule: RuleId;
  message: string;
  fix: string;
  code: ProblemCode;
  values: ProblemValues;
};

/**
 * A form problem from its catalogue code.
 * @param field - the question's label, or `(issue body)`
 * @param rule - the rule id
 * @param code - a code of that rule
 * @param values - the values its texts quote
 */
export function formProblem<R extends RuleId>(
  field: string,
  rule: R,
  code: CodeOf<R>,
  values: ProblemValues = {},
): FormProblem {
  const {message, fix} = makeProblem({file: ''}, field, rule, {code, values});
  return {field, rule, message, fix, code, values};
}

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

/**
 * The catalogue code of each Markdown node an answer must not contain (a code block has a rule of its own;
 * anything else: `form-markup.other`).
 */
const WHAT: Record<string, CodeOf<'form-markup'>> = {
  heading: 'form-markup.heading',
  list: 'form-markup.list',
  blockquote: 'form-markup.blockquote',
  table: 'form-markup.table',
  thematicBreak: 'form-markup.thematic-break',
  definition: 'form-markup.definition',
  footnoteDefinition: 'form-markup.footnote',
  footnoteReference: 'form-markup.footnote',
  emphasis: 'form-markup.emphasis',
  strong: 'form-markup.strong',
  delete: 'form-markup.delete',
  inlineCode: 'form-markup.inline-code',
  link: 'form-markup.link',
  linkReference: 'form-markup.link-reference',
  image: 'form-markup.image',
  imageReference: 'form-markup.image',
};

/** What an answer contains that GitHub shows differently: a node's code, or `other` with its node type. */
type Flaw = {code: CodeOf<'form-markup'>; values: ProblemValues} | {code: 'form-html.contains'};

/** The flaw of a Markdown node type. */
const flawOf = (type: string): Flaw =>
  WHAT[type] ? {code: WHAT[type]!, values: {}} : {code: 'form-markup.other', values: {node: type}};

/**
 * A code block in an answer, fenced (```, ~~~, with or without an info string, however indented) or
 * indented by four spaces. GitHub does not always show a code block as text: ```geojson and ```topojson
 * draw a map, ```mermaid a diagram, ```math a formula, ```stl a 3D model
 * (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams),
 * so a contact line inside one is hidden from the maintainer who approves the issue. No answer of a
 * form needs one (no question uses `render:`), so every code block is refused, whatever its info string.
 */
export const CODE_BLOCK_PROBLEM = {rule: 'form-code-block', code: 'form-code-block.found'} as const;

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
  const notPlain = (paragraph: Paragraph): Flaw | undefined => {
    for (const child of paragraph.children) {
      if (child.type === 'text' || child.type === 'break') continue;
      // A bare URL or e-mail address (GFM autolink literal) is shown as written.
      const literal =
        child.type === 'link' &&
        child.children.every((part) => part.type === 'text') &&
        slice(child) === renderedText(child);
      if (literal) continue;
      return flawOf(child.type);
    }
    if (squash(slice(paragraph)) !== squash(renderedText(paragraph))) {
      return {code: 'form-markup.escape', values: {}};
    }
    return MATH.test(slice(paragraph)) ? {code: 'form-markup.math', values: {}} : undefined;
  };

  /** The answer under one question, or a flaw. */
  const readAnswer = (label: string, nodes: RootContent[]): string | undefined => {
    if (nodes.length === 0) return '';
    const raw = slice(nodes[0]!, nodes.at(-1)!).trim();
    if (raw === '_No response_') return '';
    const shape = spec.shapes?.[label] ?? 'text';
    const refuse = (flaw: Flaw) => {
      problems.push(
        flaw.code === 'form-html.contains'
          ? formProblem(label, 'form-html', flaw.code)
          : formProblem(label, 'form-markup', flaw.code, flaw.values),
      );
      return undefined;
    };
    // HTML first: it is what hides text, wherever it sits.
    if (nodes.some(containsHtml)) return refuse({code: 'form-html.contains'});
    const lines: string[] = [];
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const flaw = notPlain(node);
        if (flaw) return refuse(flaw);
        lines.push(slice(node));
      } else if (node.type === 'code') {
        problems.push(formProblem(label, CODE_BLOCK_PROBLEM.rule, CODE_BLOCK_PROBLEM.code));
        return undefined;
      } else if (node.type === 'list' && shape === 'checkboxes' && nodes.length === 1) {
        for (const item of node.children) {
          const [paragraph, ...rest] = item.children;
          const isBox =
            typeof item.checked === 'boolean' &&
            paragraph?.type === 'paragraph' &&
            rest.length === 0;
          if (!isBox) return refuse({code: 'form-markup.not-checkbox', values: {}});
          const flaw = notPlain(paragraph);
          if (flaw) return refuse(flaw);
        }
        lines.push(raw);
      } else {
        return refuse(flawOf(node.type));
      }
    }
    const value = lines.join('\n').trim();
    if (INVISIBLE_OR_BIDI.test(value)) {
      problems.push(formProblem(label, 'form-invisible', 'form-invisible.found'));
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
    const text = excerpt(slice(preamble[0]!, preamble.at(-1)!));
    problems.push(
      formProblem('(issue body)', 'form-extra-text', 'form-extra-text.before-questions', {text}),
    );
  }
  const comparable = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/[\p{Cf}\p{Z}\s*_`\\#]+/gu, '')
      .toLowerCase();
  for (const {label, nodes} of sections) {
    if (!spec.labels.includes(label)) {
      const near = spec.labels.find((known) => comparable(known) === comparable(label));
      const field = excerpt(label) || '(empty heading)';
      const rule = 'form-unknown-question';
      problems.push(
        near
          ? formProblem(field, rule, 'form-unknown-question.near', {question: near})
          : formProblem(field, rule, 'form-unknown-question.unknown'),
      );
      continue;
    }
    if (answers.has(label)) {
      const values = {question: label};
      problems.push(
        formProblem(label, 'form-repeated-question', 'form-repeated-question.twice', values),
      );
      continue;
    }
    const value = readAnswer(label, nodes);
    answers.set(label, value ?? '');
  }
  for (const label of spec.labels) {
    if (!sections.some((section) => section.label === label)) {
      const values = {question: label};
      problems.push(
        formProblem(label, 'form-missing-question', 'form-missing-question.missing', values),
      );
    }
  }
  return {answers, problems};
}
