/**
 * Saving and removing a city for offline reading, loaded only when a reader
 * clicks (it brings workbox-window and the page reader). The page decides
 * WHAT to keep — the city page, its organisations' pages and the files
 * those pages load — and the service worker (`src/offline/serviceWorker.ts`)
 * fetches and stores it with Workbox, checking that every address is of this
 * site.
 */
import {Workbox} from 'workbox-window';
import {cssUrls} from '@site/src/lib/security/cssUrls';
import {
  cacheNameOf,
  WORKER_FILE,
  type OfflineMessage,
  type OfflineReply,
  type SavedCity,
} from '@site/src/lib/offline/savedCities';
import {OFFLINE_CHANGE_EVENT} from './savedIndex';

/** Where a locale's worker is: its base URL, absolute. */
export type WorkerPlace = {
  /** The locale's base URL as an absolute address, e.g. `https://example.org/commons/es/`; also the worker's scope. */
  scope: string;
};

/** `<link rel>` values whose file a page loads (or may load) to show itself. */
const LOADED_RELS = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'manifest',
]);

async function connect(place: WorkerPlace): Promise<Workbox> {
  const worker = new Workbox(new URL(WORKER_FILE, place.scope).href, {
    scope: new URL(place.scope).pathname,
  });
  await worker.register();
  await worker.active;
  return worker;
}

async function send(worker: Workbox, message: OfflineMessage): Promise<OfflineReply & {ok: true}> {
  const reply = (await worker.messageSW(message)) as OfflineReply;
  if (!reply || !reply.ok)
    throw new Error(reply && !reply.ok ? reply.error : 'The offline worker did not answer.');
  return reply;
}

/**
 * The same-site files a stored page loads: scripts, style sheets, icons, preloaded chunks, images.
 * @param html - the page's HTML
 * @param pageUrl - its address (relative addresses are resolved against it)
 */
export function filesOfPage(html: string, pageUrl: string): string[] {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  const add = (value: string | null) => {
    if (!value) return;
    try {
      const url = new URL(value, pageUrl);
      if (url.origin === new URL(pageUrl).origin)
        found.push(`${url.origin}${url.pathname}${url.search}`);
    } catch {
      // Not an address.
    }
  };
  page.querySelectorAll('script[src]').forEach((element) => add(element.getAttribute('src')));
  page.querySelectorAll('img[src]').forEach((element) => add(element.getAttribute('src')));
  page.querySelectorAll('link[href]').forEach((element) => {
    const rels = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.some((rel) => LOADED_RELS.has(rel))) add(element.getAttribute('href'));
  });
  return [...new Set(found)];
}

/** The files a stored style sheet loads (`url()` and `@import`), except `data:` addresses. */
function filesOfStyleSheet(css: string, sheetUrl: string): string[] {
  return cssUrls(css)
    .map((found) => found.url)
    .filter((url) => !/^\s*data:/i.test(url))
    .flatMap((url) => {
      try {
        const resolved = new URL(url, sheetUrl);
        return resolved.origin === new URL(sheetUrl).origin
          ? [`${resolved.origin}${resolved.pathname}`]
          : [];
      } catch {
        return [];
      }
    });
}

/** Docusaurus's client API (`window.docusaurus`): `preload` loads the scripts and data of a route. */
type DocusaurusClient = {preload?: (routePath: string) => Promise<unknown>};

/**
 * The files the pages' routes load in the browser (their components' scripts and styles): loaded now through
 * Docusaurus's `preload`, then read from the browser's record of loaded resources. Only the site's bundles and
 * images (`<scope>assets/`, `<scope>img/`) are kept: never the search index, the data or another page.
 */
async function routeFiles(pages: readonly string[], scope: string): Promise<string[]> {
  const client = (window as unknown as {docusaurus?: DocusaurusClient}).docusaurus;
  await Promise.all(
    pages.map((page) => client?.preload?.(new URL(page).pathname).catch(() => undefined)),
  );
  const kept = [`${scope}assets/`, `${scope}img/`];
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('#')[0]!)
    .filter((url) => kept.some((prefix) => url.startsWith(prefix)));
}

/** What a save kept. */
export type SaveResult = {city: SavedCity; files: number};

/**
 * Saves a city: its page, its organisations' pages and the files they load.
 * @param place - the locale's worker
 * @param city - key, name, locale and the absolute addresses of the city page and its organisations' pages
 * @returns the saved city as recorded
 * @throws Error when a page could not be stored (nothing is recorded then)
 */
export async function saveCity(
  place: WorkerPlace,
  city: {key: string; name: string; locale: string; url: string; pages: string[]},
): Promise<SaveResult> {
  const worker = await connect(place);
  const pages = [...new Set([city.url, ...city.pages])];
  const storedPages = await send(worker, {type: 'SC_OFFLINE_STORE', urls: pages});
  if (storedPages.failed?.length)
    throw new Error(`${storedPages.failed.length} page(s) could not be saved.`);

  const cache = await caches.open(cacheNameOf(place.scope));
  const read = async (url: string) => (await cache.match(url))?.text() ?? '';
  const files = new Set<string>();
  for (const page of pages) for (const file of filesOfPage(await read(page), page)) files.add(file);
  // Each page's own scripts are loaded by the client at hydration, not named in its HTML: have Docusaurus load them
  // now (as it does before a navigation), then keep every file of the site's assets this page has loaded.
  for (const file of await routeFiles(pages, place.scope)) files.add(file);
  for (const page of pages) files.delete(page);
  const storedFiles = await send(worker, {type: 'SC_OFFLINE_STORE', urls: [...files]});
  // Style sheets name fonts and images in url(); the site's own are stored too.
  const more = new Set<string>();
  for (const file of storedFiles.stored ?? []) {
    if (/\.css$/i.test(new URL(file).pathname))
      for (const extra of filesOfStyleSheet(await read(file), file))
        if (!files.has(extra)) more.add(extra);
  }
  const storedMore = more.size
    ? await send(worker, {type: 'SC_OFFLINE_STORE', urls: [...more]})
    : {stored: []};

  const saved: SavedCity = {
    key: city.key,
    name: city.name,
    locale: city.locale,
    url: city.url,
    scope: place.scope,
    savedAt: new Date().toISOString(),
    urls: [...pages, ...(storedFiles.stored ?? []), ...(storedMore.stored ?? [])],
  };
  await send(worker, {type: 'SC_OFFLINE_RECORD', city: saved});
  window.dispatchEvent(new Event(OFFLINE_CHANGE_EVENT));
  return {city: saved, files: saved.urls.length - pages.length};
}

/**
 * Forgets a saved city: its pages, and the files no other saved city needs. When it was the last city of its
 * language, the worker is unregistered too, so nothing of the site stays on the device.
 * @param city - the saved city (its `scope` says which worker keeps it)
 */
export async function removeCity(city: SavedCity): Promise<void> {
  const {scope} = city;
  const registration = await navigator.serviceWorker.getRegistration(scope);
  if (registration?.active && new URL(registration.scope).href === new URL(scope).href) {
    const worker = await connect({scope});
    const {remaining} = await send(worker, {type: 'SC_OFFLINE_REMOVE', key: city.key});
    if (remaining === 0) await registration.unregister();
  } else {
    // No worker any more (the reader cleared it): only the copies are left to delete.
    await caches.delete(cacheNameOf(scope));
  }
  window.dispatchEvent(new Event(OFFLINE_CHANGE_EVENT));
}
