import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {mayPointIntoSite} from '../../lib/siteLinkRefs';

/**
 * Remark plugin (`beforeDefaultRemarkPlugins` of the docs and blog plugins)
 * that points relative Markdown links at the page that is actually
 * published in the locale being built.
 *
 * Docusaurus resolves `[x](other.md)` only against files that are the
 * source of a page in the current locale. A translated page's source is its
 * file under `i18n/<locale>/…`; an untranslated one's is the English file.
 * So an English page linking to a translated one, or a translation linking
 * to an untranslated one, would be a broken link in that locale
 * (`resolveMarkdownLinkPathname` in @docusaurus/utils tries only the
 * linking file's folder). This plugin rewrites such links to the published
 * file, as a path relative to the linking file, so every locale builds while
 * contributors keep writing the same link in every language.
 *
 * The locale comes from `DOCUSAURUS_CURRENT_LOCALE`, which `docusaurus
 * build` and `start` set for each locale they build.
 * @param options.contentDir - absolute folder of the contributed content
 * @param options.defaultLocale - the source language (`en`)
 */
export default function remarkLocalizedLinks(options: {contentDir: string; defaultLocale: string}) {
  const roots = (locale: string) => [
    {
      original: path.join(options.contentDir, 'docs'),
      localized: path.join(
        options.contentDir,
        'i18n',
        locale,
        'docusaurus-plugin-content-docs',
        'current',
      ),
    },
    {
      original: path.join(options.contentDir, 'blog'),
      localized: path.join(options.contentDir, 'i18n', locale, 'docusaurus-plugin-content-blog'),
    },
  ];
  return (tree: Root, file: VFile) => {
    const locale = process.env.DOCUSAURUS_CURRENT_LOCALE;
    if (!file.path || !locale) return;
    const fileDir = path.dirname(file.path);
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = node.url;
      // Site-absolute links (`/docs/…`) are routes, not files: only relative file links are resolved.
      if (!mayPointIntoSite(url) || url.startsWith('/')) return;
      const [pathname, suffix = ''] = splitSuffix(url);
      if (!/\.md$/i.test(pathname)) return;
      let target: string;
      try {
        target = path.resolve(fileDir, decodeURIComponent(pathname));
      } catch {
        return; // a malformed address: the content guard reports it
      }
      const published = publishedFile(target, roots(locale), locale !== options.defaultLocale);
      if (!published || published === target) return;
      const relative = path.relative(fileDir, published).split(path.sep).join('/');
      // Encoded again: Docusaurus decodes the link before resolving it.
      node.url = `${encodeURI(relative.startsWith('.') ? relative : `./${relative}`)}${suffix}`;
    });
  };
}

/**
 * Splits a link's path from its query and fragment.
 * @param url - e.g. `a.md?x#b`
 * @returns e.g. [`a.md`, `?x#b`]
 */
function splitSuffix(url: string): [string, string?] {
  const index = url.search(/[?#]/);
  return index === -1 ? [url] : [url.slice(0, index), url.slice(index)];
}

/** The file that publishes `target`'s page in this locale: its translation when there is one, else the original. */
function publishedFile(
  target: string,
  roots: {original: string; localized: string}[],
  translated: boolean,
): string | undefined {
  for (const {original, localized} of roots) {
    const inside = (folder: string) => {
      const relative = path.relative(folder, target);
      return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative;
    };
    const relative = inside(original) ?? inside(localized);
    if (relative === undefined) continue;
    const candidates = translated
      ? [path.join(localized, relative), path.join(original, relative)]
      : [path.join(original, relative)];
    return candidates.find((candidate) => fs.existsSync(candidate));
  }
  return undefined;
}
