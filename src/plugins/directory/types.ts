/**
 * Page data produced by the directory plugin at build time and handed to the
 * route components through `createData` (never through global data, so one
 * page's JavaScript does not grow with the size of the directory).
 *
 * Text is already resolved for the locale being built: `LocalizedValue.lang`
 * says which language the text is in, and `fallback` is true when the
 * reader's locale had no translation and English is shown instead.
 */
import type {Channel} from '../../lib/schema';
import type {WeeklyInterval} from '../../lib/weeklyHours';
import type {HoursRowText} from '../../lib/weeklyHoursText';
import type {PageProvenance} from '../../lib/provenance';

/** A translatable text resolved for the current locale. */
export type LocalizedValue = {text: string; lang: string; fallback: boolean};

/** Freshness of an organisation as computed at build time. */
export type FreshnessData = {
  /** Last verification, `YYYY-MM-DD`. */
  verifiedDate: string;
  verifiedMethod: 'phone' | 'email' | 'in-person' | 'self-reported';
  reviewEveryMonths: number;
  /** Whole months between verification and the build date. */
  monthsAgo: number;
  /** When the entry becomes due for review, `YYYY-MM-DD`. */
  dueDate: string;
  /** True when the build date is past `dueDate`. */
  stale: boolean;
};

/** One organisation as listed on /directory and city hubs. */
export type OrganizationCard = {
  slug: string;
  city: string;
  cityName: string;
  name: string;
  types: string[];
  summary: LocalizedValue;
  /** BCP-47 codes spoken by staff. */
  languages: string[];
  status: 'active' | 'paused' | 'closed';
  sample: boolean;
  freshness: FreshnessData;
  /** Site path of the contact page without the locale prefix, e.g. `/directory/chicago/westside-legal-aid`; render it with `<Link>`. */
  permalink: string;
  /** The first `need-help` hotline (else phone), if any, so lists can offer one-tap calling. */
  hotline?: {kind: 'hotline' | 'phone'; value: string; hours?: string; /** The hours in the reader's words, one line. */ hoursLine?: string; alwaysOpen?: true};
};

/** Props data of `/directory`: cities and search choices, never every organisation (it must not grow with them). */
export type DirectoryPageData = {
  /** How many organisations the directory lists. */
  organizationCount: number;
  cities: {slug: string; name: string; permalink: string; organizationCount: number; staleCount: number}[];
  /** Taxonomy slugs present in the directory, in taxonomy order. */
  types: string[];
  /** BCP-47 codes present in the directory, sorted. */
  languages: string[];
};

/** A playbook as linked from city and organisation pages. */
export type PlaybookLink = {id: string; title: string; /** Language of the title (BCP-47). */ lang: string; permalink: string; topics: string[]; maturity: string; lastReviewed: string};

/** Props data of `/directory/<city>`. */
export type CityPageData = {
  slug: string;
  name: string;
  region: string;
  country: string;
  coordinates: [number, number];
  timezone: string;
  summary: LocalizedValue;
  policy?: {summary: LocalizedValue; sourceUrl: string; asOf: string};
  maintainers: string[];
  organizations: OrganizationCard[];
  playbooks: PlaybookLink[];
  staleCount: number;
  editUrl: string;
  permalink: string;
  /** Site path of /directory (src/lib/sitePaths). */
  directoryPermalink: string;
  /** Last updated (from Git), history link and citations, added by src/plugins/history. */
  provenance?: PageProvenance;
};

/** Props data of `/directory/<city>/<org>`. */
export type OrganizationPageData = OrganizationCard & {
  altNames: string[];
  /** Description rendered to safe HTML at build time (raw HTML is refused before this point). */
  descriptionHtml?: {html: string; lang: string; fallback: boolean};
  /** Channels grouped by audience in display order (`need-help` first). */
  channelGroups: {audience: string; channels: ChannelData[]}[];
  coverage: {area: LocalizedValue; counties: string[]};
  maintainers: string[];
  consent: string;
  cityPermalink: string;
  /** Site path of /directory (src/lib/sitePaths). */
  directoryPermalink: string;
  timezone: string;
  playbooks: PlaybookLink[];
  editUrl: string;
  /** Last updated (from Git), history link and citations, added by src/plugins/history. */
  provenance?: PageProvenance;
};

/**
 * A channel as shown on a contact page. `weekly` holds its opening hours as
 * weekly intervals computed at build time by the `opening_hours` library;
 * null when the schedule changes from week to week (then the page loads the library).
 */
export type ChannelData = Channel & Partial<ChannelHours>;

/** A channel's hours computed at build time: weekly intervals for "open now", and the hours in the reader's words (null: show the raw value). */
export type ChannelHours = {weekly: WeeklyInterval[] | null; hoursText: HoursRowText[] | 'always' | null};
