import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import directoryPlugin from '../index';

const FIXTURE = path.resolve(__dirname, '../../../../tests/__fixtures__/site');

/** Runs the plugin's loadContent and contentLoaded with recording actions. */
async function routesOf(routeBasePath: string) {
  const context = {baseUrl: '/', siteDir: FIXTURE, i18n: {currentLocale: 'en', defaultLocale: 'en'}, siteConfig: {url: 'https://example.org', title: 'Test'}} as unknown as LoadContext;
  const plugin = directoryPlugin(context, {routeBasePath, repositoryUrl: 'https://github.com/example/site', branch: 'main', contentDir: FIXTURE});
  const content = await plugin.loadContent!();
  const routes: {path: string; data: unknown}[] = [];
  const data = new Map<string, string>();
  await plugin.contentLoaded!({
    content,
    actions: {
      createData: async (name: string, value: string) => {
        data.set(name, value);
        return name;
      },
      addRoute: (route: {path: string; modules: {data: string}}) => routes.push({path: route.path, data: JSON.parse(data.get(route.modules.data)!)}),
    },
  } as never);
  return routes;
}

describe('the directory under another route base path', () => {
  it('serves every directory page, and every link between them, under that path', async () => {
    const routes = await routesOf('organisations');
    expect(routes.map((route) => route.path)).toEqual(expect.arrayContaining(['/organisations', '/organisations/minneapolis', '/organisations/minneapolis/fixture-rapid-response']));
    expect(routes.some((route) => route.path.startsWith('/directory'))).toBe(false);
    // Links inside the pages' data (cards, breadcrumbs, city links) follow too.
    const text = JSON.stringify(routes.map((route) => route.data));
    expect(text).toContain('"/organisations/minneapolis/fixture-rapid-response"');
    expect(text).not.toMatch(/"\/directory[/"]/);
  });
});
