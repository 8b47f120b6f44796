/**
 * Commits are public and permanent: the e-mail address of each commit's
 * author and committer is published with the repository, for good. The
 * pull-request report warns when a commit carries an address that is not a
 * GitHub no-reply address (docs.github.com, "Setting your commit email
 * address"), so a contributor can rewrite the commit before it is merged.
 * Read from GitHub's API (`pulls.listCommits`), never from a checkout of
 * the pull request. The address itself is never repeated in the comment.
 */
import {codePath} from './markdown';

/** A commit of a pull request, as the API lists it. */
export type PullCommit = {sha: string; authorEmail?: string | null; committerEmail?: string | null};

/**
 * GitHub's no-reply addresses: `ID+login@users.noreply.github.com` (accounts
 * since 2017), `login@users.noreply.github.com` (older ones), bots'
 * `ID+name[bot]@users.noreply.github.com`, and `noreply@github.com`, the
 * committer of commits made on github.com.
 * @param email - an address as a commit carries it
 */
export function isNoReplyAddress(email: string): boolean {
  const value = email.trim().toLowerCase();
  return (
    value === 'noreply@github.com' ||
    /^(?:\d+\+)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\[bot\])?@users\.noreply\.github\.com$/.test(
      value,
    )
  );
}

/**
 * The commits whose author or committer address is not a no-reply address.
 * @param commits - the pull request's commits
 * @returns each such commit's SHA and whose address it is
 */
export function commitsWithPublicAddress(
  commits: readonly PullCommit[],
): {sha: string; roles: ('author' | 'committer')[]}[] {
  return commits.flatMap((commit) => {
    const roles = (['author', 'committer'] as const).filter((role) => {
      const email = role === 'author' ? commit.authorEmail : commit.committerEmail;
      return typeof email === 'string' && email.trim() !== '' && !isNoReplyAddress(email);
    });
    return roles.length ? [{sha: commit.sha, roles: [...roles]}] : [];
  });
}

/** Most commits the comment names one by one. */
const MAX_LISTED = 20;

/**
 * The report's section (empty when every commit uses a no-reply address).
 * @param commits - the pull request's commits (GitHub lists at most 250)
 */
export function commitAddressSection(commits: readonly PullCommit[]): string[] {
  const found = commitsWithPublicAddress(commits);
  if (found.length === 0) return [];
  const listed = found
    .slice(0, MAX_LISTED)
    .map(
      (commit) =>
        `- ${codePath(commit.sha.slice(0, 7))}: ${commit.roles.join(' and ')} e-mail address`,
    );
  return [
    '### ⚠ E-mail addresses in commits',
    '',
    `${found.length === 1 ? 'One commit' : `${found.length} commits`} of this pull request carry an e-mail address that is not a GitHub no-reply address. Commits are public and permanent: once merged, the address is published with the repository for good, and anyone can read it.`,
    '',
    ...listed,
    ...(found.length > MAX_LISTED ? [`- …and ${found.length - MAX_LISTED} more`] : []),
    '',
    "To keep your address private: in GitHub's settings (Emails), turn on \"Keep my email addresses private\" and copy your no-reply address (`ID+username@users.noreply.github.com`); set it with `git config user.email`, then rewrite these commits (`git rebase -i` with `git commit --amend --reset-author --no-edit` on each, or squash them) and push again. A shared role account (for example your organisation's) keeps a person's name out too. See the Contributing guide.",
    '',
  ];
}
