import type {Problem} from '../problems';
import type {SiteFiles} from '../siteFiles/types';
import type {Check, CheckContext} from './check';
import {blogAuthorsFileCheck} from './blogAuthorsFile';
import {blogKeysCheck} from './blogKeys';
import {categoryFilesCheck} from './categoryFiles';
import {collectionsFileCheck} from './collectionsFile';
import {crossReferencesCheck} from './crossReferences';
import {directoryEntriesCheck} from './directoryEntries';
import {directoryLayoutCheck} from './directoryLayout';
import {duplicateEntriesCheck} from './duplicateEntries';
import {duplicateSlugsCheck} from './duplicateSlugs';
import {fileKindsCheck} from './fileKinds';
import {fileNamesCheck} from './fileNames';
import {i18nLayoutCheck} from './i18nLayout';
import {i18nPlacementCheck} from './i18nPlacement';
import {interfaceTranslationsCheck} from './interfaceTranslations';
import {markdownFilesCheck} from './markdownFiles';
import {mirrorsFileCheck} from './mirrorsFile';
import {phoneCountryCheck} from './phoneCountry';
import {playbookLayoutCheck} from './playbookLayout';
import {readFailuresCheck} from './readFailures';
import {siteLinksCheck} from './siteLinks';
import {tagsFileCheck} from './tagsFile';
import {tombstonedEntriesCheck} from './tombstonedEntries';
import {tombstonesFileCheck} from './tombstonesFile';
import {translationKeysCheck} from './translationKeys';
import {translationsCheck} from './translations';

/**
 * Every check `loadCoalition` runs, in order. A new check is one file in this folder exporting a
 * {@link Check} and one line here (a test fails when a check file is missing from this table).
 * The order is the order problems are reported in before sorting: among problems at the same place
 * of the same file, an earlier check's come first (a file's place before its content, its reading
 * before its parsing, each file before the checks across files).
 */
export const CHECKS: readonly Check[] = [
  // Which files may be there, and where.
  fileKindsCheck,
  i18nPlacementCheck,
  fileNamesCheck,
  directoryLayoutCheck,
  tombstonedEntriesCheck,
  readFailuresCheck,
  // Directory: the removal list, each entry, then across entries.
  tombstonesFileCheck,
  directoryEntriesCheck,
  phoneCountryCheck,
  duplicateSlugsCheck,
  duplicateEntriesCheck,
  // Markdown: placement, each file, translations, blog and playbook specifics.
  i18nLayoutCheck,
  markdownFilesCheck,
  translationsCheck,
  blogKeysCheck,
  playbookLayoutCheck,
  // Data files that are page text.
  blogAuthorsFileCheck,
  tagsFileCheck,
  translationKeysCheck,
  interfaceTranslationsCheck,
  categoryFilesCheck,
  // Across files.
  crossReferencesCheck,
  collectionsFileCheck,
  siteLinksCheck,
  // Outside the content folders.
  mirrorsFileCheck,
];

/**
 * Runs every check of the table over a site's files.
 * @param files - the site's files as loaded by `loadSiteFiles`
 * @param context - the site root and the entities that passed their schemas
 * @param checks - the table (default {@link CHECKS}; tests pass a part of it)
 * @returns every problem, in table order
 */
export function runChecks(
  files: SiteFiles,
  context: CheckContext,
  checks: readonly Check[] = CHECKS,
): Problem[] {
  return checks.flatMap((check) => check.run(files, context));
}
