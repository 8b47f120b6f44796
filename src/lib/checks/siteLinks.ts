import {checkSiteLinks} from '../siteLinks';
import type {Check} from './check';

/**
 * The links of every Markdown file (src/lib/siteLinks.ts): to pages, cities and organisations that
 * exist. Translations link like their originals; their relative links resolve inside i18n/.
 */
export const siteLinksCheck: Check<'markdown'> = {
  id: 'site-links',
  reads: ['markdown'],
  run({markdown}, {siteDir, entities}) {
    const index = {
      contentDir: siteDir,
      cities: new Set(entities.cities.map((city) => city.slug)),
      organizations: new Set(entities.organizations.map((org) => `${org.city}/${org.slug}`)),
    };
    return markdown.flatMap(({file, result}) => checkSiteLinks(result.links, file, index));
  },
};
