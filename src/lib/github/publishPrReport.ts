import type {GithubClient} from './client';
import type {ChangedFile, PrReport} from './prReport';
import {PR_REPORT_MARKER} from './prReport';
import {upsertStickyComment} from './stickyComment';
import type {PullCommit} from './commitEmails';

/** A pull request in a repository. */
export type PullRef = {owner: string; repo: string; pullNumber: number};

/**
 * Reads what GitHub knows about a pull request (trusted, unlike the artifact):
 * its head commit, author and changed files.
 * @param octokit - the GitHub client
 * @param pull - owner, repo, number
 */
export async function fetchPullRequest(
  octokit: GithubClient,
  pull: PullRef,
): Promise<{headSha?: string; author?: string; changedFiles: ChangedFile[]}> {
  const {data} = await octokit.rest.pulls.get({
    owner: pull.owner,
    repo: pull.repo,
    pull_number: pull.pullNumber,
  });
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pull.owner,
    repo: pull.repo,
    pull_number: pull.pullNumber,
    per_page: 100,
  });
  return {
    headSha: data.head?.sha,
    author: data.user?.login,
    changedFiles: files.flatMap((file) => [
      {
        file: file.filename,
        status: file.status,
        ...(file.previous_filename ? {previousFile: file.previous_filename} : {}),
      },
      // A renamed file also removes its old path (checked on its own: who may remove it, which city it leaves).
      ...(file.previous_filename ? [{file: file.previous_filename, status: 'removed'}] : []),
    ]),
  };
}

/**
 * The pull request's commits with their author and committer e-mail addresses, from the API (GitHub lists at
 * most 250): the pull request's code is never checked out.
 * @param octokit - the GitHub client
 * @param pull - owner, repo, number
 */
export async function fetchPullCommits(
  octokit: GithubClient,
  pull: PullRef,
): Promise<PullCommit[]> {
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    owner: pull.owner,
    repo: pull.repo,
    pull_number: pull.pullNumber,
    per_page: 100,
  });
  return commits.map((commit) => ({
    sha: commit.sha,
    authorEmail: commit.commit.author?.email ?? null,
    committerEmail: commit.commit.committer?.email ?? null,
  }));
}

/**
 * Posts (or updates) the report comment, adds the labels and requests the reviews.
 * @param octokit - the GitHub client
 * @param pull - owner, repo, number
 * @param report - from `buildPrReport`
 * @returns what was done to the comment
 */
export async function publishPrReport(
  octokit: GithubClient,
  pull: PullRef,
  report: PrReport,
): Promise<'created' | 'updated'> {
  const target = {owner: pull.owner, repo: pull.repo, issueNumber: pull.pullNumber};
  const {action} = await upsertStickyComment(octokit, target, PR_REPORT_MARKER, report.body);
  if (report.labels.length) {
    await octokit.rest.issues.addLabels({
      owner: pull.owner,
      repo: pull.repo,
      issue_number: pull.pullNumber,
      labels: report.labels,
    });
  }
  if (report.reviewers.length || report.teamReviewers.length) {
    try {
      await octokit.rest.pulls.requestReviewers({
        owner: pull.owner,
        repo: pull.repo,
        pull_number: pull.pullNumber,
        reviewers: report.reviewers,
        team_reviewers: report.teamReviewers,
      });
    } catch (error) {
      // 422: a maintainer is not a collaborator, or the job token cannot see teams. The comment
      // already names the reviewers and CODEOWNERS requests them, so this is not fatal.
      if ((error as {status?: number}).status !== 422) throw error;
      console.warn(
        `Could not request reviews (${(error as Error).message}); CODEOWNERS still requests the city's maintainers.`,
      );
    }
  }
  return action;
}
