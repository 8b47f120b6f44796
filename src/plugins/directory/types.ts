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
import type {QrDrawing} from '../../lib/qrCode';

/** A translatable text resolved for the current locale (defined beside `localize`, which makes it). */
import type {LocalizedValue} from '../../lib/i18n/localize';
export type {LocalizedValue};

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
  hotline?: {
    kind: 'hotline' | 'phone';
    value: string;
    /** Digits dialled after the number. */
    extension?: string;
    /** The channel's own short name. */
    label?: string;
    hours?: string;
    /** BCP-47 codes of the languages this line answers in, when the channel names its own. */
    languages?: string[];
    /** The hours in the reader's words, one line. */
    hoursLine?: string;
    alwaysOpen?: true;
    /** Set when the number is not of the city's country: the card says the call is international. */
    international?: InternationalCall;
  };
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
  /** GitHub's "Report an outdated or wrong entry" form, filled in with this city hub. */
  reportUrl: string;
  permalink: string;
  /** Site path of /directory (src/lib/sitePaths). */
  directoryPermalink: string;
  /** Last updated (from Git), history link and citations, added by src/plugins/history. */
  provenance?: PageProvenance;
  /** What the printed pocket card needs beyond the page's data, added by the directory plugin. */
  pocketCard?: PocketCardData;
};

/** The printed pocket card of a city page: the page's absolute address, its QR code (drawn at build time), the build date. */
export type PocketCardData = {
  /** Absolute address of the city page in this locale, e.g. `https://example.org/commons/es/directory/chicago`. */
  url: string;
  /** QR code of `url` (src/lib/qrCode.ts). */
  qr: QrDrawing;
  /** The build date, `YYYY-MM-DD`: the details on the card are as of this day. */
  asOf: string;
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
  /** GitHub's "Report an outdated or wrong entry" form, filled in with this organisation. */
  reportUrl: string;
  /** Last updated (from Git), history link and citations, added by src/plugins/history. */
  provenance?: PageProvenance;
};

/**
 * A channel as shown on a contact page. `weekly` holds its opening hours as
 * weekly intervals computed at build time by the `opening_hours` library;
 * null when the schedule changes from week to week (then the page loads the library).
 */
export type ChannelData = Omit<Channel, 'international'> & Partial<ChannelHours> & {international?: InternationalCall};

/**
 * A phone number that is not of the city's country, which the entry lists with a reason
 * (`international` in the YAML, safety rule 11): the page says that the call is international, and why.
 */
export type InternationalCall = {
  /** Why people in the city must call it, in the reader's language or in English. */
  reason: LocalizedValue;
  /** ISO 3166-1 alpha-2 country the number rings in, e.g. `MX`; undefined for numbers of no country (+800…). */
  country?: string;
  /** The number grouped for reading with its country code, e.g. `+52 55 1234 5678`: never shown as a domestic number. */
  number: string;
};

/** A channel's hours computed at build time: weekly intervals for "open now", and the hours in the reader's words (null: show the raw value). */
export type ChannelHours = {weekly: WeeklyInterval[] | null; hoursText: HoursRowText[] | 'always' | null};
