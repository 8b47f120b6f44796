import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import {checkMarkdownFile, type FoundSection, type MarkdownKind} from './markdownFile';
import {formatField, type Problem} from './problems';
import {openDirectoryResults} from './validation/directoryResults';
import {checkBlogKeys, checkSiteLinks} from './siteLinks';
import {slugSchema} from './schema/common';
import {parse as parseYaml} from 'yaml';
import {checkAllStrings} from './rules/plainText';
import {parseYamlSource} from './yamlSource';
import {TOMBSTONES_FILE, readTombstones, tombstonedProblem} from './tombstones';
import type {City} from './schema/city';
import type {Organization} from './schema/organization';
import type {PlaybookFrontMatter} from './schema/playbook';
import type {Collection} from './schema/collection';
import {checkCollections, COLLECTIONS_FILE} from './collections';
import {checkTranslation, translationPlacement, type TranslationPlacement, type TranslationState} from './i18n/translations';
import {isSiteLocale, LOCALE_CODES} from './i18n/locales';
import type {TranslationFrontMatter} from './schema/translation';

/**
 * Loads and checks the whole contributed coalition: `directory/`, `docs/`,
 * `blog/` and translated content under `i18n/`. Nothing here throws on bad
 * content; every flaw becomes a problem so one run reports everything.
 */

/** A city hub that passed its schema. */
export type LoadedCity = {slug: string; file: string; data: City};
/** An organisation that passed its schema. */
export type LoadedOrganization = {slug: string; city: string; file: string; data: Organization};
/** A playbook whose front matter passed its schema. */
export type LoadedPlaybook = {
  id: string;
  file: string;
  topic: string;
  frontMatter: PlaybookFrontMatter;
  sections: FoundSection[];
  /** Line and column of a front matter field, for problems found across files. */
  locate(path: readonly PropertyKey[]): {line: number; column: number};
};
/** A translated playbook, guide or blog post whose front matter passed its schema. */
export type LoadedTranslation = TranslationPlacement & TranslationState & {
  file: string;
  kind: MarkdownKind;
  frontMatter: TranslationFrontMatter;
  sections: FoundSection[];
};
/** Everything loaded, plus every problem found. */
export type Coalition = {
  cities: LoadedCity[];
  organizations: LoadedOrganization[];
  playbooks: LoadedPlaybook[];
  /** Translations of playbooks, guides and blog posts whose original exists. */
  translations: LoadedTranslation[];
  /** Start-here paths from `docs/collections.yml` (empty when absent or invalid). */
  collections: Collection[];
  problems: Problem[];
  /** Relative paths of every file checked. */
  files: string[];
};

/** Files a contributor may add: Markdown, YAML, sidebar JSON and raster images (SVG and HTML can carry scripts). */
const ALLOWED_FILE = /\.(md|mdx|ya?ml|json|png|jpe?g|webp|gif)$/i;

/** Folders (relative to the site root) that hold contributed content. */
export const CONTENT_FOLDERS = ['directory', 'docs', 'blog', 'i18n'] as const;

/**
 * Loads and checks every contributed file of a site.
 * @param siteDir - absolute path of the site root (the folder with docusaurus.config.ts)
 * @param options.now - the reference date for freshness warnings (default: now)
 * @returns cities, organisations and playbooks that parsed, and all problems
 */
export function loadCoalition(siteDir: string, options: {now?: Date} = {}): Coalition {
  const problems: Problem[] = [];
  const files: string[] = [];
  const cities: LoadedCity[] = [];
  const organizations: LoadedOrganization[] = [];
  const playbooks: LoadedPlaybook[] = [];
  const translations: LoadedTranslation[] = [];
  const read = (relative: string) => {
    const text = fs.readFileSync(path.join(siteDir, relative), 'utf8');
    if (text.includes('\uFFFD')) {
      problems.push({severity: 'error', file: relative, line: 1, column: 1, field: '(file)', rule: 'encoding', message: 'The file is not valid UTF-8 (or contains the replacement character �).', fix: 'Save the file as UTF-8.'});
    }
    return text;
  };
  // Directory entries checked before (same text, same day, same validator) are not checked again.
  const directoryResults = openDirectoryResults(siteDir, options.now ?? new Date());
  const problem = (file: string, field: string, rule: string, message: string, fix: string, line = 1): Problem =>
    ({severity: 'error', file, line, column: 1, field, rule, message, fix});

  // Symbolic links are refused once here and skipped by every later check.
  const symlinks = new Set<string>();
  for (const file of listFiles(siteDir)) {
    files.push(file);
    if (fs.lstatSync(path.join(siteDir, file)).isSymbolicLink()) {
      symlinks.add(file);
      problems.push(problem(file, '(file)', 'symlink', 'Symbolic links are not allowed in contributed content: the build would publish whatever they point to.', 'Replace the link with the file itself.'));
    } else if (file.endsWith('.mdx')) {
      problems.push(problem(file, '(file)', 'mdx-file', '.mdx files are not allowed: MDX runs code.', 'Rename the file to .md and remove any JSX or import/export lines.'));
    } else if (!ALLOWED_FILE.test(file)) {
      problems.push(problem(file, '(file)', 'file-type', `"${path.posix.basename(file)}" is not a kind of file the site publishes.`, 'Contribute Markdown (.md), directory YAML (.yml) and images (.png, .jpg, .jpeg, .webp, .gif) only; SVG and HTML can carry scripts.'));
    }
  }

  // Directory: directory/<city>/_city.yml and directory/<city>/<org>.yml
  const orgSeen = new Map<string, string>();
  const cityFiles = new Set(files.filter((file) => /^directory\/[^/]+\/_city\.yml$/.test(file)));
  // Slugs of organisations removed on request: they must not come back.
  const tombstoneRead = readTombstones(files.includes(TOMBSTONES_FILE) && !symlinks.has(TOMBSTONES_FILE) ? read(TOMBSTONES_FILE) : undefined);
  problems.push(...tombstoneRead.problems);
  for (const file of files.filter((f) => f.startsWith('directory/') && f !== TOMBSTONES_FILE)) {
    const parts = file.split('/');
    if (file.endsWith('.mdx')) continue;
    if (parts.length !== 3 || !/\.yml$/.test(file)) {
      problems.push(problem(file, '(file)', 'directory-layout', 'Unexpected file in directory/.', 'Directory entries are directory/<city>/<org>.yml (and one _city.yml per city folder); use the .yml extension.'));
      continue;
    }
    const [, citySlug, name] = parts as [string, string, string];
    const isCity = name === '_city.yml';
    const slug = isCity ? citySlug : name.replace(/\.yml$/, '');
    if (!slugSchema.safeParse(slug).success) {
      problems.push(problem(file, '(file)', 'slug', `"${slug}" is not a valid ${isCity ? 'city folder' : 'file'} name; it becomes the page address.`, 'Rename it with lowercase letters, digits and single hyphens, e.g. northside-rapid-response.yml.'));
      continue;
    }
    if (!isCity && !cityFiles.has(`directory/${citySlug}/_city.yml`)) {
      problems.push(problem(file, '(file)', 'missing-city', `The folder directory/${citySlug}/ has no _city.yml.`, `Create directory/${citySlug}/_city.yml from templates/city.yml, or move the file into an existing city folder.`));
    }
    const tombstone = isCity ? undefined : tombstoneRead.tombstones.get(slug);
    if (tombstone) {
      problems.push(tombstonedProblem(file, tombstone));
      continue;
    }
    if (symlinks.has(file)) continue;
    const result = guarded(file, () => directoryResults.check({file, text: read(file), kind: isCity ? 'city' : 'organization'}), problems);
    if (!result) continue;
    problems.push(...result.problems);
    if (isCity && result.city) cities.push({slug: citySlug, file, data: result.city});
    if (!isCity && result.organization) {
      const previous = orgSeen.get(slug);
      if (previous) {
        // Reported on both files, so that checking only the new file (a pull request) still shows it.
        const fix = 'Rename the new file so that every organisation slug is unique across cities.';
        problems.push(problem(file, '(file)', 'duplicate-slug', `The slug "${slug}" is already used by ${previous}.`, fix));
        problems.push(problem(previous, '(file)', 'duplicate-slug', `The slug "${slug}" is also used by ${file}.`, fix));
        continue;
      }
      orgSeen.set(slug, file);
      organizations.push({slug, city: citySlug, file, data: result.organization});
    }
  }

  directoryResults.save();

  // Markdown: docs, blog and their translations.
  const markdown: {file: string; tree: Root}[] = [];
  const blogKeys = {authors: yamlKeys(path.join(siteDir, 'blog/authors.yml')), tags: yamlKeys(path.join(siteDir, 'blog/tags.yml'))};
  for (const file of files.filter((f) => f.endsWith('.md'))) {
    const placement = classifyMarkdown(file);
    if (!placement) {
      if (file.startsWith('i18n/')) {
        problems.push(problem(file, '(file)', 'i18n-layout', 'Translated Markdown belongs in i18n/<locale>/docusaurus-plugin-content-docs/current/ or i18n/<locale>/docusaurus-plugin-content-blog/.', 'Move the file next to the translations of the same section.'));
      }
      continue;
    }
    if (symlinks.has(file)) continue;
    const translated = translationPlacement(file);
    if (translated && !isSiteLocale(translated.locale)) {
      problems.push(problem(file, '(file)', 'i18n-locale', `"${translated.locale}" is not one of the site's locales (${LOCALE_CODES.join(', ')}).`, 'Use the folder of a published locale, or add the locale first (docs/guides/translating.md).'));
      continue;
    }
    const result = guarded(file, () => checkMarkdownFile({file, text: read(file), siteDir, kind: placement.kind, contentRoot: path.join(siteDir, placement.root), translationLocale: translated?.locale}), problems);
    if (!result) continue;
    problems.push(...result.problems);
    markdown.push({file, tree: result.tree});
    if (translated && result.translation) {
      const originalText = files.includes(translated.originalFile) && !symlinks.has(translated.originalFile) ? read(translated.originalFile) : undefined;
      const checked = checkTranslation({file, placement: translated, frontMatter: result.translation, originalText, locate: result.locateFrontMatter});
      problems.push(...checked.problems);
      if (checked.state) translations.push({...translated, ...checked.state, file, kind: placement.kind, frontMatter: result.translation, sections: result.sections});
    }
    if (placement.kind === 'post') problems.push(...checkBlogKeys(result.frontMatter, blogKeys, result.locateFrontMatter, file));
    if (placement.kind === 'playbook' && placement.root === 'docs' && result.playbook) {
      const match = /^docs\/(playbooks\/([^/]+)\/[^/]+)\.md$/.exec(file);
      if (!match) {
        problems.push(problem(file, '(file)', 'playbook-layout', 'Playbooks live at docs/playbooks/<topic>/<slug>.md.', 'Move the file into the folder of its main topic.'));
        continue;
      }
      playbooks.push({id: match[1]!, file, topic: match[2]!, frontMatter: result.playbook, sections: result.sections, locate: result.locateFrontMatter});
    }
  }

  // Authors and tags, and their translations (Docusaurus reads i18n/<locale>/docusaurus-plugin-content-blog/ first).
  const blogKeyFiles = files.filter((f) => /^(?:blog|i18n\/[^/]+\/docusaurus-plugin-content-blog)\/(?:authors|tags)\.yml$/.test(f) && !symlinks.has(f));
  for (const file of blogKeyFiles) {
    const found = checkBlogKeysFile(file, read(file));
    problems.push(...found);
    const original = file.replace(/^i18n\/[^/]+\/docusaurus-plugin-content-blog\//, 'blog/');
    // A file that does not parse has its syntax error already; comparing its keys would only add a false one.
    if (original === file || found.some((item) => item.severity === 'error' && item.rule === 'yaml-syntax')) continue;
    // A translation replaces the whole file for its locale: a missing key would break that locale's posts.
    const missing = [...yamlKeys(path.join(siteDir, original))].filter((key) => !yamlKeys(path.join(siteDir, file)).has(key));
    if (missing.length > 0) {
      problems.push(problem(file, '(file)', 'translation-keys', `This translation of ${original} lacks ${missing.map((key) => `"${key}"`).join(', ')}.`, `Copy every entry of ${original} and translate only its label, name, title and description.`));
    }
  }
  problems.push(...checkInterfaceTranslationFiles(siteDir));
  problems.push(...checkCrossReferences({cities, organizations, playbooks}));
  let collections: Collection[] = [];
  if (files.includes(COLLECTIONS_FILE) && !symlinks.has(COLLECTIONS_FILE)) {
    const docIds = new Set(files.filter((f) => /^docs\/.+\.md$/.test(f)).map((f) => f.slice('docs/'.length, -'.md'.length)));
    const checked = guarded(COLLECTIONS_FILE, () => checkCollections(read(COLLECTIONS_FILE), docIds), problems);
    if (checked) {
      problems.push(...checked.problems);
      collections = checked.collections;
    }
  }
  const siteIndex = {
    contentDir: siteDir,
    cities: new Set(cities.map((city) => city.slug)),
    organizations: new Set(organizations.map((org) => `${org.city}/${org.slug}`)),
  };
  // Translations link like their originals; their relative links resolve inside i18n/.
  for (const {file, tree} of markdown) problems.push(...checkSiteLinks(tree, file, siteIndex));
  return {cities, organizations, playbooks, translations, collections, problems, files};
}

/**
 * Runs one file's checks; an unexpected failure becomes a problem for that
 * file instead of stopping the whole run.
 */
function guarded<T>(file: string, check: () => T, problems: Problem[]): T | undefined {
  try {
    return check();
  } catch (error) {
    problems.push({
      severity: 'error', file, line: 1, column: 1, field: '(file)', rule: 'unreadable',
      message: `The file could not be checked: ${(error as Error).message.split('\n')[0]}`,
      fix: 'Check that the file is UTF-8 text in the expected format; compare with templates/.',
    });
    return undefined;
  }
}

/**
 * Checks blog/authors.yml or blog/tags.yml: every text is safe, and authors
 * carry no e-mail and no image from another site.
 */
function checkBlogKeysFile(file: string, text: string): Problem[] {
  const source = parseYamlSource(file, text);
  const problems = [...source.problems];
  if (!source.data || typeof source.data !== 'object') return problems;
  problems.push(...checkAllStrings(source.data, source.locate, file, ''));
  if (file.endsWith('authors.yml')) {
    for (const [key, author] of Object.entries(source.data as Record<string, Record<string, unknown>>)) {
      if (!author || typeof author !== 'object') continue;
      if ('email' in author) {
        problems.push({severity: 'error', file, ...source.locate([key, 'email']), field: `${key}.email`, rule: 'personal-data', message: 'Authors must not publish an e-mail address.', fix: 'Remove the email key; authors are teams or organisations, never individual volunteers.'});
      }
      const image = author.image_url;
      if (typeof image === 'string' && (/^[a-z][a-z0-9+.-]*:/i.test(image) || image.startsWith('//'))) {
        problems.push({severity: 'error', file, ...source.locate([key, 'image_url']), field: `${key}.image_url`, rule: 'remote-image', message: `"${image}" is an image on another site: every reader would request it.`, fix: 'Store the image under static/img/ and use its path, or remove image_url.'});
      }
    }
  }
  return problems;
}

/**
 * Docusaurus's interface translation files (`i18n/<locale>/**.json`) are not
 * contributed content, but a syntax error in one breaks that locale's build:
 * report it here, with its line and column, so a pull request shows it.
 */
function checkInterfaceTranslationFiles(siteDir: string): Problem[] {
  const root = path.join(siteDir, 'i18n');
  if (!fs.existsSync(root)) return [];
  const problems: Problem[] = [];
  for (const entry of fs.readdirSync(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const file = path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
    try {
      JSON.parse(text);
    } catch (error) {
      const offset = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
      const before = text.slice(0, offset).split('\n');
      problems.push({
        severity: 'error', file, line: before.length, column: before.at(-1)!.length + 1, field: '(file)', rule: 'json-syntax',
        message: `The file is not valid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}.`,
        fix: 'Check the commas, quotes and braces near this place (every entry but the last ends with a comma).',
      });
    }
  }
  return problems;
}

/** Top-level keys of a YAML map file (empty when the file is missing or not a map). */
function yamlKeys(file: string): Set<string> {
  if (!fs.existsSync(file)) return new Set();
  try {
    const data: unknown = parseYaml(fs.readFileSync(file, 'utf8'));
    return new Set(data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : []);
  } catch {
    return new Set();
  }
}

/**
 * Every file under the content folders, relative to the site root, sorted,
 * skipping dot-files and Docusaurus's generated i18n JSON. Symbolic links
 * are listed (and refused by the loader).
 */
export function listFiles(siteDir: string): string[] {
  const out: string[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const root = path.join(siteDir, folder);
    if (!fs.existsSync(root)) continue;
    for (const entry of fs.readdirSync(root, {recursive: true, withFileTypes: true})) {
      if (!(entry.isFile() || entry.isSymbolicLink()) || entry.name.startsWith('.')) continue;
      const relative = path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      // Docusaurus's own translation files (code.json, navbar.json…) are generated, not contributed.
      if (folder === 'i18n' && /\.json$/.test(relative)) continue;
      out.push(relative);
    }
  }
  return out.sort();
}

/**
 * Decides how a Markdown file is checked and which folder its links must stay in.
 * @param file - path relative to the site root
 * @returns null for files that are not contributed Markdown
 */
export function classifyMarkdown(file: string): {kind: MarkdownKind; root: string} | null {
  const translatedDocs = /^(i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\/(.*)$/.exec(file);
  if (translatedDocs) return {kind: translatedDocs[2]!.startsWith('playbooks/') ? 'playbook' : 'guide', root: translatedDocs[1]!};
  const translatedBlog = /^(i18n\/[^/]+\/docusaurus-plugin-content-blog)\//.exec(file);
  if (translatedBlog) return {kind: 'post', root: translatedBlog[1]!};
  if (file.startsWith('docs/playbooks/')) return {kind: 'playbook', root: 'docs'};
  if (file.startsWith('docs/')) return {kind: 'guide', root: 'docs'};
  if (file.startsWith('blog/')) return {kind: 'post', root: 'blog'};
  return null;
}

function checkCrossReferences({cities, organizations, playbooks}: Pick<Coalition, 'cities' | 'organizations' | 'playbooks'>): Problem[] {
  const problems: Problem[] = [];
  const citySlugs = new Set(cities.map((city) => city.slug));
  const orgSlugs = new Set(organizations.map((org) => org.slug));
  const playbookIds = new Set(playbooks.map((playbook) => playbook.id));
  for (const playbook of playbooks) {
    const add = (path: (string | number)[], message: string, fix: string) =>
      problems.push({
        severity: 'error', file: playbook.file, ...playbook.locate(path),
        field: `front matter.${formatField(path)}`, rule: 'cross-reference', message, fix,
      });
    if (!playbook.frontMatter.topics.includes(playbook.topic as never)) {
      add(['topics'], `The playbook is in the "${playbook.topic}" folder but its topics do not include "${playbook.topic}".`, `Add ${playbook.topic} to topics, or move the file to the folder of its main topic.`);
    }
    playbook.frontMatter.cities.forEach((city, index) => {
      if (!citySlugs.has(city)) add(['cities', index], `Unknown city "${city}".`, `Use a city slug that has a folder in directory/ (${[...citySlugs].join(', ') || 'none yet'}), or add the city first.`);
    });
    playbook.frontMatter.organizations.forEach((org, index) => {
      if (!orgSlugs.has(org)) add(['organizations', index], `Unknown organisation "${org}".`, 'Use the file name (without .yml) of an organisation in directory/, or add the organisation first.');
    });
    (playbook.frontMatter.related ?? []).forEach((related, index) => {
      if (!playbookIds.has(related)) add(['related', index], `Unknown related playbook "${related}".`, 'Write the id of an existing playbook as playbooks/<topic>/<slug>.');
    });
  }
  return problems;
}
