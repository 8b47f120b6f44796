/**
 * How a docs page or blog post stands in the reader's locale, and where its
 * English original is: pure functions behind the TranslationNotice component.
 */

/**
 * What a translated page knows about itself: front matter key `sc_translation`, which
 * src/plugins/content-guard/translationFrontMatter.ts adds to translations only.
 */
export type TranslationInfo = {
  locale: string;
  /** True when the English original changed after the translation was made: the page says so. */
  outdated: boolean;
};

/** How a page stands in the reader's locale. */
export type TranslationStanding = 'original' | 'translated' | 'outdated' | 'untranslated';

/**
 * Decides how a page stands in the current locale.
 * @param info - the page's `sc_translation` front matter (set only on translations, see translationFrontMatter.ts)
 * @param currentLocale - the locale being rendered
 * @param defaultLocale - the source language (`en`)
 * @returns `original` in the source language, `untranslated` when the English page stands in,
 *   `outdated` when the translation is behind its original, else `translated`
 */
export function translationStanding(info: TranslationInfo | undefined, currentLocale: string, defaultLocale: string): TranslationStanding {
  if (currentLocale === defaultLocale) return 'original';
  if (!info) return 'untranslated';
  return info.outdated ? 'outdated' : 'translated';
}

/**
 * The English original of a translated page, from Docusaurus's resolved locale
 * configs: the page's path after its locale's base URL, under the default
 * locale's base URL (and host, when that locale lives on another one).
 * @param params.permalink - this page's permalink, e.g. `/es/docs/guides/start-here`
 * @param params.current - this locale's `{url, baseUrl}`
 * @param params.original - the default locale's `{url, baseUrl}`
 * @returns e.g. `/docs/guides/start-here`; null when both locales share one base URL (a locale built alone)
 */
export function englishPermalink(params: {permalink: string; current: {url: string; baseUrl: string}; original: {url: string; baseUrl: string}}): string | null {
  const {permalink, current, original} = params;
  if (current.url === original.url && current.baseUrl === original.baseUrl) return null;
  const path = permalink.startsWith(current.baseUrl) ? permalink.slice(current.baseUrl.length) : permalink.replace(/^\//, '');
  return `${original.url === current.url ? '' : original.url}${original.baseUrl}${path}`;
}

