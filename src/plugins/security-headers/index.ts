/**
 * Security-headers plugin (DESIGN.md safety rule 6). After each locale is
 * built it:
 * 1. reads every page and collects its inline scripts. Docusaurus injects
 *    exactly one (the colour-mode script, minified by the HTML minifier, so
 *    its hash is only known after the build). Any other inline script fails
 *    the build: contributed content must never be able to add one;
 * 2. puts the policy, with that script's hash, into every page's
 *    `<meta http-equiv="Content-Security-Policy">` (added by `headTags` in
 *    `docusaurus.config.ts` with a placeholder);
 * 3. writes the header form of the policy into `_headers` (copied from
 *    `static/_headers`, which holds the other security headers).
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {contentSecurityPolicy, POLICY_PLACEHOLDER} from '../../lib/security/contentSecurityPolicy';
import {inlineScripts, sha256Source} from '../../lib/security/inlineScripts';
import {mapWithConcurrency, routePathToHtmlFile} from '../search/utils';
import {fillMetaPolicy, pagesWithoutPlaceholder, unexpectedInlineScripts} from './pages';

/** Options: origins the pages may also fetch from (e.g. a hosted search service). */
export type PluginOptions = {extraConnectSources?: string[]};

/** HTML files of this locale's build, relative to `outDir`. */
function htmlFiles(routesPaths: readonly string[], baseUrl: string, trailingSlash: boolean | undefined): string[] {
  const files = new Set<string>(['404.html']);
  for (const route of routesPaths) {
    const file = routePathToHtmlFile(route, {baseUrl, trailingSlash});
    if (file) files.add(file);
  }
  return [...files];
}

/** Writes a file through a temporary sibling, so a concurrent reader (the search indexer) never sees half a page. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file);
}

/** The Docusaurus plugin factory (register it in `docusaurus.config.ts`). */
export default function pluginSecurityHeaders(_context: LoadContext, options: PluginOptions = {}): Plugin<void> {
  return {
    name: 'sanctuary-security-headers',

    async postBuild({outDir, baseUrl, routesPaths, siteConfig}) {
      const files = htmlFiles(routesPaths, baseUrl, siteConfig.trailingSlash);
      const pages = (
        await mapWithConcurrency(files, 16, async (file) => {
          try {
            return {file, html: await fs.readFile(path.join(outDir, file), 'utf8')};
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
            throw error;
          }
        })
      ).filter((page): page is {file: string; html: string} => page !== null);

      const scripts = pages.map((page) => ({file: page.file, scripts: inlineScripts(page.html)}));
      const unexpected = unexpectedInlineScripts(scripts);
      if (unexpected) throw new Error(unexpected);
      const missing = pagesWithoutPlaceholder(pages);
      if (missing) throw new Error(missing);

      const themeScript = scripts.find((page) => page.scripts.length > 0)?.scripts[0];
      const inputs = {scriptHashes: themeScript === undefined ? [] : [sha256Source(themeScript)], extraConnectSources: options.extraConnectSources};
      const metaPolicy = contentSecurityPolicy(inputs, 'meta');
      await mapWithConcurrency(pages, 16, ({file, html}) => writeAtomically(path.join(outDir, file), fillMetaPolicy(html, metaPolicy)));

      const headersFile = path.join(outDir, '_headers');
      const headers = await fs.readFile(headersFile, 'utf8');
      if (!headers.includes(POLICY_PLACEHOLDER)) {
        throw new Error(`static/_headers must contain "Content-Security-Policy: ${POLICY_PLACEHOLDER}" for the build to fill in.`);
      }
      await fs.writeFile(headersFile, headers.replaceAll(POLICY_PLACEHOLDER, contentSecurityPolicy(inputs, 'header')));
    },
  };
}
