import type {CitationInput, Citations} from '../lib/citation';
import {openCitationResults} from '../lib/citation/rememberedCitations';
import type {Remembered} from '../lib/validation/rememberedResults';
import {CONTENT_FOLDERS} from '../lib/siteFiles/listing';
import {readGitHistory, type GitHistory} from '../lib/gitHistory';
import {processMap} from '../lib/processCache';
import {
  pageProvenance,
  type PageProvenance,
  type ProvenanceContext,
  type ProvenancePage,
} from '../lib/provenance';

/**
 * One `git log` per content folder and process, and one citation per page:
 * the directory plugin, the playbook front matter hook, the stats page and
 * changes.json share them, and the second locale reuses the first's work
 * (formatting APA and Chicago costs a few milliseconds per page: 6 s per
 * locale at the benchmark coalition). Citations are also remembered between
 * processes (`npm run build` runs one per locale, and the next build again),
 * in the validator's cache folder (src/lib/validation/resultCache.ts).
 */
// Process-wide: Docusaurus evaluates this module afresh for each locale (see src/lib/processCache).
const histories = processMap<string, GitHistory>('git-history');
const provenances = processMap<string, PageProvenance>('page-provenance');
const citationCaches = processMap<string, Remembered<CitationInput, Citations>>('citation-results');

/**
 * The site's remembered citations, opened once per process and written when it exits, so every
 * citation the whole build made or used is kept for the next process.
 * @param siteUrl - the site's address
 */
function citationResults(siteUrl: string): Remembered<CitationInput, Citations> {
  let results = citationCaches.get(siteUrl);
  if (!results) {
    const opened = openCitationResults(siteUrl);
    process.once('exit', () => opened.save());
    citationCaches.set(siteUrl, opened);
    results = opened;
  }
  return results;
}

/**
 * The Git history of a site's content folders, read once.
 * @param contentDir - absolute folder holding directory/, docs/, blog/, i18n/
 */
export function getGitHistory(contentDir: string): GitHistory {
  let history = histories.get(contentDir);
  if (!history) {
    history = readGitHistory(contentDir, {paths: CONTENT_FOLDERS});
    histories.set(contentDir, history);
  }
  return history;
}

/**
 * A page's provenance, computed once per process.
 * @param context - history and site settings
 * @param page - the page
 */
export function getPageProvenance(
  context: ProvenanceContext,
  page: ProvenancePage,
): PageProvenance {
  const key = JSON.stringify([context.siteUrl, context.repositoryUrl, page]);
  let provenance = provenances.get(key);
  if (!provenance) {
    provenance = pageProvenance(context, page, citationResults(context.siteUrl).get);
    provenances.set(key, provenance);
  }
  return provenance;
}
