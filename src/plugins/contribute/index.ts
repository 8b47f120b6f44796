import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {validateOptions, type ContributePluginOptions} from './options';
import {loadCoalitionOnce} from '../coalitionCache';
import type {ContributePageData} from './types';

/**
 * The contribute plugin: adds `/contribute` (in every locale) with the
 * organisation and playbook forms, and gives the page only the lists it
 * needs (cities with their countries, organisations, languages) through `createData`.
 */

// Absolute, so that a fixture site built from another content folder uses the same page.
const PAGE = path.resolve(__dirname, '../../pages/contribute/_routes/ContributePage');

/**
 * Languages offered even before any organisation lists them: the ones named
 * in templates/organization.yml (languages spoken in sanctuary cities).
 */
const COMMON_LANGUAGES = [
  'en',
  'es',
  'so',
  'hmn',
  'kar',
  'vi',
  'zh',
  'ht',
  'ar',
  'fr',
  'ru',
  'uk',
  'om',
  'am',
  'pt',
  'prs',
  'ps',
  'fa',
  'ti',
  'sw',
  'ne',
  'my',
  'qu',
  'yua',
  'mam',
  'quc',
];

/**
 * Creates the contribute plugin.
 * @param context - the Docusaurus load context (base URL per locale, site folder)
 * @param options - validated options (repository URL and branch for "Propose on GitHub", content folder)
 * @returns a plugin that loads the page's lists from the coalition and adds the route
 */
export default function contributePlugin(
  context: LoadContext,
  options: ContributePluginOptions,
): Plugin<ContributePageData> {
  const contentDir = options.contentDir ?? context.siteDir;
  return {
    name: 'sanctuary-contribute',

    async loadContent() {
      const coalition = await loadCoalitionOnce(contentDir);
      const used = coalition.organizations.flatMap((org) => org.data.languages);
      return {
        repositoryUrl: options.repositoryUrl,
        branch: options.branch,
        cities: coalition.cities
          .map((city) => ({slug: city.slug, name: city.data.name, country: city.data.country}))
          .sort((a, b) => a.name.localeCompare(b.name)),
        organizations: coalition.organizations
          .map((org) => ({slug: org.slug, name: org.data.name, city: org.city}))
          .sort((a, b) => a.name.localeCompare(b.name)),
        languages: [...new Set([...COMMON_LANGUAGES, ...used])],
      };
    },

    async contentLoaded({content, actions}) {
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, options.routeBasePath]),
        component: PAGE,
        exact: true,
        modules: {data: await actions.createData('contribute.json', JSON.stringify(content))},
      });
    },
  };
}

contributePlugin.validateOptions = validateOptions;
