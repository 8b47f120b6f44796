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

/**
 * The home page URL of a locale, from the current locale's base URL
 * (Docusaurus puts each non-default locale under `<baseUrl><locale>/`).
 * @param params.baseUrl - the current locale's base URL, e.g. `/es/`
 * @param params.currentLocale - e.g. `es`
 * @param params.defaultLocale - e.g. `en`
 * @param params.target - the locale wanted, e.g. `fr`
 * @returns e.g. `/fr/` (or `/` for the default locale)
 */
export function localeHomeUrl({baseUrl, currentLocale, defaultLocale, target}: {baseUrl: string; currentLocale: string; defaultLocale: string; target: string}): string {
  const siteBase = currentLocale === defaultLocale ? baseUrl : baseUrl.slice(0, baseUrl.length - currentLocale.length - 1);
  return target === defaultLocale ? siteBase : `${siteBase}${target}/`;
}

/**
 * Where the home page should send a returning reader, if anywhere.
 * @param params - as {@link localeHomeUrl}, plus `preferred` (remembered locale or null) and `locales` (published ones)
 * @returns the URL of their language's home page, or null to stay
 */
export function preferredHomeRedirect(params: {baseUrl: string; currentLocale: string; defaultLocale: string; locales: readonly string[]; preferred: string | null}): string | null {
  const {preferred, currentLocale, locales} = params;
  if (!preferred || preferred === currentLocale || !locales.includes(preferred)) return null;
  return localeHomeUrl({...params, target: preferred});
}
