/**
 * Reads the saved cities in the browser (Cache Storage), for the pages: the
 * city page's "Save for offline" control, the notice on saved pages and the
 * home page's list. Small on purpose: it is in those pages' JavaScript;
 * saving itself is loaded only when a reader asks (`saveCity.ts`).
 */
import {useEffect, useState} from 'react';
import {
  INDEX_PATH,
  OFFLINE_CACHE,
  parseIndex,
  type SavedCity,
} from '@site/src/lib/offline/savedCities';

/** Event sent on `window` after a city is saved or removed, so every control on the page reads the index again. */
export const OFFLINE_CHANGE_EVENT = 'sc-offline-change';

/** Whether this browser can save pages (a service worker and Cache Storage, in a secure context). */
export function canSaveOffline(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    'serviceWorker' in navigator &&
    'caches' in window
  );
}

/**
 * Every saved city of this site, in every language, newest first.
 * @returns an empty list when the browser cannot save pages or nothing is saved
 */
export async function readSavedCities(): Promise<SavedCity[]> {
  if (!canSaveOffline()) return [];
  try {
    const names = (await caches.keys()).filter((name) => name.startsWith(`${OFFLINE_CACHE} `));
    const cities = await Promise.all(
      names.map(async (name) => {
        const scopePath = name.slice(OFFLINE_CACHE.length + 1);
        const stored = await (
          await caches.open(name)
        ).match(new URL(`${scopePath}${INDEX_PATH}`, window.location.origin).href);
        return Object.values(parseIndex(stored ? await stored.text() : null).cities);
      }),
    );
    return cities.flat().sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  } catch {
    // Storage can be blocked (private windows, site data off): then nothing is saved.
    return [];
  }
}

/**
 * The saved cities, read after the page has rendered (the server and the first render know none) and again
 * after each change.
 * @returns null until read, then the list
 */
export function useSavedCities(): SavedCity[] | null {
  const [cities, setCities] = useState<SavedCity[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void readSavedCities().then((list) => live && setCities(list));
    read();
    window.addEventListener(OFFLINE_CHANGE_EVENT, read);
    return () => {
      live = false;
      window.removeEventListener(OFFLINE_CHANGE_EVENT, read);
    };
  }, []);
  return cities;
}

/**
 * Whether the browser says it is offline, kept up to date.
 * @returns false on the server and until the page has rendered
 */
export function useOffline(): boolean {
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return offline;
}

/**
 * A saved date in the reader's words, e.g. "12 March 2026, 14:05".
 * @param iso - ISO 8601 time
 * @param locale - BCP-47 locale
 */
export function formatSavedAt(iso: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeStyle: 'short'}).format(
      new Date(iso),
    );
  } catch {
    return iso;
  }
}
