import type {Coalition, LoadedPlaybook} from '../../lib/coalition';
import {translationPlacement} from '../../lib/i18n/translations';
import {defaultSelection, MAX_COMPARED, selectionQuery} from '../../lib/compareSelection';
import {cityOrder, playbooksOfTopic} from './pageData';
import {sitePaths as defaultSitePaths, type SitePaths} from '../../lib/sitePaths';

/**
 * Links added to a playbook page at build time (through the front matter
 * hook, so the page loads no directory data): "Compare with other cities"
 * and "Related playbooks".
 */

/** A playbook as linked from another playbook's page. */
export type RelatedPlaybook = {id: string; title: string; permalink: string; cities: string[]};

/** What a playbook page shows beyond its own text. */
export type PlaybookCrossLinks = {
  /** Link to the comparison with this playbook first, or null when no other city has a playbook on its topic. */
  compare: {permalink: string; topic: string; cityCount: number} | null;
  /** `related` front matter when present (it wins), else same-topic playbooks from other cities. */
  related: RelatedPlaybook[];
};

function asRelated(
  coalition: Coalition,
  playbook: LoadedPlaybook,
  paths: SitePaths,
): RelatedPlaybook {
  const names = new Map(coalition.cities.map((city) => [city.slug, city.data.name]));
  return {
    id: playbook.id,
    title: playbook.frontMatter.title,
    permalink: paths.doc(playbook.id),
    cities: playbook.frontMatter.cities.map((slug) => names.get(slug) ?? slug),
  };
}

/**
 * The playbook a Markdown file is (the original or a translation of it).
 * @param coalition - the loaded coalition
 * @param relativeFile - path relative to the content root, e.g. `docs/playbooks/a/b.md` or `i18n/es/docusaurus-plugin-content-docs/current/playbooks/a/b.md`
 */
export function playbookOfFile(
  coalition: Coalition,
  relativeFile: string,
): LoadedPlaybook | undefined {
  const file = relativeFile.split('\\').join('/');
  // A translation belongs to the playbook it translates.
  const match = /^docs\/(playbooks\/[^/]+\/[^/]+)\.md$/.exec(
    translationPlacement(file)?.originalFile ?? file,
  );
  return match ? coalition.playbooks.find((playbook) => playbook.id === match[1]) : undefined;
}

/**
 * Cross-links of one playbook.
 * @param coalition - the loaded coalition
 * @param playbook - the playbook whose page is built
 */
export function playbookCrossLinks(
  coalition: Coalition,
  playbook: LoadedPlaybook,
  paths: SitePaths = defaultSitePaths,
): PlaybookCrossLinks {
  const own = new Set(playbook.frontMatter.cities);
  const others = playbooksOfTopic(coalition, playbook.topic).filter(
    (other) => other.id !== playbook.id && !other.frontMatter.cities.some((city) => own.has(city)),
  );
  const order = cityOrder(coalition);
  const picked = defaultSelection(
    others.map((other) => ({
      id: other.id,
      cities: other.frontMatter.cities,
      maturity: other.frontMatter.maturity,
      lastReviewed: other.frontMatter.last_reviewed,
    })),
    order,
  ).slice(0, MAX_COMPARED - 1);
  const compare =
    others.length > 0
      ? {
          permalink: paths.compare(playbook.topic, selectionQuery([playbook.id, ...picked])),
          topic: playbook.topic,
          cityCount: new Set([...own, ...others.flatMap((other) => other.frontMatter.cities)]).size,
        }
      : null;
  const explicit = (playbook.frontMatter.related ?? []).flatMap((id) => {
    const found = coalition.playbooks.find((candidate) => candidate.id === id);
    return found ? [asRelated(coalition, found, paths)] : [];
  });
  const byId = new Map(others.map((other) => [other.id, other]));
  const related =
    explicit.length > 0
      ? explicit
      : [...picked, ...others.map((other) => other.id).filter((id) => !picked.includes(id))]
          .slice(0, 5)
          .map((id) => asRelated(coalition, byId.get(id)!, paths));
  return {compare, related};
}
