import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import type {Coalition} from '../../lib/coalition';
import {forgetCoalition, loadCoalitionOnce} from '../coalitionCache';
import {processMap} from '../../lib/processCache';
import {validateOptions, type DirectoryPluginOptions as DirectoryPluginOptions} from './options';
import {coalitionMapData} from '../compare/mapData';
import {createSitePaths} from '../../lib/sitePaths';
import {siteRootUrl} from '../../lib/siteUrl';
import {qrDrawing} from '../../lib/qrCode';
import {cityPageData, directoryPageData, organizationPageData, type PageDataContext} from './pageData';
import {cityProvenance, organizationProvenance, provenanceContext} from '../history/pages';

/** Content folders whose coalition this process has loaded (a second load is an `npm start` reload). */
// A process-wide map (Docusaurus evaluates this module afresh for each locale, see src/lib/processCache).
const loadedOnce = processMap<string, true>('directory-loaded');

// Absolute, so that a fixture site built from another content folder uses the same pages.
const ROUTES = path.resolve(__dirname, '../../pages/directory/_routes');

/**
 * The directory plugin: loads `directory/<city>/*.yml` through the
 * validator's code and adds `/directory`, `/directory/<city>` and
 * `/directory/<city>/<org>`. Each route gets only its own data through
 * `createData`, so a page's JavaScript does not grow with the directory.
 */
export default function directoryPlugin(context: LoadContext, options: DirectoryPluginOptions): Plugin<Coalition> {
  const {baseUrl, i18n} = context;
  const contentDir = options.contentDir ?? context.siteDir;
  return {
    name: 'sanctuary-directory',

    getPathsToWatch() {
      return [path.join(contentDir, 'directory/**/*.yml'), path.join(contentDir, 'docs/playbooks/**/*.md')];
    },

    async loadContent() {
      // A build reads and checks the coalition once per process, for every locale. During `npm start`
      // loadContent runs again when a watched file changed: then read everything again.
      if (process.env.NODE_ENV !== 'production' && loadedOnce.has(contentDir)) forgetCoalition(contentDir);
      loadedOnce.set(contentDir, true);
      return loadCoalitionOnce(contentDir);
    },

    async contentLoaded({content, actions}) {
      const {addRoute, createData} = actions;
      const pageContext: PageDataContext = {
        coalition: content,
        locale: i18n.currentLocale,
        routeBasePath: options.routeBasePath,
        editUrlBase: `${options.repositoryUrl.replace(/\/$/, '')}/edit/${options.branch}/`,
        repositoryUrl: options.repositoryUrl,
        now: new Date(),
      };
      const route = async (routePath: string, component: string, dataName: string, data: unknown, extra: Record<string, string> = {}) =>
        addRoute({
          path: normalizeUrl([baseUrl, routePath]),
          component: `${ROUTES}/${component}`,
          exact: true,
          modules: {data: await createData(dataName, JSON.stringify(data)), ...extra},
        });

      const paths = createSitePaths({directory: options.routeBasePath});
      const map = await createData('directory-map.json', JSON.stringify(coalitionMapData(content, options.routeBasePath)));
      await route(paths.directory(), 'DirectoryPage', 'directory.json', directoryPageData(pageContext), {map});
      // Last updated (from Git), history link and citations of each page (src/plugins/history).
      const provenance = provenanceContext({contentDir, siteUrl: siteRootUrl(context.siteConfig.url, context.siteConfig.baseUrl), siteName: context.siteConfig.title, repositoryUrl: options.repositoryUrl, branch: options.branch, now: pageContext.now});
      const asOf = pageContext.now.toISOString().slice(0, 10);
      for (const city of content.cities) {
        // The printed card's QR code leads to this page in this locale (base URL included).
        const url = `${context.siteConfig.url.replace(/\/+$/, '')}${normalizeUrl([baseUrl, paths.city(city.slug)])}`;
        const pocketCard = {url, qr: await qrDrawing(url), asOf};
        await route(paths.city(city.slug), 'CityPage', `city-${city.slug}.json`, {...cityPageData(pageContext, city.slug), provenance: cityProvenance(provenance, city, options.routeBasePath), pocketCard});
      }
      for (const org of content.organizations) {
        if (!content.cities.some((city) => city.slug === org.city)) continue;
        await route(paths.organization(org.city, org.slug), 'OrganizationPage', `organization-${org.city}-${org.slug}.json`, {...organizationPageData(pageContext, org), provenance: organizationProvenance(provenance, org, options.routeBasePath)});
      }
    },
  };
}

// Docusaurus reads the validator from the plugin function when the config passes the function itself.
directoryPlugin.validateOptions = validateOptions;
