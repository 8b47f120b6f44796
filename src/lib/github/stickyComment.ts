import type {GithubClient} from './client';

/** Where a comment goes. */
export type IssueRef = {owner: string; repo: string; issueNumber: number};

/**
 * Creates the bot's one comment on an issue or pull request, or updates it
 * in place when a comment with the same hidden marker already exists.
 * Only comments written by a bot account count, so a person who pastes the
 * marker cannot make the bot edit (or fail to post) its comment.
 * @param octokit - the GitHub client
 * @param target - owner, repo and issue/pull-request number
 * @param marker - the hidden HTML comment the body starts with
 * @param body - the full comment body (must contain `marker`)
 * @returns whether the comment was created or updated, and its id
 */
export async function upsertStickyComment(
  octokit: GithubClient,
  target: IssueRef,
  marker: string,
  body: string,
): Promise<{action: 'created' | 'updated'; id?: number}> {
  if (!body.includes(marker))
    throw new Error('The comment body must contain its marker, or the next run cannot find it.');
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const existing = comments.find(
    (comment) => comment.user?.type === 'Bot' && comment.body?.includes(marker),
  );
  if (existing) {
    await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return {action: 'updated', id: existing.id};
  }
  const created = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return {action: 'created', id: created.data?.id};
}
