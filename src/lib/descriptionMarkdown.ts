import type {Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

/**
 * The one Markdown reading of an organisation's prose (description, summary,
 * policy summary): CommonMark with GitHub's extensions (tables, strikethrough,
 * autolinks, footnotes), and no directives. The validator checks the tree
 * this parser makes and the build renders the same tree
 * (src/plugins/directory/descriptionHtml.ts builds on this factory), so no
 * text can be checked as one thing and published as another (attack finding
 * F4: a directive's attribute was checked as text, then rendered as a link).
 * Directive syntax is refused in these fields before parsing
 * (markdownLimits.ts, `directives: 'none'`).
 */

/**
 * A new unified processor that parses prose Markdown; add plugins to render it.
 * @returns a processor with remark-parse and remark-gfm, nothing else
 */
export function createProseMarkdownProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}

const parser = createProseMarkdownProcessor();

/**
 * Parses prose Markdown exactly as the build reads it for rendering.
 * @param text - the field's text
 * @returns the mdast tree (positions relative to the text)
 */
export function parseProseMarkdown(text: string): Root {
  return parser.parse(text);
}
