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
export type PageWeight = {route: string; jsBytes: number; totalBytes: number; requests: number; prefetchBytes: number; offSite: string[]};

/**
 * One search from an empty cache. `searchBytes`: the search's own requests
 * (`/pagefind/…`) finished when the first result showed; `searchBytesAll`:
 * also those made after it (the other results of the first page, the filter
 * counts), until the network is idle.
 */
export type SearchCost = {query: string; searchBytes: number; searchBytesAll: number; pageBytes: number; msToFirstResult: number; results: boolean};

type Transfer = {url: string; type: string; bytes: number; finishedAt: number};

/** Records every finished request's encoded body size, resource type ('other' is a prefetch) and when it finished. */
function recordTransfers(page: Page): () => Promise<Transfer[]> {
  const pending: Array<Promise<Transfer>> = [];
  page.on('requestfinished', (request: Request) => {
    const finishedAt = Date.now();
    pending.push(request.sizes().then((sizes) => ({url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize, finishedAt})));
  });
  return () => Promise.all(pending);
}

const sum = (transfers: readonly Transfer[]) => transfers.reduce((total, transfer) => total + transfer.bytes, 0);

/**
 * Loads each route once in a fresh browser context and sums what it downloaded.
 * @param browser - a launched Chromium
 * @param origin - e.g. `http://127.0.0.1:4321`
 * @param routes - paths to load
 */
export async function measurePageWeights(browser: Browser, origin: string, routes: readonly string[]): Promise<PageWeight[]> {
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
      offSite: done.map((transfer) => transfer.url).filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
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
export async function measureSearches(browser: Browser, origin: string, queries: readonly string[]): Promise<SearchCost[]> {
  const costs: SearchCost[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers = recordTransfers(page);
    const started = Date.now();
    await page.goto(`${origin}/search?q=${encodeURIComponent(query)}`);
    const results = await page
      .locator('section[aria-labelledby="search-results-heading"] a[href]')
      .first()
      .waitFor({timeout: 30_000})
      .then(() => true, () => false);
    const firstResultAt = Date.now();
    const msToFirstResult = firstResultAt - started;
    await page.waitForLoadState('networkidle');
    const done = await transfers();
    await context.close();
    const search = done.filter((transfer) => new URL(transfer.url).pathname.startsWith('/pagefind/'));
    costs.push({
      query,
      results,
      msToFirstResult,
      searchBytes: sum(search.filter((transfer) => transfer.finishedAt <= firstResultAt)),
      searchBytesAll: sum(search),
      pageBytes: sum(done),
    });
  }
  return costs;
}
