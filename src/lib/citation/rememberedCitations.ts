/**
 * Citations remembered between processes. `npm run build` builds each locale in a process of its
 * own, and every process cites every page (APA, Chicago, BibTeX, RIS and CSL-JSON through
 * citeproc: 6 s per locale at the benchmark coalition, issue 16). A citation is a pure function of
 * its input, so a later build reads the citations of pages that did not change
 * (src/lib/validation/rememberedResults.ts).
 */
import {siteCacheFile} from '../validation/resultCache';
import {openRemembered, type Remembered} from '../validation/rememberedResults';
import {formatCitations, type CitationInput, type Citations} from './index';

/**
 * Opens a site's remembered citations: `get` is `formatCitations`, or the result it gave before
 * for the same input.
 * @param siteUrl - the site's address: each site has its own cache file
 */
export function openCitationResults(siteUrl: string): Remembered<CitationInput, Citations> {
  return openRemembered(siteCacheFile('citations', siteUrl), formatCitations);
}
