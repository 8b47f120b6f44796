/**
 * The service worker behind "Save for offline" (bundled with esbuild into
 * `<baseUrl>sw.js` by `src/plugins/offline`). It is registered only when a
 * reader saves a city, and does two things, both with Workbox:
 *
 * - stores what a page asks it to store (that city's page, its
 *   organisations' pages and the files they need: never anything else, and
 *   only addresses of this site inside the worker's scope), and keeps the
 *   index of saved cities (`src/lib/offline/savedCities.ts`);
 * - answers every request from the network, and only when the network
 *   fails (or takes more than a few seconds) from the saved copy. It never
 *   stores what the reader browses.
 *
 * No request leaves the site: the worker fetches only addresses of its own
 * origin, which the policy's `worker-src 'self'` and `connect-src 'self'` also require.
 */
import {clientsClaim} from 'workbox-core';
import {registerRoute} from 'workbox-routing';
import {NetworkFirst, Strategy, type StrategyHandler} from 'workbox-strategies';
import {
  INDEX_PATH,
  cacheNameOf,
  isStorable,
  parseIndex,
  withCity,
  withoutCity,
  type OfflineMessage,
  type OfflineReply,
  type SavedIndex,
} from '../lib/offline/savedCities';

/** The parts of the service worker global scope used here (the project's TypeScript library is the DOM's). */
type ExtendableEvent = Event & {waitUntil(promise: Promise<unknown>): void};
type WorkerScope = {
  registration: {scope: string};
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(
    type: 'message',
    listener: (event: ExtendableEvent & {data: unknown; ports: readonly MessagePort[]}) => void,
  ): void;
};
declare const self: WorkerScope;

const scope = self.registration.scope;
const indexUrl = new URL(INDEX_PATH, scope).href;
const cacheName = cacheNameOf(scope);

/** Fetches a page or file and stores it, failing on anything but a 200 from this site (Workbox's custom-strategy API). */
class SaveCopy extends Strategy {
  protected async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    const response = await handler.fetch(request);
    if (response.status !== 200 || response.type !== 'basic' || response.redirected) {
      throw new Error(
        `${request.url} answered ${response.status}${response.redirected ? ' (redirected)' : ''}`,
      );
    }
    await handler.cachePut(request, response.clone());
    return response;
  }
}

const save = new SaveCopy({cacheName});

// The network first; the saved copy when it fails or is slow. Nothing read here is ever stored.
const neverStore = {cacheWillUpdate: async () => null};
registerRoute(
  ({request, url}) =>
    request.method === 'GET' &&
    url.origin === self.location.origin &&
    url.href.startsWith(scope) &&
    url.href !== indexUrl,
  new NetworkFirst({
    cacheName,
    networkTimeoutSeconds: 6,
    plugins: [neverStore],
    matchOptions: {ignoreSearch: true},
  }),
);

self.addEventListener('install', () => {
  void self.skipWaiting();
});
clientsClaim();

async function readIndex(): Promise<SavedIndex> {
  const cache = await caches.open(cacheName);
  const stored = await cache.match(indexUrl);
  return parseIndex(stored ? await stored.text() : null);
}

async function writeIndex(index: SavedIndex, orphans: readonly string[]): Promise<number> {
  const remaining = Object.keys(index.cities).length;
  if (remaining === 0) {
    await caches.delete(cacheName);
    return 0;
  }
  const cache = await caches.open(cacheName);
  await Promise.all(orphans.map((url) => cache.delete(url)));
  await cache.put(
    indexUrl,
    new Response(JSON.stringify(index), {headers: {'content-type': 'application/json'}}),
  );
  return remaining;
}

// One message at a time, so two tabs saving at once never overwrite each other's index.
let queue: Promise<unknown> = Promise.resolve();

async function answer(message: OfflineMessage, event: ExtendableEvent): Promise<OfflineReply> {
  switch (message.type) {
    case 'SC_OFFLINE_STORE': {
      const urls = [...new Set(message.urls)];
      const refused = urls.filter((url) => !isStorable(url, scope));
      const results = await Promise.allSettled(
        urls
          .filter((url) => isStorable(url, scope))
          .map(async (url) => {
            const [response, done] = save.handleAll({
              request: new Request(url, {credentials: 'same-origin'}),
              event: event as never,
            });
            await response;
            await done;
            return url;
          }),
      );
      const stored = results.flatMap((result) =>
        result.status === 'fulfilled' ? [result.value] : [],
      );
      const failed = [
        ...refused,
        ...urls.filter((url) => isStorable(url, scope) && !stored.includes(url)),
      ];
      return {ok: true, stored, failed};
    }
    case 'SC_OFFLINE_RECORD': {
      const city = {
        ...message.city,
        scope,
        urls: message.city.urls.filter((url) => isStorable(url, scope)),
      };
      const {index, orphans} = withCity(await readIndex(), city);
      return {ok: true, remaining: await writeIndex(index, orphans)};
    }
    case 'SC_OFFLINE_REMOVE': {
      const {index, orphans} = withoutCity(await readIndex(), message.key);
      return {ok: true, remaining: await writeIndex(index, orphans)};
    }
    default:
      return {ok: false, error: 'Unknown message'};
  }
}

self.addEventListener('message', (event) => {
  const message = event.data as OfflineMessage | undefined;
  if (
    !message ||
    typeof message !== 'object' ||
    typeof message.type !== 'string' ||
    !message.type.startsWith('SC_OFFLINE_')
  )
    return;
  const port = event.ports[0];
  const reply = (queue = queue.then(
    () => answer(message, event),
    () => answer(message, event),
  )).then(
    (value) => value as OfflineReply,
    (error: unknown) =>
      ({ok: false, error: error instanceof Error ? error.message : String(error)}) as OfflineReply,
  );
  event.waitUntil(reply.then((value) => port?.postMessage(value)));
});
