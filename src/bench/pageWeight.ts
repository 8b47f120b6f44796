/**
 * What a visitor downloads, measured in Chromium against a build served with
 * gzip (as production hosts serve it): bytes on the wire per page, and what a
 * search costs until its first result shows.
 */
import type {Browser, Page, Request} from 'playwright-core';

/**
 * One page's first load (empty cache). Bytes are encoded (compressed) body
 * sizes. Docusaurus also prefetches, at idle priority, the chunks of routes
 * linked in view (`<link rel="prefetch">`): not needed to show the page, so
 * counted apart.
 */
export type PageWeight = {
  route: string;
  jsBytes: number;
  totalBytes: number;
  requests: number;
  prefetchBytes: number;
  offSite: string[];
};

/**
 * One search from an empty cache. `searchBytes`: the search's own requests
 * (`/pagefind/…`) finished when the first result showed (both moments read
 * from the page's own clock: the link's insertion, seen by a mutation
 * observer, and each request's resource-timing `responseEnd`, so requests
 * that finish while the test waits are not counted); `searchBytesAll`: also
 * those made after it (the other results of the first page, the filter
 * counts), until the network is idle. `firstResult`: the path it links to.
 */
export type SearchCost = {
  query: string;
  searchBytes: number;
  searchBytesAll: number;
  pageBytes: number;
  msToFirstResult: number;
  results: boolean;
  firstResult?: string;
};

const FIRST_RESULT = 'section[aria-labelledby="search-results-heading"] a[href]';

/**
 * Records, in the page, when the first search result link appears (`window.__scFirstResultAt`, performance.now() ms).
 * Runs in the page as an init script, so it declares no named inner function: tsx (esbuild keepNames) wraps those
 * in a `__name` helper that does not exist in the page, and the script would fail without a word.
 */
export function watchFirstResult(selector: string): void {
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    (window as unknown as {__scFirstResultAt?: number}).__scFirstResultAt ??= performance.now();
    observer.disconnect();
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['href'],
  });
}

type Transfer = {url: string; type: string; bytes: number; finishedAt: number};

/** Records every finished request's encoded body size, resource type ('other' is a prefetch) and when it finished. */
function recordTransfers(page: Page): () => Promise<Transfer[]> {
  const pending: Array<Promise<Transfer>> = [];
  page.on('requestfinished', (request: Request) => {
    const finishedAt = Date.now();
    pending.push(
      request.sizes().then((sizes) => ({
        url: request.url(),
        type: request.resourceType(),
        bytes: sizes.responseBodySize,
        finishedAt,
      })),
    );
  });
  return () => Promise.all(pending);
}

const sum = (transfers: readonly Transfer[]) =>
  transfers.reduce((total, transfer) => total + transfer.bytes, 0);

/**
 * Loads each route once in a fresh browser context and sums what it downloaded.
 * @param browser - a launched Chromium
 * @param origin - e.g. `http://127.0.0.1:4321`
 * @param routes - paths to load
 */
export async function measurePageWeights(
  browser: Browser,
  origin: string,
  routes: readonly string[],
): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const route of routes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers = recordTransfers(page);
    await page.goto(`${origin}${route}`, {waitUntil: 'networkidle'});
    const done = await transfers();
    await context.close();
    const loaded = done.filter((transfer) => transfer.type !== 'other');
    weights.push({
      route,
      jsBytes: sum(loaded.filter((transfer) => transfer.type === 'script')),
      totalBytes: sum(loaded),
      requests: loaded.length,
      prefetchBytes: sum(done.filter((transfer) => transfer.type === 'other')),
      offSite: done
        .map((transfer) => transfer.url)
        .filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
    });
  }
  return weights;
}

/**
 * Runs each query on the search page from an empty cache and measures the
 * bytes the search itself fetched (`/pagefind/…`) and the time from
 * navigation to the first result link.
 * @param browser - a launched Chromium
 * @param origin - the served build
 * @param queries - search terms
 */
export async function measureSearches(
  browser: Browser,
  origin: string,
  queries: readonly string[],
): Promise<SearchCost[]> {
  const costs: SearchCost[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers = recordTransfers(page);
    await page.addInitScript(watchFirstResult, FIRST_RESULT);
    await page.goto(`${origin}/search?q=${encodeURIComponent(query)}`);
    const link = page.locator(FIRST_RESULT).first();
    const results = await link.waitFor({timeout: 30_000}).then(
      () => true,
      () => false,
    );
    const firstResult = results ? ((await link.getAttribute('href')) ?? undefined) : undefined;
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => ({
      firstResultAt: (window as unknown as {__scFirstResultAt?: number}).__scFirstResultAt ?? null,
      ends: performance
        .getEntriesByType('resource')
        .map(
          (entry) =>
            [entry.name, (entry as PerformanceResourceTiming).responseEnd] as [string, number],
        ),
    }));
    const done = await transfers();
    await context.close();
    const endOf = new Map(timing.ends);
    const firstResultAt = timing.firstResultAt ?? Number.POSITIVE_INFINITY;
    const search = done.filter((transfer) =>
      new URL(transfer.url).pathname.startsWith('/pagefind/'),
    );
    costs.push({
      query,
      results,
      msToFirstResult:
        timing.firstResultAt === null ? Number.NaN : Math.round(timing.firstResultAt),
      // A request the page's timing does not list (none expected) counts as before the first result.
      searchBytes: sum(
        search.filter((transfer) => (endOf.get(transfer.url) ?? 0) <= firstResultAt),
      ),
      searchBytesAll: sum(search),
      pageBytes: sum(done),
      ...(firstResult === undefined ? {} : {firstResult}),
    });
  }
  return costs;
}
