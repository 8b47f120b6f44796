import {Octokit} from '@octokit/rest';
import {throttling} from '@octokit/plugin-throttling';
import {retry} from '@octokit/plugin-retry';
import {UsageError} from './errors';

/**
 * The one GitHub client of the bots: Octokit REST with the throttling
 * plugin (GitHub's documented rate-limit handling) and the retry plugin
 * (server errors), plus a dry-run mode that prints every request instead
 * of sending it.
 */
export const BotOctokit = Octokit.plugin(throttling, retry);
/** An Octokit instance with the bots' plugins. */
export type GithubClient = InstanceType<typeof BotOctokit>;

/** A request as printed by `--dry-run` and recorded by the tests. */
export type PlannedRequest = {method: string; path: string; body?: unknown};

/** Options of {@link createGithubClient}. */
export type GithubClientOptions = {
  /** A GitHub token (`GITHUB_TOKEN`); required unless `dryRun`. */
  token?: string;
  /**
   * Print requests instead of sending them. Reads (GET) are still sent when
   * a token is given, so the plan matches the repository; without a token
   * they are printed and answered with an empty result.
   */
  dryRun?: boolean;
  /** Where dry-run lines go (default: stdout). */
  log?: (line: string) => void;
  /** The fetch implementation (tests pass a recording fake; default: global fetch). */
  fetch?: typeof fetch;
  /** Retries after a rate limit or a server error (default 2; tests use 0). */
  retries?: number;
  /**
   * Space out writes as GitHub asks (default true). Tests turn it off: the
   * throttle waits about a second between writes.
   */
  throttle?: boolean;
};

/**
 * Creates the GitHub client.
 * @throws UsageError when no token is given outside dry-run
 */
export function createGithubClient(options: GithubClientOptions = {}): GithubClient {
  const {token, dryRun = false, log = (line: string) => console.log(line), retries = 2} = options;
  if (!token && !dryRun) {
    throw new UsageError(
      'GITHUB_TOKEN is not set. Export a token that can write issues and pull requests on the repository (in GitHub Actions: env: GITHUB_TOKEN: ${{ github.token }}), or add --dry-run to only print the requests.',
    );
  }
  const octokit = new BotOctokit({
    auth: token,
    userAgent: 'sanctuary-commons-bot',
    request: {fetch: options.fetch ?? fetch, retries},
    retry: {doNotRetry: [400, 401, 403, 404, 410, 422, 451]},
    throttle: {
      enabled: options.throttle ?? true,
      // Wait once for a short reset; otherwise stop and say so (errors.ts explains the 403/429).
      onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < retries && retryAfter <= 60,
      onSecondaryRateLimit: (
        retryAfter: number,
        _options: unknown,
        _octokit: unknown,
        retryCount: number,
      ) => retryCount < retries && retryAfter <= 60,
    },
  });
  if (dryRun) {
    octokit.hook.wrap('request', async (request, requestOptions) => {
      const method = String(requestOptions.method).toUpperCase();
      if (method === 'GET' && token) return request(requestOptions);
      const planned = plannedRequest(octokit, requestOptions);
      log(formatPlannedRequest(planned));
      return {
        status: 200,
        url: planned.path,
        headers: {},
        data: method === 'GET' && isListRoute(String(requestOptions.url)) ? [] : {},
      } as never;
    });
  }
  return octokit;
}

/** Whether a route template lists things (so a dry-run read answers `[]`). */
function isListRoute(route: string): boolean {
  return /\/(comments|issues|pulls|labels|files)$/.test(route.split('?')[0]!);
}

/**
 * The concrete method, path (with query) and body of a request, as GitHub would receive it.
 * @param octokit - the client (for its endpoint defaults)
 * @param requestOptions - route options as passed to the request hook
 */
export function plannedRequest(octokit: GithubClient, requestOptions: object): PlannedRequest {
  const endpoint = octokit.request.endpoint(requestOptions as never) as {
    method: string;
    url: string;
    body?: unknown;
  };
  const url = new URL(endpoint.url);
  return {
    method: endpoint.method,
    path: `${url.pathname}${url.search}`,
    ...(endpoint.body === undefined ? {} : {body: endpoint.body}),
  };
}

/**
 * One dry-run line: `POST /repos/o/r/issues/1/comments` followed by the body as indented JSON.
 * @param request - the planned request
 */
export function formatPlannedRequest(request: PlannedRequest): string {
  const head = `[dry-run] ${request.method} ${request.path}`;
  return request.body === undefined
    ? head
    : `${head}\n${JSON.stringify(request.body, null, 2).replace(/^/gm, '    ')}`;
}
