import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';

/**
 * Test-only plugin, loaded by docusaurus.config.ts when
 * SANCTUARY_TEST_HOSTILE_PAGE=1 (tests/globalSetup.ts sets it for the shared
 * fixture build). The validator refuses `<` in every contributed title, so no
 * content file can carry a hostile value into a page's JSON-LD; this page
 * feeds one to the site's structured-data components directly, through the
 * same build, to prove that the build escapes it (tests/security.build.test.ts).
 */

/** The route of the page, under each locale's base URL. */
export const HOSTILE_PAGE_PATH = 'test/hostile-structured-data';

export default function hostileStructuredDataPlugin(context: LoadContext): Plugin<void> {
  return {
    name: 'test-hostile-structured-data',
    async contentLoaded({actions}) {
      actions.addRoute({path: normalizeUrl([context.baseUrl, HOSTILE_PAGE_PATH]), component: path.join(__dirname, 'HostilePage.tsx'), exact: true});
    },
  };
}
