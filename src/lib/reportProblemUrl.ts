/**
 * The "Report a problem with this entry" link of organisation and city
 * pages: GitHub's new-issue page with the "Report an outdated or wrong
 * entry" form (`.github/ISSUE_TEMPLATE/report-outdated.yml`) already filled
 * in with the entry, so a person without Git can report a wrong number.
 *
 * GitHub fills an issue form from the query string: `template` (the form's
 * file name), `title`, and each field by its `id`
 * (https://docs.github.com/en/issues/tracking-your-work-with-issues/creating-an-issue#creating-an-issue-from-a-url-query).
 */

/** The form's file in `.github/ISSUE_TEMPLATE/`. */
export const REPORT_PROBLEM_TEMPLATE = 'report-outdated.yml';

/** Field ids of the form that the link fills in (a test checks that the form has them). */
export const REPORT_PROBLEM_FIELDS = {page: 'page'} as const;

/** The entry a report is about. */
export type ReportedEntry = {
  /** The entry's name as shown on its page (organisation or city). */
  name: string;
  /** Its source file, relative to the repository root, e.g. `directory/chicago/kestrel-bond-fund.yml`. */
  file: string;
  /** Its page path without locale or base URL, e.g. `/directory/chicago/kestrel-bond-fund`. */
  pagePath: string;
};

/**
 * Builds the link.
 * @param repositoryUrl - the repository's web address, e.g. `https://github.com/org/repo` (a trailing slash is fine)
 * @param entry - the entry's name, file and page path
 * @returns `<repositoryUrl>/issues/new?template=report-outdated.yml&title=…&page=…`
 * @throws TypeError when `repositoryUrl` is not an absolute URL
 */
export function reportProblemUrl(repositoryUrl: string, entry: ReportedEntry): string {
  const url = new URL(`${repositoryUrl.replace(/\/+$/, '')}/issues/new`);
  // GitHub titles are at most 256 characters; names are at most 120.
  const name = [...entry.name].slice(0, 120).join('');
  url.search = new URLSearchParams({
    template: REPORT_PROBLEM_TEMPLATE,
    title: `Outdated: ${name}`,
    [REPORT_PROBLEM_FIELDS.page]: `${entry.pagePath} (${entry.file})`,
  }).toString();
  return url.toString();
}
