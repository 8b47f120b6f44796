/**
 * The part of Pagefind's browser API (`<baseUrl>pagefind/pagefind.js`, written
 * by `src/plugins/search` after the build) that the search page uses, and a
 * hook that loads it at runtime. The script is never bundled: it is imported
 * from the site's own origin, and every query is answered in this browser.
 */
import {useEffect, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';

/** Filter counts: filter key → value → number of pages. */
export type PagefindFilterCounts = {[key: string]: {[value: string]: number}};

/** Filters passed to a search: key → `{any: values}` (pages matching one of the values). */
export type PagefindFilters = {[key: string]: {any: string[]}};

/** What Pagefind knows about one result page, loaded on demand by `data()`. */
export type PagefindFragment = {
  /** Site-absolute URL of the page (Pagefind's `baseUrl` already applied). */
  url: string;
  /** Plain-text excerpt with the matching words wrapped in `<mark>`. */
  excerpt: string;
  meta: {[key: string]: string | undefined};
  filters: {[key: string]: string[] | undefined};
  word_count: number;
};

export type PagefindResult = {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
};

export type PagefindResponse = {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
};

export type Pagefind = {
  options: (options: {
    baseUrl?: string;
    excerptLength?: number;
    noWorker?: boolean;
  }) => Promise<void>;
  init: () => Promise<void>;
  /** `term: null` lists every page matching the filters. */
  search: (
    term: string | null,
    options?: {filters?: PagefindFilters},
  ) => Promise<PagefindResponse | null>;
  filters: () => Promise<PagefindFilterCounts>;
};

export type PagefindState =
  | {status: 'loading'}
  | {status: 'ready'; pagefind: Pagefind}
  | {status: 'unavailable'; error: string};

/** One import per bundle URL for the life of the page (navigating back reuses it). */
const loaded = new Map<string, Promise<Pagefind>>();

function loadPagefind(scriptUrl: string, baseUrl: string): Promise<Pagefind> {
  let promise = loaded.get(scriptUrl);
  if (!promise) {
    promise = (async () => {
      // webpackIgnore: the bundler must leave this import alone; the file only
      // exists in the production build output, next to this locale's pages.
      const pagefind = (await import(/* webpackIgnore: true */ scriptUrl)) as Pagefind;
      await pagefind.options({
        // Results are stored relative to the locale root; prefix this locale's base URL.
        baseUrl,
        excerptLength: 28,
        // Search on the main thread: skips downloading pagefind-worker.js
        // (~12 KB) before the first result, and needs no worker-src in the CSP.
        noWorker: true,
      });
      await pagefind.init();
      return pagefind;
    })();
    promise.catch(() => loaded.delete(scriptUrl));
    loaded.set(scriptUrl, promise);
  }
  return promise;
}

/** Loads this locale's Pagefind bundle in the browser (never during server rendering). */
export function usePagefind(): PagefindState {
  const scriptUrl = useBaseUrl('/pagefind/pagefind.js');
  const baseUrl = useBaseUrl('/');
  const [state, setState] = useState<PagefindState>({status: 'loading'});
  useEffect(() => {
    let cancelled = false;
    setState({status: 'loading'});
    loadPagefind(scriptUrl, baseUrl).then(
      (pagefind) => {
        if (!cancelled) {
          setState({status: 'ready', pagefind});
        }
      },
      (error: unknown) => {
        if (!cancelled) {
          setState({
            status: 'unavailable',
            error: error instanceof Error ? error.message : String(error),
          });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [scriptUrl, baseUrl]);
  return state;
}
