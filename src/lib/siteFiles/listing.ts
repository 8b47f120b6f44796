import fs from 'node:fs';
import path from 'node:path';
import type {MarkdownKind} from '../markdownFile';

/** Folders (relative to the site root) that hold contributed content. */
export const CONTENT_FOLDERS = ['directory', 'docs', 'blog', 'i18n'] as const;

/**
 * Every file under the content folders, relative to the site root, sorted,
 * skipping dot-files. Interface translations (`i18n/**.json`) are listed:
 * their messages reach pages, so they are checked like any contribution.
 * Symbolic links are listed (and refused by the loader).
 * @param siteDir - absolute path of the site root
 * @returns paths with forward slashes, e.g. `directory/chicago/_city.yml`
 */
export function listFiles(siteDir: string): string[] {
  const out: string[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const root = path.join(siteDir, folder);
    if (!fs.existsSync(root)) continue;
    for (const entry of fs.readdirSync(root, {recursive: true, withFileTypes: true})) {
      if (!(entry.isFile() || entry.isSymbolicLink()) || entry.name.startsWith('.')) continue;
      out.push(
        path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      );
    }
  }
  return out.sort();
}

/** Where a Markdown file is published from: how it is checked and which folder its links must stay in. */
export type MarkdownPlacement = {kind: MarkdownKind; root: string};

/**
 * Decides how a Markdown file is checked and which folder its links must stay in.
 * @param file - path relative to the site root
 * @returns null for files that are not contributed Markdown
 */
export function classifyMarkdown(file: string): MarkdownPlacement | null {
  const translatedDocs = /^(i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\/(.*)$/.exec(
    file,
  );
  if (translatedDocs)
    return {
      kind: translatedDocs[2]!.startsWith('playbooks/') ? 'playbook' : 'guide',
      root: translatedDocs[1]!,
    };
  const translatedBlog = /^(i18n\/[^/]+\/docusaurus-plugin-content-blog)\//.exec(file);
  if (translatedBlog) return {kind: 'post', root: translatedBlog[1]!};
  if (file.startsWith('docs/playbooks/')) return {kind: 'playbook', root: 'docs'};
  if (file.startsWith('docs/')) return {kind: 'guide', root: 'docs'};
  if (file.startsWith('blog/')) return {kind: 'post', root: 'blog'};
  return null;
}

/** The repository this code belongs to; `npm run validate` checks its own content. */
const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * Whether a symbolic link of a site other than the repository stands for the
 * repository's own file at the same path (the fixture site links the
 * repository's interface translations, i18n/<locale>/*.json, so its builds
 * show the real ones). Such a link publishes nothing that the repository's
 * validation does not check, and its content is checked here too, through
 * the link. In the repository itself every link is refused.
 * @param siteDir - the site being checked
 * @param file - a symbolic link, relative to the site root
 */
export function mirrorsRepositoryFile(siteDir: string, file: string): boolean {
  try {
    const repository = fs.realpathSync(REPOSITORY_ROOT);
    if (fs.realpathSync(siteDir) === repository) return false;
    return (
      fs.realpathSync(path.join(siteDir, file)) === fs.realpathSync(path.join(repository, file))
    );
  } catch {
    return false;
  }
}

/**
 * Ids of the docs (their path under docs/ without `.md`), for category and collections files.
 * @param files - every listed file
 */
export function docIdsOf(files: readonly string[]): Set<string> {
  return new Set(
    files
      .filter((f) => /^docs\/.+\.md$/.test(f))
      .map((f) => f.slice('docs/'.length, -'.md'.length)),
  );
}

/** Directory files that are city hubs: `directory/<city>/_city.yml`. */
export const CITY_FILE = /^directory\/[^/]+\/_city\.yml$/;

/** Blog authors files and their translations (Docusaurus reads i18n/<locale>/docusaurus-plugin-content-blog/ first). */
export const AUTHORS_FILE = /^(?:blog|i18n\/[^/]+\/docusaurus-plugin-content-blog)\/authors\.yml$/;

/** Interface translations (code.json, navbar.json, footer.json…): page text too. */
export const INTERFACE_FILE = /^i18n\/[^/]+\/.+\.json$/;

/**
 * The original of a translated authors or tags file (its path without the i18n plugin folder).
 * @param file - e.g. `i18n/es/docusaurus-plugin-content-blog/authors.yml`
 * @returns e.g. `blog/authors.yml`; the same path for a file that is not a translation
 */
export function untranslatedPath(file: string): string {
  return file.replace(/^i18n\/[^/]+\/docusaurus-plugin-content-(blog|docs)(?:\/current)?\//, '$1/');
}
