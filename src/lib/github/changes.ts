import {DEFAULT_LOCALE, LOCALE_CODES} from '../i18n/locales';
import {slugSchema} from '../schema/common';

/**
 * What a changed file is, from its path alone (paths come from GitHub's
 * list of the pull request's files, never from the pull request's code).
 */

/** Kinds of contributed content that get a `kind:` label. */
export type ContentKind = 'organization' | 'playbook' | 'post';

/** A changed file, classified. */
export type ClassifiedFile = {
  file: string;
  /** `organization`, `playbook`, `post`, or another kind that gets no label. */
  kind: ContentKind | 'city' | 'guide' | 'translation' | 'tombstones' | 'other';
  /** City folder for directory files. */
  city?: string;
  /** File slug (organisation or playbook). */
  slug?: string;
  /** Playbook topic folder. */
  topic?: string;
};

/**
 * Classifies a repository path.
 * @param file - path relative to the repository root, forward slashes
 */
export function classifyFile(file: string): ClassifiedFile {
  if (file === 'directory/_tombstones.yml') return {file, kind: 'tombstones'};
  const directory = /^directory\/([^/]+)\/([^/]+)\.yml$/.exec(file);
  if (directory && isSlug(directory[1])) {
    if (directory[2] === '_city') return {file, kind: 'city', city: directory[1]};
    if (isSlug(directory[2])) return {file, kind: 'organization', city: directory[1], slug: directory[2]};
  }
  const playbook = /^docs\/playbooks\/([^/]+)\/([^/]+)\.md$/.exec(file);
  if (playbook && isSlug(playbook[1]) && isSlug(playbook[2])) return {file, kind: 'playbook', topic: playbook[1], slug: playbook[2]};
  if (/^blog\/.+\.md$/.test(file)) return {file, kind: 'post'};
  if (/^docs\/.+\.md$/.test(file)) return {file, kind: 'guide'};
  if (/^i18n\//.test(file)) return {file, kind: 'translation'};
  return {file, kind: 'other'};
}

/** Images a city maintainer may add next to docs and blog posts (never SVG, which can carry scripts). */
const IMAGE = /\.(?:png|jpe?g|webp|gif)$/i;
/** A blog post folder: `blog/<yyyy-mm-dd>-<slug>/`. */
const BLOG_POST_FOLDER = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Translation locales: every published locale but the default one, whose text is the original. */
const TRANSLATION_LOCALES = new Set<string>(LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE));

/** A folder or file name that is neither hidden (`.x`), a partial or sidebar file (`_x`), nor empty. */
const isPlainName = (segment: string) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(segment) && !segment.includes('..');
const isSlug = (value: string | undefined): value is string => value !== undefined && slugSchema.safeParse(value).success;

/**
 * Whether a path is content a city maintainer may merge, and which kind.
 * The allow-list (CONTRIBUTING.md "Who may merge what"):
 * - `directory/<city>/<org>.yml` and `directory/<city>/_city.yml` (slugs);
 * - `docs/**\/*.md`; `blog/<post>.md`; `blog/<yyyy-mm-dd-slug>/index.md`;
 * - translations: `i18n/<locale>/**\/*.md` and the locale's interface JSON
 *   (`i18n/<locale>/<name>.json`, `i18n/<locale>/docusaurus-<plugin>/<name>.json`);
 * - PNG, JPEG, WebP and GIF images under `docs/`, `blog/` and their translations.
 * Hidden, `_`-prefixed (partials, `_category_` files) and `..` segments are never content.
 * @param file - path relative to the repository root, forward slashes
 * @returns the content kind, or undefined when the path is not on the list
 */
export function contentPath(file: string): 'directory' | 'doc' | 'post' | 'translation' | 'image' | undefined {
  const segments = file.split('/');
  if (segments[0] === 'directory') {
    const [, city, name = ''] = segments;
    const isEntry = name === '_city.yml' || (name.endsWith('.yml') && isSlug(name.slice(0, -4)));
    return segments.length === 3 && isSlug(city) && isEntry ? 'directory' : undefined;
  }
  if (!segments.every(isPlainName)) return undefined;
  const name = segments.at(-1)!;
  const image = IMAGE.test(name);
  if (segments[0] === 'docs' && segments.length >= 2) return name.endsWith('.md') ? 'doc' : image ? 'image' : undefined;
  if (segments[0] === 'blog') {
    if (segments.length === 2) return name.endsWith('.md') ? 'post' : image ? 'image' : undefined;
    if (segments.length === 3 && BLOG_POST_FOLDER.test(segments[1]!)) return name === 'index.md' ? 'post' : image ? 'image' : undefined;
    return undefined;
  }
  if (segments[0] === 'i18n' && segments.length >= 3 && TRANSLATION_LOCALES.has(segments[1]!)) {
    if (name.endsWith('.md')) return 'translation';
    const plugin = segments[2]!;
    const interfaceText = segments.length === 3 || (segments.length === 4 && plugin.startsWith('docusaurus-'));
    if (name.endsWith('.json') && interfaceText) return 'translation';
    if (image && /^docusaurus-plugin-content-(docs|blog)$/.test(plugin)) return 'image';
  }
  return undefined;
}

/**
 * Paths that are not content, with the reason shown to reviewers. The first matching rule wins;
 * anything matching none gets {@link OTHER_REASON}.
 */
const CORE_RULES: [RegExp, string][] = [
  [/(^|\/)\.\.?(\/|$)|^\/|\/\/|\/$/, 'not a normal repository path'],
  [/(^|\/)CODEOWNERS$/, 'who may approve changes'],
  [/^\.github\//, 'workflows, issue forms and code owners run with the repository\'s permissions'],
  [
    /^(package(-lock)?\.json|npm-shrinkwrap\.json|\.npmrc|\.nvmrc|\.node-version|yarn\.lock|pnpm-[^/]*)$/,
    'dependencies and npm settings run on every install and build',
  ],
  [/^src\//, 'site and validator code'],
  [/^tests\//, 'tests decide what CI accepts'],
  [/^\.ci\//, 'CI scripts run on every pull request'],
  [/^(docusaurus\.config\.[cm]?[jt]s|sidebars\.[cm]?[jt]s)$/, 'site configuration and navigation for every city'],
  [/^[^/]*\.(config\.[cm]?[jt]s|json|[cm]?js|ts)$|^\.[^/]+$/, 'build, test or editor configuration'],
  [/^static\//, 'served as-is at the site root (including the _headers security policy), without the content checks'],
  [/^templates\//, 'every new contributor copies these files'],
  [/^directory\/_tombstones\.yml$/, 'removed organisations must stay removed'],
  [/^directory\//, 'not a city hub or organisation file (directory/<city>/_city.yml or directory/<city>/<org>.yml, lowercase slugs)'],
  [/^docs\/collections\.yml$/, 'curated collections shown across the whole site, not one city\'s content'],
  [/(^|\/)(authors|tags)\.ya?ml$/, 'shared by every blog post (author names, links and pictures; the list of tags)'],
  [/(^|\/)_category_\.(json|ya?ml)$/, 'the sidebar every city shares'],
  [/\.mdx$/, 'MDX runs code; contributed pages are .md only'],
  [/\.svg$/i, 'SVG images can carry scripts; use PNG, JPEG, WebP or GIF'],
  [/^(docs|blog)\//, 'not a page or an image (pages are .md; images PNG, JPEG, WebP or GIF; no hidden or _-prefixed files)'],
  [/^i18n\//, 'not a translated page or interface text of a published locale'],
  [/^[^/]+\.(md|cff|txt)$|^LICENSE/, 'project documentation, licence and citation metadata'],
];
const OTHER_REASON = 'not a content path a city maintainer may merge (see CONTRIBUTING.md)';

/**
 * Why a change needs a core maintainer, or undefined when a city maintainer may merge it.
 * Decided by an allow-list ({@link contentPath}), so a new kind of file needs a core maintainer
 * until someone adds it to the list. A renamed file is checked under both paths (the old one as
 * a removal). Removing a city hub (`_city.yml`) needs a core maintainer too: it removes the
 * city's maintainers from CODEOWNERS.
 * @param file - path relative to the repository root, forward slashes
 * @param status - GitHub's status of the change (`added`, `modified`, `removed`, `renamed`…)
 * @returns the reason, phrased to follow the file name
 */
export function coreReason(file: string, status = 'modified'): string | undefined {
  if (contentPath(file)) {
    if (status === 'removed' && /^directory\/[^/]+\/_city\.yml$/.test(file)) return 'removes a whole city hub and its maintainers';
    return undefined;
  }
  return CORE_RULES.find(([pattern]) => pattern.test(file))?.[1] ?? OTHER_REASON;
}
