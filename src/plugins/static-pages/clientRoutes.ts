/**
 * Rewrites Docusaurus's generated client route files so that a family of
 * pages (every organisation, every city hub, every playbook) costs the
 * client ONE route instead of one route per page.
 *
 * Docusaurus writes three files from the route tree (core
 * `server/codegen/codegenRoutes.js`): `routes.js` (the react-router config),
 * `routesChunkNames.json` (route key → chunk names of its component and data
 * modules) and `registry.js` (chunk name → lazy import of a module). All three
 * are in the main client bundle, so every route costs every page about 80
 * bytes compressed (Docusaurus issue #7256). The server bundle keeps every
 * route: static generation, the sitemap, the broken-link checker and the
 * search index still see every page. Only the client copy is rewritten here.
 *
 * The files are parsed with acorn (a real ECMAScript parser); kept parts are
 * copied from the source text by their node ranges, so comments that matter
 * (webpack's `webpackChunkName`) stay exactly as Docusaurus wrote them.
 */
import {parse, type Node} from 'acorn';

/** A family of routes that the client serves through one parameterised route. */
export type StaticRouteFamily = {
  /** Short name, e.g. `organization`; also names the replacement route's hash. */
  id: string;
  /** The replacement route's path with react-router parameters, base URL included, e.g. `/es/directory/:city/:org`. */
  clientPath: string;
  /** Whether a generated route belongs to the family, from its path and its component's module path. */
  matches(route: {path: string; component: string}): boolean;
  /** Module the client route renders (default: the component of the family's first route). */
  clientComponent?: string;
  /**
   * Whether the family's parameterised path matches a literal route path. A kept route that it matches is placed
   * before the family's route, which would otherwise shadow it (react-router renders the first match).
   */
  matchesPath?(path: string): boolean;
};

/** Per page of a family that was removed: its route path → prop name → module path of its data module. */
export type RemovedPageModules = {[routePath: string]: {[prop: string]: string}};

/** The three generated files, as text. */
export type GeneratedRouteFiles = {routes: string; routesChunkNames: string; registry: string};

/** What the rewrite did, for the build log and tests. */
export type RewriteSummary = {family: string; clientPath: string; removed: number}[];

/** What {@link rewriteClientRoutes} returns besides the files. */
export type RewriteResult = GeneratedRouteFiles & {
  summary: RewriteSummary;
  /** Per family id, the data modules of each removed page (a server without the pages' routes reads them itself). */
  pageModules: Map<string, RemovedPageModules>;
};

type ChunkNames = {[key: string]: unknown};
type EsNode = Node & {[key: string]: unknown};

const PARSE_OPTIONS = {ecmaVersion: 'latest', sourceType: 'module'} as const;

function fail(file: string, message: string): never {
  throw new Error(
    `Cannot rewrite the generated ${file} (Docusaurus changed its format?): ${message}`,
  );
}

function propertyKey(property: EsNode): string | null {
  const key = property.key as EsNode;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return null;
}

function findProperty(object: EsNode, name: string): EsNode | undefined {
  return (object.properties as EsNode[]).find(
    (property) => property.type === 'Property' && propertyKey(property) === name,
  );
}

function stringValue(node: EsNode | undefined): string | undefined {
  return node && node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
}

/** The object literal after `export default` in a generated module. */
function defaultExport(
  source: string,
  file: string,
  type: 'ArrayExpression' | 'ObjectExpression',
): EsNode {
  const program = parse(source, PARSE_OPTIONS) as unknown as EsNode;
  const declaration = (program.body as EsNode[]).find(
    (node) => node.type === 'ExportDefaultDeclaration',
  );
  const value = declaration?.declaration as EsNode | undefined;
  if (!value || value.type !== type) fail(file, `expected "export default" of an ${type}`);
  return value;
}

/**
 * Chunk name → module path, from `registry.js`
 * (`"chunk": [() => import("path"), "path", require.resolveWeak("path")]`).
 */
export function readRegistry(source: string): Map<string, {modulePath: string; text: string}> {
  const registry = new Map<string, {modulePath: string; text: string}>();
  for (const property of defaultExport(source, 'registry.js', 'ObjectExpression')
    .properties as EsNode[]) {
    const name = property.type === 'Property' ? propertyKey(property) : null;
    const value = property.value as EsNode | undefined;
    const modulePath =
      value?.type === 'ArrayExpression' ? stringValue((value.elements as EsNode[])[1]) : undefined;
    if (name === null || modulePath === undefined)
      fail('registry.js', `unexpected entry at offset ${property.start}`);
    registry.set(name, {modulePath, text: source.slice(property.start, property.end)});
  }
  return registry;
}

/** Every chunk name a route's chunk-name tree refers to. */
function chunkNamesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(chunkNamesOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(chunkNamesOf);
  return [];
}

/** A route object's `path` and the `(path, hash)` arguments of its `ComponentCreator(…)`. */
function routeIdentity(route: EsNode): {path: string; key: string} {
  const path = stringValue(findProperty(route, 'path')?.value as EsNode);
  const call = findProperty(route, 'component')?.value as EsNode | undefined;
  const args = (call?.type === 'CallExpression' ? call.arguments : []) as EsNode[];
  const [argPath, argHash] = args.map(stringValue);
  if (path === undefined || argPath === undefined)
    fail('routes.js', `a route without a literal path at offset ${route.start}`);
  // The catch-all route is `ComponentCreator('*')`, without a hash; it has no chunk names.
  return {path, key: argHash === undefined ? '' : `${argPath}-${argHash}`};
}

/**
 * Rewrites the three generated files for the client.
 * @param files - the files as Docusaurus wrote them
 * @param families - the families to collapse
 * @returns the rewritten files and, per family, how many routes were replaced
 * @throws Error when a file does not have the shape Docusaurus 3 generates
 */
export function rewriteClientRoutes(
  files: GeneratedRouteFiles,
  families: readonly StaticRouteFamily[],
): RewriteResult {
  const registry = readRegistry(files.registry);
  const chunkNames = JSON.parse(files.routesChunkNames) as {[routeKey: string]: ChunkNames};
  const componentOf = (key: string): string | undefined => {
    const chunk = chunkNames[key]?.__comp;
    return typeof chunk === 'string' ? registry.get(chunk)?.modulePath : undefined;
  };
  const summary: RewriteSummary = [];
  const added = new Map<string, string>();
  const pageModules = new Map<string, RemovedPageModules>(
    families.map((family) => [family.id, {}]),
  );
  /** The data modules of a removed route, by prop name (a nested chunk-name tree is refused: no family has one). */
  const recordPage = (family: StaticRouteFamily, path: string, key: string) => {
    const modules: {[prop: string]: string} = {};
    for (const [prop, chunk] of Object.entries(chunkNames[key] ?? {})) {
      if (prop === '__comp' || prop === '__context') continue;
      const modulePath = typeof chunk === 'string' ? registry.get(chunk)?.modulePath : undefined;
      if (modulePath === undefined)
        fail(
          'routesChunkNames.json',
          `route ${path} has a data module "${prop}" that is not one registry entry`,
        );
      modules[prop] = modulePath;
    }
    pageModules.get(family.id)![path] = modules;
  };

  const renderArray = (array: EsNode): string => {
    const kept: string[] = [];
    const keptPaths: string[] = [];
    // Per family met in this array: where its replacement goes and the attributes it carries.
    const replacements = new Map<
      StaticRouteFamily,
      {index: number; template: EsNode; removed: number}
    >();
    for (const element of array.elements as EsNode[]) {
      if (element?.type !== 'ObjectExpression')
        fail('routes.js', `a route that is not an object literal at offset ${element?.start}`);
      const {path, key} = routeIdentity(element);
      const component = componentOf(key);
      const family =
        component === undefined || findProperty(element, 'routes')
          ? undefined
          : families.find((candidate) => candidate.matches({path, component}));
      const existing = family && replacements.get(family);
      // Routes of a family must share their attributes (e.g. the docs sidebar); a route that differs stays a route.
      if (
        family &&
        (!existing ||
          attributesText(files.routes, element) === attributesText(files.routes, existing.template))
      ) {
        if (existing) existing.removed += 1;
        else replacements.set(family, {index: kept.length, template: element, removed: 1});
        recordPage(family, path, key);
        delete chunkNames[key];
        continue;
      }
      kept.push(renderRoute(element));
      keptPaths.push(path);
    }
    // A kept route that the family's pattern also matches must come first, or the family's route would shadow it.
    for (const [family, replacement] of replacements) {
      const shadowed = keptPaths.map((path, index) =>
        index >= replacement.index && family.matchesPath?.(path) ? index + 1 : -1,
      );
      replacement.index = Math.max(replacement.index, ...shadowed);
    }
    // Insert from the last position so earlier indexes stay valid.
    for (const [family, replacement] of [...replacements].sort((a, b) => b[1].index - a[1].index)) {
      kept.splice(
        replacement.index,
        0,
        replacementRoute(files.routes, replacement.template, family),
      );
      summary.push({
        family: family.id,
        clientPath: family.clientPath,
        removed: replacement.removed,
      });
    }
    return `[\n${kept.join(',\n')}\n]`;
  };

  const renderRoute = (route: EsNode): string => {
    const nested = findProperty(route, 'routes')?.value as EsNode | undefined;
    if (!nested) return files.routes.slice(route.start, route.end);
    if (nested.type !== 'ArrayExpression')
      fail('routes.js', `"routes" is not an array at offset ${nested.start}`);
    return (
      files.routes.slice(route.start, nested.start) +
      renderArray(nested) +
      files.routes.slice(nested.end, route.end)
    );
  };

  // Chunk names of each family's first route, read before the routes are removed.
  const templates = new Map<string, ChunkNames>();
  const top = defaultExport(files.routes, 'routes.js', 'ArrayExpression');
  const collectTemplates = (array: EsNode) => {
    for (const element of array.elements as EsNode[]) {
      if (element?.type !== 'ObjectExpression') continue;
      const nested = findProperty(element, 'routes')?.value as EsNode | undefined;
      if (nested?.type === 'ArrayExpression') collectTemplates(nested);
      const {path, key} = routeIdentity(element);
      const component = componentOf(key);
      const family =
        component === undefined || nested
          ? undefined
          : families.find((candidate) => candidate.matches({path, component}));
      if (family && !templates.has(family.id)) templates.set(family.id, chunkNames[key]!);
    }
  };
  collectTemplates(top);

  const routes = files.routes.slice(0, top.start) + renderArray(top) + files.routes.slice(top.end);

  for (const {family: id, clientPath} of summary) {
    const family = families.find((candidate) => candidate.id === id)!;
    const template = templates.get(id) ?? {};
    let component = template.__comp as string | undefined;
    if (family.clientComponent) {
      component = `static-${id}`;
      added.set(component, family.clientComponent);
    }
    // The client route keeps its component and plugin context; its per-page data modules stay on the server.
    const context = template.__context as {plugin?: string} | undefined;
    chunkNames[`${clientPath}-static-${id}`] = {
      __comp: component,
      ...(context?.plugin ? {__context: {plugin: context.plugin}} : {}),
    };
  }

  const used = new Set(Object.values(chunkNames).flatMap(chunkNamesOf));
  const registryLines = [...registry]
    .filter(([name]) => used.has(name))
    .map(([, entry]) => `  ${entry.text},`);
  for (const [name, modulePath] of added) {
    const quoted = JSON.stringify(modulePath);
    registryLines.push(
      `  ${JSON.stringify(name)}: [() => import(/* webpackChunkName: ${JSON.stringify(name)} */ ${quoted}), ${quoted}, require.resolveWeak(${quoted})],`,
    );
  }
  return {
    routes,
    routesChunkNames: JSON.stringify(chunkNames, null, 2),
    registry: `export default {\n${registryLines.join('\n')}\n};\n`,
    summary,
    pageModules,
  };
}

/** The text of a route's attributes other than path, component, exact and nested routes (e.g. `sidebar: "playbooks"`). */
function attributesText(source: string, route: EsNode): string {
  return (route.properties as EsNode[])
    .filter(
      (property) => !['path', 'component', 'exact', 'routes'].includes(propertyKey(property) ?? ''),
    )
    .map((property) => source.slice(property.start, property.end))
    .join(',\n');
}

/** The family's client route; `staticPage` tells the browser (src/components/StaticPage) that its pages are served whole. */
function replacementRoute(source: string, template: EsNode, family: StaticRouteFamily): string {
  const attributes = attributesText(source, template);
  const path = JSON.stringify(family.clientPath);
  const hash = JSON.stringify(`static-${family.id}`);
  return `{\n  path: ${path},\n  component: ComponentCreator(${path}, ${hash}),\n  exact: true,\n  staticPage: ${JSON.stringify(family.id)}${attributes ? `,\n  ${attributes}` : ''}\n}`;
}

/**
 * Removes the pages of static families from the docs plugin's client global
 * data (`versions[].docs[]`: one entry per doc, in the main bundle). The
 * theme reads it to find the active doc for version menus; our pages render
 * their doc from the page itself.
 * @param globalData - the parsed `globalData.json`
 * @param isStatic - whether a doc path belongs to a static family
 * @returns a copy without those docs
 */
export function pruneDocsGlobalData(
  globalData: {[plugin: string]: unknown},
  isStatic: (path: string) => boolean,
): {[plugin: string]: unknown} {
  const docs = globalData['docusaurus-plugin-content-docs'] as
    {[id: string]: {versions?: {docs?: {path: string}[]}[]}} | undefined;
  if (!docs) return globalData;
  const pruned = Object.fromEntries(
    Object.entries(docs).map(([id, data]) => [
      id,
      {
        ...data,
        versions: data.versions?.map((version) => ({
          ...version,
          docs: version.docs?.filter((doc) => !isStatic(doc.path)),
        })),
      },
    ]),
  );
  return {...globalData, 'docusaurus-plugin-content-docs': pruned};
}

/**
 * Points registry entries at other files (the client's pruned copies of
 * data modules), keeping their chunk names.
 * @param registry - `registry.js` text
 * @param replacements - module path → module path to import instead
 */
export function replaceRegistryModules(
  registry: string,
  replacements: ReadonlyMap<string, string>,
): string {
  const lines = [...readRegistry(registry)].map(([name, entry]) => {
    const replacement = replacements.get(entry.modulePath);
    if (replacement === undefined) return `  ${entry.text},`;
    const quoted = JSON.stringify(replacement);
    return `  ${JSON.stringify(name)}: [() => import(/* webpackChunkName: ${JSON.stringify(name)} */ ${quoted}), ${quoted}, require.resolveWeak(${quoted})],`;
  });
  return `export default {\n${lines.join('\n')}\n};\n`;
}

/**
 * Removes the docs of static families from a docs version's route props
 * (`version.docs`: id, title, description of every doc, loaded by every doc
 * page). The theme reads it for category cards; playbooks are listed by
 * topic hubs instead.
 * @param props - the parsed props module
 * @param isStaticDoc - whether a doc id belongs to a static family
 * @returns a pruned copy, or null when the module holds no version docs
 */
export function pruneVersionDocs(
  props: {version?: {docs?: {[id: string]: unknown}}},
  isStaticDoc: (id: string) => boolean,
): object | null {
  const docs = props.version?.docs;
  if (!docs || typeof docs !== 'object') return null;
  return {
    ...props,
    version: {
      ...props.version,
      docs: Object.fromEntries(Object.entries(docs).filter(([id]) => !isStaticDoc(id))),
    },
  };
}

/**
 * Drops Docusaurus's Prism client module from `client-modules.js` (it puts
 * the whole syntax highlighter, ~35 KiB compressed, into every page only to
 * register additional languages; code blocks import the highlighter
 * themselves). Only for sites that register no additional language.
 * @param source - `client-modules.js` text
 */
export function withoutPrismClientModule(source: string): string {
  const list = defaultExport(source, 'client-modules.js', 'ArrayExpression');
  const kept = (list.elements as EsNode[]).filter((element) => {
    const argument =
      element?.type === 'CallExpression'
        ? stringValue((element.arguments as EsNode[])[0])
        : undefined;
    return !(
      argument && /[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/.test(argument)
    );
  });
  return `${source.slice(0, list.start)}[\n${kept.map((element) => `  ${source.slice(element.start, element.end)}`).join(',\n')}\n]${source.slice(list.end)}`;
}
