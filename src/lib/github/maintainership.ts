import {githubHandleSchema} from '../schema/common';
import type {GithubClient} from './client';

/**
 * Who maintains an entry, whether a GitHub user is one of them, and whom to
 * ask for review. Handles come from the default branch (trusted); a handle
 * that is not `@user` or `@org/team` is ignored.
 */

/**
 * Label of a pull request that would overwrite or duplicate an entry its author does not maintain
 * (the same file, or a new file with the same name or a shared contact value).
 */
export const REPLACES_ENTRY_LABEL = 'replaces-entry';

/** An entry's maintainers, split into users and teams. */
export type Maintainers = {users: string[]; teams: {org: string; slug: string}[]};

/**
 * Reads a `maintainers` field.
 * @param value - the field as parsed from YAML (any shape)
 * @returns the valid `@user` and `@org/team` handles, without `@`
 */
export function parseMaintainers(value: unknown): Maintainers {
  const isHandle = (item: unknown): item is string =>
    typeof item === 'string' && githubHandleSchema.safeParse(item).success;
  const handles = Array.isArray(value) ? value.filter(isHandle) : [];
  const maintainers: Maintainers = {users: [], teams: []};
  for (const handle of handles) {
    const [who, team] = handle.slice(1).split('/') as [string, string | undefined];
    if (team) maintainers.teams.push({org: who, slug: team});
    else maintainers.users.push(who);
  }
  return maintainers;
}

/**
 * The handles as written, `@user` and `@org/team`.
 * @param maintainers - from {@link parseMaintainers}
 */
export function maintainerHandles(maintainers: Maintainers): string[] {
  return [
    ...maintainers.users.map((user) => `@${user}`),
    ...maintainers.teams.map((team) => `@${team.org}/${team.slug}`),
  ];
}

/**
 * Whether a GitHub user is one of an entry's maintainers: one of its users (case-insensitive, as
 * GitHub logins are), or an active member of one of its teams. Team membership is read with
 * `GET /orgs/{org}/teams/{team_slug}/memberships/{username}`, which needs a token with the
 * organisation's members permission (`SANCTUARY_BOT_TOKEN`); the workflow's own token cannot read
 * it. When membership cannot be read (403, 404, any error), the user counts as NOT a member:
 * the safe side, because the pull request then asks the entry's maintainers to review.
 * @param octokit - the GitHub client
 * @param login - the user's login
 * @param maintainers - the entry's maintainers on the default branch
 */
export async function isMaintainer(
  octokit: GithubClient,
  login: string,
  maintainers: Maintainers,
): Promise<boolean> {
  const lower = login.toLowerCase();
  if (maintainers.users.some((user) => user.toLowerCase() === lower)) return true;
  for (const team of maintainers.teams) {
    try {
      const {data} = await octokit.rest.teams.getMembershipForUserInOrg({
        org: team.org,
        team_slug: team.slug,
        username: login,
      });
      if (data.state === 'active') return true;
    } catch {
      // Not a member, or the token cannot see the team: either way not known to be a maintainer.
    }
  }
  return false;
}

/**
 * Review requests for a set of maintainers: users (never the author, who cannot review their own
 * pull request) and teams of the repository's owner (GitHub can only request those).
 * @param maintainers - users and teams
 * @param owner - the repository's owner
 * @param author - the pull request's author (or the issue's, for a bot pull request)
 * @returns logins and team slugs, sorted, without duplicates
 */
export function reviewRequests(
  maintainers: Maintainers,
  owner: string,
  author?: string,
): {reviewers: string[]; teamReviewers: string[]} {
  const reviewers = new Set(
    maintainers.users.filter((user) => user.toLowerCase() !== author?.toLowerCase()),
  );
  const ownTeams = maintainers.teams.filter(
    (team) => team.org.toLowerCase() === owner.toLowerCase(),
  );
  const teamReviewers = new Set(ownTeams.map((team) => team.slug));
  return {reviewers: [...reviewers].sort(), teamReviewers: [...teamReviewers].sort()};
}
