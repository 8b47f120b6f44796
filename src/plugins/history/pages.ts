import type {Coalition, LoadedCity, LoadedOrganization} from '../../lib/coalition';
import {COLLECTIVE_AUTHOR, type PageProvenance, type ProvenanceContext} from '../../lib/provenance';
import {getGitHistory, getPageProvenance} from '../historyCache';
import {createSitePaths} from '../../lib/sitePaths';

/**
 * Provenance (history + citation) of each kind of page, with the authors the
 * issue asks for: a playbook's contributing organisations, an organisation
 * itself, and the coalition's contributors for a city hub.
 */

/** Site settings needed to describe pages. */
export type SiteSettings = {
  contentDir: string;
  siteUrl: string;
  siteName: string;
  repositoryUrl: string;
  branch: string;
  now: Date;
};

/**
 * The provenance context of a site (reads Git once per process).
 * @param settings - content folder, URLs and build date
 */
export function provenanceContext(settings: SiteSettings): ProvenanceContext {
  return {
    history: getGitHistory(settings.contentDir),
    siteUrl: settings.siteUrl,
    siteName: settings.siteName,
    repositoryUrl: settings.repositoryUrl,
    branch: settings.branch,
    buildDate: settings.now.toISOString().slice(0, 10),
  };
}

/** Provenance of `/directory/<city>/<org>`. */
export function organizationProvenance(
  context: ProvenanceContext,
  org: LoadedOrganization,
  routeBasePath = 'directory',
): PageProvenance {
  return getPageProvenance(context, {
    file: org.file,
    sitePath: createSitePaths({directory: routeBasePath}).organization(org.city, org.slug),
    title: org.data.name,
    authors: [org.data.name],
    language: 'en',
  });
}

/** Provenance of `/directory/<city>`. */
export function cityProvenance(
  context: ProvenanceContext,
  city: LoadedCity,
  routeBasePath = 'directory',
): PageProvenance {
  return getPageProvenance(context, {
    file: city.file,
    sitePath: createSitePaths({directory: routeBasePath}).city(city.slug),
    title: `${city.data.name} city hub`,
    authors: [COLLECTIVE_AUTHOR],
    language: 'en',
  });
}

const namesByCoalition = new WeakMap<Coalition, Map<string, string>>();

/** Organisation names by slug, made once per coalition (a playbook page needs a few; there may be 10,000). */
function organizationNames(coalition: Coalition): Map<string, string> {
  let names = namesByCoalition.get(coalition);
  if (!names) {
    names = new Map(coalition.organizations.map((org) => [org.slug, org.data.name]));
    namesByCoalition.set(coalition, names);
  }
  return names;
}

/**
 * Provenance of a playbook page.
 * @param playbook - its title and the slugs of its contributing organisations (front matter `organizations`)
 * @param file - the Markdown file actually rendered (a translation under i18n/ has its own history)
 * @param sitePath - the page path, e.g. `/docs/playbooks/rapid-response/minneapolis-hotline` or `/es/docs/…`
 * @param language - BCP-47 language of that file
 */
export function playbookProvenance(
  context: ProvenanceContext,
  coalition: Coalition,
  playbook: {title: string; organizations: readonly string[]},
  file: string,
  sitePath: string,
  language: string,
): PageProvenance {
  const names = organizationNames(coalition);
  const authors = playbook.organizations.flatMap((slug) => names.get(slug) ?? []);
  return getPageProvenance(context, {
    file,
    sitePath,
    title: playbook.title,
    authors: authors.length > 0 ? authors : [COLLECTIVE_AUTHOR],
    language,
  });
}
