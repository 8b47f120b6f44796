import type {Element, Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import rehypeSanitize, {defaultSchema, type Options as SanitizeSchema} from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import {visit} from 'unist-util-visit';
import {createProseMarkdownProcessor} from '../../lib/descriptionMarkdown';

/**
 * What a rendered description may hold: GitHub's allow-list (rehype-sanitize's
 * default schema) without images or form fields, and links to https: pages
 * only (relative site paths and #anchors carry no scheme and stay). The
 * validator refuses everything else already; this is the second line.
 */
export const PROSE_SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => !['img', 'picture', 'source', 'input'].includes(name)),
  protocols: {href: ['https'], cite: ['https']},
};

/**
 * Keeps an address only when it is an https: address or a path of this site:
 * rehype-sanitize reads `//evil.example` (no scheme) as relative, and browsers
 * read `/\evil.example` the same way and drop tabs and line breaks anywhere.
 * @param url - an href as written in the tree (character references already decoded)
 */
export function isAllowedProseHref(url: string): boolean {
  // Control characters and spaces (browsers strip or skip them around and inside schemes).
  if (/[\u0000-\u0020\u007F-\u00A0\u2028\u2029]/.test(url)) return false;
  if (url.startsWith('#')) return true;
  if (url.startsWith('/')) return !/^\/[/\\]/.test(url);
  return /^https:\/\/[^/\\]/i.test(url);
}

/** Drops every href that `isAllowedProseHref` refuses, and any src, after sanitising. */
function rehypeLinkPolicy() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (href !== undefined && (typeof href !== 'string' || !isAllowedProseHref(href))) delete node.properties.href;
      delete node.properties.src;
    });
  };
}

const processor = createProseMarkdownProcessor()
  .use(remarkRehype)
  .use(rehypeSanitize, PROSE_SANITIZE_SCHEMA)
  .use(rehypeLinkPolicy)
  .use(rehypeStringify);

/**
 * Renders an organisation's Markdown description to HTML at build time,
 * parsed by the same processor the validator checks it with
 * (src/lib/descriptionMarkdown.ts). Raw HTML is dropped (remark-rehype), the
 * result sanitised (PROSE_SANITIZE_SCHEMA) and every link not to an https:
 * page or a site path unlinked, as a second line behind the validator.
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
