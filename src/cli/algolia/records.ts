/**
 * Builds the Algolia search records of a coalition: one per organisation,
 * one per city hub, and one per playbook section (plus the playbook's
 * opening), in every locale of the site. Pure: the coalition comes from
 * `loadCoalition`, file contents through `readFile`; nothing is sent anywhere.
 *
 * Records follow the DocSearch record shape (`hierarchy`, `type`, `url`,
 * `content`, `language`, `docusaurus_tag`) because the Docusaurus Algolia
 * theme renders and filters hits with it, and add the facets of the offline
 * search (`kind`, `city`, `topics`, `types`, `languages`).
 * DocSearch record shape: https://docsearch.algolia.com/docs/required-configuration
 */
import type {Coalition, LoadedCity, LoadedOrganization, LoadedPlaybook} from '../../lib/coalition';
import {translationFileOf} from '../../lib/i18n/translations';
import {parseMarkdown} from '../../lib/markdownFile';
import {localize} from '../../lib/i18n/localize';
import {blockText, splitDocument, type DocumentSection} from './sections';
import {MAX_RECORD_BYTES, fitRecord, recordBytes} from './recordSize';
import {createSitePaths, sitePaths} from '../../lib/sitePaths';

/** Kinds of record; the same values as the offline search's `kind` filter. */
export const RECORD_KINDS = ['organization', 'city', 'playbook'] as const;
/** One of {@link RECORD_KINDS}. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * Contextual-search tags of the Docusaurus Algolia theme: pages outside the
 * docs plugin are `default`; docs of the default plugin's current version
 * are `docs-default-current` (theme-common `useContextualSearchFilters`).
 */
export const DOCUSAURUS_TAGS = {page: 'default', docs: 'docs-default-current'} as const;

/** One search record. Every facet attribute is always present (empty list when not applicable). */
export type AlgoliaRecord = {
  /** Stable id: `<locale>:<path>` plus `#<anchor>` for sections. */
  objectID: string;
  kind: RecordKind;
  /** The page title (organisation, city or playbook name). */
  title: string;
  /** Absolute URL of the page, with `#anchor` for a section. */
  url: string;
  url_without_anchor: string;
  /** Docusaurus heading id of the section, null for a whole page. */
  anchor: string | null;
  /** DocSearch level of the record: `lvl1` a page, `lvl2` a section. */
  type: 'lvl1' | 'lvl2';
  /** DocSearch hierarchy: lvl0 the part of the site, lvl1 the page, lvl2 the section. */
  hierarchy: {
    lvl0: string;
    lvl1: string;
    lvl2: string | null;
    lvl3: null;
    lvl4: null;
    lvl5: null;
    lvl6: null;
  };
  /** The text of the page or section, cut to fit {@link MAX_RECORD_BYTES}. */
  content: string;
  /** Locale of the page (BCP-47), used by the theme's contextual search. */
  language: string;
  docusaurus_tag: string;
  /** City names, as the offline search's `city` filter shows them. */
  city: string[];
  /** Taxonomy slugs: a playbook's topics, an organisation's types. */
  topics: string[];
  /** Taxonomy slugs of an organisation's types (empty for other kinds). */
  types: string[];
  /** BCP-47 codes of the languages an organisation's staff speak (empty for other kinds). */
  languages: string[];
  /** Other names of an organisation. */
  alt_names: string[];
  /** True for the fictional starter entries (`sample: true`). */
  sample: boolean;
  /** Date the facts were last checked (organisation `verified.date`, playbook `last_reviewed`, city `policy.as_of`), as seconds since 1970; 0 when unknown. Freshness tie-breaker. */
  updated: number;
};

/** Inputs of {@link buildRecords}. */
export type BuildRecordsInput = {
  coalition: Pick<Coalition, 'cities' | 'organizations' | 'playbooks'>;
  /** Site URL without trailing slash, e.g. `https://sanctuary-commons.example.org`. */
  siteUrl: string;
  /** Locales to build, the default locale first (it has no URL prefix). */
  locales: readonly string[];
  /**
   * Reads a file relative to the site root; returns null when it does not
   * exist. Used for playbook bodies and their translations.
   */
  readFile(relativePath: string): string | null;
  /** Routes of the directory plugin (default `directory`). */
  directoryBasePath?: string;
  /** Per-record byte limit (default {@link MAX_RECORD_BYTES}). */
  maxRecordBytes?: number;
};

/** What {@link buildRecords} returns. */
export type BuildRecordsResult = {
  records: AlgoliaRecord[];
  /** objectIDs of records whose text was cut to fit the size limit. */
  truncated: string[];
};

/** Names of the parts of the site shown as DocSearch `lvl0`, per locale (English when missing). */
const SECTION_LABELS: Record<string, {directory: string; playbooks: string}> = {
  en: {directory: 'Directory', playbooks: 'Playbooks'},
  es: {directory: 'Directorio', playbooks: 'Manuales'},
  fr: {directory: 'Annuaire', playbooks: 'Fiches pratiques'},
};

/** Seconds since 1970 of an ISO date (`YYYY-MM-DD`); 0 when missing or invalid. */
function timestamp(date: string | undefined): number {
  if (!date) return 0;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
}

/** Plain text of a Markdown fragment (organisation descriptions). */
function markdownText(markdown: string | undefined): string {
  return markdown ? blockText(parseMarkdown(markdown).children) : '';
}

const unique = (values: readonly string[]) => [...new Set(values.filter(Boolean))];

/**
 * Builds every record of a coalition.
 * @returns records in a stable order (locale, then kind, then path) and the ids of cut records
 * @throws Error when a record is over the limit even without its text (see {@link fitRecord})
 */
export function buildRecords(input: BuildRecordsInput): BuildRecordsResult {
  const {coalition, locales} = input;
  const siteUrl = input.siteUrl.replace(/\/+$/, '');
  const directory = (input.directoryBasePath ?? 'directory').replace(/^\/+|\/+$/g, '');
  const maxBytes = input.maxRecordBytes ?? MAX_RECORD_BYTES;
  const defaultLocale = locales[0] ?? 'en';
  const cityNames = new Map(coalition.cities.map((city) => [city.slug, city.data.name]));
  const records: AlgoliaRecord[] = [];
  const truncated: string[] = [];

  const add = (record: AlgoliaRecord) => {
    const fitted = fitRecord(record, maxBytes);
    if (fitted.truncated) truncated.push(record.objectID);
    records.push(fitted.record);
  };

  for (const locale of locales) {
    const prefix = locale === defaultLocale ? '' : `/${locale}`;
    const labels = SECTION_LABELS[locale] ?? SECTION_LABELS.en!;
    const base = (pagePath: string) => ({path: pagePath, url: `${siteUrl}${prefix}${pagePath}`});
    const common = {
      language: locale,
      city: [] as string[],
      topics: [] as string[],
      types: [] as string[],
      languages: [] as string[],
      alt_names: [] as string[],
      sample: false,
    };

    for (const city of sortBy(coalition.cities, (c) => c.slug))
      add(
        cityRecord(
          city,
          locale,
          base(createSitePaths({directory}).city(city.slug)),
          labels.directory,
          common,
        ),
      );
    for (const org of sortBy(coalition.organizations, (o) => `${o.city}/${o.slug}`)) {
      add(
        organizationRecord(
          org,
          locale,
          base(createSitePaths({directory}).organization(org.city, org.slug)),
          labels.directory,
          cityNames.get(org.city) ?? org.city,
          common,
        ),
      );
    }
    for (const playbook of sortBy(coalition.playbooks, (p) => p.id)) {
      const translated =
        locale === defaultLocale ? null : input.readFile(translationFileOf(locale, playbook.file)!);
      const source = translated ?? input.readFile(playbook.file);
      if (source === null) continue;
      const page = base(sitePaths.doc(playbook.id));
      for (const record of playbookRecords(
        playbook,
        source,
        translated !== null,
        locale,
        page,
        labels.playbooks,
        cityNames,
        common,
      ))
        add(record);
    }
  }
  return {records, truncated};
}

type PageLocation = {path: string; url: string};
type CommonFields = Pick<
  AlgoliaRecord,
  'language' | 'city' | 'topics' | 'types' | 'languages' | 'alt_names' | 'sample'
>;

function hierarchy(
  lvl0: string,
  lvl1: string,
  lvl2: string | null = null,
): AlgoliaRecord['hierarchy'] {
  return {lvl0, lvl1, lvl2, lvl3: null, lvl4: null, lvl5: null, lvl6: null};
}

/** The fields every whole-page record (a city hub, an organisation) shares: one record, no anchor, level 1. */
function pageRecord(
  kind: AlgoliaRecord['kind'],
  title: string,
  content: string,
  locale: string,
  page: PageLocation,
  lvl0: string,
  common: CommonFields,
) {
  return {
    ...common,
    objectID: `${locale}:${page.path}`,
    kind,
    title,
    url: page.url,
    url_without_anchor: page.url,
    anchor: null,
    type: 'lvl1' as const,
    hierarchy: hierarchy(lvl0, title),
    content,
    docusaurus_tag: DOCUSAURUS_TAGS.page,
  };
}

function cityRecord(
  city: LoadedCity,
  locale: string,
  page: PageLocation,
  lvl0: string,
  common: CommonFields,
): AlgoliaRecord {
  const {data} = city;
  const content = [
    localize(data.summary, locale).text,
    data.policy ? localize(data.policy.summary, locale).text : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    ...pageRecord('city', data.name, content, locale, page, lvl0, common),
    city: [data.name],
    updated: timestamp(data.policy?.as_of),
  };
}

function organizationRecord(
  org: LoadedOrganization,
  locale: string,
  page: PageLocation,
  lvl0: string,
  cityName: string,
  common: CommonFields,
): AlgoliaRecord {
  const {data} = org;
  const content = [
    localize(data.summary, locale).text,
    data.description ? markdownText(localize(data.description, locale).text) : '',
    localize(data.coverage.area, locale).text,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    ...pageRecord('organization', data.name, content, locale, page, lvl0, common),
    city: [cityName],
    // The offline search files organisation types under "topic"; both attributes keep that working.
    topics: unique(data.types),
    types: unique(data.types),
    languages: unique(data.languages),
    alt_names: data.alt_names ?? [],
    sample: data.sample === true,
    updated: timestamp(data.verified.date),
  };
}

function playbookRecords(
  playbook: LoadedPlaybook,
  source: string,
  isTranslation: boolean,
  locale: string,
  page: PageLocation,
  lvl0: string,
  cityNames: Map<string, string>,
  common: CommonFields,
): AlgoliaRecord[] {
  const {frontMatter, sections} = splitDocument(source);
  const fm = playbook.frontMatter;
  // A translation's own title and description win; facts (topics, cities, dates) are the original's.
  const text = (key: 'title' | 'description') =>
    isTranslation && typeof frontMatter[key] === 'string' ? (frontMatter[key] as string) : fm[key];
  const title = text('title');
  const shared = {
    ...common,
    kind: 'playbook' as const,
    title,
    url_without_anchor: page.url,
    docusaurus_tag: DOCUSAURUS_TAGS.docs,
    city: unique(fm.cities.map((slug) => cityNames.get(slug) ?? slug)),
    topics: unique(fm.topics),
    updated: timestamp(fm.last_reviewed),
  };
  const opening = sections.find((section) => section.heading === null);
  const records: AlgoliaRecord[] = [
    {
      ...shared,
      objectID: `${locale}:${page.path}`,
      url: page.url,
      anchor: null,
      type: 'lvl1',
      hierarchy: hierarchy(lvl0, title),
      content: [text('description'), opening?.text ?? ''].filter(Boolean).join('\n'),
    },
  ];
  for (const section of sections.filter(
    (s): s is DocumentSection & {heading: string; anchor: string} =>
      s.heading !== null && s.anchor !== null,
  )) {
    records.push({
      ...shared,
      objectID: `${locale}:${page.path}#${section.anchor}`,
      url: `${page.url}#${section.anchor}`,
      anchor: section.anchor,
      type: 'lvl2',
      hierarchy: hierarchy(lvl0, title, section.heading),
      content: section.text,
    });
  }
  return records;
}

function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Counts and sizes of a set of records, for the CLI summary. */
export type RecordStats = {
  total: number;
  totalBytes: number;
  byKind: Record<string, number>;
  byLocale: Record<string, number>;
  /** Counts per locale and kind: `byLocaleKind[locale][kind]`. */
  byLocaleKind: Record<string, Record<string, number>>;
  largest: {objectID: string; bytes: number} | null;
  /** Records over the limit (should always be empty: {@link buildRecords} cuts them). */
  overLimit: string[];
};

/**
 * Counts records by kind and locale and measures them as Algolia does.
 * @param records - records to measure
 * @param maxBytes - the per-record limit to check against
 */
export function recordStats(
  records: readonly AlgoliaRecord[],
  maxBytes: number = MAX_RECORD_BYTES,
): RecordStats {
  const stats: RecordStats = {
    total: records.length,
    totalBytes: 0,
    byKind: {},
    byLocale: {},
    byLocaleKind: {},
    largest: null,
    overLimit: [],
  };
  for (const record of records) {
    const bytes = recordBytes(record);
    stats.totalBytes += bytes;
    stats.byKind[record.kind] = (stats.byKind[record.kind] ?? 0) + 1;
    stats.byLocale[record.language] = (stats.byLocale[record.language] ?? 0) + 1;
    const perLocale = (stats.byLocaleKind[record.language] ??= {});
    perLocale[record.kind] = (perLocale[record.kind] ?? 0) + 1;
    if (!stats.largest || bytes > stats.largest.bytes)
      stats.largest = {objectID: record.objectID, bytes};
    if (bytes > maxBytes) stats.overLimit.push(record.objectID);
  }
  return stats;
}
