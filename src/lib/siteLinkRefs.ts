/**
 * The links of a Markdown file that may lead to a page of this site, as plain data: the
 * broken-link check (siteLinks.ts) needs only these, so a remembered check result keeps them
 * instead of the file's tree. No Node modules here: the contribute form runs the Markdown checks
 * in the browser.
 */
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';

/** A link, image or link definition of a Markdown file whose target may be a page of this site. */
export type SiteLinkRef = {
  kind: 'link' | 'image';
  /** The target as written (not decoded). */
  url: string;
  /** 1-based position of the link in the file. */
  line: number;
  column: number;
};

/**
 * Whether a link's target may be a file or page of this site: not another scheme (`https:`,
 * `mailto:`…), not `//host`, not an anchor on the same page, not Docusaurus's `@site/` alias.
 * @param url - the target as written
 */
export function mayPointIntoSite(url: string): boolean {
  return !(
    /^[a-z][a-z0-9+.-]*:/i.test(url) ||
    url.startsWith('//') ||
    url.startsWith('#') ||
    url.startsWith('@site/')
  );
}

/**
 * The links, images and link definitions of a Markdown tree that point into the site (not another
 * scheme, not `//host`, not `#anchor`, not `@site/`): what `checkSiteLinks` judges. Plain data, so
 * a file's links can be kept with its cached check result instead of its tree.
 * @param tree - the file's mdast
 * @returns the links in document order
 */
export function siteLinkRefs(tree: Root): SiteLinkRef[] {
  const refs: SiteLinkRef[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const url = node.url;
    if (!mayPointIntoSite(url)) return;
    refs.push({
      kind: node.type === 'image' ? 'image' : 'link',
      url,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    });
  });
  return refs;
}
