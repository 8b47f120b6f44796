/**
 * A pure function whose results are remembered between processes, in the validator's cache folder
 * (`resultCache.ts`: `SANCTUARY_VALIDATION_CACHE`, default `node_modules/.cache/sanctuary-commons/`,
 * `off` remembers nothing). `npm run build` builds each locale in a process of its own; work that
 * does not depend on the locale is done by the first process and read by the others (issue 16).
 *
 * A result is reused only for the same input (compared as JSON) and the same code and locked
 * libraries (the cache's fingerprint). A result JSON would not give back as it is (`isJsonValue`)
 * is computed every time instead of being remembered differently.
 */
import {isJsonValue, ResultCache, resultKey} from './resultCache';

/** A remembered function. */
export type Remembered<I, O> = {
  /** The function's result for `input`: remembered, or computed now (and remembered). */
  get(input: I): O;
  /** Writes the results made or used since it was opened (never throws). */
  save(): void;
};

/**
 * Opens a remembered function.
 * @param name - the cache file's name, e.g. `siteCacheFile('citations', siteUrl)` for results per site
 * @param compute - the function: its result must depend on its input alone, and its input must be plain JSON
 * @returns `get` and `save`
 */
export function openRemembered<I, O>(name: string, compute: (input: I) => O): Remembered<I, O> {
  const cache = new ResultCache<O>(name);
  return {
    get(input) {
      const key = resultKey([name, JSON.stringify(input)]);
      const known = cache.get(key);
      if (known !== undefined) return known;
      const made = compute(input);
      if (isJsonValue(made)) cache.set(key, made);
      return made;
    },
    save: () => cache.save(),
  };
}
