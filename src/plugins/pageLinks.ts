import type {Coalition, LoadedOrganization, LoadedPlaybook} from '../lib/coalition';
import {DEFAULT_LOCALE} from '../lib/i18n/locales';
import {translationOf} from '../lib/i18n/translations';
import type {SitePaths} from '../lib/sitePaths';
import type {NamedLink, PlaybookListItem} from './compare/types';

/**
 * Links to the site's own pages as the page data of several plugins lists
 * them (directory, compare, topic hubs), built one way so that a city, an
 * organisation or a playbook reads the same wherever it is listed.
 */

/**
 * A link to a city hub.
 * @param coalition - the loaded coalition
 * @param slug - the city's folder name (an unknown slug is named by itself)
 * @param paths - the site's paths
 */
export function cityLink(coalition: Coalition, slug: string, paths: SitePaths): NamedLink {
  const city = coalition.cities.find((candidate) => candidate.slug === slug);
  return {slug, name: city?.data.name ?? slug, permalink: paths.city(slug)};
}

/**
 * A link to an organisation's contact page.
 * @param org - the organisation
 * @param paths - the site's paths
 */
export function organizationLink(org: LoadedOrganization, paths: SitePaths): NamedLink {
  return {slug: org.slug, name: org.data.name, permalink: paths.organization(org.city, org.slug)};
}

/**
 * A playbook in a list, in the reader's language: title and description of
 * its translation into `locale` when there is one, else of the English original.
 * @param coalition - the loaded coalition (with its translations)
 * @param locale - the page's locale, e.g. `es`
 * @param playbook - the English original
 * @param paths - the site's paths
 * @returns the list item; `lang` is the language of title and description (BCP-47)
 */
export function playbookListItem(
  coalition: Coalition,
  locale: string,
  playbook: LoadedPlaybook,
  paths: SitePaths,
): PlaybookListItem {
  const {frontMatter} = playbook;
  const translation = translationOf(coalition, locale, playbook.file);
  return {
    id: playbook.id,
    title: translation?.frontMatter.title ?? frontMatter.title,
    description: translation?.frontMatter.description ?? frontMatter.description,
    lang: translation ? locale : DEFAULT_LOCALE,
    permalink: paths.doc(playbook.id),
    maturity: frontMatter.maturity,
    lastReviewed: frontMatter.last_reviewed,
  };
}
