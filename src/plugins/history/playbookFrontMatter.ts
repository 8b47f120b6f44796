import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {getCoalition} from '../coalitionCache';
import {playbookProvenance, provenanceContext, type SiteSettings} from './pages';
import {translationPlacement} from '../../lib/i18n/translations';
import {sitePaths} from '../../lib/sitePaths';

/** A playbook's original file relative to the content folder: `docs/playbooks/<topic>/<slug>.md`. */
const PLAYBOOK_FILE = /^docs\/(playbooks\/[^/]+\/[^/]+)\.md$/;

/**
 * Wraps the site's `markdown.parseFrontMatter` hook so that every playbook's
 * front matter carries `sc_provenance` (last updated from Git, history link,
 * citations). Front matter is the one per-page channel the docs plugin
 * offers; the page reads it from its own metadata, so no other page grows.
 * @param parse - the hook being wrapped (content guard + `sc_links`)
 * @param settings - content folder, URLs and branch; `now` defaults to the time the config is loaded
 * @returns the wrapped hook
 */
export function withPlaybookProvenance(
  parse: ParseFrontMatter,
  settings: Omit<SiteSettings, 'now'> & {now?: Date},
): ParseFrontMatter {
  const now = settings.now ?? new Date();
  return async (params) => {
    const result = await parse(params);
    const relative = path.relative(settings.contentDir, params.filePath).split(path.sep).join('/');
    // A translation (under i18n/<locale>/…) gets the provenance of its own file, in its locale.
    const placement = translationPlacement(relative);
    const match = PLAYBOOK_FILE.exec(placement?.originalFile ?? relative);
    if (!match) return result;
    const locale = placement?.locale;
    const id = match[1]!;
    const {title, organizations} = result.frontMatter;
    result.frontMatter.sc_provenance = playbookProvenance(
      provenanceContext({...settings, now}),
      getCoalition(settings.contentDir),
      {
        title: typeof title === 'string' ? title : id,
        organizations: Array.isArray(organizations)
          ? organizations.filter((slug): slug is string => typeof slug === 'string')
          : [],
      },
      relative,
      `${locale ? `/${locale}` : ''}${sitePaths.doc(id)}`,
      locale ?? 'en',
    );
    return result;
  };
}
