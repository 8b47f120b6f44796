import type {Check} from './check';
import {makeProblem, type Problem} from '../problems';

/**
 * The names of Markdown files and of their folders are slugs, because they
 * become page addresses and ids: a space or a capital in a playbook's name
 * gives it an address with %20, and the freshness bot, which keys its issues
 * by that id, would open a new issue every week. Checked for docs/, blog/
 * and their translations under i18n/<locale>/. Files whose name starts with
 * `_` (such as `_category_.yml`) are not Markdown and not checked here.
 *
 * Docs: every folder and the file name (without .md) is a slug.
 * Blog posts: `YYYY-MM-DD-slug.md` or `YYYY-MM-DD-slug/index.md`, with a real date
 * (the date gives the post its address and its order).
 */

/** A slug: lowercase letters and digits, single hyphens between them. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATED = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/;

/** Where Markdown pages live: the content root (docs or blog) of a path, and the path inside it. */
const ROOTS: [RegExp, 'docs' | 'blog'][] = [
  [/^docs\/(.+)$/, 'docs'],
  [/^blog\/(.+)$/, 'blog'],
  [/^i18n\/[^/]+\/docusaurus-plugin-content-docs\/current\/(.+)$/, 'docs'],
  [/^i18n\/[^/]+\/docusaurus-plugin-content-blog\/(.+)$/, 'blog'],
];

/**
 * Turns a name into a slug, for the fix: accents dropped, lowercase, every
 * run of other characters one hyphen.
 * @param name - a file or folder name without extension
 * @returns e.g. `Rapid Response Plan` → `rapid-response-plan` (`page` when nothing is left)
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'page';
}

/**
 * Checks the names of Markdown files and their folders.
 * @param files - contributed files relative to the site root (non-Markdown files are skipped)
 * @returns one `file-name` error per badly named file, with the proposed path in the fix
 */
export function checkContentFileNames(files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.endsWith('.md')) continue;
    const root = ROOTS.map(([pattern, kind]) => ({kind, match: pattern.exec(file)})).find(
      (candidate) => candidate.match,
    );
    if (!root?.match) continue;
    const inside = root.match[1]!;
    const prefix = file.slice(0, file.length - inside.length);
    const proposal = root.kind === 'docs' ? docPath(inside) : postPath(inside);
    if (proposal === inside) continue;
    problems.push(
      makeProblem({file}, '(file)', 'file-name', {
        code: root.kind === 'docs' ? 'file-name.docs' : 'file-name.post',
        values: {name: inside, proposal: `${prefix}${proposal}`},
      }),
    );
  }
  return problems;
}

/** The slugged form of a doc's path inside docs/. */
function docPath(inside: string): string {
  const parts = inside.replace(/\.md$/, '').split('/');
  return `${parts.map((part) => (SLUG.test(part) ? part : slugify(part))).join('/')}.md`;
}

/** The slugged form of a post's path inside blog/ (a dated file, or a dated folder with index.md). */
function postPath(inside: string): string {
  const parts = inside.replace(/\.md$/, '').split('/');
  const folderPost = parts.length === 2 && parts[1] === 'index';
  const name = folderPost ? parts[0]! : parts.at(-1)!;
  const dated = DATED.exec(name);
  const date =
    dated && isCalendarDate(+dated[1]!, +dated[2]!, +dated[3]!)
      ? `${dated[1]}-${dated[2]}-${dated[3]}`
      : 'YYYY-MM-DD';
  const slug = dated ? (SLUG.test(dated[4]!) ? dated[4]! : slugify(dated[4]!)) : slugify(name);
  return folderPost ? `${date}-${slug}/index.md` : `${date}-${slug}.md`;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The names of the Markdown files that are read (not refused links, not files refused by their place under i18n/). */
export const fileNamesCheck: Check<'listed' | 'symlinks' | 'i18nRefused'> = {
  id: 'file-names',
  reads: ['listed', 'symlinks', 'i18nRefused'],
  run: ({listed, symlinks, i18nRefused}) =>
    checkContentFileNames(listed.filter((f) => !symlinks.has(f) && !i18nRefused.has(f))),
};
