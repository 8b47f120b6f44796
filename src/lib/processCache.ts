/**
 * Caches that live as long as the process, whatever loaded the module.
 *
 * Docusaurus loads the site configuration, and with it every plugin and
 * every module they import, afresh for each locale (`loadFreshModule`: jiti
 * with the require cache off). A `const cache = new Map()` at the top of a
 * module is therefore a new, empty map in each locale, and the coalition, the
 * Git history and every citation were read and computed again three times.
 * These maps hang off `globalThis` under a registered symbol, so each fresh
 * copy of a module finds the one map of the process.
 *
 * Only for values that are the same in every locale (plain data, keyed by
 * what they depend on); `npm start` clears them through the owners' `forget…`.
 */

const STORE = Symbol.for('sanctuary-commons.process-caches');

type Store = Map<string, Map<unknown, unknown> | WeakMap<object, unknown>>;

function store(): Store {
  const holder = globalThis as {[STORE]?: Store};
  holder[STORE] ??= new Map();
  return holder[STORE];
}

/**
 * The process-wide map of a name (created empty the first time).
 * @param name - a name unique in the project, e.g. `coalition`
 * @returns the same Map for the same name in every copy of every module
 * @throws Error when the name is already used by a weak map
 */
export function processMap<K, V>(name: string): Map<K, V> {
  const known = store().get(name);
  if (known instanceof Map) return known as Map<K, V>;
  if (known) throw new Error(`Process cache "${name}" is a WeakMap, not a Map.`);
  const created = new Map<K, V>();
  store().set(name, created);
  return created;
}

/**
 * The process-wide weak map of a name (keys are objects: a value is dropped with its key).
 * @param name - a name unique in the project
 * @throws Error when the name is already used by a Map
 */
export function processWeakMap<K extends object, V>(name: string): WeakMap<K, V> {
  const known = store().get(name);
  if (known instanceof WeakMap) return known as WeakMap<K, V>;
  if (known) throw new Error(`Process cache "${name}" is a Map, not a WeakMap.`);
  const created = new WeakMap<K, V>();
  store().set(name, created);
  return created;
}
