/**
 * Page data of the comparison, topic hub and start-here routes, produced at
 * build time and handed to each route through `createData` (never global
 * data): section HTML reaches only the compare route of its topic.
 */
import type {PlaybookSectionKey} from '../../lib/taxonomy';
import type {LocalizedValue} from '../directory/types';

/** A named link to a page of the site (path without locale prefix; render with `<Link>`). */
export type NamedLink = {slug: string; name: string; permalink: string};

/** One playbook as a column of the comparison. */
export type ComparedPlaybook = {
  id: string;
  title: string;
  description: string;
  permalink: string;
  cities: NamedLink[];
  organizations: NamedLink[];
  maturity: string;
  /** `YYYY-MM-DD` */
  lastReviewed: string;
  /** Language of the section text (BCP-47). */
  lang: string;
  /** Section key → sanitised HTML rendered at build time; null when the playbook lacks the section. */
  sections: Record<PlaybookSectionKey, string | null>;
  /** `##` headings that are not one of the sections (shown as a note, not compared). */
  extraHeadings: string[];
};

/** A playbook the comparison offers: its sections are in the page only when it is shown by default (see `CompareSectionsFile`). */
export type CompareCandidate = Omit<ComparedPlaybook, 'sections' | 'extraHeadings'> &
  Partial<Pick<ComparedPlaybook, 'sections' | 'extraHeadings'>>;

/**
 * Sections of every playbook of a topic, in a file next to the pages
 * (`/compare-sections/<topic>.json`), fetched only when the reader chooses a
 * playbook that is not shown by default: a topic with a thousand playbooks
 * would otherwise weigh on its page.
 */
export type CompareSectionsFile = {
  [id: string]: Pick<ComparedPlaybook, 'sections' | 'extraHeadings'>;
};

/** A topic in the comparison's topic picker. */
export type CompareTopic = {slug: string; playbookCount: number; cityCount: number};

/** Props data of `/compare` (no topic) and `/compare/<topic>`. */
export type ComparePageData = {
  /** The topic of this page; null on `/compare`, which only offers the topics. */
  topic: string | null;
  topics: CompareTopic[];
  /** Every playbook of the topic (the page shows the selected 2–4); sections only for the default ones. */
  playbooks: CompareCandidate[];
  /** Site path of the topic's sections file (see `CompareSectionsFile`), or null when every section is in the page. */
  sectionsFile?: string | null;
  /** Columns shown when the URL selects nothing: one playbook per city. */
  defaultIds: string[];
  /** City slugs in display order (by name). */
  cityOrder: string[];
};

/** A playbook in a list. */
export type PlaybookListItem = {
  id: string;
  title: string;
  description: string;
  /** Language of title and description (BCP-47): the reader's, or English when not translated. */ lang: string;
  permalink: string;
  maturity: string;
  lastReviewed: string;
};

/** Props data of `/topics/<topic>`. */
export type TopicPageData = {
  topic: string;
  playbooksByCity: {city: NamedLink; playbooks: PlaybookListItem[]}[];
  /** Names and links only: a topic of a national network lists thousands (each page has its summary). */
  organizationsByCity: {city: NamedLink; organizations: NamedLink[]}[];
  /** Link to the comparison of this topic when at least two cities have playbooks on it. */
  comparePermalink: string | null;
  topics: CompareTopic[];
};

/** One step of a start-here path. */
export type CollectionStepData = {
  doc: string;
  kind: 'playbook' | 'guide';
  title: string;
  description: string;
  /** Language of title and description (BCP-47). */ lang: string;
  permalink: string;
  why: LocalizedValue;
};

/** Props data of `/start-here`. */
export type StartHereData = {
  collections: {
    id: string;
    title: LocalizedValue;
    summary: LocalizedValue;
    steps: CollectionStepData[];
  }[];
};
