/**
 * Errors of the GitHub command-line tools, turned into sentences for people
 * (no stack traces for a missing token, a 404 or a rate limit).
 */

/** A mistake in how the command was run (missing token, bad flag, bad input file). Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What Octokit's `RequestError` carries that we use. */
type RequestErrorLike = {
  status: number;
  message: string;
  request?: {method?: string; url?: string};
  response?: {headers?: Record<string, string | number | undefined>};
};

function isRequestError(error: unknown): error is RequestErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as {status?: unknown}).status === 'number'
  );
}

/**
 * Explains a failed GitHub request.
 * @param error - anything thrown by an Octokit call
 * @returns one or two sentences: what failed, why, and what to do; undefined when it is not a GitHub response error
 */
export function describeGithubError(error: unknown): string | undefined {
  if (!isRequestError(error)) return undefined;
  const where = error.request?.url
    ? ` (${error.request.method ?? 'GET'} ${new URL(error.request.url, 'https://api.github.com').pathname})`
    : '';
  const headers = error.response?.headers ?? {};
  const remaining = headers['x-ratelimit-remaining'];
  const reset = Number(headers['x-ratelimit-reset']);
  if (
    error.status === 429 ||
    (error.status === 403 && (String(remaining) === '0' || /rate limit/i.test(error.message)))
  ) {
    const when =
      Number.isFinite(reset) && reset > 0
        ? ` It resets at ${new Date(reset * 1000).toISOString()}.`
        : '';
    return `GitHub's rate limit was reached${where}.${when} Run the command again later; in Actions the next scheduled run continues where this one stopped.`;
  }
  switch (error.status) {
    case 401:
      return `GitHub refused the token${where}: it is missing, expired or revoked. Create a new token and export it as GITHUB_TOKEN.`;
    case 403:
      return `The token is not allowed to do this${where}: ${error.message} Give the workflow job the permission it needs (see the README's maintainer section) or use a token with write access to issues and pull requests.`;
    case 404:
      return `Not found${where}. Check the repository (--repo or GITHUB_REPOSITORY), the issue or pull-request number, and that the token can see the repository (a token without access also gets 404).`;
    case 422:
      return `GitHub did not accept the request${where}: ${error.message}`;
    default:
      return `GitHub answered ${error.status}${where}: ${error.message}`;
  }
}

/**
 * Runs a command-line entry point and turns every failure into a message and an exit code:
 * 2 for a usage error, 1 for a GitHub or other failure. Set `DEBUG=1` to see stack traces.
 * @param main - the command; resolves to its exit code
 */
export async function runCli(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (process.env.DEBUG) console.error(error);
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    console.error(
      describeGithubError(error) ?? `Failed: ${(error as Error).message ?? String(error)}`,
    );
    process.exitCode = 1;
  }
}
