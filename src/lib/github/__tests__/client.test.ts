import {createGithubClient, formatPlannedRequest} from '../client';
import {describeGithubError, UsageError} from '../errors';
import {fakeGithub} from './fakeGithub';

describe('the GitHub client', () => {
  it('refuses to start without a token unless in dry-run', () => {
    expect(() => createGithubClient({})).toThrow(UsageError);
    expect(() => createGithubClient({})).toThrow(/GITHUB_TOKEN is not set.*--dry-run/);
  });

  it('in dry-run prints every request instead of sending it', async () => {
    const lines: string[] = [];
    const fetch = jest.fn();
    const octokit = createGithubClient({
      dryRun: true,
      log: (line) => lines.push(line),
      fetch: fetch as never,
      throttle: false,
    });
    const comments = await octokit.rest.issues.listComments({
      owner: 'o',
      repo: 'r',
      issue_number: 3,
    });
    await octokit.rest.issues.addLabels({
      owner: 'o',
      repo: 'r',
      issue_number: 3,
      labels: ['city:chicago'],
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(comments.data).toEqual([]);
    expect(lines).toEqual([
      '[dry-run] GET /repos/o/r/issues/3/comments',
      formatPlannedRequest({
        method: 'POST',
        path: '/repos/o/r/issues/3/labels',
        body: {labels: ['city:chicago']},
      }),
    ]);
    expect(lines[1]).toBe(
      '[dry-run] POST /repos/o/r/issues/3/labels\n    {\n      "labels": [\n        "city:chicago"\n      ]\n    }',
    );
  });

  it('explains a 404, a rate limit and a refused token in plain words', async () => {
    const {octokit} = fakeGithub((key) => {
      if (key === 'GET /repos/o/r/issues/1') return {status: 404, data: {message: 'Not Found'}};
      if (key === 'GET /repos/o/r/issues/2')
        return {
          status: 403,
          data: {message: 'API rate limit exceeded'},
          headers: {'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000'},
        };
      if (key === 'GET /repos/o/r/issues/3')
        return {status: 401, data: {message: 'Bad credentials'}};
      return undefined;
    });
    const message = async (issue: number) =>
      describeGithubError(
        await octokit.rest.issues
          .get({owner: 'o', repo: 'r', issue_number: issue})
          .catch((error: unknown) => error),
      );
    expect(await message(1)).toBe(
      'Not found (GET /repos/o/r/issues/1). Check the repository (--repo or GITHUB_REPOSITORY), the issue or pull-request number, and that the token can see the repository (a token without access also gets 404).',
    );
    expect(await message(2)).toMatch(
      /^GitHub's rate limit was reached \(GET \/repos\/o\/r\/issues\/2\)\. It resets at 2030-01-01T00:00:00\.000Z\./,
    );
    expect(await message(3)).toMatch(/^GitHub refused the token/);
    expect(describeGithubError(new Error('not a response'))).toBeUndefined();
  });
});
