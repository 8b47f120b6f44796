/**
 * Static pages plugin: the organisation count costs no page weight.
 *
 * Every client route costs every page bytes (route config, chunk names, a
 * registry entry per data module: Docusaurus #7256). This plugin gives the
 * production CLIENT bundle one parameterised route per family of pages that
 * grows with the coalition — organisations, city hubs, playbooks — instead of
 * one route per page (see `clientRoutes.ts`). The server bundle is untouched:
 * every page is still rendered, checked for broken links, listed in the
 * sitemap and indexed for search. Pages carry their props in their HTML and
 * hydrate from there (`src/components/StaticPage`).
 *
 * Not applied by `docusaurus start`: the dev server keeps every route.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {matchPath} from 'react-router';
import {normalizeUrl} from '@docusaurus/utils';
import {type SitePaths, sitePaths as defaultSitePaths} from '../../lib/sitePaths';
import {pruneDocsGlobalData, pruneVersionDocs, readRegistry, replaceRegistryModules, rewriteClientRoutes, withoutPrismClientModule, type StaticRouteFamily} from './clientRoutes';

/** Options: the site's paths (default: `src/lib/sitePaths` defaults). */
export type StaticPagesOptions = {paths?: SitePaths};

const PAGES = path.resolve(__dirname, '../../pages');
const COMPONENTS = path.resolve(__dirname, '../../components/StaticPage');
/** Folder, inside the generated-files folder, for the client's copies of the route files. */
const OUTPUT_FOLDER = 'sanctuary-static-pages';

/**
 * The families of a locale's site.
 * @param baseUrl - the locale's base URL, e.g. `/` or `/es/`
 * @param paths - the site's paths
 */
export function staticRouteFamilies(baseUrl: string, paths: SitePaths): StaticRouteFamily[] {
  const family = (id: string, pattern: string, component: (module: string) => boolean, clientComponent?: string): StaticRouteFamily => {
    const clientPath = normalizeUrl([baseUrl, pattern]);
    return {id, clientPath, clientComponent, matches: (route) => component(route.component) && matchPath(route.path, {path: clientPath, exact: true}) !== null};
  };
  const page = (name: string) => (module: string) => module === `${PAGES}/directory/_routes/${name}`;
  return [
    family('organization', paths.patterns.organization, page('OrganizationPage')),
    family('city', paths.patterns.city, page('CityPage')),
    family('playbook', paths.patterns.playbook, (module) => module === '@theme/DocItem', `${COMPONENTS}/StaticDocItem`),
  ];
}

export default function staticPagesPlugin(context: LoadContext, options: StaticPagesOptions = {}): Plugin<void> {
  const paths = options.paths ?? defaultSitePaths;
  return {
    name: 'sanctuary-static-pages',

    getClientModules() {
      return [`${COMPONENTS}/clientModule`];
    },

    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      const generated = context.generatedFilesDir;
      const read = (file: string) => fs.readFileSync(path.join(generated, file), 'utf8');
      const families = staticRouteFamilies(context.baseUrl, paths);
      const rewritten = rewriteClientRoutes({routes: read('routes.js'), routesChunkNames: read('routesChunkNames.json'), registry: read('registry.js')}, families);
      const isStatic = (routePath: string) => families.some((family) => family.matches({path: routePath, component: '@theme/DocItem'}));
      const globalData = pruneDocsGlobalData(JSON.parse(read('globalData.json')) as {[plugin: string]: unknown}, isStatic);

      const out = path.join(generated, OUTPUT_FOLDER);
      fs.mkdirSync(out, {recursive: true});

      // The docs version's props list every doc (title, description): the client's copy lists no playbook.
      const playbookIds = /^playbooks\//;
      const replacements = new Map<string, string>();
      for (const {modulePath} of readRegistry(rewritten.registry).values()) {
        const match = /^@generated\/(docusaurus-plugin-content-docs\/.+\.json)$/.exec(modulePath);
        if (!match) continue;
        const pruned = pruneVersionDocs(JSON.parse(read(match[1]!)) as object, (id) => playbookIds.test(id));
        if (!pruned) continue;
        const copy = path.join(out, `props-${replacements.size}.json`);
        fs.writeFileSync(copy, JSON.stringify(pruned));
        replacements.set(modulePath, copy);
      }

      const files: {[module: string]: [string, string]} = {
        routes: ['routes.js', rewritten.routes],
        routesChunkNames: ['routesChunkNames.json', rewritten.routesChunkNames],
        registry: ['registry.js', replaceRegistryModules(rewritten.registry, replacements)],
        globalData: ['globalData.json', JSON.stringify(globalData)],
      };
      const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
      if (!prism?.additionalLanguages?.length) files['client-modules'] = ['client-modules.js', withoutPrismClientModule(read('client-modules.js'))];
      for (const [file, text] of Object.values(files)) fs.writeFileSync(path.join(out, file), text);
      const removed = rewritten.summary.map((entry) => `${entry.removed} ${entry.family} routes → ${entry.clientPath}`).join(', ');
      console.log(`[static-pages] client routes for ${context.i18n.currentLocale}: ${removed || 'no family found'}`);

      // Exact-match aliases, placed before Docusaurus's own `@generated` alias so they win.
      const alias = (config.resolve?.alias ?? {}) as {[key: string]: string | false | string[]};
      config.resolve = {...config.resolve, alias: {...Object.fromEntries(Object.entries(files).map(([name, [file]]) => [`@generated/${name}$`, path.join(out, file)])), ...alias}};
      return {};
    },
  };
}
