/**
 * Where the site is published: its origin (`SITE_URL`) and the base path it
 * is served under (`BASE_URL`, e.g. `/commons/` for a GitHub Pages project
 * site). Docusaurus adds the base path to every `<Link>`; everything that
 * writes an absolute address outside React (data exports, citations,
 * QR codes, the change feed, search records) joins the two with
 * {@link siteRootUrl} and a site path from `src/lib/sitePaths.ts`.
 */

/**
 * The base path in Docusaurus's form: a leading and a trailing slash.
 * @param value - e.g. `commons`, `/commons`, `/commons/`, `/a/b/`; empty or undefined means `/`
 * @returns e.g. `/commons/`
 * @throws Error when a segment holds anything but letters, digits, `-`, `_`, `.` and `~` (or is `.`/`..`)
 */
export function normalizeBaseUrl(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  const segments = trimmed.split('/').filter(Boolean);
  for (const segment of segments) {
    if (!/^[A-Za-z0-9_~.-]+$/.test(segment) || segment === '.' || segment === '..') {
      throw new Error(
        `BASE_URL "${value}" must be a path such as /commons/ (letters, digits, "-", "_", "." and "~" between slashes).`,
      );
    }
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * The site's absolute root address, without a trailing slash: the origin and
 * the base path joined, so that `${siteRootUrl(…)}${sitePath}` is a page's address.
 * @param siteUrl - e.g. `https://example.github.io` (a trailing slash is ignored)
 * @param baseUrl - e.g. `/commons/` (the default locale's base path)
 * @returns e.g. `https://example.github.io/commons`
 */
export function siteRootUrl(siteUrl: string, baseUrl: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${normalizeBaseUrl(baseUrl).replace(/\/$/, '')}`;
}

/**
 * The base path of each locale: the default locale at the site's base path,
 * every other one in a folder of its code below it.
 * @param baseUrl - the site's base path, e.g. `/` or `/commons/`
 * @param locale - a locale code, e.g. `es`
 * @param defaultLocale - e.g. `en`
 * @returns e.g. `/commons/es/`
 */
export function localeBaseUrl(baseUrl: string, locale: string, defaultLocale: string): string {
  const base = normalizeBaseUrl(baseUrl);
  return locale === defaultLocale ? base : `${base}${locale}/`;
}
