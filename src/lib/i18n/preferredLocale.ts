/**
 * The reader's language choice, remembered only in their own browser
 * (`localStorage`, never a cookie, never sent anywhere). Set when they pick a
 * language in the menu; read on the home page, so a returning reader who
 * opens the site's address lands in their language. Links to a specific page
 * are never redirected: they open in the language they were shared in.
 */

/** The `localStorage` key (same namespace as the site's other stored settings). */
export const PREFERRED_LOCALE_KEY = 'sanctuary-commons.locale';

/**
 * Reads the remembered locale.
 * @param storage - `window.localStorage` (may be unavailable: private modes, Tor's safest level)
 * @returns the locale code, or null when none is remembered or storage is blocked
 */
export function readPreferredLocale(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(PREFERRED_LOCALE_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Remembers a locale; silently does nothing when storage is blocked.
 * @param storage - `window.localStorage`
 * @param locale - a locale code such as `es`
 */
export function rememberLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: string): void {
  try {
    storage?.setItem(PREFERRED_LOCALE_KEY, locale);
  } catch {
    // Blocked storage: the choice is simply not remembered.
  }
}

/** Where each locale is published: Docusaurus's resolved `i18n.localeConfigs` (`url` and `baseUrl`). */
export type LocaleHomes = Record<string, {url: string; baseUrl: string}>;

/**
 * The home page URL of a locale, from Docusaurus's resolved locale config,
 * so a locale on its own domain or built alone is handled as Docusaurus does.
 * @param homes - `i18n.localeConfigs`
 * @param siteUrl - `siteConfig.url` (a locale on the same host gets a path only)
 * @param target - the locale wanted, e.g. `fr`
 * @returns e.g. `/fr/`, or `https://fr.example.org/` for a locale on another host; null when unknown
 */
export function localeHomeUrl(homes: LocaleHomes, siteUrl: string, target: string): string | null {
  const home = homes[target];
  if (!home) return null;
  return home.url === siteUrl ? home.baseUrl : `${home.url}${home.baseUrl}`;
}

/**
 * Where the home page should send a returning reader, if anywhere.
 * @param params.homes - `i18n.localeConfigs`
 * @param params.siteUrl - `siteConfig.url`
 * @param params.baseUrl - this page's base URL (to never redirect to the page itself, e.g. in a one-locale build)
 * @param params.currentLocale - this page's locale
 * @param params.preferred - the remembered locale, or null
 * @returns the URL of their language's home page, or null to stay
 */
export function preferredHomeRedirect(params: {homes: LocaleHomes; siteUrl: string; baseUrl: string; currentLocale: string; preferred: string | null}): string | null {
  const {preferred, currentLocale, homes, siteUrl, baseUrl} = params;
  if (!preferred || preferred === currentLocale) return null;
  const target = localeHomeUrl(homes, siteUrl, preferred);
  return target === null || target === baseUrl ? null : target;
}
