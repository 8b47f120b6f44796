/**
 * Citations remembered between processes. `npm run build` builds each locale in a process of its
 * own, and every process cites every page (APA, Chicago, BibTeX, RIS and CSL-JSON through
 * citeproc: 6 s per locale at the benchmark coalition, issue 16). A citation is a pure function of
 * its input and of the code and locked libraries, which the cache's fingerprint covers
 * (src/lib/validation/resultCache.ts), so the later processes read the first one's.
 */
import {createHash} from 'node:crypto';
import {isJsonValue, ResultCache, resultKey} from '../validation/resultCache';
import {formatCitations, type CitationInput, type Citations} from './index';

/** A site's remembered citations. */
export type CitationResults = {
  /** `formatCitations`, or the result it gave before for the same input. */
  format(input: CitationInput): Citations;
  /** Writes the citations made or used since the cache was opened (never throws). */
  save(): void;
};

/**
 * Opens a site's remembered citations (in `SANCTUARY_VALIDATION_CACHE`, default
 * `node_modules/.cache/sanctuary-commons/`; `off` remembers nothing).
 * @param siteUrl - the site's address: each site has its own cache file
 */
export function openCitationResults(siteUrl: string): CitationResults {
  const site = createHash('sha256').update(siteUrl).digest('hex').slice(0, 12);
  const cache = new ResultCache<Citations>(`citations-${site}.json`);
  return {
    format(input) {
      const key = resultKey(['citation', JSON.stringify(input)]);
      const known = cache.get(key);
      if (known) return known;
      const made = formatCitations(input);
      if (isJsonValue(made)) cache.set(key, made);
      return made;
    },
    save: () => cache.save(),
  };
}
