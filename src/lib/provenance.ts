import {formatCitations, citationKey, type CitationInput, type Citations} from './citation';
import {gitDay, repositoryPath, type GitHistory, type UnavailableReason} from './gitHistory';

/**
 * Where a page comes from: when its source file was created and last
 * changed (from Git), the link to that file's history on GitHub, and how to
 * cite the page. Pure: the caller reads Git once and passes the history in.
 */

/** The history of one page's source file, or why it is unknown. */
export type HistoryNote =
  | {
      status: 'available';
      /** `YYYY-MM-DD` (UTC) of the commit that added the file. */
      created: string;
      /** `YYYY-MM-DD` (UTC) of the last commit that changed the file. */
      updated: string;
      /** Full hash of that last commit. */
      commit: string;
      /** How many commits changed the file. */
      commits: number;
    }
  | {
      status: 'unavailable';
      /** `shallow`: shallow clone; `no-git`/`not-a-repository`: no Git; `untracked`: the file is not committed yet. */
      reason: UnavailableReason | 'untracked';
    };

/** Everything a page shows about its source and citation. */
export type PageProvenance = {
  history: HistoryNote;
  /** `https://github.com/<owner>/<repo>/commits/<branch>/<path>`. */
  historyUrl: string;
  /** Path of the source file in the repository. */
  sourcePath: string;
  citation: Citations & {
    /** File name without extension for downloads, e.g. `sc_directory_minneapolis_fixture_legal_aid`. */
    fileName: string;
  };
};

/** Site-wide inputs. */
export type ProvenanceContext = {
  history: GitHistory;
  /** e.g. `https://sanctuary-commons.example.org` */
  siteUrl: string;
  /** e.g. `Sanctuary Commons` (CSL `container-title`). */
  siteName: string;
  /** e.g. `https://github.com/sanctuary-commons/sanctuary-commons` */
  repositoryUrl: string;
  branch: string;
  /** Build date `YYYY-MM-DD`, cited as the access date when the history is unknown. */
  buildDate: string;
};

/** One page to describe. */
export type ProvenancePage = {
  /** Source file relative to the content folder, e.g. `directory/minneapolis/fixture-legal-aid.yml`. */
  file: string;
  /** Path of the page on the site without base URL or locale, e.g. `/directory/minneapolis/fixture-legal-aid`. */
  sitePath: string;
  title: string;
  /** Contributing organisations (or the collective author). */
  authors: string[];
  /** BCP-47 language of the source text. */
  language: string;
};

/** Who is cited when a page names no contributing organisation. */
export const COLLECTIVE_AUTHOR = 'Sanctuary Commons contributors';

/**
 * The Git history of one file.
 * @param history - the content folder's history
 * @param file - path relative to the content folder
 */
export function historyNote(history: GitHistory, file: string): HistoryNote {
  if (!history.available) return {status: 'unavailable', reason: history.reason};
  const entry = history.files.get(file);
  if (!entry) return {status: 'unavailable', reason: 'untracked'};
  return {
    status: 'available',
    created: gitDay(entry.created),
    updated: gitDay(entry.updated),
    commit: entry.commit,
    commits: entry.commits,
  };
}

/**
 * History, history link and citations of one page.
 * @param context - the history and site settings
 * @param page - the page and its source file
 * @param format - the citation formatter (default `formatCitations`; the build passes one that remembers its results)
 * @throws RangeError from the citation formatter when a date is malformed (a bug, not a content problem)
 */
export function pageProvenance(
  context: ProvenanceContext,
  page: ProvenancePage,
  format: (input: CitationInput) => Citations = formatCitations,
): PageProvenance {
  const history = historyNote(context.history, page.file);
  const sourcePath = repositoryPath(context.history, page.file);
  const key = citationKey(page.sitePath);
  const available = history.status === 'available';
  const buildCommit = context.history.head || undefined;
  const citations = format({
    key,
    title: page.title,
    authors: page.authors.length > 0 ? page.authors : [COLLECTIVE_AUTHOR],
    siteName: context.siteName,
    url: `${context.siteUrl.replace(/\/$/, '')}${page.sitePath}`,
    // Without history the page has no known date: say "n.d." and when it was retrieved rather than invent one.
    updated: available ? history.updated : undefined,
    accessed: available ? undefined : context.buildDate,
    commit: available ? history.commit : buildCommit,
    language: page.language,
  });
  return {
    history,
    historyUrl: `${context.repositoryUrl.replace(/\/$/, '')}/commits/${context.branch}/${sourcePath.split('/').map(encodeURIComponent).join('/')}`,
    sourcePath,
    citation: {...citations, fileName: key},
  };
}
