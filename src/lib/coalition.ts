import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import {checkMarkdownFile, type FoundSection, type MarkdownKind} from './markdownFile';
import {formatField, makeProblem, type Problem} from './problems';
import {openDirectoryResults} from './validation/directoryResults';
import {checkPhoneCountry} from './checks/phoneCountry';
import {checkDuplicateEntries} from './checks/duplicateEntries';
import {siteCountries} from './cityCountry';
import {setProsePhoneRegions} from './rules/phoneInText';
import {checkBlogKeys, checkSiteLinks} from './siteLinks';
import {slugSchema} from './schema/common';
import {parse as parseYaml} from 'yaml';
import {checkBlogAuthorsFile} from './checks/blogAuthorsFile';
import {CATEGORY_FILE, checkCategoryFiles} from './checks/categoryFiles';
import {checkContentFileNames} from './checks/fileNames';
import {checkI18nPlacement} from './checks/i18nPlacement';
import {checkInterfaceTranslations} from './checks/interfaceTranslations';
import {checkTagsFile, TAGS_FILE} from './checks/tagsFile';
import {checkMirrorsFile, MIRRORS_FILE} from './checks/mirrorsFile';
import type {MirrorsFile} from './schema/mirrors';
import {TOMBSTONES_FILE, readTombstones, tombstonedProblem} from './tombstones';
import type {City} from './schema/city';
import type {Organization} from './schema/organization';
import type {PlaybookFrontMatter} from './schema/playbook';
import type {Collection} from './schema/collection';
import {checkCollections, COLLECTIONS_FILE} from './collections';
import {
  checkTranslation,
  translationPlacement,
  type TranslationPlacement,
  type TranslationState,
} from './i18n/translations';
import type {TranslationFrontMatter} from './schema/translation';
import type {RuleId} from './checks/ruleIds';

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
export type LoadedTranslation = TranslationPlacement &
  TranslationState & {
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
  /** `mirrors.yml` at the site root when present and valid (src/lib/checks/mirrorsFile.ts). */
  mirrors?: MirrorsFile;
};

/** Files a contributor may add: Markdown, YAML, category and interface-translation JSON, raster images (SVG and HTML can carry scripts). */
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
      problems.push(
        makeProblem({file: relative}, '(file)', 'encoding', {
          message: 'The file is not valid UTF-8 (or contains the replacement character �).',
          fix: 'Save the file as UTF-8.',
        }),
      );
    }
    return text;
  };
  // Prose is read for the national phone formats of every country the coalition's cities are in.
  setProsePhoneRegions(siteCountries(siteDir));
  // Directory entries checked before (same text, same day, same validator, same countries) are not checked again.
  const directoryResults = openDirectoryResults(siteDir, options.now ?? new Date());
  const problem = (
    file: string,
    field: string,
    rule: RuleId,
    message: string,
    fix: string,
    line = 1,
  ): Problem => makeProblem({file, line}, field, rule, {message, fix});

  // Symbolic links are refused once here and skipped by every later check (except a test site's mirror of the repository's file).
  const symlinks = new Set<string>();
  for (const file of listFiles(siteDir)) {
    files.push(file);
    if (
      fs.lstatSync(path.join(siteDir, file)).isSymbolicLink() &&
      !mirrorsRepositoryFile(siteDir, file)
    ) {
      symlinks.add(file);
      problems.push(
        problem(
          file,
          '(file)',
          'symlink',
          'Symbolic links are not allowed in contributed content: the build would publish whatever they point to.',
          'Replace the link with the file itself.',
        ),
      );
    } else if (file.endsWith('.mdx')) {
      problems.push(
        problem(
          file,
          '(file)',
          'mdx-file',
          '.mdx files are not allowed: MDX runs code.',
          'Rename the file to .md and remove any JSX or import/export lines.',
        ),
      );
    } else if (!ALLOWED_FILE.test(file)) {
      problems.push(
        problem(
          file,
          '(file)',
          'file-type',
          `"${path.posix.basename(file)}" is not a kind of file the site publishes.`,
          'Contribute Markdown (.md), directory YAML (.yml) and images (.png, .jpg, .jpeg, .webp, .gif) only; SVG and HTML can carry scripts.',
        ),
      );
    }
  }
  // Files under i18n/ that Docusaurus would read for the English site, for an unpublished locale, or not at all.
  const i18nPlacement = checkI18nPlacement(files);
  problems.push(...i18nPlacement.problems);
  /** Files that later checks read: not symbolic links, not refused by their place. */
  const readable = (file: string) => !symlinks.has(file) && !i18nPlacement.refused.has(file);
  problems.push(...checkContentFileNames(files.filter(readable)));

  // Directory: directory/<city>/_city.yml and directory/<city>/<org>.yml
  const orgSeen = new Map<string, string>();
  // Every organisation as read, for the duplicate check (same name in a city, or a shared contact value).
  const identityEntries: Parameters<typeof checkDuplicateEntries>[0][number][] = [];
  const cityFiles = new Set(files.filter((file) => /^directory\/[^/]+\/_city\.yml$/.test(file)));
  // Slugs of organisations removed on request: they must not come back.
  const tombstoneRead = readTombstones(
    files.includes(TOMBSTONES_FILE) && !symlinks.has(TOMBSTONES_FILE)
      ? read(TOMBSTONES_FILE)
      : undefined,
  );
  problems.push(...tombstoneRead.problems);
  // City hubs first, so that each organisation is checked against its city (a slug may sort before _city.yml).
  const directoryFiles = files.filter((f) => f.startsWith('directory/') && f !== TOMBSTONES_FILE);
  const cityCountries = new Map<string, string>();
  for (const file of [
    ...directoryFiles.filter((f) => f.endsWith('/_city.yml')),
    ...directoryFiles.filter((f) => !f.endsWith('/_city.yml')),
  ]) {
    const parts = file.split('/');
    if (file.endsWith('.mdx')) continue;
    if (parts.length !== 3 || !/\.yml$/.test(file)) {
      problems.push(
        problem(
          file,
          '(file)',
          'directory-layout',
          'Unexpected file in directory/.',
          'Directory entries are directory/<city>/<org>.yml (and one _city.yml per city folder); use the .yml extension.',
        ),
      );
      continue;
    }
    const [, citySlug, name] = parts as [string, string, string];
    const isCity = name === '_city.yml';
    const slug = isCity ? citySlug : name.replace(/\.yml$/, '');
    if (!slugSchema.safeParse(slug).success) {
      problems.push(
        problem(
          file,
          '(file)',
          'slug',
          `"${slug}" is not a valid ${isCity ? 'city folder' : 'file'} name; it becomes the page address.`,
          'Rename it with lowercase letters, digits and single hyphens, e.g. northside-rapid-response.yml.',
        ),
      );
      continue;
    }
    if (!isCity && !cityFiles.has(`directory/${citySlug}/_city.yml`)) {
      problems.push(
        problem(
          file,
          '(file)',
          'missing-city',
          `The folder directory/${citySlug}/ has no _city.yml.`,
          `Create directory/${citySlug}/_city.yml from templates/city.yml, or move the file into an existing city folder.`,
        ),
      );
    }
    const tombstone = isCity ? undefined : tombstoneRead.tombstones.get(slug);
    if (tombstone) {
      problems.push(tombstonedProblem(file, tombstone));
      continue;
    }
    if (symlinks.has(file)) continue;
    const result = guarded(
      file,
      () =>
        directoryResults.check({file, text: read(file), kind: isCity ? 'city' : 'organization'}),
      problems,
    );
    if (!result) continue;
    problems.push(...result.problems);
    if (isCity && result.city) {
      cities.push({slug: citySlug, file, data: result.city});
      cityCountries.set(citySlug, result.city.country);
    }
    // Safety rule 11: checked even when the schema fails, so one run shows every flaw of the file.
    const cityCountry = cityCountries.get(citySlug);
    if (!isCity && cityCountry && result.locate)
      problems.push(
        ...checkPhoneCountry({file, data: result.data, locate: result.locate}, cityCountry),
      );
    if (!isCity && result.data && result.locate)
      identityEntries.push({file, city: citySlug, data: result.data, locate: result.locate});
    if (!isCity && result.organization) {
      const previous = orgSeen.get(slug);
      if (previous) {
        // Reported on both files, so that checking only the new file (a pull request) still shows it.
        const fix = 'Rename the new file so that every organisation slug is unique across cities.';
        problems.push(
          problem(
            file,
            '(file)',
            'duplicate-slug',
            `The slug "${slug}" is already used by ${previous}.`,
            fix,
          ),
        );
        problems.push(
          problem(
            previous,
            '(file)',
            'duplicate-slug',
            `The slug "${slug}" is also used by ${file}.`,
            fix,
          ),
        );
        continue;
      }
      orgSeen.set(slug, file);
      organizations.push({slug, city: citySlug, file, data: result.organization});
    }
  }

  directoryResults.save();
  problems.push(...checkDuplicateEntries(identityEntries));

  // Markdown: docs, blog and their translations.
  const markdown: {file: string; tree: Root}[] = [];
  const blogKeys = {
    authors: yamlKeys(path.join(siteDir, 'blog/authors.yml')),
    tags: yamlKeys(path.join(siteDir, 'blog/tags.yml')),
  };
  for (const file of files.filter((f) => f.endsWith('.md') && !i18nPlacement.refused.has(f))) {
    const placement = classifyMarkdown(file);
    if (!placement) {
      if (file.startsWith('i18n/')) {
        problems.push(
          problem(
            file,
            '(file)',
            'i18n-layout',
            'Translated Markdown belongs in i18n/<locale>/docusaurus-plugin-content-docs/current/ or i18n/<locale>/docusaurus-plugin-content-blog/.',
            'Move the file next to the translations of the same section.',
          ),
        );
      }
      continue;
    }
    if (symlinks.has(file)) continue;
    const translated = translationPlacement(file);
    const result = guarded(
      file,
      () =>
        checkMarkdownFile({
          file,
          text: read(file),
          siteDir,
          kind: placement.kind,
          contentRoot: path.join(siteDir, placement.root),
          translationLocale: translated?.locale,
        }),
      problems,
    );
    if (!result) continue;
    problems.push(...result.problems);
    markdown.push({file, tree: result.tree});
    if (translated && result.translation) {
      const originalText =
        files.includes(translated.originalFile) && !symlinks.has(translated.originalFile)
          ? read(translated.originalFile)
          : undefined;
      const checked = checkTranslation({
        file,
        placement: translated,
        frontMatter: result.translation,
        originalText,
        locate: result.locateFrontMatter,
      });
      problems.push(...checked.problems);
      if (checked.state)
        translations.push({
          ...translated,
          ...checked.state,
          file,
          kind: placement.kind,
          frontMatter: result.translation,
          sections: result.sections,
        });
    }
    if (placement.kind === 'post')
      problems.push(...checkBlogKeys(result.frontMatter, blogKeys, result.locateFrontMatter, file));
    if (placement.kind === 'playbook' && placement.root === 'docs' && result.playbook) {
      const match = /^docs\/(playbooks\/([^/]+)\/[^/]+)\.md$/.exec(file);
      if (!match) {
        problems.push(
          problem(
            file,
            '(file)',
            'playbook-layout',
            'Playbooks live at docs/playbooks/<topic>/<slug>.md.',
            'Move the file into the folder of its main topic.',
          ),
        );
        continue;
      }
      playbooks.push({
        id: match[1]!,
        file,
        topic: match[2]!,
        frontMatter: result.playbook,
        sections: result.sections,
        locate: result.locateFrontMatter,
      });
    }
  }

  // Authors and tags, and their translations (Docusaurus reads i18n/<locale>/docusaurus-plugin-content-{blog,docs/current}/ first).
  const authorsFile = /^(?:blog|i18n\/[^/]+\/docusaurus-plugin-content-blog)\/authors\.yml$/;
  for (const file of files.filter(
    (f) => (authorsFile.test(f) || TAGS_FILE.test(f)) && readable(f),
  )) {
    const found = authorsFile.test(file)
      ? checkBlogAuthorsFile(file, read(file))
      : checkTagsFile(file, read(file));
    problems.push(...found);
    const original = file.replace(
      /^i18n\/[^/]+\/docusaurus-plugin-content-(blog|docs)(?:\/current)?\//,
      '$1/',
    );
    // A file that does not parse has its syntax error already; comparing its keys would only add a false one.
    if (
      original === file ||
      found.some((item) => item.severity === 'error' && item.rule === 'yaml-syntax')
    )
      continue;
    // A translation replaces the whole file for its locale: a missing key would break that locale's posts.
    const missing = [...yamlKeys(path.join(siteDir, original))].filter(
      (key) => !yamlKeys(path.join(siteDir, file)).has(key),
    );
    if (missing.length > 0) {
      problems.push(
        problem(
          file,
          '(file)',
          'translation-keys',
          `This translation of ${original} lacks ${missing.map((key) => `"${key}"`).join(', ')}.`,
          `Copy every entry of ${original} and translate only its label, name, title and description.`,
        ),
      );
    }
  }
  // Interface translations (code.json, navbar.json, footer.json…) and sidebar category files are page text too.
  const interfaceFiles = files.filter((f) => /^i18n\/[^/]+\/.+\.json$/.test(f) && readable(f));
  problems.push(
    ...checkInterfaceTranslations(interfaceFiles.map((file) => ({file, text: read(file)}))),
  );
  const docIds = new Set(
    files
      .filter((f) => /^docs\/.+\.md$/.test(f))
      .map((f) => f.slice('docs/'.length, -'.md'.length)),
  );
  const categoryFiles = files.filter(
    (f) => f.startsWith('docs/') && CATEGORY_FILE.test(f) && readable(f),
  );
  problems.push(
    ...checkCategoryFiles(
      categoryFiles.map((file) => ({file, text: read(file)})),
      docIds,
    ),
  );
  problems.push(...checkCrossReferences({cities, organizations, playbooks}));
  let collections: Collection[] = [];
  if (files.includes(COLLECTIONS_FILE) && !symlinks.has(COLLECTIONS_FILE)) {
    const checked = guarded(
      COLLECTIONS_FILE,
      () => checkCollections(read(COLLECTIONS_FILE), docIds),
      problems,
    );
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
  // Mirrors and the keys that sign the site's bundles (core maintainers' file, outside the content folders).
  let mirrors: MirrorsFile | undefined;
  const mirrorsPath = path.join(siteDir, MIRRORS_FILE);
  if (fs.existsSync(mirrorsPath)) {
    files.push(MIRRORS_FILE);
    if (fs.lstatSync(mirrorsPath).isSymbolicLink()) {
      problems.push(
        problem(
          MIRRORS_FILE,
          '(file)',
          'symlink',
          'Symbolic links are not allowed in contributed content: the build would publish whatever they point to.',
          'Replace the link with the file itself.',
        ),
      );
    } else {
      const checked = guarded(MIRRORS_FILE, () => checkMirrorsFile(read(MIRRORS_FILE)), problems);
      if (checked) {
        problems.push(...checked.problems);
        mirrors = checked.mirrors ?? undefined;
      }
    }
  }
  return {
    cities,
    organizations,
    playbooks,
    translations,
    collections,
    problems,
    files,
    ...(mirrors ? {mirrors} : {}),
  };
}

/** The repository this code belongs to; `npm run validate` checks its own content. */
const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');

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
function mirrorsRepositoryFile(siteDir: string, file: string): boolean {
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
 * Runs one file's checks; an unexpected failure becomes a problem for that
 * file instead of stopping the whole run.
 */
function guarded<T>(file: string, check: () => T, problems: Problem[]): T | undefined {
  try {
    return check();
  } catch (error) {
    problems.push(
      makeProblem({file}, '(file)', 'unreadable', {
        message: `The file could not be checked: ${(error as Error).message.split('\n')[0]}`,
        fix: 'Check that the file is UTF-8 text in the expected format; compare with templates/.',
      }),
    );
    return undefined;
  }
}

/** Top-level keys of a YAML map file (empty when the file is missing or not a map). */
function yamlKeys(file: string): Set<string> {
  if (!fs.existsSync(file)) return new Set();
  try {
    const data: unknown = parseYaml(fs.readFileSync(file, 'utf8'));
    return new Set(
      data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [],
    );
  } catch {
    return new Set();
  }
}

/**
 * Every file under the content folders, relative to the site root, sorted,
 * skipping dot-files. Interface translations (`i18n/**.json`) are listed:
 * their messages reach pages, so they are checked like any contribution.
 * Symbolic links are listed (and refused by the loader).
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

/**
 * Decides how a Markdown file is checked and which folder its links must stay in.
 * @param file - path relative to the site root
 * @returns null for files that are not contributed Markdown
 */
export function classifyMarkdown(file: string): {kind: MarkdownKind; root: string} | null {
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

function checkCrossReferences({
  cities,
  organizations,
  playbooks,
}: Pick<Coalition, 'cities' | 'organizations' | 'playbooks'>): Problem[] {
  const problems: Problem[] = [];
  const citySlugs = new Set(cities.map((city) => city.slug));
  const orgSlugs = new Set(organizations.map((org) => org.slug));
  const playbookIds = new Set(playbooks.map((playbook) => playbook.id));
  for (const playbook of playbooks) {
    const add = (path: (string | number)[], message: string, fix: string) =>
      problems.push(
        makeProblem(
          {file: playbook.file, ...playbook.locate(path)},
          `front matter.${formatField(path)}`,
          'cross-reference',
          {message: message, fix: fix},
        ),
      );
    if (!playbook.frontMatter.topics.includes(playbook.topic as never)) {
      add(
        ['topics'],
        `The playbook is in the "${playbook.topic}" folder but its topics do not include "${playbook.topic}".`,
        `Add ${playbook.topic} to topics, or move the file to the folder of its main topic.`,
      );
    }
    playbook.frontMatter.cities.forEach((city, index) => {
      if (!citySlugs.has(city))
        add(
          ['cities', index],
          `Unknown city "${city}".`,
          `Use a city slug that has a folder in directory/ (${[...citySlugs].join(', ') || 'none yet'}), or add the city first.`,
        );
    });
    playbook.frontMatter.organizations.forEach((org, index) => {
      if (!orgSlugs.has(org))
        add(
          ['organizations', index],
          `Unknown organisation "${org}".`,
          'Use the file name (without .yml) of an organisation in directory/, or add the organisation first.',
        );
    });
    (playbook.frontMatter.related ?? []).forEach((related, index) => {
      if (!playbookIds.has(related))
        add(
          ['related', index],
          `Unknown related playbook "${related}".`,
          'Write the id of an existing playbook as playbooks/<topic>/<slug>.',
        );
    });
  }
  return problems;
}
