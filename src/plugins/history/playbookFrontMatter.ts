import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {getCoalition} from '../coalitionCache';
import {playbookProvenance, provenanceContext, type SiteSettings} from './pages';

/** A playbook file relative to the content folder: `docs/playbooks/<topic>/<slug>.md` or its translation under `i18n/<locale>/…`. */
const PLAYBOOK_FILE = /^(?:i18n\/([^/]+)\/docusaurus-plugin-content-docs\/current|docs)\/(playbooks\/[^/]+\/[^/]+)\.md$/;

/**
 * Wraps the site's `markdown.parseFrontMatter` hook so that every playbook's
 * front matter carries `sc_provenance` (last updated from Git, history link,
 * citations). Front matter is the one per-page channel the docs plugin
 * offers; the page reads it from its own metadata, so no other page grows.
 * @param parse - the hook being wrapped (content guard + `sc_links`)
 * @param settings - content folder, URLs and branch; `now` defaults to the time the config is loaded
 * @returns the wrapped hook
 */
export function withPlaybookProvenance(parse: ParseFrontMatter, settings: Omit<SiteSettings, 'now'> & {now?: Date}): ParseFrontMatter {
  const now = settings.now ?? new Date();
  return async (params) => {
    const result = await parse(params);
    const relative = path.relative(settings.contentDir, params.filePath).split(path.sep).join('/');
    const match = PLAYBOOK_FILE.exec(relative);
    if (!match) return result;
    const [, locale, id] = match as unknown as [string, string | undefined, string];
    const {title, organizations} = result.frontMatter;
    result.frontMatter.sc_provenance = playbookProvenance(
      provenanceContext({...settings, now}),
      getCoalition(settings.contentDir),
      {title: typeof title === 'string' ? title : id, organizations: Array.isArray(organizations) ? organizations.filter((slug): slug is string => typeof slug === 'string') : []},
      relative,
      `${locale ? `/${locale}` : ''}/docs/${id}`,
      locale ?? 'en',
    );
    return result;
  };
}
