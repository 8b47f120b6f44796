/**
 * Client module: Docusaurus loads another route's scripts and data only when
 * the visitor shows the intent to open it (the pointer enters the link, a
 * finger touches it), never at idle because the link scrolled into view.
 *
 * Why: Docusaurus' `<Link>` prefetches, through `window.docusaurus.prefetch`,
 * the chunks of every internal link that enters the viewport. A playbook page
 * shows the playbooks sidebar, a link per topic hub, and each hub carries the
 * list of its playbooks: 312 KiB prefetched at the benchmark size (issue 16),
 * paid from a metered phone plan for pages the reader may never open, and a
 * Lighthouse mobile score under budget. Links to organisation, city and
 * playbook pages are loaded whole by the browser anyway (see
 * `src/components/StaticPage/clientModule.ts`), so their chunks are not
 * needed before the click. Navigation is unchanged: `preload` (on hover,
 * touch, and before the router renders a route) still loads what a route
 * needs.
 */
/** The part of Docusaurus' client API (`window.docusaurus`) this module touches. */
export type DocusaurusClientApi = {
  /** Idle-priority `<link rel="prefetch">` of a route's chunks; `false` when it declines. */
  prefetch: (routePath: string) => unknown;
  /** Loads a route's chunks now (before a navigation). */
  preload: (routePath: string) => unknown;
};

/** The object `window.docusaurus` lives on (the window; a plain object in tests). */
export type ClientApiHolder = {docusaurus?: DocusaurusClientApi};

const gated = new WeakSet<object>();

/**
 * A copy of Docusaurus' client API whose `prefetch` declines every route (it returns `false`, as
 * Docusaurus' own does on a slow or data-saving connection); `preload` and every other member are kept.
 * @param api - the API Docusaurus mounts on `window.docusaurus`
 * @returns a frozen copy (Docusaurus freezes its own); the same object when it is already gated
 */
export function withoutIdlePrefetch(api: DocusaurusClientApi): DocusaurusClientApi {
  if (gated.has(api)) return api;
  const copy = Object.freeze({...api, prefetch: (_routePath: string) => false});
  gated.add(copy);
  return copy;
}

/**
 * Makes `holder.docusaurus` always hold a gated API: the one already there, if any, and whatever
 * Docusaurus assigns later (its client entry assigns `window.docusaurus` after the client modules ran).
 * Installing twice is harmless.
 * @param holder - the window (or a stand-in in tests)
 */
export function installIntentPrefetch(holder: ClientApiHolder): void {
  let current =
    holder.docusaurus === undefined ? undefined : withoutIdlePrefetch(holder.docusaurus);
  Object.defineProperty(holder, 'docusaurus', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (api: DocusaurusClientApi | undefined) => {
      current = api === undefined || api === null ? api : withoutIdlePrefetch(api);
    },
  });
}

// In the browser only (the server renderer has no window).
if (typeof window !== 'undefined') {
  installIntentPrefetch(window as unknown as ClientApiHolder);
}
