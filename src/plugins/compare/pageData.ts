import type {Yaml} from 'mdast';
import {parse as parseYaml} from 'yaml';
import type {Coalition, LoadedPlaybook, LoadedTranslation} from '../../lib/coalition';
import {DEFAULT_LOCALE, sectionHeadingsFor} from '../../lib/i18n/locales';
import {translationOf} from '../../lib/i18n/translations';
import {defaultSelection} from '../../lib/compareSelection';
import {parseMarkdown} from '../../lib/markdownFile';
import {extractPlaybookSections} from '../../lib/playbookSections';
import {PLAYBOOK_SECTIONS, TAXONOMY_SLUGS, type PlaybookSectionKey} from '../../lib/taxonomy';
import {localize} from '../directory/pageData';
import {cityLink, organizationLink, playbookListItem} from '../pageLinks';
import {sectionHtml} from './sectionHtml';
import {sitePaths as defaultSitePaths, type SitePaths} from '../../lib/sitePaths';
import type {
  CompareSectionsFile,
  CompareTopic,
  ComparePageData,
  ComparedPlaybook,
  StartHereData,
  TopicPageData,
} from './types';

/**
 * Builds the data of the comparison, topic hub and start-here routes from
 * the loaded coalition, for one locale. Reads playbook and guide files
 * through `readDoc` so tests can pass text directly.
 */

/** Inputs shared by every page of one locale. */
export type ComparePageContext = {
  coalition: Coalition;
  locale: string;
  /** The locale's base URL, e.g. `/` or `/es/` (for links inside rendered section HTML). */
  baseUrl: string;
  /** Reads a content file by its path relative to the content root. */
  readDoc(file: string): string;
  /** The site's paths (default: src/lib/sitePaths defaults). */
  paths?: SitePaths;
};

/** Playbooks whose `topics` include the topic (not only those in its folder), sorted by id. */
export function playbooksOfTopic(coalition: Coalition, topic: string): LoadedPlaybook[] {
  return coalition.playbooks
    .filter((playbook) => (playbook.frontMatter.topics as string[]).includes(topic))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** City slugs ordered by city name. */
export function cityOrder(coalition: Coalition): string[] {
  return [...coalition.cities]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((city) => city.slug);
}

/** Topics that have at least one playbook, in taxonomy order, with playbook and city counts. */
export function compareTopics(coalition: Coalition): CompareTopic[] {
  return TAXONOMY_SLUGS.map((slug) => {
    const playbooks = playbooksOfTopic(coalition, slug);
    return {
      slug,
      playbookCount: playbooks.length,
      cityCount: new Set(playbooks.flatMap((playbook) => playbook.frontMatter.cities)).size,
    };
  }).filter((topic) => topic.playbookCount > 0);
}

/**
 * The reader's-language version of a page: its translation into the
 * context's locale when there is one, else the English original.
 */
function localizedDoc(
  context: ComparePageContext,
  originalFile: string,
): {file: string; lang: string; translation?: LoadedTranslation} {
  const translation = translationOf(context.coalition, context.locale, originalFile);
  return translation
    ? {file: translation.file, lang: context.locale, translation}
    : {file: originalFile, lang: DEFAULT_LOCALE};
}

/** Playbooks already compared, per coalition and locale: a playbook on three topics is compared once, not three times. */
const comparedCache = new WeakMap<Coalition, Map<string, ComparedPlaybook>>();

function compared(context: ComparePageContext, playbook: LoadedPlaybook): ComparedPlaybook {
  let known = comparedCache.get(context.coalition);
  if (!known) {
    known = new Map();
    comparedCache.set(context.coalition, known);
  }
  const key = JSON.stringify([context.locale, context.baseUrl, playbook.id]);
  let result = known.get(key);
  if (!result) {
    result = comparePlaybook(context, playbook);
    known.set(key, result);
  }
  return result;
}

function comparePlaybook(context: ComparePageContext, playbook: LoadedPlaybook): ComparedPlaybook {
  const {coalition} = context;
  const paths = context.paths ?? defaultSitePaths;
  const permalink = paths.doc(playbook.id);
  // Translated headings map to the same section keys, so a translation lines up with the others.
  const doc = localizedDoc(context, playbook.file);
  const extracted = extractPlaybookSections(
    context.readDoc(doc.file),
    sectionHeadingsFor(doc.lang),
  );
  const sections = Object.fromEntries(
    PLAYBOOK_SECTIONS.map(({key}) => {
      const section = extracted.sections[key];
      return [
        key,
        section
          ? sectionHtml(section.tree, {file: doc.file, permalink, baseUrl: context.baseUrl})
          : null,
      ];
    }),
  ) as Record<PlaybookSectionKey, string | null>;
  return {
    id: playbook.id,
    title: doc.translation?.frontMatter.title ?? playbook.frontMatter.title,
    description: doc.translation?.frontMatter.description ?? playbook.frontMatter.description,
    permalink,
    cities: playbook.frontMatter.cities.map((slug) => cityLink(coalition, slug, paths)),
    organizations: playbook.frontMatter.organizations.flatMap((slug) => {
      const org = coalition.organizations.find((candidate) => candidate.slug === slug);
      return org ? [organizationLink(org, paths)] : [];
    }),
    maturity: playbook.frontMatter.maturity,
    lastReviewed: playbook.frontMatter.last_reviewed,
    lang: doc.lang,
    sections,
    extraHeadings: extracted.extra.map((section) => section.heading),
  };
}

function selectable(playbook: LoadedPlaybook) {
  return {
    id: playbook.id,
    cities: playbook.frontMatter.cities,
    maturity: playbook.frontMatter.maturity,
    lastReviewed: playbook.frontMatter.last_reviewed,
  };
}

/**
 * Data of `/compare` (topic null: the topic picker only) or `/compare/<topic>`.
 * @param context - coalition, locale, base URL and file reader
 * @param topic - a taxonomy slug, or null
 */
export function comparePageData(
  context: ComparePageContext,
  topic: string | null,
): ComparePageData {
  const order = cityOrder(context.coalition);
  const playbooks = topic ? playbooksOfTopic(context.coalition, topic) : [];
  return {
    topic,
    topics: compareTopics(context.coalition),
    playbooks: playbooks.map((playbook) => compared(context, playbook)),
    defaultIds: defaultSelection(playbooks.map(selectable), order),
    cityOrder: order,
  };
}

/**
 * Splits a comparison's data: the page keeps the sections of the playbooks it
 * shows by default, the others go to the topic's sections file.
 * @param data - from {@link comparePageData}
 * @param sectionsFile - the site path the sections file is published at
 */
export function splitComparePageData(
  data: ComparePageData,
  sectionsFile: string,
): {page: ComparePageData; sections: CompareSectionsFile} {
  const sections: CompareSectionsFile = {};
  const playbooks = data.playbooks.map((playbook) => {
    if (playbook.sections)
      sections[playbook.id] = {
        sections: playbook.sections,
        extraHeadings: playbook.extraHeadings ?? [],
      };
    if (data.defaultIds.includes(playbook.id)) return playbook;
    const {sections: _sections, extraHeadings: _extra, ...candidate} = playbook;
    return candidate;
  });
  return {page: {...data, playbooks, sectionsFile}, sections};
}

/**
 * Data of `/topics/<topic>`: playbooks by city, organisations of that type by city.
 * @param context - coalition and locale
 * @param topic - a taxonomy slug
 */
export function topicPageData(context: ComparePageContext, topic: string): TopicPageData {
  const {coalition} = context;
  const paths = context.paths ?? defaultSitePaths;
  const order = cityOrder(coalition);
  const playbooks = playbooksOfTopic(coalition, topic);
  const organizations = coalition.organizations.filter((org) =>
    (org.data.types as string[]).includes(topic),
  );
  const topics = compareTopics(coalition);
  const cityCount = topics.find((candidate) => candidate.slug === topic)?.cityCount ?? 0;
  return {
    topic,
    playbooksByCity: order
      .map((slug) => ({
        city: cityLink(coalition, slug, paths),
        playbooks: playbooks
          .filter((playbook) => playbook.frontMatter.cities.includes(slug))
          .map((playbook) => playbookListItem(coalition, context.locale, playbook, paths)),
      }))
      .filter((group) => group.playbooks.length > 0),
    organizationsByCity: order
      .map((slug) => ({
        city: cityLink(coalition, slug, paths),
        organizations: organizations
          .filter((org) => org.city === slug)
          .sort((a, b) => a.data.name.localeCompare(b.data.name))
          .map((org) => organizationLink(org, paths)),
      }))
      .filter((group) => group.organizations.length > 0),
    comparePermalink: cityCount >= 2 ? paths.compare(topic) : null,
    topics,
  };
}

/** Title and description from a Markdown file's front matter (empty strings when absent). */
function docHeader(text: string): {title: string; description: string} {
  const yaml = parseMarkdown(text).children.find((node): node is Yaml => node.type === 'yaml');
  const data = (yaml ? parseYaml(yaml.value) : {}) as {
    title?: unknown;
    description?: unknown;
  } | null;
  return {
    title: typeof data?.title === 'string' ? data.title : '',
    description: typeof data?.description === 'string' ? data.description : '',
  };
}

/**
 * Data of `/start-here`: the collections with each step's title and link.
 * @param context - coalition, locale and file reader
 */
export function startHereData(context: ComparePageContext): StartHereData {
  return {
    collections: context.coalition.collections.map((collection) => ({
      id: collection.id,
      title: localize(collection.title, context.locale),
      summary: localize(collection.summary, context.locale),
      steps: collection.steps.map((step) => {
        const doc = localizedDoc(context, `docs/${step.doc}.md`);
        const header = docHeader(context.readDoc(doc.file));
        return {
          doc: step.doc,
          kind: step.doc.startsWith('playbooks/') ? ('playbook' as const) : ('guide' as const),
          title: header.title || step.doc,
          description: header.description,
          lang: doc.lang,
          permalink: (context.paths ?? defaultSitePaths).doc(step.doc),
          why: localize(step.why, context.locale),
        };
      }),
    })),
  };
}
