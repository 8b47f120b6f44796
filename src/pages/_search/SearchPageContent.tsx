/**
 * The search page body. Everything happens in this browser: the Pagefind
 * bundle of this locale is loaded from the site itself and no query is sent
 * anywhere (DESIGN.md safety rule 6). The URL holds the state
 * (`?q=…&kind=…&city=…&topic=…&language=…`) so searches can be shared and
 * the form works without JavaScript.
 */
import React, {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useHistory} from '@docusaurus/router';
import {usePluralForm, useQueryString, useQueryStringList} from '@docusaurus/theme-common';
import SearchFilters from './SearchFilters';
import SearchResults from './SearchResults';
import SearchPrivacyNotice from '@theme/SearchPrivacyNotice';
import {
  PAGE_SIZE,
  QUERY_PARAM,
  hasSelection,
  matchKnownValues,
  normaliseQuery,
  restOfFirstPage,
  toPagefindFilters,
  withoutBlankValues,
  type FacetKey,
  type FacetSelection,
} from './facets';
import {
  usePagefind,
  type PagefindFilterCounts,
  type PagefindFragment,
  type PagefindResponse,
} from './pagefind';
import styles from './styles.module.css';
import useSitePaths from '@site/src/components/useSitePaths';

/** "the complete directory", linked: the fallback offered whenever search cannot help (and for readers without JavaScript). */
function DirectoryLink(): ReactNode {
  const paths = useSitePaths();
  return (
    <Link to={paths.directory()}>
      <Translate id="search.noJavaScript.directory" description="Link text: the complete directory">
        the complete directory
      </Translate>
    </Link>
  );
}

type SearchState =
  | {status: 'idle'}
  | {status: 'searching'; previous: Done | null}
  | Done
  | {status: 'failed'; message: string};

type Done = {
  status: 'done';
  query: string;
  response: PagefindResponse;
  items: PagefindFragment[];
};

function useFacetSelection(): [
  FacetSelection,
  (key: FacetKey, values: string[]) => void,
  () => void,
] {
  const [kind, setKind] = useQueryStringList('kind');
  const [city, setCity] = useQueryStringList('city');
  const [topic, setTopic] = useQueryStringList('topic');
  const [language, setLanguage] = useQueryStringList('language');
  const history = useHistory();
  // A plain form (the directory's search) sends its empty fields too: `topic=` selects nothing.
  const selection = useMemo(
    () => withoutBlankValues({kind, city, topic, language}),
    [kind, city, topic, language],
  );
  const setters = {kind: setKind, city: setCity, topic: setTopic, language: setLanguage};
  const set = (key: FacetKey, values: string[]) => setters[key](values);
  const clear = () => {
    const params = new URLSearchParams(history.location.search);
    for (const key of Object.keys(setters)) {
      params.delete(key);
    }
    history.replace({search: params.toString()});
  };
  return [selection, set, clear];
}

function useResultCountMessage(): (state: Done) => string {
  const {selectMessage} = usePluralForm();
  return ({query, response}: Done) => {
    const count = response.results.length;
    if (count === 0) {
      return query
        ? translate(
            {
              id: 'search.status.noResults',
              message: 'No results for “{query}”',
              description: 'Search page: nothing matched the words typed',
            },
            {query},
          )
        : translate({
            id: 'search.status.noFilterResults',
            message: 'No page matches the filters',
            description: 'Search page: nothing matched the filters (no words typed)',
          });
    }
    if (!query) {
      return selectMessage(
        count,
        translate(
          {
            id: 'search.status.filterCount',
            message: 'One page matches the filters|{count} pages match the filters',
            description:
              'Search page: number of pages matching the filters when no words were typed. Use as many plural forms (separated by "|") as your language needs',
          },
          {count},
        ),
      );
    }
    return selectMessage(
      count,
      translate(
        {
          id: 'search.status.resultCount',
          message: 'One result for “{query}”|{count} results for “{query}”',
          description:
            'Search page: number of results. Use as many plural forms (separated by "|") as your language needs',
        },
        {count, query},
      ),
    );
  };
}

function NoJavaScript(): ReactNode {
  const paths = useSitePaths();
  return (
    <noscript>
      <div className={clsx('alert alert--info', styles.notice)}>
        <Translate
          id="search.noJavaScript"
          description="Search page, shown when JavaScript is off: search needs it; links to the complete directory and the guides"
          values={{
            directory: <DirectoryLink />,
            guides: (
              <Link to={paths.doc('guides/start-here')}>
                <Translate id="search.noJavaScript.guides" description="Link text: the guides">
                  the guides
                </Translate>
              </Link>
            ),
          }}
        >
          {
            'Search needs JavaScript, which is turned off in this browser. Everything is still one click away: browse {directory} (every organisation, by city) or read {guides}.'
          }
        </Translate>
      </div>
    </noscript>
  );
}

function Unavailable(): ReactNode {
  const development = process.env.NODE_ENV !== 'production';
  return (
    <div className={clsx('alert alert--warning', styles.notice)} role="alert">
      {development ? (
        <Translate
          id="search.unavailable.development"
          description="Search page in development mode, where no search index exists"
        >
          Search works after a production build: run npm run build && npm run serve
        </Translate>
      ) : (
        <Translate
          id="search.unavailable.production"
          description="Search page: the search index could not be loaded"
          values={{
            directory: <DirectoryLink />,
          }}
        >
          {
            'The search index could not be loaded. Check your connection and reload the page, or browse {directory}.'
          }
        </Translate>
      )}
    </div>
  );
}

export default function SearchPageContent(): ReactNode {
  const pagefindState = usePagefind();
  const pagefind = pagefindState.status === 'ready' ? pagefindState.pagefind : null;
  const [q, setQ] = useQueryString(QUERY_PARAM);
  const query = normaliseQuery(q);
  const [selection, setFacet, clearFacets] = useFacetSelection();
  const selectionKey = JSON.stringify(selection);
  const [draft, setDraft] = useState(q);
  const [search, setSearch] = useState<SearchState>({status: 'idle'});
  const [allFilters, setAllFilters] = useState<PagefindFilterCounts | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const focusRef = useRef<HTMLAnchorElement>(null);
  const requestId = useRef(0);
  const resultCountMessage = useResultCountMessage();
  const searchUrl = useBaseUrl('/search');

  // The URL changed from outside the input (navbar search, back button): show it.
  useEffect(() => {
    setDraft((current) => (normaliseQuery(current) === normaliseQuery(q) ? current : q));
  }, [q]);

  // Typing updates the URL 300 ms after the last keystroke; the search follows the URL.
  useEffect(() => {
    const next = normaliseQuery(draft);
    if (next === query) {
      return undefined;
    }
    const timer = window.setTimeout(() => setQ(next || null), 300);
    return () => window.clearTimeout(timer);
  }, [draft, query, setQ]);

  const filtersLoaded = allFilters !== null;
  // Run the search whenever the words or the filters change.
  useEffect(() => {
    if (!pagefind) {
      return;
    }
    const id = ++requestId.current;
    if (!query && !hasSelection(selection)) {
      setSearch({status: 'idle'});
      return;
    }
    setSearch((previous) => ({
      status: 'searching',
      previous:
        previous.status === 'done'
          ? previous
          : previous.status === 'searching'
            ? previous.previous
            : null,
    }));
    setFocusIndex(null);
    (async () => {
      const response = await pagefind.search(query || null, {
        filters: toPagefindFilters(matchKnownValues(selection, allFilters)),
      });
      if (id !== requestId.current || response === null) {
        return;
      }
      // The first result is fetched alone and shown at once (the least data
      // before something useful on a slow network); the rest of the first
      // page is fetched once it is on screen (the effect below); later pages
      // only on demand.
      const first = await Promise.all(response.results.slice(0, 1).map((result) => result.data()));
      if (id !== requestId.current) {
        return;
      }
      setSearch({status: 'done', query, response, items: first});
    })().catch((error: unknown) => {
      if (id === requestId.current) {
        setSearch({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    });
    // Runs once more when the filter index arrives: Pagefind counts results
    // per filter value only once its filter chunks are loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `selectionKey` stands for `selection`
  }, [pagefind, query, selectionKey, filtersLoaded]);

  // The rest of the first page, requested only after the first result is on
  // screen, so it never competes with it for a slow connection.
  useEffect(() => {
    if (search.status !== 'done') {
      return undefined;
    }
    const range = restOfFirstPage(search.items.length, search.response.results.length);
    if (!range) {
      return undefined;
    }
    const id = requestId.current;
    let cancelled = false;
    Promise.all(
      search.response.results.slice(range.start, range.end).map((result) => result.data()),
    ).then(
      (rest) => {
        if (!cancelled && id === requestId.current) {
          setSearch({...search, items: [...search.items, ...rest]});
        }
      },
      (error: unknown) => {
        if (!cancelled && id === requestId.current) {
          setSearch({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [search]);

  // Filter values are listed once the first results are on screen, so the
  // first answer downloads as little as possible.
  const wantsResults = query !== '' || hasSelection(selection);
  const firstSearchSettled = wantsResults
    ? search.status === 'done' || search.status === 'failed'
    : search.status === 'idle';
  useEffect(() => {
    if (!pagefind || allFilters !== null || !firstSearchSettled) {
      return;
    }
    let cancelled = false;
    pagefind.filters().then(
      (filters) => !cancelled && setAllFilters(filters),
      () => !cancelled && setAllFilters({}),
    );
    return () => {
      cancelled = true;
    };
  }, [pagefind, allFilters, firstSearchSettled]);

  // After "more results", move focus to the first new result.
  useEffect(() => {
    if (focusIndex !== null) {
      focusRef.current?.focus();
    }
  }, [focusIndex, search]);

  const loadMore = useCallback(async () => {
    if (search.status !== 'done') {
      return;
    }
    const id = requestId.current;
    const next = search.response.results.slice(
      search.items.length,
      search.items.length + PAGE_SIZE,
    );
    const more = await Promise.all(next.map((result) => result.data()));
    if (id === requestId.current) {
      const firstNew = search.items.length;
      setSearch({...search, items: [...search.items, ...more]});
      setFocusIndex(firstNew);
    }
  }, [search]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = normaliseQuery(draft);
    if (next !== query) {
      setQ(next || null, {push: true});
    }
  };

  const done =
    search.status === 'done' ? search : search.status === 'searching' ? search.previous : null;
  const statusMessage =
    pagefindState.status === 'loading' && (query || hasSelection(selection))
      ? translate({
          id: 'search.status.loadingIndex',
          message: 'Loading the search index…',
          description: 'Search page: the index is being downloaded',
        })
      : search.status === 'searching' && !search.previous
        ? translate({
            id: 'search.status.searching',
            message: 'Searching…',
            description: 'Search page: a search is running',
          })
        : search.status === 'failed'
          ? translate({
              id: 'search.status.failed',
              message: 'The search failed. Reload the page and try again.',
              description: 'Search page: an error happened while searching',
            })
          : done
            ? resultCountMessage(done)
            : '';

  return (
    <>
      <h1>
        <Translate id="search.page.heading" description="Search page: main heading">
          Search
        </Translate>
      </h1>
      <SearchPrivacyNotice className={styles.privacy} />

      <form
        role="search"
        action={searchUrl}
        method="get"
        className={styles.form}
        onSubmit={onSubmit}
      >
        <label htmlFor="search-page-input" className={styles.label}>
          <Translate
            id="search.page.inputLabel"
            description="Search page: label of the search field"
          >
            Search playbooks, guides, organisations and cities
          </Translate>
        </label>
        <div className={styles.inputRow}>
          <input
            id="search-page-input"
            className={styles.input}
            type="search"
            name={QUERY_PARAM}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
          />
          <button type="submit" className={clsx('button', styles.submit)}>
            <Translate id="search.page.submit" description="Search page: submit button">
              Search
            </Translate>
          </button>
        </div>
      </form>

      <NoJavaScript />
      {pagefindState.status === 'unavailable' && <Unavailable />}

      <div className={clsx('row', styles.layout)}>
        <div className="col col--3">
          {pagefindState.status === 'ready' && (
            <SearchFilters
              all={allFilters}
              current={done ? done.response.filters : null}
              selection={matchKnownValues(selection, allFilters)}
              onChange={setFacet}
              onClear={clearFacets}
            />
          )}
        </div>
        <section className="col col--9" aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" className="sc-visually-hidden">
            <Translate
              id="search.results.heading"
              description="Search page: heading of the results (read by screen readers)"
            >
              Results
            </Translate>
          </h2>
          <p role="status" className={styles.status}>
            {statusMessage}
          </p>
          {done && done.response.results.length === 0 && search.status !== 'searching' && (
            <div className={styles.empty}>
              <p>
                <Translate
                  id="search.results.noneHint"
                  description="Search page: advice when nothing was found"
                  values={{
                    directory: <DirectoryLink />,
                  }}
                >
                  {
                    'Try fewer or different words, check the spelling, remove a filter, or browse {directory}.'
                  }
                </Translate>
              </p>
            </div>
          )}
          {done && done.items.length > 0 && (
            <div
              aria-busy={search.status === 'searching'}
              className={clsx(search.status === 'searching' && styles.stale)}
            >
              <SearchResults items={done.items} focusIndex={focusIndex} focusRef={focusRef} />
              {done.items.length >= PAGE_SIZE &&
                done.items.length < done.response.results.length &&
                search.status === 'done' && (
                  <button
                    type="button"
                    className={clsx('button margin-top--md', styles.more)}
                    onClick={loadMore}
                  >
                    <Translate
                      id="search.results.more"
                      values={{
                        count: Math.min(
                          PAGE_SIZE,
                          done.response.results.length - done.items.length,
                        ),
                      }}
                      description="Search page: button that shows the next results"
                    >
                      {'Show {count} more results'}
                    </Translate>
                  </button>
                )}
            </div>
          )}
        </section>
      </div>
    </>
  );
}
