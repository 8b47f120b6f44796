import {generateRoutesCode} from '@docusaurus/core/lib/server/codegen/codegenRoutes';
import type {RouteConfig} from '@docusaurus/types';
import {parse} from 'acorn';
import {pruneDocsGlobalData, readRegistry, rewriteClientRoutes} from '../clientRoutes';
import {staticRouteFamilies} from '../index';
import {createSitePaths} from '../../../lib/sitePaths';
import path from 'node:path';

const PAGES = path.resolve(__dirname, '../../../pages');
const ORG = `${PAGES}/directory/_routes/OrganizationPage`;
const CITY = `${PAGES}/directory/_routes/CityPage`;

/** The files Docusaurus itself generates for a route tree (its own code generator, so the format is real). */
function generated(routes: RouteConfig[]) {
  const {routesConfig, routesChunkNames, registry} = generateRoutesCode(routes);
  const registryJs = `export default {\n${Object.entries(registry)
    .map(
      ([chunk, modulePath]) =>
        `  "${chunk}": [() => import(/* webpackChunkName: "${chunk}" */ "${modulePath}"), "${modulePath}", require.resolveWeak("${modulePath}")],`,
    )
    .join('\n')}};\n`;
  return {
    routes: routesConfig,
    routesChunkNames: JSON.stringify(routesChunkNames, null, 2),
    registry: registryJs,
  };
}

function site(base: string, organizations: number, playbooks: number): RouteConfig[] {
  const org = (i: number): RouteConfig => ({
    path: `${base}directory/city-${i % 3}/org-${i}`,
    component: ORG,
    exact: true,
    modules: {data: `/gen/organization-${i}.json`},
    context: {plugin: '/gen/directory-plugin.json'},
  });
  const doc = (i: number): RouteConfig =>
    ({
      path: `${base}docs/playbooks/topic-${i % 2}/playbook-${i}`,
      component: '@theme/DocItem',
      exact: true,
      modules: {content: `@site/docs/playbooks/topic-${i % 2}/playbook-${i}.md`},
      sidebar: 'playbooks',
    }) as RouteConfig;
  return [
    {
      path: `${base}directory`,
      component: `${PAGES}/directory/_routes/DirectoryPage`,
      exact: true,
      modules: {data: '/gen/directory.json'},
    },
    {
      path: `${base}directory/city-0`,
      component: CITY,
      exact: true,
      modules: {data: '/gen/city-0.json'},
    },
    {
      path: `${base}directory/city-1`,
      component: CITY,
      exact: true,
      modules: {data: '/gen/city-1.json'},
    },
    ...Array.from({length: organizations}, (_, i) => org(i)),
    {
      path: `${base}docs`,
      component: '@theme/DocsRoot',
      routes: [
        {
          path: `${base}docs`,
          component: '@theme/DocRoot',
          routes: [
            {
              path: `${base}docs/guides/start-here`,
              component: '@theme/DocItem',
              exact: true,
              modules: {content: '@site/docs/guides/start-here.md'},
              sidebar: 'guides',
            } as RouteConfig,
            ...Array.from({length: playbooks}, (_, i) => doc(i)),
            // A playbook shown with another sidebar keeps its own route.
            {
              path: `${base}docs/playbooks/topic-0/odd`,
              component: '@theme/DocItem',
              exact: true,
              modules: {content: '@site/docs/playbooks/topic-0/odd.md'},
              sidebar: 'guides',
            } as RouteConfig,
          ],
        },
      ],
    },
  ];
}

function rewrite(base: string, organizations: number, playbooks: number) {
  return rewriteClientRoutes(
    generated(site(base, organizations, playbooks)),
    staticRouteFamilies(base, createSitePaths()),
  );
}

describe('rewriteClientRoutes', () => {
  it('replaces each family with one parameterised route, keeping every other route', () => {
    const result = rewrite('/', 50, 20);
    expect(result.summary).toEqual(
      expect.arrayContaining([
        {family: 'city', clientPath: '/directory/:city', removed: 2},
        {family: 'organization', clientPath: '/directory/:city/:organization', removed: 50},
        {family: 'playbook', clientPath: '/docs/playbooks/:topic/:slug', removed: 20},
      ]),
    );
    // Still valid JavaScript, with the kept routes and the new ones.
    expect(() => parse(result.routes, {ecmaVersion: 'latest', sourceType: 'module'})).not.toThrow();
    expect(result.routes).toContain("'/directory'");
    expect(result.routes).toContain("'/docs/guides/start-here'");
    expect(result.routes).toContain("'/docs/playbooks/topic-0/odd'");
    expect(result.routes).toContain('"/directory/:city/:organization"');
    expect(result.routes).toContain('staticPage: "playbook"');
    expect(result.routes).not.toContain('org-7');
    expect(result.routes).not.toContain('playbook-3');
    // The doc family keeps its sidebar attribute (the DocRoot layout reads it).
    expect(result.routes).toMatch(/"\/docs\/playbooks\/:topic\/:slug"[\s\S]*?sidebar: "playbooks"/);
  });

  it('drops the per-page data modules from the chunk names and the registry', () => {
    const result = rewrite('/', 50, 20);
    const chunkNames = JSON.parse(result.routesChunkNames) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(chunkNames).some((key) => key.includes('org-'))).toBe(false);
    const org = chunkNames['/directory/:city/:organization-static-organization']!;
    expect(Object.keys(org).sort()).toEqual(['__comp', '__context']);
    const registry = readRegistry(result.registry);
    const modules = [...registry.values()].map((entry) => entry.modulePath);
    expect(modules).toContain(ORG);
    expect(modules.some((module) => /organization-\d+\.json|playbook-\d+\.md/.test(module))).toBe(
      false,
    );
    // The doc family renders the browser's own component.
    expect(registry.get('static-playbook')?.modulePath).toMatch(
      /components\/StaticPage\/StaticDocItem$/,
    );
    // webpackChunkName comments survive (prefetching finds chunks by name).
    expect(result.registry).toContain('/* webpackChunkName: "static-playbook" */');
  });

  it('costs the client the same whether the site has 10 or 10,000 organisations', () => {
    const small = rewrite('/', 10, 20);
    const large = rewrite('/', 10_000, 20);
    const size = (files: {routes: string; routesChunkNames: string; registry: string}) =>
      files.routes.length + files.routesChunkNames.length + files.registry.length;
    expect(size(large)).toBe(size(small));
  });

  it('works under a locale base URL', () => {
    const result = rewrite('/es/', 5, 5);
    expect(result.summary.map((entry) => entry.clientPath).sort()).toEqual([
      '/es/directory/:city',
      '/es/directory/:city/:organization',
      '/es/docs/playbooks/:topic/:slug',
    ]);
  });

  it('follows a changed directory base path', () => {
    const families = staticRouteFamilies('/', createSitePaths({directory: 'organisations'}));
    const routes = site('/', 3, 0).map((route) => ({
      ...route,
      path: route.path.replace('/directory', '/organisations'),
    }));
    const result = rewriteClientRoutes(generated(routes), families);
    expect(result.summary.find((entry) => entry.family === 'organization')).toEqual({
      family: 'organization',
      clientPath: '/organisations/:city/:organization',
      removed: 3,
    });
  });

  it('refuses a file it does not understand, saying so', () => {
    expect(() =>
      rewriteClientRoutes(
        {routes: 'export default 42;', routesChunkNames: '{}', registry: 'export default {};'},
        [],
      ),
    ).toThrow(/Cannot rewrite the generated routes\.js/);
  });
});

describe('pruneDocsGlobalData', () => {
  it('removes only the docs of static families', () => {
    const data = {
      'docusaurus-plugin-content-docs': {
        default: {versions: [{docs: [{path: '/docs/guides/a'}, {path: '/docs/playbooks/t/b'}]}]},
      },
      other: 1,
    };
    const pruned = pruneDocsGlobalData(data, (p) => p.startsWith('/docs/playbooks/'));
    expect(pruned).toEqual({
      'docusaurus-plugin-content-docs': {default: {versions: [{docs: [{path: '/docs/guides/a'}]}]}},
      other: 1,
    });
  });
});

describe('page modules of removed routes (the server reads them itself)', () => {
  it('lists each removed page with the module of each of its data props', () => {
    const result = rewrite('/', 4, 2);
    const organizations = result.pageModules.get('organization')!;
    expect(Object.keys(organizations).sort()).toEqual([
      '/directory/city-0/org-0',
      '/directory/city-0/org-3',
      '/directory/city-1/org-1',
      '/directory/city-2/org-2',
    ]);
    expect(organizations['/directory/city-1/org-1']).toEqual({data: '/gen/organization-1.json'});
    expect(result.pageModules.get('city')).toEqual({
      '/directory/city-0': {data: '/gen/city-0.json'},
      '/directory/city-1': {data: '/gen/city-1.json'},
    });
    // A playbook's module is its compiled Markdown: listed too, though the server keeps that family's routes.
    expect(result.pageModules.get('playbook')!['/docs/playbooks/topic-1/playbook-1']).toEqual({
      content: '@site/docs/playbooks/topic-1/playbook-1.md',
    });
  });

  it('places a family route after a kept route its pattern would shadow', () => {
    const routes = site('/', 3, 0);
    // A page of another component at a path the city pattern matches, sorted after the cities.
    routes.splice(3, 0, {
      path: '/directory/about',
      component: `${PAGES}/directory/_routes/DirectoryPage`,
      exact: true,
      modules: {data: '/gen/about.json'},
    });
    const result = rewriteClientRoutes(
      generated(routes),
      staticRouteFamilies('/', createSitePaths()),
    );
    expect(result.routes.indexOf("'/directory/about'")).toBeGreaterThan(-1);
    expect(result.routes.indexOf("'/directory/about'")).toBeLessThan(
      result.routes.indexOf('"/directory/:city"'),
    );
  });
});

describe('the doc page chunk', () => {
  it('holds the route modules of a doc page, and nothing of other pages', () => {
    const {DOC_PAGE_MODULES} = jest.requireActual<typeof import('../index')>('../index');
    for (const module of [
      '/site/node_modules/@docusaurus/theme-classic/lib/theme/DocRoot/index.js',
      '/site/node_modules/@docusaurus/theme-classic/lib/theme/DocVersionRoot/index.js',
      '/site/node_modules/@docusaurus/theme-classic/lib/theme/DocsRoot/index.js',
      '/site/src/theme/DocItem/Content/index.tsx',
      '/site/src/components/StaticPage/StaticDocItem.tsx',
      '/site/.docusaurus/sanctuary-static-pages/props-0.json',
      '/site/.docusaurus/docusaurus-plugin-content-docs/default/__plugin.json',
    ])
      expect(module).toMatch(DOC_PAGE_MODULES);
    for (const module of [
      '/site/node_modules/@docusaurus/theme-classic/lib/theme/BlogPostItem/index.js',
      '/site/src/pages/directory/_routes/OrganizationPage.tsx',
      '/site/.docusaurus/docusaurus-plugin-content-docs/default/p/docs-playbooks-abc.json',
      '/site/node_modules/@docusaurus/theme-classic/lib/theme/Layout/index.js',
    ])
      expect(module).not.toMatch(DOC_PAGE_MODULES);
  });
});
