import {createGithubClient, type GithubClient, type PlannedRequest} from '../client';

/** A canned answer: status and JSON data (default 200). */
export type FakeAnswer = {status?: number; data?: unknown; headers?: Record<string, string>};

/**
 * An Octokit client whose `request.fetch` records every request and
 * answers from `route` instead of the network.
 * @param route - answers `METHOD /path?query` (or `METHOD /path`) requests; unknown routes get 404
 */
export function fakeGithub(
  route: (key: string, request: PlannedRequest) => FakeAnswer | undefined,
): {octokit: GithubClient; requests: PlannedRequest[]} {
  const requests: PlannedRequest[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' && init.body ? JSON.parse(init.body) : undefined;
    const request: PlannedRequest = {
      method,
      path: `${url.pathname}${url.search}`,
      ...(body === undefined ? {} : {body}),
    };
    requests.push(request);
    const answer = route(`${method} ${request.path}`, request) ??
      route(`${method} ${url.pathname}`, request) ?? {status: 404, data: {message: 'Not Found'}};
    return new Response(answer.status === 204 ? null : JSON.stringify(answer.data ?? {}), {
      status: answer.status ?? 200,
      headers: {'content-type': 'application/json', ...answer.headers},
    });
  };
  return {
    octokit: createGithubClient({
      token: 'test-token',
      fetch: fetch as typeof globalThis.fetch,
      retries: 0,
      throttle: false,
    }),
    requests,
  };
}

/** A comment as GitHub returns it. */
export const botComment = (id: number, body: string) => ({
  id,
  body,
  user: {login: 'github-actions[bot]', type: 'Bot'},
});
