/**
 * "Save for offline": what the browser keeps for each saved city, shared by
 * the service worker (`src/offline/serviceWorker.ts`, which stores and
 * forgets) and the pages (`src/components/Offline`, which list and show).
 *
 * One Cache Storage cache holds every saved copy (pages and the files they
 * need), and one JSON entry in it, the index, says which city needs which
 * address. Files shared by several cities (the site's scripts and styles)
 * are kept until the last city needing them is removed. Pure functions: no
 * browser API here.
 */

/** Prefix of the Cache Storage caches that hold saved copies (and nothing else): one per worker scope. */
export const OFFLINE_CACHE = 'sanctuary-commons-offline-v1';

/**
 * The cache of one worker scope. Each locale has its own worker (`/sw.js`, `/es/sw.js`), scope and cache,
 * so removing the last city of one language never deletes another language's copies.
 * @param scope - the worker's scope, an absolute address ending in `/`
 * @returns e.g. `sanctuary-commons-offline-v1 /es/`
 */
export function cacheNameOf(scope: string): string {
  return `${OFFLINE_CACHE} ${new URL(scope).pathname}`;
}

/** Path of the index inside the worker's scope; never a page of the site (the build writes no such file). */
export const INDEX_PATH = '__offline-index.json';

/** File name of the service worker, written next to each locale's pages (`<baseUrl>sw.js`). */
export const WORKER_FILE = 'sw.js';

/** One saved city. */
export type SavedCity = {
  /** `<locale>:<city slug>`, e.g. `es:chicago`: a city saved in two languages is two entries. */
  key: string;
  /** The city's name as its page showed it. */
  name: string;
  /** Locale of the saved pages. */
  locale: string;
  /** Absolute address of the city page. */
  url: string;
  /** The scope of the worker that keeps it (its locale's base URL, absolute), e.g. `https://example.org/es/`. */
  scope: string;
  /** When it was saved, ISO 8601 (UTC). */
  savedAt: string;
  /** Every address stored for it: its page, its organisations' pages, and the files they need. */
  urls: string[];
};

/** The index: every saved city by key. */
export type SavedIndex = {version: 1; cities: Record<string, SavedCity>};

/** An index with no city. */
export function emptyIndex(): SavedIndex {
  return {version: 1, cities: {}};
}

/**
 * Reads an index from its JSON text, dropping anything malformed (a
 * storage written by another version must never break a page).
 * @param text - the stored JSON, or null when there is none
 */
export function parseIndex(text: string | null): SavedIndex {
  if (!text) return emptyIndex();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return emptyIndex();
  }
  const cities = (value as {cities?: unknown})?.cities;
  if (!cities || typeof cities !== 'object') return emptyIndex();
  const kept: Record<string, SavedCity> = {};
  for (const [key, city] of Object.entries(cities as Record<string, unknown>)) {
    const entry = city as Partial<SavedCity> | null;
    const strings = ['name', 'locale', 'url', 'scope', 'savedAt'] as const;
    if (
      !entry ||
      typeof entry !== 'object' ||
      entry.key !== key ||
      strings.some((name) => typeof entry[name] !== 'string')
    )
      continue;
    if (!Array.isArray(entry.urls) || !entry.urls.every((url) => typeof url === 'string')) continue;
    kept[key] = {
      key,
      name: entry.name!,
      locale: entry.locale!,
      url: entry.url!,
      scope: entry.scope!,
      savedAt: entry.savedAt!,
      urls: [...entry.urls],
    };
  }
  return {version: 1, cities: kept};
}

/**
 * The index with a city added or replaced.
 * @param index - the current index
 * @param city - the city as just saved
 * @returns the new index, and the addresses the replaced entry held that nothing needs any more
 */
export function withCity(
  index: SavedIndex,
  city: SavedCity,
): {index: SavedIndex; orphans: string[]} {
  const next: SavedIndex = {
    version: 1,
    cities: {...index.cities, [city.key]: {...city, urls: [...new Set(city.urls)]}},
  };
  const previous = index.cities[city.key];
  return {index: next, orphans: previous ? unneeded(previous.urls, next) : []};
}

/**
 * The index without a city.
 * @param index - the current index
 * @param key - the city's key
 * @returns the new index, and the addresses to delete from the cache (needed by no other saved city)
 */
export function withoutCity(
  index: SavedIndex,
  key: string,
): {index: SavedIndex; orphans: string[]} {
  const removed = index.cities[key];
  if (!removed) return {index, orphans: []};
  const cities = {...index.cities};
  delete cities[key];
  const next: SavedIndex = {version: 1, cities};
  return {index: next, orphans: unneeded(removed.urls, next)};
}

/** Addresses of `urls` that no city of `index` needs. */
function unneeded(urls: readonly string[], index: SavedIndex): string[] {
  const needed = new Set(Object.values(index.cities).flatMap((city) => city.urls));
  return [...new Set(urls)].filter((url) => !needed.has(url));
}

/**
 * The saved city a page belongs to (its city page or one of its organisations' pages).
 * @param index - the index
 * @param pageUrl - the page's absolute address (query and fragment are ignored)
 * @returns the city, or undefined when the page is not saved
 */
export function cityOfPage(index: SavedIndex, pageUrl: string): SavedCity | undefined {
  const wanted = withoutSearch(pageUrl);
  return Object.values(index.cities).find((city) =>
    city.urls.some((url) => withoutSearch(url) === wanted),
  );
}

function withoutSearch(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '') || '/'}`;
  } catch {
    return url;
  }
}

/**
 * Whether an address may be stored: on the site's origin, inside the
 * worker's scope, fetched with GET, not the index itself. The worker checks
 * every address a page asks it to store, so a page can never make it fetch
 * another site.
 * @param url - the address
 * @param scope - the worker's scope, e.g. `https://example.org/commons/`
 */
export function isStorable(url: string, scope: string): boolean {
  let parsed: URL;
  let base: URL;
  try {
    parsed = new URL(url);
    base = new URL(scope);
  } catch {
    return false;
  }
  if (
    parsed.origin !== base.origin ||
    (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
  )
    return false;
  if (parsed.username || parsed.password) return false;
  return parsed.pathname.startsWith(base.pathname) && !parsed.pathname.endsWith(`/${INDEX_PATH}`);
}

/** Messages a page sends to the worker (through workbox-window's `messageSW`). */
export type OfflineMessage =
  | {type: 'SC_OFFLINE_STORE'; urls: string[]}
  | {type: 'SC_OFFLINE_RECORD'; city: SavedCity}
  | {type: 'SC_OFFLINE_REMOVE'; key: string};

/** The worker's answers. */
export type OfflineReply =
  {ok: true; stored?: string[]; failed?: string[]; remaining?: number} | {ok: false; error: string};
