import type {ParseFrontMatter} from '@docusaurus/types';
import path from 'node:path';
import {reportError} from '../buildErrors';
import {getCoalition} from '../coalitionCache';
import {playbookCrossLinks, playbookOfFile} from '../compare/crossLinks';
import {inheritFromOriginal} from './translationFrontMatter';
import {sitePaths as defaultSitePaths, type SitePaths} from '../../lib/sitePaths';

/**
 * `markdown.parseFrontMatter` hook: refuses front matter in another language
 * than YAML (`---js` is evaluated as code by gray-matter), refuses the `mdx` key (it would turn MDX
 * back on for one file, DESIGN.md safety rule 1), gives translations the
 * facts of their original (`inheritFromOriginal`) and adds `sc_links` to
 * playbooks — the names and paths of the cities and organisations they
 * cite — so a playbook page can link them without loading the directory.
 * @param siteDir - absolute site root
 * @returns the hook
 * @throws Error naming the file when `mdx` is present
 */
export function createParseFrontMatter(
  siteDir: string,
  paths: SitePaths = defaultSitePaths,
): ParseFrontMatter {
  return async (params) => {
    // gray-matter would evaluate `---js` front matter as JavaScript: refuse before parsing.
    const opening = /^\uFEFF?---([^\r\n]*)\r?\n/.exec(params.fileContent);
    if (opening && opening[1]!.trim() !== '') {
      throw reportError(
        `${params.filePath}: front matter must open with a bare "---" (found "---${opening[1]!.trim()}"). Fix: make the first line ---.`,
      );
    }
    const parsed = await params.defaultParseFrontMatter(params);
    if ('mdx' in parsed.frontMatter) {
      throw reportError(
        `${params.filePath}: the "mdx" front matter key is not allowed (it would turn MDX on). Fix: remove it.`,
      );
    }
    // A translation takes its facts from the English original (before the links below are computed from them).
    const result = await inheritFromOriginal(params, parsed, siteDir);
    const {cities, organizations} = result.frontMatter;
    if (Array.isArray(cities) || Array.isArray(organizations)) {
      const coalition = getCoalition(siteDir);
      const cityNames = new Map(coalition.cities.map((city) => [city.slug, city.data.name]));
      result.frontMatter.sc_links = {
        cities: (Array.isArray(cities) ? cities : [])
          .filter((slug) => cityNames.has(slug))
          .map((slug: string) => ({slug, name: cityNames.get(slug), permalink: paths.city(slug)})),
        organizations: (Array.isArray(organizations) ? organizations : []).flatMap(
          (slug: string) => {
            const org = coalition.organizations.find((candidate) => candidate.slug === slug);
            return org
              ? [
                  {
                    slug,
                    name: org.data.name,
                    city: org.city,
                    permalink: paths.organization(org.city, slug),
                  },
                ]
              : [];
          },
        ),
      };
    }
    // "Compare with other cities" and "Related playbooks" (sc_cross_links), computed here so the page loads no other data.
    const playbook = playbookOfFile(getCoalition(siteDir), path.relative(siteDir, params.filePath));
    if (playbook) {
      result.frontMatter.sc_cross_links = playbookCrossLinks(
        getCoalition(siteDir),
        playbook,
        paths,
      );
      // The playbooks sidebar lists topics, not playbooks: a playbook page still shows it.
      result.frontMatter.displayed_sidebar ??= 'playbooks';
    }
    return result;
  };
}
