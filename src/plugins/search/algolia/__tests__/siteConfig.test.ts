import {siteSearchConfig} from '../siteConfig';

describe('siteSearchConfig', () => {
  it('keeps the offline search when no Algolia variable is set, whatever the admin key', () => {
    expect(siteSearchConfig({ALGOLIA_ADMIN_API_KEY: 'secret'})).toEqual({
      enabled: false,
      themeConfig: {},
      connectSources: [],
    });
  });

  it('configures the Algolia theme with contextual search from the three public values only', () => {
    const env = {
      ALGOLIA_APP_ID: ' APP1 ',
      ALGOLIA_SEARCH_API_KEY: 'search-only',
      ALGOLIA_INDEX_NAME: 'commons',
      ALGOLIA_ADMIN_API_KEY: 'secret',
    };
    const config = siteSearchConfig(env);
    expect(config).toEqual({
      enabled: true,
      // The Content-Security-Policy's connect-src gains exactly the search client's read hosts.
      connectSources: [
        'https://APP1-dsn.algolia.net',
        'https://APP1-1.algolianet.com',
        'https://APP1-2.algolianet.com',
        'https://APP1-3.algolianet.com',
      ],
      themeConfig: {
        algolia: {
          appId: 'APP1',
          apiKey: 'search-only',
          indexName: 'commons',
          contextualSearch: true,
          searchPagePath: false,
          insights: false,
        },
      },
    });
    expect(JSON.stringify(config)).not.toContain('secret');
  });

  it('refuses a half configuration and names what is missing', () => {
    expect(() => siteSearchConfig({ALGOLIA_APP_ID: 'APP1', ALGOLIA_INDEX_NAME: ' '})).toThrow(
      'Algolia search is half configured: ALGOLIA_SEARCH_API_KEY, ALGOLIA_INDEX_NAME are not set.',
    );
  });
});
