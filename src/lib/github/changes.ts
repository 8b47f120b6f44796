import {slugSchema} from '../schema/common';
import {CONTENT_IMAGE_EXTENSIONS, pathOwner} from './ownership';

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
    if (isSlug(directory[2]))
      return {file, kind: 'organization', city: directory[1], slug: directory[2]};
  }
  const playbook = /^docs\/playbooks\/([^/]+)\/([^/]+)\.md$/.exec(file);
  if (playbook && isSlug(playbook[1]) && isSlug(playbook[2]))
    return {file, kind: 'playbook', topic: playbook[1], slug: playbook[2]};
  if (/^blog\/.+\.md$/.test(file)) return {file, kind: 'post'};
  if (/^docs\/.+\.md$/.test(file)) return {file, kind: 'guide'};
  if (/^i18n\//.test(file)) return {file, kind: 'translation'};
  return {file, kind: 'other'};
}

/** Images a city maintainer may add next to playbooks and blog posts (never SVG, which can carry scripts). */
const IMAGE = new RegExp(`\\.(?:${CONTENT_IMAGE_EXTENSIONS.join('|')})$`);

/** A folder or file name that is neither hidden (`.x`), a partial or sidebar file (`_x`), nor empty. */
const isPlainName = (segment: string) =>
  /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(segment) && !segment.includes('..');
const isSlug = (value: string | undefined): value is string =>
  value !== undefined && slugSchema.safeParse(value).success;

/**
 * Whether a path is content a city maintainer may merge, and which kind. Who approves what is
 * decided by one table, {@link ownershipRules} (src/lib/github/ownership.ts), from which
 * `.github/CODEOWNERS` is generated too; this adds what CODEOWNERS patterns cannot say (names must
 * be slugs or plain names), so it is never less strict than CODEOWNERS:
 * - `directory/<city>/<org>.yml` and `directory/<city>/_city.yml` (slugs): the city's maintainers;
 * - playbooks `docs/playbooks/**\/*.md`, blog posts `blog/<post>.md` and `blog/<folder>/index.md`,
 *   their translations under `i18n/<locale>/…` and PNG, JPEG, WebP or GIF images beside them: any
 *   city's maintainers.
 * Guides (`docs/guides/…`) and interface strings (`i18n/**\/*.json`) are site-wide: core.
 * Hidden, `_`-prefixed (partials, `_category_` files) and `..` segments are never content.
 * @param file - path relative to the repository root, forward slashes
 * @returns the content kind, or undefined when the path is not on the list
 */
export function contentPath(
  file: string,
): 'directory' | 'doc' | 'post' | 'translation' | 'image' | undefined {
  const owner = pathOwner(file);
  if (owner === 'core') return undefined;
  const segments = file.split('/');
  if (owner === 'folder-city') {
    const [, city, name = ''] = segments;
    const isEntry = name === '_city.yml' || (name.endsWith('.yml') && isSlug(name.slice(0, -4)));
    return segments.length === 3 && isSlug(city) && isEntry ? 'directory' : undefined;
  }
  if (!segments.every(isPlainName)) return undefined;
  if (IMAGE.test(file)) return 'image';
  if (segments[0] === 'i18n') return 'translation';
  return segments[0] === 'blog' ? 'post' : 'doc';
}

/**
 * Paths that are not content, with the reason shown to reviewers. The first matching rule wins;
 * anything matching none gets {@link OTHER_REASON}.
 */
const CORE_RULES: [RegExp, string][] = [
  [/(^|\/)\.\.?(\/|$)|^\/|\/\/|\/$/, 'not a normal repository path'],
  [/(^|\/)CODEOWNERS$/, 'who may approve changes'],
  [/^\.github\//, "workflows, issue forms and code owners run with the repository's permissions"],
  [
    /^(package(-lock)?\.json|npm-shrinkwrap\.json|\.npmrc|\.nvmrc|\.node-version|yarn\.lock|pnpm-[^/]*)$/,
    'dependencies and npm settings run on every install and build',
  ],
  [/^src\//, 'site and validator code'],
  [/^tests\//, 'tests decide what CI accepts'],
  [/^\.ci\//, 'CI scripts run on every pull request'],
  [
    /^(docusaurus\.config\.[cm]?[jt]s|sidebars\.[cm]?[jt]s)$/,
    'site configuration and navigation for every city',
  ],
  [
    /^[^/]*\.(config\.[cm]?[jt]s|json|[cm]?js|ts)$|^\.[^/]+$/,
    'build, test or editor configuration',
  ],
  [
    /^static\//,
    'served as-is at the site root (including the _headers security policy), without the content checks',
  ],
  [/^templates\//, 'every new contributor copies these files'],
  [/^directory\/_tombstones\.yml$/, 'removed organisations must stay removed'],
  [
    /^directory\//,
    'not a city hub or organisation file (directory/<city>/_city.yml or directory/<city>/<org>.yml, lowercase slugs)',
  ],
  [
    /^docs\/collections\.yml$/,
    "curated collections shown across the whole site, not one city's content",
  ],
  [
    /(^|\/)(authors|tags)\.ya?ml$/,
    'shared by every blog post (author names, links and pictures; the list of tags)',
  ],
  [/(^|\/)_category_\.(json|ya?ml)$/, 'the sidebar every city shares'],
  [/\.mdx$/, 'MDX runs code; contributed pages are .md only'],
  [/\.svg$/i, 'SVG images can carry scripts; use PNG, JPEG, WebP or GIF'],
  [
    /^(docs|blog|i18n)\/(.*\/)?[._]/,
    'hidden and _-prefixed files and folders are never pages (partials, drafts, settings)',
  ],
  [
    /^docs\/(?!playbooks\/)[^/]+\/.*\.md$|^docs\/[^/]+\.md$/,
    "a guide is site-wide text every city links to (start here, safety, contributing), not one city's content",
  ],
  [
    /^i18n\/[^/]+\/(?!docusaurus-plugin-content-(docs\/current\/playbooks|blog)\/).*\.md$/,
    'a translated guide is site-wide text, like the guide itself',
  ],
  [
    /^i18n\/.*\.json$/,
    'interface strings (footer, navbar, buttons) are text on every page of the locale',
  ],
  [
    /^(docs|blog)\//,
    'not a page or an image (pages are .md; images PNG, JPEG, WebP or GIF; no hidden or _-prefixed files)',
  ],
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
    if (status === 'removed' && /^directory\/[^/]+\/_city\.yml$/.test(file))
      return 'removes a whole city hub and its maintainers';
    return undefined;
  }
  return CORE_RULES.find(([pattern]) => pattern.test(file))?.[1] ?? OTHER_REASON;
}
