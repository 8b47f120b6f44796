/**
 * Index settings pushed with `setSettings`: the facets of the offline
 * search, searchable attributes in order of importance, freshness as the
 * tie-breaker and language-aware plurals and stop words.
 * Setting names: https://www.algolia.com/doc/api-reference/settings-api-parameters/
 */
import type {IndexSettings, SupportedLanguage} from 'algoliasearch';

/** Attributes the search page and the Docusaurus theme filter on. */
export const FACET_ATTRIBUTES = [
  'kind',
  'city',
  'topics',
  'types',
  'languages',
  'language',
  'docusaurus_tag',
] as const;

/**
 * The settings of the coalition index.
 * @param languages - ISO 639-1 codes of the site's locales (e.g. `['en', 'es']`)
 *   for plurals, stop words and query/index languages
 */
export function indexSettings(languages: readonly string[]): IndexSettings {
  const supported = [
    ...new Set(languages.map((code) => code.split('-')[0]!.toLowerCase())),
  ] as SupportedLanguage[];
  return {
    // Earlier attributes weigh more: a match in a title beats one in a section heading, which beats the text.
    searchableAttributes: [
      'unordered(hierarchy.lvl1)',
      'unordered(alt_names)',
      'unordered(hierarchy.lvl2)',
      'content',
      'unordered(city)',
    ],
    attributesForFaceting: [...FACET_ATTRIBUTES, 'filterOnly(sample)'],
    // Applied only after every textual criterion: among equally good matches, the most recently checked first.
    customRanking: ['desc(updated)'],
    ignorePlurals: supported,
    removeStopWords: supported,
    queryLanguages: supported,
    indexLanguages: supported,
    attributesToSnippet: ['content:20'],
    snippetEllipsisText: '…',
  };
}
