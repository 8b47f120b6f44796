/**
 * Decides at build time whether the site searches with Algolia. Only the
 * three public values are read (application ID, search-only key, index
 * name); the admin key belongs to the indexer and is never read here.
 */

/** Variables the site build reads; all three switch Algolia on. */
export const SITE_VARIABLES = [
  'ALGOLIA_APP_ID',
  'ALGOLIA_SEARCH_API_KEY',
  'ALGOLIA_INDEX_NAME',
] as const;

/** The `themeConfig.algolia` object of `@docusaurus/theme-search-algolia`. */
export type AlgoliaThemeConfig = {
  appId: string;
  apiKey: string;
  indexName: string;
  contextualSearch: boolean;
  searchPagePath: false;
  insights: boolean;
};

/**
 * What the site config needs: the theme config (absent when off), the mode,
 * and the origins the Content-Security-Policy must let pages query.
 */
export type SiteSearchConfig = {
  enabled: boolean;
  themeConfig: {algolia?: AlgoliaThemeConfig};
  connectSources: string[];
};

/**
 * The hosts Algolia's search client queries for an application: its DSN host,
 * then three fallbacks (algoliasearch v5 `hosts`, read requests).
 * @param appId - the Algolia application ID
 */
export function algoliaConnectSources(appId: string): string[] {
  return [
    `https://${appId}-dsn.algolia.net`,
    ...[1, 2, 3].map((n) => `https://${appId}-${n}.algolianet.com`),
  ];
}

/**
 * Reads the Algolia variables.
 * @param env - usually `process.env`
 * @returns Algolia off (`enabled: false`, no theme config) when none is set;
 *   on, with contextual search (filters by `language` and `docusaurus_tag`),
 *   when all three are set
 * @throws Error naming the missing variables when only some are set (a
 *   half-configured search would ship a broken search box)
 */
export function siteSearchConfig(env: Record<string, string | undefined>): SiteSearchConfig {
  const values = SITE_VARIABLES.map((name) => env[name]?.trim() ?? '');
  if (values.every((value) => value === ''))
    return {enabled: false, themeConfig: {}, connectSources: []};
  const missing = SITE_VARIABLES.filter((_, index) => values[index] === '');
  if (missing.length > 0) {
    throw new Error(
      `Algolia search is half configured: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. ` +
        `Set all of ${SITE_VARIABLES.join(', ')} (the search-only key, never the admin key) to use Algolia, or unset them all for the offline search.`,
    );
  }
  const [appId, apiKey, indexName] = values as [string, string, string];
  return {
    enabled: true,
    connectSources: algoliaConnectSources(appId),
    themeConfig: {
      algolia: {
        appId,
        apiKey,
        indexName,
        // Adds facetFilters language:<locale> and docusaurus_tag:<tags> to every query; the records carry both.
        contextualSearch: true,
        // The site's own /search page (src/pages/search.tsx) stays; the theme's would collide with it.
        searchPagePath: false,
        // No click or conversion events: nothing beyond the query is sent.
        insights: false,
      },
    },
  };
}
