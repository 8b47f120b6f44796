import type {DirectoryEntryResult} from '../directoryEntry';
import type {MarkdownFileResult} from '../markdownFile';
import type {Problem} from '../problems';
import type {Collection} from '../schema/collection';
import type {MirrorsFile} from '../schema/mirrors';
import type {Tombstone} from '../schema/tombstone';
import type {TranslationPlacement, TranslationState} from '../i18n/translations';
import type {MarkdownPlacement} from './listing';

/**
 * The site's files as read once by `loadSiteFiles` (./loadSiteFiles.ts), by kind. Checks
 * (src/lib/checks/registry.ts) read these instead of the disk. Paths are relative to the site
 * root, with forward slashes.
 */

/** A file's path and text. */
export type TextFile = {file: string; text: string};

/**
 * A file under `directory/`, in the order entries are checked (city hubs first, so that each
 * organisation is checked against its city).
 * - `mdx`: an .mdx file (refused by the file-kind check, nothing more to say);
 * - `unexpected`: not `directory/<city>/<name>.yml`;
 * - `bad-slug`: its name cannot be a page address;
 * - `entry`: a city hub or an organisation; `result` is missing when it was tombstoned, is a
 *   refused link, or could not be checked.
 */
export type DirectoryFile =
  | {file: string; shape: 'mdx' | 'unexpected'}
  | {file: string; shape: 'bad-slug'; slug: string; isCity: boolean}
  | {
      file: string;
      shape: 'entry';
      city: string;
      slug: string;
      isCity: boolean;
      tombstone?: Tombstone;
      /** The schema and content rules' result (src/lib/directoryEntry.ts, cached between runs). */
      result?: DirectoryEntryResult;
    };

/** A directory entry that was checked. */
export type CheckedEntry = Extract<DirectoryFile, {shape: 'entry'}> & {
  result: DirectoryEntryResult;
};

/** A translated Markdown file compared with its original (src/lib/i18n/translations.ts). */
export type TranslationCheck = {
  placement: TranslationPlacement;
  problems: Problem[];
  state?: TranslationState;
};

/** A Markdown file (docs, blog, translations) that was checked (src/lib/markdownFile.ts). */
export type MarkdownFile = {
  file: string;
  placement: MarkdownPlacement;
  result: MarkdownFileResult;
  /** Translated files whose front matter passed: the comparison with the original. */
  translation?: TranslationCheck;
};

/** `mirrors.yml` at the site root (core maintainers' file, outside the content folders). */
export type MirrorsRead =
  {symlink: true} | {symlink: false; checked?: {problems: Problem[]; mirrors: MirrorsFile | null}};

/** Every contributed file of a site, read and parsed once. */
export type SiteFiles = {
  /** Absolute site root. */
  siteDir: string;
  /** Every file under the content folders, sorted (listing.ts). */
  listed: string[];
  /** Every file checked: `listed`, then `mirrors.yml` when present. */
  checked: string[];
  /** Listed symbolic links that are refused (and never read). */
  symlinks: ReadonlySet<string>;
  /** Files under i18n/ refused by their place (checks/i18nPlacement.ts), never read. */
  i18nRefused: ReadonlySet<string>;
  /** Problems of reading: encoding, and files whose parser failed. */
  readProblems: Problem[];
  /** `directory/_tombstones.yml`: organisations removed on request, and the problems of the file. */
  tombstones: {problems: Problem[]; tombstones: Map<string, Tombstone>};
  directory: DirectoryFile[];
  markdown: MarkdownFile[];
  /** Blog authors files and their translations. */
  authors: TextFile[];
  /** Tags files (blog, docs) and their translations. */
  tags: TextFile[];
  /** Top-level keys of the YAML map files that authors, tags and their translations are compared by. */
  yamlKeys: ReadonlyMap<string, Set<string>>;
  /** Interface translations: `i18n/<locale>/**.json`. */
  interfaceTranslations: TextFile[];
  /** Sidebar category files under docs/. */
  categoryFiles: TextFile[];
  /** `docs/collections.yml`, checked, when present and readable. */
  collections?: {problems: Problem[]; collections: Collection[]};
  mirrors?: MirrorsRead;
};
