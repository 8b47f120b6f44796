import type {FoundSection, MarkdownKind} from '../markdownFile';
import type {City} from '../schema/city';
import type {Organization} from '../schema/organization';
import type {PlaybookFrontMatter} from '../schema/playbook';
import type {TranslationFrontMatter} from '../schema/translation';
import type {TranslationPlacement, TranslationState} from '../i18n/translations';
import {PLAYBOOK_PATH} from './playbookPath';
import type {CheckedEntry, SiteFiles} from './types';

/**
 * What the site's files describe once read: cities, organisations, playbooks and translations that
 * passed their schemas. The checks that look across files (links, cross-references) and the
 * Coalition (../coalition.ts) use these.
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

/** The entities the cross-file checks read. */
export type Entities = {
  cities: LoadedCity[];
  organizations: LoadedOrganization[];
  playbooks: LoadedPlaybook[];
};

/**
 * Directory entries that were checked (not tombstoned, not links, not failed), in check order.
 * @param files - the site's files
 */
export function checkedEntries(files: Pick<SiteFiles, 'directory'>): CheckedEntry[] {
  return files.directory.filter(
    (entry): entry is CheckedEntry => entry.shape === 'entry' && entry.result !== undefined,
  );
}

/**
 * The cities, organisations and playbooks that passed their schemas. An organisation whose slug is
 * already used by an earlier one is left out (checks/duplicateSlugs.ts reports it).
 * @param files - the site's files
 */
export function entitiesOf(files: Pick<SiteFiles, 'directory' | 'markdown'>): Entities {
  const cities: LoadedCity[] = [];
  const organizations: LoadedOrganization[] = [];
  const seen = new Set<string>();
  for (const {file, city, slug, isCity, result} of checkedEntries(files)) {
    if (isCity && result.city) cities.push({slug: city, file, data: result.city});
    if (isCity || !result.organization || seen.has(slug)) continue;
    seen.add(slug);
    organizations.push({slug, city, file, data: result.organization});
  }
  return {cities, organizations, playbooks: playbooksOf(files)};
}

/** English playbooks whose front matter passed, at `docs/playbooks/<topic>/<slug>.md`. */
function playbooksOf(files: Pick<SiteFiles, 'markdown'>): LoadedPlaybook[] {
  const playbooks: LoadedPlaybook[] = [];
  for (const {file, placement, result} of files.markdown) {
    if (placement.kind !== 'playbook' || placement.root !== 'docs' || !result.playbook) continue;
    const match = PLAYBOOK_PATH.exec(file);
    if (!match) continue;
    playbooks.push({
      id: match[1]!,
      file,
      topic: match[2]!,
      frontMatter: result.playbook,
      sections: result.sections,
      locate: result.locateFrontMatter,
    });
  }
  return playbooks;
}

/**
 * Translations of playbooks, guides and blog posts whose front matter passed and whose original exists.
 * @param files - the site's files
 */
export function translationsOf(files: Pick<SiteFiles, 'markdown'>): LoadedTranslation[] {
  const out: LoadedTranslation[] = [];
  for (const {file, placement, result, translation} of files.markdown) {
    if (!translation?.state || !result.translation) continue;
    out.push({
      ...translation.placement,
      ...translation.state,
      file,
      kind: placement.kind,
      frontMatter: result.translation,
      sections: result.sections,
    });
  }
  return out;
}
