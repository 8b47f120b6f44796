import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {getCoalition} from '../coalitionCache';
import {
  translationStatus,
  type InterfaceMessages,
  type TranslationStatus,
} from '../../lib/i18n/status';
import {
  EXTRACTING_ENV,
  extractEnglishMessages,
  readLocaleMessages,
} from '../../lib/i18n/interfaceMessages';
import {sitePaths} from '../../lib/sitePaths';
import {validateContentDirOptions, type ContentDirPluginOptions} from '../contentDirOptions';

/**
 * The translation-status plugin: adds /translations, the same numbers as
 * `npm run i18n:status` (src/lib/i18n/status.ts), computed at build time.
 * The English interface strings are extracted once per build process (all
 * locales share it); the extraction's own child process skips this plugin.
 */

let english: Promise<InterfaceMessages | null> | undefined;

/** The English messages, extracted once per process; null (with a warning) when extraction fails. */
function englishOnce(siteDir: string, contentDir: string): Promise<InterfaceMessages | null> {
  english ??= extractEnglishMessages(siteDir, {SANCTUARY_CONTENT_DIR: contentDir}).catch(
    (error: Error) => {
      console.warn(`The translation status page will not show interface strings: ${error.message}`);
      return null;
    },
  );
  return english;
}

/** What the /translations page receives. */
export type TranslationStatusPageData = {
  status: TranslationStatus;
  /** The translating guide's page, when the site has one (docs/guides/translating.md). */
  guidePermalink: string | null;
};

/**
 * The plugin factory.
 * @param context - Docusaurus's load context (site folder, base URL)
 * @param options - where the content lives (default: the site folder)
 * @returns the plugin: loads the status once per locale build and adds the /translations route
 */
export default function translationStatusPlugin(
  context: LoadContext,
  options: ContentDirPluginOptions = {},
): Plugin<TranslationStatusPageData | null> {
  const contentDir = options.contentDir ?? context.siteDir;
  return {
    name: 'sanctuary-translation-status',

    async loadContent() {
      // Inside the extraction (docusaurus write-translations) the page is not built.
      if (process.env[EXTRACTING_ENV]) return null;
      const source = await englishOnce(context.siteDir, contentDir);
      const {messages, sameOnPurpose} = readLocaleMessages(
        path.join(contentDir, 'i18n'),
        source ?? undefined,
      );
      const guide = fs.existsSync(path.join(contentDir, 'docs/guides/translating.md'));
      return {
        status: translationStatus(getCoalition(contentDir), messages, sameOnPurpose),
        guidePermalink: guide ? sitePaths.doc('guides/translating') : null,
      };
    },

    async contentLoaded({content, actions}) {
      if (!content) return;
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'translations']),
        component: path.resolve(__dirname, '../../pages/translations/_routes/TranslationsPage.tsx'),
        exact: true,
        modules: {
          data: await actions.createData('translation-status.json', JSON.stringify(content)),
        },
      });
    },
  };
}

translationStatusPlugin.validateOptions = validateContentDirOptions;
