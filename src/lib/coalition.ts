import type {Problem} from './problems';
import type {Collection} from './schema/collection';
import type {MirrorsFile} from './schema/mirrors';
import {loadSiteFiles} from './siteFiles/loadSiteFiles';
import {entitiesOf, translationsOf} from './siteFiles/entities';
import type {
  LoadedCity,
  LoadedOrganization,
  LoadedPlaybook,
  LoadedTranslation,
} from './siteFiles/entities';
import {runChecks} from './checks/registry';

export type {LoadedCity, LoadedOrganization, LoadedPlaybook, LoadedTranslation};

/**
 * Loads and checks the whole contributed coalition: `directory/`, `docs/`,
 * `blog/` and translated content under `i18n/`. Nothing here throws on bad
 * content; every flaw becomes a problem so one run reports everything.
 */

/** Everything loaded, plus every problem found. */
export type Coalition = {
  cities: LoadedCity[];
  organizations: LoadedOrganization[];
  playbooks: LoadedPlaybook[];
  /** Translations of playbooks, guides and blog posts whose original exists. */
  translations: LoadedTranslation[];
  /** Start-here paths from `docs/collections.yml` (empty when absent or invalid). */
  collections: Collection[];
  problems: Problem[];
  /** Relative paths of every file checked. */
  files: string[];
  /** `mirrors.yml` at the site root when present and valid (src/lib/checks/mirrorsFile.ts). */
  mirrors?: MirrorsFile;
};

/**
 * Loads and checks every contributed file of a site: reads each file once
 * (siteFiles/loadSiteFiles.ts), runs every check of the table
 * (checks/registry.ts), and assembles what passed.
 * @param siteDir - absolute path of the site root (the folder with docusaurus.config.ts)
 * @param options.now - the reference date for freshness warnings (default: now)
 * @returns cities, organisations and playbooks that parsed, and all problems
 */
export function loadCoalition(siteDir: string, options: {now?: Date} = {}): Coalition {
  const files = loadSiteFiles(siteDir, options);
  const entities = entitiesOf(files);
  const problems = runChecks(files, {siteDir, entities});
  const mirrors = files.mirrors?.symlink === false ? files.mirrors.checked?.mirrors : undefined;
  return {
    ...entities,
    translations: translationsOf(files),
    collections: files.collections?.collections ?? [],
    problems,
    files: files.checked,
    ...(mirrors ? {mirrors} : {}),
  };
}
