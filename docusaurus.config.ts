import path from 'node:path';
import type {Config, PluginConfig} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as DocsOptions} from '@docusaurus/plugin-content-docs';
import remarkContentGuard from './src/plugins/content-guard/remarkContentGuard';
import remarkLocalizedLinks from './src/plugins/content-guard/remarkLocalizedLinks';
import {createParseFrontMatter} from './src/plugins/content-guard/parseFrontMatter';
import {TAXONOMY, TAXONOMY_SLUGS, type TaxonomySlug} from './src/lib/taxonomy';
import directoryPlugin from './src/plugins/directory';
import contentGuardPlugin from './src/plugins/content-guard';
import searchPlugin from './src/plugins/search';
import {GlobExcludeDefault} from '@docusaurus/utils';
import {comparePluginConfig} from './src/plugins/compare';
import securityHeadersPlugin from './src/plugins/security-headers';
import {POLICY_PLACEHOLDER} from './src/lib/security/contentSecurityPolicy';
import contributePlugin from './src/plugins/contribute';
import historyPlugin from './src/plugins/history';
import {withPlaybookProvenance} from './src/plugins/history/playbookFrontMatter';
import searchThemeSwitch from './src/plugins/search/algolia/themeSwitch';
import {siteSearchConfig} from './src/plugins/search/algolia/siteConfig';
import dataPlugin from './src/plugins/data';
import translationStatusPlugin from './src/plugins/translation-status';
import {configuredLocales, DEFAULT_LOCALE} from './src/lib/i18n/locales';
import staticPagesPlugin from './src/plugins/static-pages';
import {createSitePaths} from './src/lib/sitePaths';
import {localeBaseUrl, normalizeBaseUrl, siteRootUrl} from './src/lib/siteUrl';
import offlinePlugin from './src/plugins/offline';
import mirrorsPlugin from './src/plugins/mirrors';

/**
 * Sanctuary Commons site configuration.
 * Safety rules (DESIGN.md): Markdown only (`format: 'md'`), the content guard
 * refuses unsafe content, every broken link or image fails the build, and
 * nothing is loaded from another host.
 */

const siteUrl = process.env.SITE_URL?.trim() || 'https://sanctuary-commons.example.org';
// Nothing silent: a build without SITE_URL writes example.org into QR codes, citations and exports.
if (!process.env.SITE_URL?.trim() && process.argv.includes('build')) {
  console.warn(
    `[sanctuary-commons] SITE_URL is not set: pocket-card QR codes, citations and data exports will point at ${siteUrl}. Build with SITE_URL=https://<your site> (and BASE_URL=/<path>/ under a sub-path).`,
  );
}
// The path the site is served under, e.g. /commons/ for a GitHub Pages project site (BASE_URL, default /).
const baseUrl = normalizeBaseUrl(process.env.BASE_URL);
// Absolute addresses written outside React (exports, citations, QR codes) start here, e.g. https://host/commons.
const siteRoot = siteRootUrl(siteUrl, baseUrl);
const repositoryUrl =
  process.env.REPOSITORY_URL ?? 'https://github.com/sanctuary-commons/sanctuary-commons';
// Every URL of the site is built from these base paths (src/lib/sitePaths.ts): change them here, and only here.
const sitePaths = createSitePaths({directory: 'directory', docs: 'docs'});
// Where contributed content lives. Tests and the benchmark point this at a
// fixture or generated coalition; the default is this repository.
const contentDir = path.resolve(__dirname, process.env.SANCTUARY_CONTENT_DIR ?? '.');
// Offline search (Pagefind) unless ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME are all set.
const search = siteSearchConfig(process.env);

// Published locales come from src/lib/i18n/locales.ts. SANCTUARY_RTL_SMOKE=1 adds a right-to-left
// locale (Arabic) with no translations, to test the layout right to left; it is never published.
const locales = configuredLocales(process.env);

// Docs and blog posts: the safety rules, then relative links pointed at the page published in the locale being built.
const localizedRemarkPlugins: [unknown, unknown][] = [
  [remarkContentGuard, {siteDir: contentDir}],
  [remarkLocalizedLinks, {contentDir, defaultLocale: DEFAULT_LOCALE}],
];

// The playbooks sidebar lists topics, each linking to its hub (/topics/<topic>), never every playbook: a
// sidebar of a thousand links would weigh on every playbook page (playbooks show it through displayed_sidebar).
// Guide folders get their translated taxonomy label instead of the folder name.
const sidebarItemsGenerator: DocsOptions['sidebarItemsGenerator'] = async ({
  defaultSidebarItemsGenerator,
  ...args
}) => {
  if (args.item.dirName === 'playbooks') {
    const topics = new Set(
      args.docs
        .map((doc) => /^playbooks\/([^/]+)$/.exec(doc.sourceDirName)?.[1])
        .filter((topic) => topic !== undefined),
    );
    return TAXONOMY_SLUGS.filter((topic) => topics.has(topic)).map((topic) => ({
      type: 'link' as const,
      label: TAXONOMY[topic],
      href: sitePaths.topic(topic),
    }));
  }
  const items = await defaultSidebarItemsGenerator(args);
  const relabel = (list: typeof items): typeof items =>
    list.map((item) => {
      if (item.type !== 'category') return item;
      const label = TAXONOMY[item.label as TaxonomySlug] ?? item.label;
      return {...item, label, items: relabel(item.items)};
    });
  return relabel(items);
};

/**
 * Test-only (tests/globalSetup.ts sets SANCTUARY_TEST_HOSTILE_PAGE=1): a page feeding hostile values to the
 * structured-data components. Required only when asked for, so a real build never loads the fixture.
 */
function testOnlyPlugins(): PluginConfig[] {
  if (process.env.SANCTUARY_TEST_HOSTILE_PAGE !== '1') return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fixture = require('./tests/__fixtures__/plugins/hostile-structured-data') as {
    default: PluginConfig;
  };
  return [fixture.default];
}

const config: Config = {
  title: 'Sanctuary Commons',
  tagline: 'What one sanctuary city learned, every city can use.',
  url: siteUrl,
  baseUrl,
  favicon: 'img/favicon.svg',
  trailingSlash: false,
  // The base paths, for pages that build links in the browser (src/components/useSitePaths.ts).
  customFields: {sitePaths: sitePaths.options},

  // Every Docusaurus Faster option except the MDX cross-compiler cache (below) and the Rspack persistent cache: its key has the locale but not the
  // base URL, so after a full build `--locale es` reused pages compiled with /es/ links (broken links), and
  // a translation whose English original changed kept its compiled page. Correct pages beat faster rebuilds.
  future: {
    v4: true,
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      // Off: the cache makes the server's compilation of a Markdown file wait for the client's, and the client
      // never compiles playbooks (src/plugins/static-pages): the build would wait forever. Playbooks are compiled
      // once either way (by the server only); a guide or post is compiled twice, a few dozen files.
      mdxCrossCompilerCache: false,
      rspackBundler: true,
      rspackPersistentCache: false,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },
  // One storage namespace for every locale (v4 would derive one per baseUrl):
  // the reader's colour mode follows them across languages, and every locale
  // gets the same inline theme script, so one hash in the policy covers all.
  storage: {namespace: 'sanctuary-commons'},

  // Another route's scripts and data load on intent (hover, touch, navigation), never at idle for a link in view.
  clientModules: ['./src/clientModules/intentPrefetch.ts'],

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // The banner is an inline script; the Content-Security-Policy allows only the theme's one.
  baseUrlIssueBanner: false,

  // The policy itself is filled in after the build by the security-headers
  // plugin, which knows the hash of the theme's inline script, and moves the
  // tag to the very start of <head> (a meta policy governs only what follows it).
  // Not in `docusaurus start`: the dev server needs eval and a websocket.
  headTags:
    process.env.NODE_ENV === 'production'
      ? [
          {
            tagName: 'meta',
            attributes: {'http-equiv': 'Content-Security-Policy', content: POLICY_PLACEHOLDER},
          },
        ]
      : [],

  markdown: {
    format: 'md',
    // Playbooks also get their Git history and citations (src/plugins/history).
    parseFrontMatter: withPlaybookProvenance(createParseFrontMatter(contentDir, sitePaths), {
      contentDir,
      siteUrl: siteRoot,
      siteName: 'Sanctuary Commons',
      repositoryUrl,
      branch: 'main',
    }),
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    // SANCTUARY_I18N_DIR: only for `npm run i18n:status`, which extracts the English strings into a temporary folder.
    path: process.env.SANCTUARY_I18N_DIR ?? path.join(contentDir, 'i18n'),
    locales: Object.keys(locales),
    // Explicit base URLs (what Docusaurus infers for a full build): `docusaurus build --locale es` then builds /es/
    // alone, so locales can be built by parallel CI jobs and assembled (npm run assemble, README "Build locales in parallel").
    localeConfigs: Object.fromEntries(
      Object.entries(locales).map(([code, {label, htmlLang, direction}]) => [
        code,
        {label, htmlLang, direction, baseUrl: localeBaseUrl(baseUrl, code, DEFAULT_LOCALE)},
      ]),
    ),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: path.join(contentDir, 'docs'),
          routeBasePath: sitePaths.options.docs,
          sidebarPath: './sidebars.ts',
          include: ['**/*.md'],
          editUrl: `${repositoryUrl}/edit/main/`,
          // A translated page edits its translation (when it exists), not the English original.
          editLocalizedFiles: true,
          beforeDefaultRemarkPlugins: localizedRemarkPlugins,
          sidebarItemsGenerator,
          showLastUpdateTime: false,
        },
        blog: {
          path: path.join(contentDir, 'blog'),
          include: ['**/*.md'],
          editUrl: `${repositoryUrl}/edit/main/`,
          // A translated page edits its translation (when it exists), not the English original.
          editLocalizedFiles: true,
          beforeDefaultRemarkPlugins: localizedRemarkPlugins,
          showReadingTime: true,
          onInlineAuthors: 'throw',
          onInlineTags: 'throw',
          onUntruncatedBlogPosts: 'ignore',
          feedOptions: {type: ['rss', 'atom'], xslt: false},
        },
        pages: {
          // The home page (index.tsx) is routed by the compare plugin, which hands it the coalition map.
          exclude: [...GlobExcludeDefault, 'index.tsx'],
          beforeDefaultRemarkPlugins: [[remarkContentGuard, {siteDir: contentDir}]],
        },
        theme: {customCss: './src/css/custom.css'},
        sitemap: {lastmod: null},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    // Plugins are passed as functions: Docusaurus cannot resolve .ts plugin paths itself.
    [
      directoryPlugin,
      {repositoryUrl, contentDir, routeBasePath: sitePaths.options.directory},
    ] as PluginConfig,
    [contentGuardPlugin, {contentDir}] as PluginConfig,
    searchPlugin as PluginConfig,
    comparePluginConfig(contentDir, sitePaths),
    // With Algolia on, pages may query Algolia's hosts and nothing else.
    [securityHeadersPlugin, {extraConnectSources: search.connectSources}] as PluginConfig,
    [contributePlugin, {repositoryUrl, contentDir}] as PluginConfig,
    [historyPlugin, {contentDir, directoryRoutePath: sitePaths.options.directory}] as PluginConfig,
    [searchThemeSwitch, {hostedSearch: search.enabled}] as PluginConfig,
    [dataPlugin, {contentDir, directoryRouteBasePath: sitePaths.options.directory}] as PluginConfig,
    [translationStatusPlugin, {contentDir}] as PluginConfig,
    // One client route per family of pages that grows with the coalition (organisations, cities, playbooks).
    // SANCTUARY_STATIC_PAGES=off keeps one client route per page (only to measure the difference: npm run bench).
    ...(process.env.SANCTUARY_STATIC_PAGES === 'off'
      ? []
      : [[staticPagesPlugin, {paths: sitePaths}] as PluginConfig]),
    // "Save for offline" on city pages: the service worker (Workbox), written next to each locale's pages.
    [offlinePlugin, {}] as PluginConfig,
    // mirrors.yml → /mirrors, and the maintainers' public signing keys as /mirrors/allowed_signers.
    [mirrorsPlugin, {contentDir}] as PluginConfig,
    ...testOnlyPlugins(),
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    metadata: [{name: 'referrer', content: 'no-referrer'}],
    navbar: {
      title: 'Sanctuary Commons',
      items: [
        {to: sitePaths.directory(), label: 'Directory', position: 'left'},
        {type: 'docSidebar', sidebarId: 'playbooks', label: 'Playbooks', position: 'left'},
        {type: 'docSidebar', sidebarId: 'guides', label: 'Guides', position: 'left'},
        {to: '/compare', label: 'Compare', position: 'left'},
        {to: '/blog', label: 'Field reports', position: 'left'},
        {type: 'search', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Find help',
          items: [
            {label: 'Directory', to: sitePaths.directory()},
            {label: 'Start here', to: sitePaths.doc('guides/start-here')},
            {label: 'Paths for new groups', to: '/start-here'},
          ],
        },
        {
          title: 'Take part',
          items: [
            {label: 'List your organisation', to: '/contribute'},
            {label: 'Contributing', to: sitePaths.doc('guides/contributing')},
            {label: 'Safety and privacy', to: sitePaths.doc('guides/safety-and-privacy')},
            {label: 'Data and citation', to: sitePaths.doc('guides/data-and-citation')},
            {label: 'Open data', to: '/data'},
            {label: 'Mirrors', to: '/mirrors'},
            {label: 'Translations', to: '/translations'},
          ],
        },
      ],
      copyright:
        'Sanctuary Commons. No tracking, no analytics, no third-party requests. Playbooks CC BY-SA 4.0; directory facts CC0.',
    },
    prism: {},
    ...search.themeConfig,
  } satisfies Preset.ThemeConfig,
};

export default config;
