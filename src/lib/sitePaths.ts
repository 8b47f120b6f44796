/**
 * The one place that builds the site's URLs: directory pages, docs
 * (playbooks and guides), topic hubs, comparisons. Every plugin, page and
 * export writes a path through here, so the directory or the docs can be
 * served under another base path by changing one setting (`SitePathOptions`,
 * set in `docusaurus.config.ts`).
 *
 * Paths are site paths: they start with `/`, carry no locale prefix and no
 * base URL (`<Link>` and `useBaseUrl` add those), and no trailing slash.
 */

/** Route base paths, without slashes. */
export type SitePathOptions = {
  /** Where the directory is served, default `directory`. */
  directory?: string;
  /** Where the docs (playbooks and guides) are served, default `docs`. */
  docs?: string;
};

/** Builders of every kind of site path. */
export type SitePaths = {
  /** The settings these paths were built with (complete). */
  options: Required<SitePathOptions>;
  /** `/directory` */
  directory(): string;
  /** `/directory/<city>` */
  city(city: string): string;
  /** `/directory/<city>/<org>` */
  organization(city: string, organization: string): string;
  /** `/docs/<id>`, e.g. `/docs/playbooks/rapid-response/hotline` or `/docs/guides/start-here` */
  doc(id: string): string;
  /** `/docs/playbooks`: the playbooks index */
  playbooks(): string;
  /** `/topics/<topic>` */
  topic(topic: string): string;
  /** `/compare`, or `/compare/<topic>` with an optional query (e.g. `?playbook=a`) */
  compare(topic?: string, query?: string): string;
  /** `/compare-sections/<topic>.json`: every section of a topic's playbooks, fetched by its comparison on demand */
  compareSections(topic: string): string;
  /**
   * React-router patterns of the page families that grow with the coalition
   * (one route per organisation, city or playbook).
   */
  patterns: {organization: string; city: string; playbook: string};
};

/** Default route base paths. */
export const DEFAULT_SITE_PATH_OPTIONS: Required<SitePathOptions> = {
  directory: 'directory',
  docs: 'docs',
};

function segment(value: string, name: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  if (!/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/.test(trimmed)) {
    throw new Error(
      `The ${name} base path "${value}" must be lowercase letters, digits and hyphens, e.g. "directory".`,
    );
  }
  return trimmed;
}

/**
 * Path builders for a site.
 * @param options - route base paths (defaults: `directory`, `docs`)
 * @throws Error when a base path is empty or holds other characters than lowercase letters, digits, hyphens and inner slashes
 */
export function createSitePaths(options: SitePathOptions = {}): SitePaths {
  const directory = segment(options.directory ?? DEFAULT_SITE_PATH_OPTIONS.directory, 'directory');
  const docs = segment(options.docs ?? DEFAULT_SITE_PATH_OPTIONS.docs, 'docs');
  return {
    options: {directory, docs},
    directory: () => `/${directory}`,
    city: (city) => `/${directory}/${city}`,
    organization: (city, organization) => `/${directory}/${city}/${organization}`,
    doc: (id) => `/${docs}/${id}`,
    playbooks: () => `/${docs}/playbooks`,
    topic: (topic) => `/topics/${topic}`,
    compare: (topic, query = '') => (topic ? `/compare/${topic}${query}` : '/compare'),
    compareSections: (topic) => `/compare-sections/${topic}.json`,
    patterns: {
      organization: `/${directory}/:city/:organization`,
      city: `/${directory}/:city`,
      playbook: `/${docs}/playbooks/:topic/:slug`,
    },
  };
}

/** The site's paths with the default base paths (what `docusaurus.config.ts` uses unless told otherwise). */
export const sitePaths: SitePaths = createSitePaths();
