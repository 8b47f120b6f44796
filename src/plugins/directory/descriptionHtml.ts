import type {Root} from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/**
 * Renders an organisation's Markdown description to HTML at build time.
 * The validator has already refused raw HTML and unsafe links; raw HTML is
 * still dropped (remark-rehype) and the result sanitised (rehype-sanitize,
 * GitHub's allow-list) as a second line of defence.
 * @param markdown - the description text
 * @returns an HTML fragment
 */
export function renderDescription(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * Renders an already parsed (and possibly rewritten) Markdown tree with the
 * same pipeline and sanitiser as `renderDescription`: used for playbook
 * sections on the comparison page.
 * @param tree - an mdast root (it is not modified)
 * @returns an HTML fragment
 */
export function renderMarkdownTree(tree: Root): string {
  return processor.stringify(processor.runSync(structuredClone(tree)));
}
