import fs from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {siteCountries} from '../cityCountry';
import {setProsePhoneRegions} from '../rules/phoneInText';
import {slugSchema} from '../schema/common';
import {checkTranslation, translationPlacement} from '../i18n/translations';
import {readTombstones, TOMBSTONES_FILE} from '../tombstones';
import type {Tombstone} from '../schema/tombstone';
import {checkCollections, COLLECTIONS_FILE} from '../collections';
import {openDirectoryResults, type DirectoryResults} from '../validation/directoryResults';
import {openMarkdownResults, type MarkdownResults} from '../validation/markdownResults';
import {checkI18nPlacement} from '../checks/i18nPlacement';
import {CATEGORY_FILE} from '../checks/categoryFiles';
import {TAGS_FILE} from '../checks/tagsFile';
import {checkMirrorsFile, MIRRORS_FILE} from '../checks/mirrorsFile';
import {
  AUTHORS_FILE,
  classifyMarkdown,
  docIdsOf,
  INTERFACE_FILE,
  listFiles,
  mirrorsRepositoryFile,
  untranslatedPath,
} from './listing';
import {markdownJob} from './markdownJob';
import {openReader, type SiteReader} from './reader';
import type {DirectoryFile, MarkdownFile, MirrorsRead, SiteFiles, TextFile} from './types';

/**
 * Lists and reads every contributed file of a site once: `directory/`, `docs/`, `blog/`, `i18n/` and
 * `mirrors.yml`. Each file is parsed by its own parser (directory entries through the cache of
 * src/lib/validation, Markdown, tombstones, collections, mirrors), and the results are returned by
 * kind for the checks of src/lib/checks/registry.ts. Symbolic links and files refused by their place
 * under i18n/ are never read. Also sets the phone regions that prose is read for (the countries of
 * the site's cities), a process-wide setting the Markdown and directory checks use.
 * @param siteDir - absolute path of the site root (the folder with docusaurus.config.ts)
 * @param options.now - the reference date for freshness warnings (default: now)
 * @returns the files by kind, with the problems of reading them (`readProblems`)
 * @throws only when a file the listing found cannot be read at all (not for bad content)
 */
export function loadSiteFiles(siteDir: string, options: {now?: Date} = {}): SiteFiles {
  const reader = openReader(siteDir);
  // Prose is read for the national phone formats of every country the coalition's cities are in.
  setProsePhoneRegions(siteCountries(siteDir));
  const listed = listFiles(siteDir);
  const symlinks = refusedLinks(siteDir, listed);
  const i18nRefused = checkI18nPlacement(listed).refused;
  const readable = (file: string) => !symlinks.has(file) && !i18nRefused.has(file);
  const readAll = (test: (file: string) => boolean): TextFile[] =>
    listed.filter((f) => test(f) && readable(f)).map((file) => ({file, text: reader.read(file)}));
  const tombstones = readTombstones(
    listed.includes(TOMBSTONES_FILE) && !symlinks.has(TOMBSTONES_FILE)
      ? reader.read(TOMBSTONES_FILE)
      : undefined,
  );
  const now = options.now ?? new Date();
  // Files checked before (same text, same validator, same countries) are not checked again; the day's checks are.
  const directoryResults = openDirectoryResults(siteDir, now);
  const directory = readDirectory(
    listed,
    {symlinks, tombstones: tombstones.tombstones},
    reader,
    directoryResults,
  );
  directoryResults.save();
  const markdownResults = openMarkdownResults(siteDir);
  const markdown = readMarkdown(siteDir, listed, {symlinks, i18nRefused}, reader, {
    results: markdownResults,
    today: now.toISOString().slice(0, 10),
  });
  markdownResults.save();
  const authors = readAll((f) => AUTHORS_FILE.test(f));
  const tags = readAll((f) => TAGS_FILE.test(f));
  const interfaceTranslations = readAll((f) => INTERFACE_FILE.test(f));
  const categoryFiles = readAll((f) => f.startsWith('docs/') && CATEGORY_FILE.test(f));
  const collections =
    listed.includes(COLLECTIONS_FILE) && !symlinks.has(COLLECTIONS_FILE)
      ? reader.guarded(COLLECTIONS_FILE, () =>
          checkCollections(reader.read(COLLECTIONS_FILE), docIdsOf(listed)),
        )
      : undefined;
  const mirrors = readMirrors(siteDir, reader);
  return {
    siteDir,
    listed,
    checked: mirrors ? [...listed, MIRRORS_FILE] : listed,
    symlinks,
    i18nRefused,
    readProblems: reader.problems,
    tombstones,
    directory,
    markdown,
    authors,
    tags,
    yamlKeys: keyFiles(siteDir, [...authors, ...tags]),
    interfaceTranslations,
    categoryFiles,
    ...(collections ? {collections} : {}),
    ...(mirrors ? {mirrors} : {}),
  };
}

/**
 * Symbolic links are refused once (checks/fileKinds.ts) and never read, except a test site's
 * mirror of the repository's own file (listing.ts, `mirrorsRepositoryFile`).
 */
function refusedLinks(siteDir: string, listed: readonly string[]): Set<string> {
  return new Set(
    listed.filter(
      (file) =>
        fs.lstatSync(path.join(siteDir, file)).isSymbolicLink() &&
        !mirrorsRepositoryFile(siteDir, file),
    ),
  );
}

/**
 * Reads `directory/`: city hubs first, so that each organisation is checked against its city (a
 * slug may sort before _city.yml). Files that are misplaced, badly named, tombstoned or refused
 * links are kept with their shape but not read.
 */
function readDirectory(
  listed: readonly string[],
  skip: {symlinks: ReadonlySet<string>; tombstones: ReadonlyMap<string, Tombstone>},
  reader: SiteReader,
  results: DirectoryResults,
): DirectoryFile[] {
  const files = listed.filter((f) => f.startsWith('directory/') && f !== TOMBSTONES_FILE);
  const isCityFile = (f: string) => f.endsWith('/_city.yml');
  return [...files.filter(isCityFile), ...files.filter((f) => !isCityFile(f))].map((file) => {
    const shaped = directoryShape(file, skip.tombstones);
    if (shaped.shape !== 'entry' || shaped.tombstone || skip.symlinks.has(file)) return shaped;
    const kind = shaped.isCity ? 'city' : 'organization';
    const result = reader.guarded(file, () => results.check({file, text: reader.read(file), kind}));
    return result ? {...shaped, result} : shaped;
  });
}

/** Where a directory file stands: its city and slug when its place and name are those of an entry. */
function directoryShape(file: string, tombstones: ReadonlyMap<string, Tombstone>): DirectoryFile {
  if (file.endsWith('.mdx')) return {file, shape: 'mdx'};
  const parts = file.split('/');
  if (parts.length !== 3 || !/\.yml$/.test(file)) return {file, shape: 'unexpected'};
  const [, city, name] = parts as [string, string, string];
  const isCity = name === '_city.yml';
  const slug = isCity ? city : name.replace(/\.yml$/, '');
  if (!slugSchema.safeParse(slug).success) return {file, shape: 'bad-slug', slug, isCity};
  const tombstone = isCity ? undefined : tombstones.get(slug);
  return {file, shape: 'entry', city, slug, isCity, ...(tombstone ? {tombstone} : {})};
}

/**
 * Reads the Markdown of docs, blog and their translations (not symbolic links, not files refused
 * by their place, not files outside the published folders), and compares each translation whose
 * front matter passed with its original.
 */
function readMarkdown(
  siteDir: string,
  listed: readonly string[],
  skip: {symlinks: ReadonlySet<string>; i18nRefused: ReadonlySet<string>},
  reader: SiteReader,
  markdownCache: {results: MarkdownResults; today: string},
): MarkdownFile[] {
  const out: MarkdownFile[] = [];
  for (const file of listed.filter((f) => f.endsWith('.md') && !skip.i18nRefused.has(f))) {
    const placement = classifyMarkdown(file);
    if (!placement || skip.symlinks.has(file)) continue;
    const translated = translationPlacement(file);
    const result = reader.guarded(file, () =>
      markdownCache.results.check(
        markdownJob(siteDir, file, reader.read(file))!,
        markdownCache.today,
      ),
    );
    if (!result) continue;
    if (!translated || !result.translation) {
      out.push({file, placement, result});
      continue;
    }
    const original = translated.originalFile;
    const originalText =
      listed.includes(original) && !skip.symlinks.has(original) ? reader.read(original) : undefined;
    const checked = checkTranslation({
      file,
      placement: translated,
      frontMatter: result.translation,
      originalText,
      locate: result.locateFrontMatter,
    });
    out.push({file, placement, result, translation: {placement: translated, ...checked}});
  }
  return out;
}

/**
 * Top-level keys of the blog's authors and tags files, and of each authors or tags file and its
 * original, for the unknown-author/tag and translation-keys checks. Read from the disk as they are
 * (a missing file or one that is not a map has no keys).
 */
function keyFiles(siteDir: string, files: readonly TextFile[]): Map<string, Set<string>> {
  const paths = ['blog/authors.yml', 'blog/tags.yml'];
  for (const {file} of files) paths.push(file, untranslatedPath(file));
  return new Map(paths.map((file) => [file, yamlKeys(path.join(siteDir, file))]));
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

/** Reads `mirrors.yml` at the site root, unless it is a symbolic link (then only that is known). */
function readMirrors(siteDir: string, reader: SiteReader): MirrorsRead | undefined {
  const full = path.join(siteDir, MIRRORS_FILE);
  if (!fs.existsSync(full)) return undefined;
  if (fs.lstatSync(full).isSymbolicLink()) return {symlink: true};
  const checked = reader.guarded(MIRRORS_FILE, () => checkMirrorsFile(reader.read(MIRRORS_FILE)));
  return {symlink: false, ...(checked ? {checked} : {})};
}
