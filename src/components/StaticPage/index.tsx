/**
 * Route components of static families (see `src/plugins/static-pages`).
 *
 * On the server (and in `npm start`) the route receives its props from its
 * data module as usual; the page also writes them into its head as a JSON
 * data block. In the production browser the family has one parameterised
 * route without data modules: the same component reads its props from the
 * block and hydrates the server's HTML. A client-side navigation to another
 * page of the family has no block to read: the browser loads that page
 * instead (links are handled before React sees the click, see
 * `clientModule.ts`; anything else reloads here).
 */
import React, {useEffect, type ComponentType, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useLocation} from '@docusaurus/router';
import NotFound from '@theme/NotFound';
import {isDocumentPath, readPageProps} from './browserState';
import {PAGE_PROPS_ID, serializePageProps} from './pageProps';

/** The page's props as a JSON data block in the head (Helmet writes it into the static HTML). */
export function PagePropsBlock({value}: {value: unknown}): ReactNode {
  const {pathname} = useLocation();
  return (
    <Head>
      <script type="application/json" id={PAGE_PROPS_ID} data-path={pathname}>
        {serializePageProps(value)}
      </script>
    </Head>
  );
}

const RELOAD_KEY = 'sc-static-page-reload';

/**
 * A static route with no props for its path. On the page the document was
 * served for, the server sent a 404 page (an unknown organisation, say):
 * show it, never reload. After a client-side navigation, load the page from
 * the server, once (a second attempt within a minute shows the 404 instead).
 */
export function MissingStaticPage(): ReactNode {
  const {pathname, search, hash} = useLocation();
  const documentPage = isDocumentPath(pathname);
  const recentlyTried = (() => {
    try {
      const last = JSON.parse(sessionStorage.getItem(RELOAD_KEY) ?? 'null') as {
        path: string;
        at: number;
      } | null;
      return last !== null && last.path === pathname && Date.now() - last.at < 60_000;
    } catch {
      return false;
    }
  })();
  const reload = !documentPage && !recentlyTried;
  useEffect(() => {
    if (!reload) return;
    try {
      sessionStorage.setItem(RELOAD_KEY, JSON.stringify({path: pathname, at: Date.now()}));
    } catch {
      // Storage may be off (private mode): the reload still happens once per click.
    }
    window.location.replace(`${pathname}${search}${hash}`);
  }, [reload, pathname, search, hash]);
  return reload ? null : <NotFound />;
}

/**
 * Makes a route component a static page: it writes the props named in
 * `propNames` into the page, and in the browser takes them back from there.
 * @param Page - the route component
 * @param propNames - the props that come from data modules (e.g. `['data', 'map']`)
 */
export function staticPage<P extends object>(
  Page: ComponentType<P>,
  propNames: readonly (keyof P & string)[],
): ComponentType<P> {
  function StaticPage(props: P): ReactNode {
    const {pathname} = useLocation();
    const own = props as Record<string, unknown>;
    if (propNames.some((name) => own[name] !== undefined)) {
      const value = Object.fromEntries(
        propNames.filter((name) => own[name] !== undefined).map((name) => [name, own[name]]),
      );
      return (
        <>
          <PagePropsBlock value={value} />
          <Page {...props} />
        </>
      );
    }
    const stored = readPageProps<Partial<P>>(pathname);
    if (!stored) return <MissingStaticPage />;
    return (
      <>
        <PagePropsBlock value={stored} />
        <Page {...props} {...stored} />
      </>
    );
  }
  StaticPage.displayName = `StaticPage(${Page.displayName ?? Page.name})`;
  return StaticPage;
}
