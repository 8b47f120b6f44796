import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs `run` with `SANCTUARY_VALIDATION_CACHE` set to a new empty folder (or to `setting`, such as
 * `off`), and puts the variable back afterwards, also when `run` returns a promise (after it settles).
 * @param run - the test body; it gets the folder
 * @param setting - the variable's value instead of the folder
 */
export function withCacheFolder<T>(run: (folder: string) => T, setting?: string): T {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-cache-'));
  const previous = process.env.SANCTUARY_VALIDATION_CACHE;
  process.env.SANCTUARY_VALIDATION_CACHE = setting ?? folder;
  const restore = () => {
    if (previous === undefined) delete process.env.SANCTUARY_VALIDATION_CACHE;
    else process.env.SANCTUARY_VALIDATION_CACHE = previous;
  };
  let result: T;
  try {
    result = run(folder);
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}
