/**
 * Translated labels for the coalition's controlled vocabularies, plus small
 * formatting helpers shared by the directory pages, the playbook metadata
 * panel and the home page.
 *
 * Every label is a static `translate()` call so `docusaurus write-translations`
 * extracts it into `i18n/<locale>/code.json`. The maps are typed against the
 * vocabularies in `src/lib/taxonomy.ts`, so adding a term there makes the
 * type checker point here; an unknown slug still falls back to its English
 * label (or to the slug itself).
 */
import {translate} from '@docusaurus/Translate';
import {
  TAXONOMY,
  type CHANNEL_AUDIENCES,
  type CHANNEL_KINDS,
  type MATURITY_LEVELS,
  type ORGANIZATION_STATUSES,
  type PLAYBOOK_AUDIENCES,
  type TaxonomySlug,
  type VERIFICATION_METHODS,
} from '@site/src/lib/taxonomy';

type LabelMap<K extends string> = Record<K, () => string>;

const TAXONOMY_LABELS: LabelMap<TaxonomySlug> = {
  'rapid-response': () => translate({id: 'taxonomy.rapid-response', message: 'Rapid response', description: 'Taxonomy label: organisation type / playbook topic'}),
  'alert-network': () => translate({id: 'taxonomy.alert-network', message: 'Alert network', description: 'Taxonomy label: organisation type / playbook topic'}),
  'legal-aid': () => translate({id: 'taxonomy.legal-aid', message: 'Legal aid', description: 'Taxonomy label: organisation type / playbook topic'}),
  'know-your-rights': () => translate({id: 'taxonomy.know-your-rights', message: 'Know your rights', description: 'Taxonomy label: organisation type / playbook topic'}),
  accompaniment: () => translate({id: 'taxonomy.accompaniment', message: 'Accompaniment', description: 'Taxonomy label: organisation type / playbook topic'}),
  'detention-support': () => translate({id: 'taxonomy.detention-support', message: 'Detention support', description: 'Taxonomy label: organisation type / playbook topic'}),
  'bond-fund': () => translate({id: 'taxonomy.bond-fund', message: 'Bond fund', description: 'Taxonomy label: organisation type / playbook topic'}),
  'sanctuary-congregation': () => translate({id: 'taxonomy.sanctuary-congregation', message: 'Sanctuary congregation', description: 'Taxonomy label: organisation type / playbook topic'}),
  'mutual-aid': () => translate({id: 'taxonomy.mutual-aid', message: 'Mutual aid', description: 'Taxonomy label: organisation type / playbook topic'}),
  'business-solidarity': () => translate({id: 'taxonomy.business-solidarity', message: 'Business solidarity', description: 'Taxonomy label: organisation type / playbook topic'}),
  'schools-childcare': () => translate({id: 'taxonomy.schools-childcare', message: 'Schools and childcare', description: 'Taxonomy label: organisation type / playbook topic'}),
  health: () => translate({id: 'taxonomy.health', message: 'Health', description: 'Taxonomy label: organisation type / playbook topic'}),
  housing: () => translate({id: 'taxonomy.housing', message: 'Housing', description: 'Taxonomy label: organisation type / playbook topic'}),
  'digital-security': () => translate({id: 'taxonomy.digital-security', message: 'Digital security', description: 'Taxonomy label: organisation type / playbook topic'}),
  'policy-advocacy': () => translate({id: 'taxonomy.policy-advocacy', message: 'Policy advocacy', description: 'Taxonomy label: organisation type / playbook topic'}),
  coalition: () => translate({id: 'taxonomy.coalition', message: 'Coalition', description: 'Taxonomy label: organisation type / playbook topic'}),
};

/** The translated label of a taxonomy slug (organisation type or playbook topic). */
export function taxonomyLabel(slug: string): string {
  const label = (TAXONOMY_LABELS as Record<string, (() => string) | undefined>)[slug];
  return label ? label() : ((TAXONOMY as Record<string, string>)[slug] ?? slug);
}

/** Whether a string is a taxonomy slug. */
export function isTaxonomySlug(value: string): value is TaxonomySlug {
  return Object.prototype.hasOwnProperty.call(TAXONOMY, value);
}

const CHANNEL_AUDIENCE_LABELS: LabelMap<(typeof CHANNEL_AUDIENCES)[number]> = {
  'need-help': () => translate({id: 'directory.audience.need-help', message: 'Need help', description: 'Heading of the contact channels for people who need help'}),
  volunteer: () => translate({id: 'directory.audience.volunteer', message: 'Volunteer', description: 'Heading of the contact channels for volunteers'}),
  press: () => translate({id: 'directory.audience.press', message: 'Press', description: 'Heading of the contact channels for journalists'}),
  partners: () => translate({id: 'directory.audience.partners', message: 'Partner organisations', description: 'Heading of the contact channels for partner organisations'}),
  general: () => translate({id: 'directory.audience.general', message: 'General enquiries', description: 'Heading of the general contact channels'}),
};

/** The translated heading of a channel audience. */
export function channelAudienceLabel(audience: string): string {
  const label = (CHANNEL_AUDIENCE_LABELS as Record<string, (() => string) | undefined>)[audience];
  return label ? label() : audience;
}

const CHANNEL_KIND_LABELS: LabelMap<(typeof CHANNEL_KINDS)[number]> = {
  hotline: () => translate({id: 'directory.channel.hotline', message: 'Hotline', description: 'Kind of contact channel'}),
  phone: () => translate({id: 'directory.channel.phone', message: 'Phone', description: 'Kind of contact channel'}),
  email: () => translate({id: 'directory.channel.email', message: 'Email', description: 'Kind of contact channel'}),
  website: () => translate({id: 'directory.channel.website', message: 'Website', description: 'Kind of contact channel'}),
  form: () => translate({id: 'directory.channel.form', message: 'Online form', description: 'Kind of contact channel'}),
  'signal-username': () => translate({id: 'directory.channel.signal-username', message: 'Signal', description: 'Kind of contact channel (the Signal messenger)'}),
};

/** The translated name of a channel kind. */
export function channelKindLabel(kind: string): string {
  const label = (CHANNEL_KIND_LABELS as Record<string, (() => string) | undefined>)[kind];
  return label ? label() : kind;
}

const STATUS_LABELS: LabelMap<(typeof ORGANIZATION_STATUSES)[number]> = {
  active: () => translate({id: 'directory.status.active', message: 'Active', description: 'Organisation status'}),
  paused: () => translate({id: 'directory.status.paused', message: 'Paused', description: 'Organisation status: temporarily not operating'}),
  closed: () => translate({id: 'directory.status.closed', message: 'Closed', description: 'Organisation status: no longer operating'}),
};

/** The translated organisation status. */
export function statusLabel(status: string): string {
  const label = (STATUS_LABELS as Record<string, (() => string) | undefined>)[status];
  return label ? label() : status;
}

const METHOD_LABELS: LabelMap<(typeof VERIFICATION_METHODS)[number]> = {
  phone: () => translate({id: 'directory.verifiedMethod.phone', message: 'by phone', description: 'How an entry was verified, completes "Verified 2 months ago (…)"'}),
  email: () => translate({id: 'directory.verifiedMethod.email', message: 'by email', description: 'How an entry was verified, completes "Verified 2 months ago (…)"'}),
  'in-person': () => translate({id: 'directory.verifiedMethod.in-person', message: 'in person', description: 'How an entry was verified, completes "Verified 2 months ago (…)"'}),
  'self-reported': () => translate({id: 'directory.verifiedMethod.self-reported', message: 'self-reported', description: 'How an entry was verified, completes "Verified 2 months ago (…)"'}),
};

/** The translated verification method, phrased to follow "Verified N months ago". */
export function verifiedMethodLabel(method: string): string {
  const label = (METHOD_LABELS as Record<string, (() => string) | undefined>)[method];
  return label ? label() : method;
}

const MATURITY_LABELS: LabelMap<(typeof MATURITY_LEVELS)[number]> = {
  idea: () => translate({id: 'playbook.maturity.idea', message: 'Idea', description: 'Playbook maturity: not yet tried'}),
  piloted: () => translate({id: 'playbook.maturity.piloted', message: 'Piloted', description: 'Playbook maturity: tried at least once'}),
  proven: () => translate({id: 'playbook.maturity.proven', message: 'Proven', description: 'Playbook maturity: practised over time'}),
};

/** The translated playbook maturity. */
export function maturityLabel(maturity: string): string {
  const label = (MATURITY_LABELS as Record<string, (() => string) | undefined>)[maturity];
  return label ? label() : maturity;
}

const PLAYBOOK_AUDIENCE_LABELS: LabelMap<(typeof PLAYBOOK_AUDIENCES)[number]> = {
  organisers: () => translate({id: 'playbook.audience.organisers', message: 'Organisers', description: 'Playbook audience'}),
  schools: () => translate({id: 'playbook.audience.schools', message: 'Schools', description: 'Playbook audience'}),
  childcare: () => translate({id: 'playbook.audience.childcare', message: 'Childcare', description: 'Playbook audience'}),
  congregations: () => translate({id: 'playbook.audience.congregations', message: 'Congregations', description: 'Playbook audience'}),
  businesses: () => translate({id: 'playbook.audience.businesses', message: 'Businesses', description: 'Playbook audience'}),
  families: () => translate({id: 'playbook.audience.families', message: 'Families', description: 'Playbook audience'}),
  legal: () => translate({id: 'playbook.audience.legal', message: 'Legal professionals', description: 'Playbook audience'}),
  volunteers: () => translate({id: 'playbook.audience.volunteers', message: 'Volunteers', description: 'Playbook audience'}),
};

/** The translated playbook audience. */
export function playbookAudienceLabel(audience: string): string {
  const label = (PLAYBOOK_AUDIENCE_LABELS as Record<string, (() => string) | undefined>)[audience];
  return label ? label() : audience;
}

export {languageName} from '@site/src/lib/languageNames';

/**
 * The name of an ISO 3166-1 country code in the reader's locale (`US` → "United States");
 * the code itself when unknown. Render with `suppressHydrationWarning`.
 */
export function regionName(code: string, locale: string): string {
  try {
    return intlFormatter(`region\u0000${locale}`, () => new Intl.DisplayNames([locale], {type: 'region', fallback: 'code'})).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Formatters made once per kind and locale: making one costs tens of microseconds, on each of thousands of pages. */
const formatters = new Map<string, unknown>();

/**
 * An `Intl` formatter, made once per key in a process (or page).
 * @param key - kind and locale, e.g. `date\0es`
 * @param make - makes the formatter; a RangeError it throws (unknown locale) is not cached
 */
export function intlFormatter<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A calendar date (`YYYY-MM-DD`) formatted for the reader's locale, read in UTC
 * so the day never shifts. Wrap in `<time dateTime={iso} suppressHydrationWarning>`.
 */
export function formatDate(iso: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  try {
    const format = intlFormatter(`date\u0000${locale}`, () => new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}));
    return format.format(new Date(`${iso}T00:00:00Z`));
  } catch {
    return iso;
  }
}

/**
 * A human-readable phone number without a phone library: North American
 * (+1) numbers as `(612) 555-0142`, anything else as stored (E.164).
 */
/**
 * A phone extension as shown after the number, e.g. "ext. 204" (translated).
 * @param extension - the digits
 */
export function extensionLabel(extension: string): string {
  return translate({id: 'directory.channel.extension', message: 'ext. {extension}', description: 'A phone extension shown after the number; {extension} is its digits, e.g. 204'}, {extension});
}

/**
 * A phone number for reading, with its extension: "(612) 555-0142 ext. 204".
 * A number of another country keeps its country code ("+1 876 555 1234"): "(876) 555-1234" would look domestic.
 * @param e164 - the number
 * @param extension - digits dialled after it, if any
 * @param international - set when the number is not of the city's country: its grouped international form is shown
 */
export function phoneText(e164: string, extension?: string, international?: {number: string}): string {
  const number = international ? international.number : formatPhone(e164);
  return extension ? `${number} ${extensionLabel(extension)}` : number;
}

export function formatPhone(e164: string): string {
  const match = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : e164;
}
