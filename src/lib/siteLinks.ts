import fs from 'node:fs';
import {translationPlacement} from './i18n/translations';
import path from 'node:path';
import type {SiteLinkRef} from './siteLinkRefs';
import {makeProblem, type Problem} from './problems';
import {sitePaths} from './sitePaths';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `/directory/<city>` and `/directory/<city>/<org>` (src/lib/sitePaths). */
const DIRECTORY_PAGE = new RegExp(`^${escapeRegExp(sitePaths.directory())}/([^/]+)(?:/([^/]+))?$`);
/** `/docs/<id>`. */
const DOC_PAGE = new RegExp(`^${escapeRegExp(sitePaths.doc(''))}(.+)$`);

/**
 * Broken-link check for contributed Markdown, run by the validator so that a
 * contributor sees a broken link with its file and line before the build
 * (whose own check, `onBrokenLinks: 'throw'`, stays as the last word).
 */

/** What exists on the site, as far as contributed content can link to it. */
export type SiteIndex = {
  contentDir: string;
  cities: Set<string>;
  /** `city/org` pairs. */
  organizations: Set<string>;
};

const FIXED_ROUTES = new Set([
  '/',
  sitePaths.directory(),
  '/search',
  '/blog',
  '/blog/archive',
  '/blog/tags',
  '/blog/authors',
  sitePaths.playbooks(),
  '/contribute',
  '/stats',
  '/data',
  '/compare',
  '/start-here',
  '/translations',
  '/mirrors',
]);

/**
 * Checks every internal link and image of a Markdown file.
 * @param links - the file's links (`siteLinkRefs`)
 * @param file - path relative to the content folder
 * @param index - what exists
 * @returns one `broken-link` error per link whose target does not exist
 */
export function checkSiteLinks(
  links: readonly SiteLinkRef[],
  file: string,
  index: SiteIndex,
): Problem[] {
  const problems: Problem[] = [];
  for (const {kind, url, line, column} of links) {
    const target = decodedPath(url);
    // A malformed escape is the safety rule's to report (bad-url), once.
    if (!target) continue;
    const resolved = path.resolve(index.contentDir, path.dirname(file), target);
    // A path leaving the content folder is the safety rule's to report (path-escape).
    if (!target.startsWith('/') && path.relative(index.contentDir, resolved).startsWith('..'))
      continue;
    const exists = target.startsWith('/')
      ? routeExists(target, index)
      : fs.existsSync(resolved) ||
        (kind === 'link' && /\.md$/i.test(target) && existsBesideOriginal(file, target, index));
    if (!exists) {
      problems.push(
        makeProblem({file, line, column}, kind, 'broken-link', {
          code: target.startsWith('/') ? 'broken-link.site' : 'broken-link.relative',
          values: {url},
        }),
      );
    }
  }
  return problems;
}

/** The path part of a link, percent-decoded (RFC 3986 section 2.1); null when a `%` does not start a valid escape. */
function decodedPath(url: string): string | null {
  try {
    return decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
}

/**
 * A translation may link to a page that is not translated yet: the build resolves a link to a `.md`
 * file against the original's folder (src/plugins/content-guard/remarkLocalizedLinks.ts) and the
 * reader gets the English page (with its "not yet translated" note). Images and other files are
 * resolved from the translation's own folder only, so they must exist there.
 */
function existsBesideOriginal(file: string, target: string, index: SiteIndex): boolean {
  const placement = translationPlacement(file);
  return (
    placement !== null &&
    fs.existsSync(path.resolve(index.contentDir, path.dirname(placement.originalFile), target))
  );
}

function routeExists(route: string, index: SiteIndex): boolean {
  const clean = route.replace(/\/+$/, '') || '/';
  if (FIXED_ROUTES.has(clean)) return true;
  // Blog post URLs come from dates and slugs; the build's own link check judges them.
  if (/^\/blog\/(\d{4}\/|tags\/|authors\/)/.test(clean)) return true;
  const directory = DIRECTORY_PAGE.exec(clean);
  if (directory)
    return directory[2]
      ? index.organizations.has(`${directory[1]}/${directory[2]}`)
      : index.cities.has(directory[1]!);
  const doc = DOC_PAGE.exec(clean);
  if (doc) {
    const base = path.join(index.contentDir, 'docs', doc[1]!);
    return fs.existsSync(`${base}.md`) || fs.existsSync(path.join(base, 'index.md'));
  }
  return fs.existsSync(path.join(index.contentDir, 'static', clean));
}

/**
 * Checks that a blog post's authors and tags are defined in blog/authors.yml
 * and blog/tags.yml (the build refuses inline authors and tags; the post
 * schema refuses an author written inline as an object).
 * @param frontMatter - the post's front matter
 * @param defined - keys of authors.yml and tags.yml
 * @param locate - line and column of a front matter field
 * @param file - path relative to the content folder
 */
export function checkBlogKeys(
  frontMatter: Record<string, unknown>,
  defined: {authors: Set<string>; tags: Set<string>},
  locate: (path: readonly PropertyKey[]) => {line: number; column: number},
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const list = (value: unknown) =>
    Array.isArray(value) ? value : value === undefined ? [] : [value];
  list(frontMatter.authors).forEach((author, i) => {
    // An author written inline (an object) is refused by the post's front matter schema (schema/post.ts).
    if (typeof author === 'string' && !defined.authors.has(author)) {
      problems.push(
        makeProblem(
          {file, ...locate(['authors', i])},
          `front matter.authors[${i}]`,
          'unknown-author',
          {
            code: 'unknown-author.key',
            values: {author, keys: [...defined.authors].join(', ')},
          },
        ),
      );
    }
  });
  list(frontMatter.tags).forEach((tag, i) => {
    if (typeof tag === 'string' && !defined.tags.has(tag)) {
      problems.push(
        makeProblem({file, ...locate(['tags', i])}, `front matter.tags[${i}]`, 'unknown-tag', {
          code: 'unknown-tag.key',
          values: {tag, keys: [...defined.tags].join(', ')},
        }),
      );
    }
  });
  return problems;
}
