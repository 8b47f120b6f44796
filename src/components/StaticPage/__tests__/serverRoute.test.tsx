import React, {type ReactElement} from 'react';
import {pageKey, pageModuleProps, serverStaticRoute} from '../serverRoute';

let currentPath = '/';
jest.mock('@docusaurus/router', () => ({useLocation: () => ({pathname: currentPath})}), {
  virtual: true,
});

const PAGES = {
  '/directory/north/legal-aid': {data: '/gen/organization-north-legal-aid.json'},
  '/es/directory/café': {data: '/gen/city-café.json', __props: '/gen/extra.json'},
};
const FILES: {[file: string]: unknown} = {
  '/gen/organization-north-legal-aid.json': {name: 'Legal Aid North'},
  '/gen/city-café.json': {name: 'Café'},
  '/gen/extra.json': {lang: 'es'},
};

describe('server route of a static family', () => {
  const reads: string[] = [];
  const read = (file: string) => {
    reads.push(file);
    return FILES[file];
  };
  beforeEach(() => {
    reads.length = 0;
  });

  it('gives a page the data of its own modules only, read when it renders', () => {
    expect(pageModuleProps(PAGES, '/directory/north/legal-aid', read)).toEqual({
      data: {name: 'Legal Aid North'},
    });
    expect(reads).toEqual(['/gen/organization-north-legal-aid.json']);
  });

  it('finds a page written with a trailing slash or percent-escapes; spreads __props like Docusaurus', () => {
    expect(pageModuleProps(PAGES, '/directory/north/legal-aid/', read)).toEqual({
      data: {name: 'Legal Aid North'},
    });
    expect(pageModuleProps(PAGES, '/es/directory/caf%C3%A9', read)).toEqual({
      data: {name: 'Café'},
      lang: 'es',
    });
    expect(pageKey('/es/directory/caf%E9%')).toBe('/es/directory/caf%E9%');
  });

  it('gives a path outside the family no data (the static page shows "not found")', () => {
    expect(pageModuleProps(PAGES, '/directory/north/unknown', read)).toBeNull();
    expect(reads).toEqual([]);
  });

  it('renders the page component with the data of the path being rendered', () => {
    const Page = ({data}: {data?: {name: string}}) => <h1>{data ? data.name : 'missing'}</h1>;
    const Route = serverStaticRoute(Page, PAGES, read) as (props: {
      route?: string;
    }) => ReactElement<{data?: unknown; route?: string}>;
    currentPath = '/directory/north/legal-aid';
    const element = Route({route: 'kept'});
    expect(element.type).toBe(Page);
    expect(element.props).toEqual({route: 'kept', data: {name: 'Legal Aid North'}});
    currentPath = '/directory/south/other';
    expect(Route({}).props).toEqual({});
  });
});
