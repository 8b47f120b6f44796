import type {Coalition} from '../coalition';
import type {GithubClient} from './client';
import {citiesOf, organisationsOf} from './collect';
import {collectEntryVersions, fetchEntryVersion, readCheckoutVersion} from './entryVersions';
import {buildPrReport, type PrReport, type PrReportArtifact} from './prReport';
import {fetchPullCommits, fetchPullRequest, publishPrReport, type PullRef} from './publishPrReport';

/**
 * The `pr-report` workflow's run, on the default branch's code: what GitHub
 * says about the pull request (changed files, author, head commit), both
 * versions of each changed directory file (the default branch's from the
 * checkout, the pull request's from GitHub's contents API at the head
 * commit), and the validate workflow's artifact for the validator's
 * problems only. The artifact is written by the pull request's own code:
 * it never decides which contact is shown, who reviews or what changed.
 */

/** Options of {@link reportPullRequest}. */
export type ReportPullRequestOptions = PullRef & {
  /** The default branch's checkout (the workflow's working directory). */
  siteDir: string;
  /** The default branch's coalition, loaded from `siteDir`. */
  coalition: Coalition;
  /** The validate workflow's artifact, schema-checked (untrusted). */
  artifact: PrReportArtifact;
  /** The head commit the artifact was made for; a newer head means a newer run will report. */
  expectedHeadSha?: string;
};

/** What happened. */
export type ReportPullRequestOutcome =
  | {outcome: 'moved-on'; headSha: string}
  | {outcome: 'posted'; action: 'created' | 'updated'; report: PrReport};

/**
 * Reads the pull request, builds the report and posts it.
 * @param octokit - the GitHub client (contents read, issues and pull requests write)
 * @param options - the pull request, the default branch's checkout and coalition, the artifact
 */
export async function reportPullRequest(
  octokit: GithubClient,
  options: ReportPullRequestOptions,
): Promise<ReportPullRequestOutcome> {
  const {owner, repo, pullNumber} = options;
  const pull = await fetchPullRequest(octokit, {owner, repo, pullNumber});
  if (options.expectedHeadSha && pull.headSha && pull.headSha !== options.expectedHeadSha) {
    return {outcome: 'moved-on', headSha: pull.headSha};
  }
  const commits = await fetchPullCommits(octokit, {owner, repo, pullNumber});
  const cities = citiesOf(options.coalition);
  const headSha = pull.headSha ?? options.expectedHeadSha;
  const {versions, leftOut} = await collectEntryVersions(pull.changedFiles, {
    before: (file) => readCheckoutVersion(options.siteDir, file),
    after: async (file) =>
      headSha
        ? fetchEntryVersion(octokit, {owner, repo, ref: headSha, file})
        : {error: 'GitHub did not say which commit the pull request is at.'},
    cityCountry: (city) => cities.get(city)?.country,
  });
  const report = buildPrReport({
    changedFiles: pull.changedFiles,
    report: options.artifact.report,
    entries: options.artifact.entries,
    cities,
    owner,
    author: pull.author,
    entryVersions: versions,
    leftOutVersions: leftOut,
    commits,
    existingEntries: organisationsOf(options.coalition),
  });
  const action = await publishPrReport(octokit, {owner, repo, pullNumber}, report);
  return {outcome: 'posted', action, report};
}
