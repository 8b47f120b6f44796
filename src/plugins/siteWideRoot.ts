import type {LoadContext} from '@docusaurus/types';
import {siteRootUrl} from '../lib/siteUrl';

/**
 * Where the files published once for every locale live: the /data exports, changes.json and the
 * mirrors' allowed signers file are written by the default locale's build, at its base path. Each
 * locale's plugins get `baseUrl` and `siteConfig.baseUrl` with the locale's folder (`/es/`), so an
 * address of such a file made from them pointed into `/es/`, where nothing is written, and the
 * Spanish /data page listed the sizes of exports whose addresses said `/es/` (issue 16, session 5).
 */

type LocaleContext = Pick<LoadContext, 'baseUrl' | 'i18n'>;

/**
 * The default locale's base path, whichever locale is being built.
 * @param context - the plugin's context (its `baseUrl` and `i18n`)
 * @returns e.g. `/` or `/commons/` while building `/commons/es/`
 */
export function siteWideBaseUrl(context: LocaleContext): string {
  const {i18n} = context;
  // Optional chaining: a plugin's test context may carry no locale configurations.
  const configured = i18n.localeConfigs?.[i18n.defaultLocale]?.baseUrl;
  if (configured) return configured;
  // Docusaurus's own layout: every other locale in a folder of its code below the default's base path.
  return i18n.currentLocale === i18n.defaultLocale
    ? context.baseUrl
    : context.baseUrl.replace(new RegExp(`${i18n.currentLocale}/$`), '');
}

/**
 * The absolute address of the default locale's root, without a trailing slash.
 * @param context - the plugin's context (`siteConfig.url`, `baseUrl`, `i18n`)
 * @returns e.g. `https://example.github.io/commons`
 */
export function siteWideRootUrl(context: LocaleContext & Pick<LoadContext, 'siteConfig'>): string {
  return siteRootUrl(context.siteConfig.url, siteWideBaseUrl(context));
}
