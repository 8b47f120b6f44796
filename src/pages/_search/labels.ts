/**
 * Translated labels for facet names and values. Every fixed string is a
 * static `translate()` call so `docusaurus write-translations` extracts it;
 * taxonomy labels come from `src/lib/taxonomy.ts` (ids `taxonomy.<slug>`).
 */
import {translate} from '@docusaurus/Translate';
import {isTaxonomySlug, languageName, taxonomyLabel} from '../directory/_components/labels';
import type {FacetKey} from './facets';

/** The heading of a facet. */
export function facetTitle(key: FacetKey): string {
  switch (key) {
    case 'kind':
      return translate({
        id: 'search.facet.kind',
        message: 'Type of page',
        description: 'Search page: heading of the filter by kind of page',
      });
    case 'city':
      return translate({
        id: 'search.facet.city',
        message: 'City',
        description: 'Search page: heading of the filter by city',
      });
    case 'topic':
      return translate({
        id: 'search.facet.topic',
        message: 'Topic',
        description: 'Search page: heading of the filter by taxonomy topic',
      });
    case 'language':
      return translate({
        id: 'search.facet.language',
        message: 'Language',
        description:
          'Search page: heading of the filter by language (of the page, or spoken by the organisation)',
      });
  }
}

/** The label of a kind of page (organisation, city, playbook, guide, post). */
export function kindLabel(kind: string): string {
  switch (kind) {
    case 'organization':
      return translate({
        id: 'search.kind.organisation',
        message: 'Organisation',
        description: 'Search: kind of page, an organisation contact page',
      });
    case 'city':
      return translate({
        id: 'search.kind.city',
        message: 'City hub',
        description: 'Search: kind of page, a city hub',
      });
    case 'playbook':
      return translate({
        id: 'search.kind.playbook',
        message: 'Playbook',
        description: 'Search: kind of page, a playbook',
      });
    case 'guide':
      return translate({
        id: 'search.kind.guide',
        message: 'Guide',
        description: 'Search: kind of page, a guide',
      });
    case 'post':
      return translate({
        id: 'search.kind.post',
        message: 'News',
        description: 'Search: kind of page, a blog post (field report or news)',
      });
    default:
      return kind;
  }
}

/** The translated label of a taxonomy topic (the directory's static `taxonomy.<slug>` strings); an unknown slug is shown as is. */
export function topicLabel(slug: string): string {
  return isTaxonomySlug(slug) ? taxonomyLabel(slug) : slug;
}

/** The name of a BCP-47 language in the reader's locale (`es` → "Spanish" / "español"). */
export function languageLabel(code: string, locale: string): string {
  const name = languageName(code, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The label of a value of any facet. */
export function facetValueLabel(key: FacetKey, value: string, locale: string): string {
  switch (key) {
    case 'kind':
      return kindLabel(value);
    case 'topic':
      return topicLabel(value);
    case 'language':
      return languageLabel(value, locale);
    case 'city':
      return value;
  }
}
