import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin, PluginConfig} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import type {Coalition} from '../../lib/coalition';
import {TAXONOMY_SLUGS} from '../../lib/taxonomy';
import {loadCoalitionOnce} from '../coalitionCache';
import {coalitionMapData} from './mapData';
import {
  comparePageData,
  compareTopics,
  splitComparePageData,
  startHereData,
  topicPageData,
  type ComparePageContext,
} from './pageData';
import type {CompareSectionsFile} from './types';
import {validateOptions, type ComparePluginOptions} from './options';
import {sitePaths as defaultSitePaths, type SitePaths} from '../../lib/sitePaths';

// Absolute, so that a fixture site built from another content folder uses the same pages.
const PAGES = path.resolve(__dirname, '../../pages');

/**
 * The compare plugin: `/compare` and `/compare/<topic>` (playbooks side by
 * side, section by section), `/topics/<topic>` hubs, `/start-here` paths,
 * and the home page `/` with the coalition map. Section HTML and the map are
 * computed here at build time and reach only the routes that show them,
 * through `createData`.
 */
function comparePlugin(
  context: LoadContext,
  options: ComparePluginOptions = {},
): Plugin<Coalition> {
  const {baseUrl, i18n} = context;
  const contentDir = options.contentDir ?? context.siteDir;
  const paths = options.paths ?? defaultSitePaths;
  // Sections files of this locale's comparisons, written next to its pages after the build.
  const sectionsFiles = new Map<string, CompareSectionsFile>();
  return {
    name: 'sanctuary-compare',

    getPathsToWatch() {
      return [path.join(contentDir, 'docs/**/*.{md,yml}')];
    },

    async loadContent() {
      return loadCoalitionOnce(contentDir);
    },

    async contentLoaded({content, actions}) {
      const {addRoute, createData} = actions;
      const pageContext: ComparePageContext = {
        coalition: content,
        locale: i18n.currentLocale,
        baseUrl,
        readDoc: (file) => fs.readFileSync(path.join(contentDir, file), 'utf8'),
        paths: options.paths ?? defaultSitePaths,
      };
      const route = async (
        routePath: string,
        component: string,
        modules: Record<string, [string, unknown]>,
      ) =>
        addRoute({
          path: normalizeUrl([baseUrl, routePath]),
          component: `${PAGES}/${component}`,
          exact: true,
          modules: Object.fromEntries(
            await Promise.all(
              Object.entries(modules).map(
                async ([name, [file, data]]) =>
                  [name, await createData(file, JSON.stringify(data))] as const,
              ),
            ),
          ),
        });

      // The home page lives here (not in src/pages) so that it can receive the map through createData.
      await route('/', 'index.tsx', {
        map: [
          'coalition-map.json',
          coalitionMapData(content, (options.paths ?? defaultSitePaths).options.directory),
        ],
      });
      await route('compare', 'compare/_routes/ComparePage.tsx', {
        data: ['compare.json', comparePageData(pageContext, null)],
      });
      for (const topic of compareTopics(content)) {
        const {page, sections} = splitComparePageData(
          comparePageData(pageContext, topic.slug),
          paths.compareSections(topic.slug),
        );
        sectionsFiles.set(paths.compareSections(topic.slug), sections);
        await route(`compare/${topic.slug}`, 'compare/_routes/ComparePage.tsx', {
          data: [`compare-${topic.slug}.json`, page],
        });
      }
      for (const topic of TAXONOMY_SLUGS) {
        await route(`topics/${topic}`, 'topics/_routes/TopicPage.tsx', {
          data: [`topic-${topic}.json`, topicPageData(pageContext, topic)],
        });
      }
      await route('start-here', 'start-here/_routes/StartHerePage.tsx', {
        data: ['start-here.json', startHereData(pageContext)],
      });
    },

    async postBuild({outDir}) {
      for (const [sitePath, sections] of sectionsFiles) {
        const file = path.join(outDir, ...sitePath.split('/').filter(Boolean));
        fs.mkdirSync(path.dirname(file), {recursive: true});
        fs.writeFileSync(file, JSON.stringify(sections));
      }
    },
  };
}

/** The plugin as the site config lists it. */
export const comparePluginConfig = (contentDir: string, paths?: SitePaths): PluginConfig =>
  [comparePlugin, {contentDir, paths}] as PluginConfig;

comparePlugin.validateOptions = validateOptions;
