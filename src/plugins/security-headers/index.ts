/**
 * Security-headers plugin (DESIGN.md safety rule 6). After each locale is
 * built it walks that locale's output folder (every HTML page, 404.html
 * included, and every style sheet) and:
 * 1. fails the build, with one report naming every file and element, when a
 *    page could load or run something the site did not write: a script other
 *    than the site's bundles and the theme's one inline script (Docusaurus's
 *    colour-mode script, whose hash is only known after the HTML minifier ran),
 *    `<meta http-equiv=refresh>`, `<base>`, a frame or plugin, an event handler
 *    attribute, or any address of another site the browser would fetch
 *    (src/lib/security/builtPage.ts). Links to other sites are fine;
 * 2. puts the policy, with that script's hash, in a
 *    `<meta http-equiv="Content-Security-Policy">` as the FIRST element of
 *    every page's `<head>` (a meta policy only governs what comes after it),
 *    followed by the charset declaration, which must stay within the first
 *    1024 bytes (HTML Standard, "character encoding declaration"). The tag is
 *    added by `headTags` in `docusaurus.config.ts` with a placeholder;
 * 3. escapes `<`, `>` and `&` in JSON data blocks (JSON-LD), in case a
 *    component wrote one without src/components/StructuredData;
 * 4. writes the header form of the policy into `_headers` (copied from
 *    `static/_headers`, which holds the other security headers).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {formatReport} from '../../lib/report';
import {failBuild} from '../buildErrors';
import {secureBuiltSite} from './builtSite';
import {validateOptions, type PluginOptions} from './options';

/**
 * Folders of other locales' builds inside this locale's output folder:
 * the default locale's folder holds `es/`, `fr/` … (each checked by its own run).
 * @param baseUrl - this locale's base URL
 * @param localeBaseUrls - every locale's base URL
 */
export function nestedLocaleDirs(baseUrl: string, localeBaseUrls: readonly string[]): string[] {
  return localeBaseUrls
    .filter((other) => other !== baseUrl && other.startsWith(baseUrl))
    .map((other) => other.slice(baseUrl.length));
}

/** The Docusaurus plugin factory (register it in `docusaurus.config.ts`). */
export default function pluginSecurityHeaders(
  _context: LoadContext,
  options: PluginOptions = {},
): Plugin<void> {
  return {
    name: 'sanctuary-security-headers',

    async postBuild({outDir, baseUrl, siteConfig, i18n}) {
      const defaultBaseUrl = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? baseUrl;
      const result = await secureBuiltSite({
        outDir,
        baseUrl,
        siteUrl: siteConfig.url,
        skipDirs: nestedLocaleDirs(
          baseUrl,
          Object.values(i18n.localeConfigs).map((config) => config.baseUrl),
        ),
        reportPrefix: baseUrl.startsWith(defaultBaseUrl)
          ? baseUrl.slice(defaultBaseUrl.length)
          : '',
        extraConnectSources: options.extraConnectSources,
      });
      if (result.problems.length > 0) {
        failBuild(
          [
            `The built site (locale ${i18n.currentLocale}, ${outDir}) has markup that could load or run something ` +
              'the site did not write, so it was not published.',
            'Each entry names the built file, the element and attribute, what is wrong and how to fix it in the source ' +
              '(a theme component, a plugin or the config).',
            '',
            formatReport(result.problems, 'text', result.checkedFiles),
          ].join('\n'),
        );
      }
    },
  };
}

pluginSecurityHeaders.validateOptions = validateOptions;
