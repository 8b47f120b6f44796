/**
 * Splits a Markdown document into the parts that become search records: the
 * text before the first `##` heading, then one part per `##` section (deeper
 * headings stay inside their section). Anchors are the heading ids
 * Docusaurus gives the rendered page, so `url#anchor` lands on the heading.
 */
import type {Heading, Root, RootContent, Yaml} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit, SKIP} from 'unist-util-visit';
import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import {parse as parseYaml} from 'yaml';
import {parseMarkdown} from '../../lib/markdownFile';

/** One part of a document. `heading`/`anchor` are null for the text before the first `##`. */
export type DocumentSection = {heading: string | null; anchor: string | null; text: string};

/** A parsed Markdown document: its front matter (unvalidated) and its sections in order. */
export type SplitDocument = {frontMatter: Record<string, unknown>; sections: DocumentSection[]};

/** Block nodes whose text is kept as one run; their inline children are joined without breaks. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

/**
 * The readable text of some mdast nodes: each paragraph, heading, table cell
 * or code block becomes one line, so list items and cells do not run together.
 * @param nodes - mdast nodes (blocks)
 * @returns plain text, lines separated by `\n`, whitespace collapsed inside lines
 */
export function blockText(nodes: readonly RootContent[]): string {
  const lines: string[] = [];
  for (const node of nodes) {
    visit(node, (child) => {
      if (!TEXT_BLOCKS.has(child.type)) return undefined;
      const line = toString(child).replace(/\s+/g, ' ').trim();
      if (line) lines.push(line);
      return SKIP;
    });
  }
  return lines.join('\n');
}

/**
 * Heading ids exactly as Docusaurus's `headings` remark plugin assigns them
 * (`@docusaurus/mdx-loader`, `remark/headings`): an explicit `{#id}` wins,
 * otherwise github-slugger over the heading text, one slugger per document,
 * visiting every heading (all depths) in document order.
 * @param tree - the parsed document
 * @returns id of every heading node, in a map keyed by node
 */
export function headingIds(tree: Root): Map<Heading, string> {
  const slugger = createSlugger();
  const ids = new Map<Heading, string>();
  visit(tree, 'heading', (heading: Heading) => {
    const text = toString(heading.children.filter((child) => child.type !== 'html'));
    const explicit = parseMarkdownHeadingId(text, 'classic');
    ids.set(heading, explicit.id ?? slugger.slug(text, {maintainCase: false}));
  });
  return ids;
}

/**
 * Parses a Markdown file (front matter included) and splits it at its `##` headings.
 * @param markdown - the whole file
 * @returns front matter (`{}` when missing or not a map) and the sections;
 *   the first section (heading null) is present only when it has text
 */
export function splitDocument(markdown: string): SplitDocument {
  const tree = parseMarkdown(markdown);
  const ids = headingIds(tree);
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  let frontMatter: Record<string, unknown> = {};
  if (yamlNode) {
    try {
      const data: unknown = parseYaml(yamlNode.value);
      if (data && typeof data === 'object' && !Array.isArray(data))
        frontMatter = data as Record<string, unknown>;
    } catch {
      // The validator reports broken front matter; here it only means "no title".
    }
  }
  const sections: DocumentSection[] = [];
  let current: {heading: Heading | null; nodes: RootContent[]} = {heading: null, nodes: []};
  const close = () => {
    const text = blockText(current.nodes);
    if (current.heading === null) {
      if (text) sections.push({heading: null, anchor: null, text});
      return;
    }
    const heading = parseMarkdownHeadingId(toString(current.heading), 'classic').text.trim();
    sections.push({heading, anchor: ids.get(current.heading) ?? null, text});
  };
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && node.depth === 2) {
      close();
      current = {heading: node, nodes: []};
      continue;
    }
    current.nodes.push(node);
  }
  close();
  return {frontMatter, sections};
}
