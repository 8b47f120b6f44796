/**
 * The SERVER's route component for a static family (see
 * `src/plugins/static-pages`): one parameterised route renders every page of
 * the family, and reads the page's data modules (the JSON files the
 * directory plugin wrote with `createData`) when it renders that page.
 *
 * Why: with one route per page, every static-generation worker holds every
 * page's data in its server bundle, and react-router tries every route for
 * every page (quadratic in the number of organisations; past 10,000 routes
 * its path cache is full and each try compiles a regular expression). With
 * one route per family the server bundle does not grow with the coalition.
 *
 * The browser never loads this module: its bundle has its own family routes.
 */
import React, {type ComponentType, type ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import type {RemovedPageModules} from '@site/src/plugins/static-pages/clientRoutes';

/** Reads one data module (a JSON file) by its absolute path. */
export type ReadDataModule = (file: string) => unknown;

/** The key of a page in the family's table: decoded, without a trailing slash. */
export function pageKey(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    // A malformed escape: look it up as written.
  }
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
}

/**
 * The props a page of the family gets from its data modules, as Docusaurus's
 * `ComponentCreator` would pass them (`__props` is spread, every other module
 * is the prop of its name).
 * @param pages - route path → prop name → data module path (from the route rewrite)
 * @param pathname - the path being rendered
 * @param read - reads a module
 * @returns null when the path is not a page of the family
 */
export function pageModuleProps(
  pages: RemovedPageModules,
  pathname: string,
  read: ReadDataModule,
): {[prop: string]: unknown} | null {
  const modules = pages[pathname] ?? pages[pageKey(pathname)];
  if (!modules) return null;
  const props: {[prop: string]: unknown} = {};
  for (const [name, file] of Object.entries(modules)) {
    const value = read(file);
    if (name === '__props') Object.assign(props, value);
    else props[name] = value;
  }
  return props;
}

/**
 * Wraps a family's page component for the server bundle.
 * @param Page - the route component (e.g. the organisation page, already a `staticPage`)
 * @param pages - the family's table, with keys as {@link pageKey} makes them or as the routes wrote them
 * @param read - reads a data module (the server passes `fs.readFileSync` + `JSON.parse`)
 * @returns a component that renders `Page` with the page's data; a path outside the family gets no data,
 *   which the static page shows as its "not found" page
 */
export function serverStaticRoute<P extends object>(
  Page: ComponentType<P>,
  pages: RemovedPageModules,
  read: ReadDataModule,
): ComponentType<P> {
  function ServerStaticRoute(props: P): ReactNode {
    const {pathname} = useLocation();
    const data = pageModuleProps(pages, pathname, read);
    return <Page {...props} {...(data ?? {})} />;
  }
  ServerStaticRoute.displayName = `ServerStaticRoute(${Page.displayName ?? Page.name})`;
  return ServerStaticRoute;
}
