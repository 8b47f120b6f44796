import {loadCoalition, type Coalition} from '../lib/coalition';

/**
 * One load of the coalition per site and process: the content guard, the
 * front matter hook and the directory plugin share it instead of each
 * re-reading every file. `npm start` reloads clear it through `forget`.
 */
const cache = new Map<string, Coalition>();

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

/** Drops the cached coalition of a site (after a file changed during `npm start`). */
export function forgetCoalition(siteDir: string): void {
  cache.delete(siteDir);
}
