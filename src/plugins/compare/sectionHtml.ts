import path from 'node:path';
import type {Root} from 'mdast';
import type {} from 'mdast-util-directive';
import {visit, SKIP} from 'unist-util-visit';
import {renderMarkdownTree} from '../directory/descriptionHtml';
import {sitePaths} from '../../lib/sitePaths';

/**
 * Turns one extracted playbook section into HTML for the comparison page.
 * Links are rewritten because the section leaves its page: a relative link
 * to another playbook (`verified-hotline.md`) becomes that playbook's page,
 * an in-page anchor points back at the playbook, and site paths get the
 * locale's base URL. Sub-headings become bold paragraphs so the comparison
 * keeps one heading outline; images become their text (the page is a
 * side-by-side reading view, and local image paths would not resolve here).
 */

/** Where the section came from and where it is shown. */
export type SectionContext = {
  /** The playbook's file relative to the content root, e.g. `docs/playbooks/rapid-response/a.md`. */
  file: string;
  /** The playbook's page path without base URL, e.g. `/docs/playbooks/rapid-response/a`. */
  permalink: string;
  /** The locale's base URL, e.g. `/` or `/es/`. */
  baseUrl: string;
};

/**
 * Resolves a link found in a playbook for use on another page.
 * @param url - the link as written
 * @param context - the playbook and the base URL
 * @returns the rewritten URL (https: links and other schemes unchanged)
 */
export function rewriteSectionLink(url: string, context: SectionContext): string {
  const base = context.baseUrl.replace(/\/$/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
  if (url.startsWith('#')) return `${base}${context.permalink}${url}`;
  if (url.startsWith('/')) return `${base}${url}`;
  const [target = '', hash = ''] = url.split(/(?=#)/);
  const resolved = path.posix.normalize(
    path.posix.join(path.posix.dirname(context.file), decodeURI(target)),
  );
  // A translated playbook links like its original: strip the translation folder to find the page.
  const doc =
    /^(?:docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\/(.+?)(?:\.md)?$/.exec(
      resolved,
    );
  return doc ? `${base}${sitePaths.doc(encodeURI(doc[1]!))}${hash}` : `${base}${context.permalink}`;
}

/**
 * Renders a section's tree to sanitised HTML with its links rewritten.
 * @param tree - the section content (not modified)
 * @param context - the playbook and the base URL
 */
export function sectionHtml(tree: Root, context: SectionContext): string {
  const copy = structuredClone(tree);
  visit(copy, (node, index, parent) => {
    if ((node.type === 'link' || node.type === 'definition') && 'url' in node) {
      node.url = rewriteSectionLink(node.url, context);
    } else if (node.type === 'image' && parent && index !== undefined) {
      parent.children.splice(index, 1, {type: 'text', value: node.alt ?? ''});
      return SKIP;
    } else if (
      (node.type === 'textDirective' ||
        node.type === 'leafDirective' ||
        node.type === 'containerDirective') &&
      parent &&
      index !== undefined
    ) {
      // Directives are not used on this site, but their syntax matches ordinary text such as
      // a time ("10:42"); Docusaurus prints them back as text, and so does the comparison.
      const marker = {textDirective: ':', leafDirective: '::', containerDirective: ':::'}[
        node.type
      ];
      const text = {type: 'text' as const, value: `${marker}${node.name}`};
      const replacement =
        node.type === 'textDirective'
          ? [text, ...node.children]
          : [{type: 'paragraph' as const, children: [text]}, ...node.children];
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return index + replacement.length;
    } else if (node.type === 'heading' && parent && index !== undefined) {
      parent.children.splice(index, 1, {
        type: 'paragraph',
        children: [{type: 'strong', children: node.children}],
      });
      return SKIP;
    }
    return undefined;
  });
  return renderMarkdownTree(copy);
}
