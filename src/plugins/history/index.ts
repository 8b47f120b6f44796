import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {validateOptions, type HistoryPluginOptions} from './options';
import {languageName} from '../../lib/languageNames';
import {coalitionStats} from '../../lib/stats';
import {getCoalition, loadCoalitionOnce} from '../coalitionCache';
import {getGitHistory} from '../historyCache';
import {changesFile} from './changes';
import {buildTime} from '../../lib/exports/buildInfo';
import {siteWideRootUrl} from '../siteWideRoot';

/**
 * The history plugin: `/stats` (charts of the coalition, rendered to SVG
 * at build time from page data made here) and `/data/changes.json`
 * (created/updated dates per entry from Git, written and listed on /data
 * by the data plugin, which publishes every plugin's `dataFiles`). Per-page "last updated" and
 * citations are added by the directory plugin and the playbook front
 * matter hook through `./pages`.
 */

const ROUTES = path.resolve(__dirname, '../../pages/stats/_routes');

/** What the plugin loads: `changes.json`, published under /data/ (and listed there) by the data plugin. */
export type HistoryPluginContent = {
  dataFiles: Array<{
    path: string;
    text: string;
    mediaType: string;
    description: string;
    records: number;
  }>;
};

export default function historyPlugin(
  context: LoadContext,
  options: HistoryPluginOptions,
): Plugin<HistoryPluginContent> {
  const contentDir = options.contentDir ?? context.siteDir;
  // The build's time (SOURCE_DATE_EPOCH when set): changes.json carries the same as every other export.
  const now = buildTime(process.env);
  return {
    name: 'sanctuary-history',

    async loadContent() {
      const file = changesFile(await loadCoalitionOnce(contentDir), getGitHistory(contentDir), {
        // Published once, by the default locale: its addresses, whichever locale lists it.
        siteUrl: siteWideRootUrl(context),
        routeBasePath: options.directoryRoutePath,
        now,
      });
      return {
        dataFiles: [
          {
            path: 'changes.json',
            text: `${JSON.stringify(file, null, 2)}\n`,
            mediaType: 'application/json',
            description: 'Created and last-updated dates of every entry, from the Git history.',
            records: file.entries.length,
          },
        ],
      };
    },

    async contentLoaded({actions}) {
      const stats = coalitionStats(getCoalition(contentDir), getGitHistory(contentDir), now);
      // Named here, once, with the build's ICU data: the browser's may name a rare language
      // differently (e.g. quc), which would make the page's hydration fail.
      const languageNames = Object.fromEntries(
        stats.languages.map(({key}) => [key, languageName(key, context.i18n.currentLocale)]),
      );
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, options.statsRoutePath]),
        component: `${ROUTES}/StatsPage`,
        exact: true,
        modules: {
          data: await actions.createData(
            `stats-${context.i18n.currentLocale}.json`,
            JSON.stringify({...stats, languageNames}),
          ),
        },
      });
    },
  };
}

historyPlugin.validateOptions = validateOptions;
