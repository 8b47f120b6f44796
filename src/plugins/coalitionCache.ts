import {loadCoalition, type Coalition} from '../lib/coalition';
import {warmSiteResults} from '../lib/validation/parallel';
import {processMap} from '../lib/processCache';

/**
 * One load of the coalition per site and process: the content guard, the
 * front matter hook and the directory plugin share it instead of each
 * re-reading every file. `npm start` reloads clear it through `forget`.
 */
// Process-wide: Docusaurus evaluates this module afresh for each locale (see src/lib/processCache).
const cache = processMap<string, Coalition>('coalition');

/**
 * The coalition of a site, loaded once.
 * @param siteDir - absolute site root
 */
export function getCoalition(siteDir: string): Coalition {
  let coalition = cache.get(siteDir);
  if (!coalition) {
    coalition = loadCoalition(siteDir);
    cache.set(siteDir, coalition);
  }
  return coalition;
}

const loading = processMap<string, Promise<Coalition>>('coalition-loading');

/**
 * The coalition of a site, loaded once, after checking its new directory
 * files on every core (`src/lib/validation/parallel.ts`). Plugins call this
 * from `loadContent`; later synchronous callers get the same object.
 * @param siteDir - absolute site root
 */
export function loadCoalitionOnce(siteDir: string): Promise<Coalition> {
  const known = cache.get(siteDir);
  if (known) return Promise.resolve(known);
  let promise = loading.get(siteDir);
  if (!promise) {
    promise = warmSiteResults(siteDir).then(() => getCoalition(siteDir));
    loading.set(siteDir, promise);
    promise.finally(() => loading.delete(siteDir)).catch(() => undefined);
  }
  return promise;
}

/** Drops the cached coalition of a site (after a file changed during `npm start`). */
export function forgetCoalition(siteDir: string): void {
  cache.delete(siteDir);
}
