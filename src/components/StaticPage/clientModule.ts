/**
 * Client module (registered by `src/plugins/static-pages`): a click on a
 * link to a page of a static family — an organisation, a city hub, a
 * playbook — is left to the browser, which loads that page whole, instead
 * of the client router, which has no data for it. Runs in the capture phase,
 * before React's own listener; every other click is untouched.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {matchPath} from '@docusaurus/router';
import routes from '@generated/routes';
import {DOCUMENT_STATE} from './documentState';
import {samePath} from './pageProps';

type RouteNode = {path?: string; exact?: boolean; staticPage?: string; routes?: RouteNode[]};

/** The static family a path belongs to in the client's route config, if any. */
export function staticFamilyOf(
  pathname: string,
  nodes: readonly RouteNode[] = routes as RouteNode[],
): string | null {
  for (const node of nodes) {
    if (!node.path || !matchPath(pathname, {path: node.path, exact: node.exact})) continue;
    if (node.staticPage) return node.staticPage;
    if (node.routes) {
      const found = staticFamilyOf(pathname, node.routes);
      if (found) return found;
    }
  }
  return null;
}

function onClick(event: MouseEvent): void {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return;
  if (anchor.target && anchor.target !== '_self') return;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return;
  // A link within the page (an anchor) stays with the router.
  if (samePath(url.pathname, window.location.pathname)) return;
  if (staticFamilyOf(url.pathname) === null) return;
  // The browser follows the link itself: the router never sees the click.
  event.stopPropagation();
}

if (ExecutionEnvironment.canUseDOM) {
  window.addEventListener('click', onClick, {capture: true});
}

// Read the served page's data before React's first render (see documentState.ts).
export {DOCUMENT_STATE};
