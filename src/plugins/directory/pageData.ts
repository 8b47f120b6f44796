import {freshness} from '../../lib/freshness';
import {weeklyIntervals} from '../../lib/weeklyHours';
import {compactHoursLine, hoursRowsText, weeklyRows} from '../../lib/weeklyHoursText';
import type {Coalition, LoadedOrganization} from '../../lib/coalition';
import type {Channel} from '../../lib/schema';
import {describePhone} from '../../lib/rules/phone';
import {CHANNEL_AUDIENCES, TAXONOMY_SLUGS} from '../../lib/taxonomy';
import {reportProblemUrl} from '../../lib/reportProblemUrl';
import {renderDescription} from './descriptionHtml';
import {playbookListItem} from '../pageLinks';
import {createSitePaths, type SitePaths} from '../../lib/sitePaths';
import type {ChannelData, ChannelHours, CityPageData, InternationalCall, DirectoryPageData, OrganizationCard, OrganizationPageData, PlaybookLink} from './types';

/**
 * Builds the page data of the directory routes from the loaded coalition,
 * for one locale. Pure: no file system, no Docusaurus.
 */

/** Inputs shared by every page of one locale. */
export type PageDataContext = {
  coalition: Coalition;
  locale: string;
  /** The directory's route base path, e.g. `directory` (paths are built by src/lib/sitePaths). */
  routeBasePath: string;
  /** Prefix of edit links, e.g. `https://github.com/org/repo/edit/main/`. */
  editUrlBase: string;
  /** Web address of the repository, for "Report a problem" links, e.g. `https://github.com/org/repo`. */
  repositoryUrl: string;
  now: Date;
};

// Picks the text for a locale, falling back to English; shared with the search indexer (src/lib/search/algolia).
import {localize} from '../../lib/i18n/localize';
export {localize};

/** The site paths of a page context. */
function pathsOf(context: PageDataContext): SitePaths {
  return createSitePaths({directory: context.routeBasePath});
}

function playbookLinks(coalition: Coalition, locale: string, keep: (playbook: Coalition['playbooks'][number]) => boolean, paths: SitePaths): PlaybookLink[] {
  return playbooksWhere(coalition, keep).map((playbook) => {
    const {id, title, lang, permalink, maturity, lastReviewed} = playbookListItem(coalition, locale, playbook, paths);
    return {id, title, lang, permalink, topics: playbook.frontMatter.topics, maturity, lastReviewed};
  });
}

function playbooksWhere(coalition: Coalition, keep: (playbook: Coalition['playbooks'][number]) => boolean): Coalition['playbooks'] {
  return coalition.playbooks.filter(keep);
}

/** Schedules already read, per locale: many channels share a few schedules, and parsing one costs milliseconds. */
const hoursCache = new Map<string, ChannelHours>();

/**
 * A schedule as weekly intervals (for "open now") and in the reader's words:
 * rows, `always`, or null when only the raw value says it well. Computed once
 * per schedule and locale in a process.
 */
function readableHours(hours: string, locale: string): ChannelHours {
  const key = `${locale}\u0000${hours}`;
  let readable = hoursCache.get(key);
  if (!readable) {
    const weekly = weeklyIntervals(hours);
    const rows = weekly ? weeklyRows(weekly) : null;
    readable = {weekly, hoursText: rows === 'always' || rows === null ? rows : hoursRowsText(rows, locale)};
    hoursCache.set(key, readable);
  }
  return readable;
}

/** A card's hotline hours in the reader's words, on one line (absent when only the raw value says them well). */
function cardHours(hours: string | undefined, locale: string): {hoursLine?: string; alwaysOpen?: true} {
  const text = hours ? readableHours(hours, locale).hoursText : null;
  if (text === 'always') return {alwaysOpen: true};
  return text ? {hoursLine: compactHoursLine(text)} : {};
}

/** Cards already made, per page context (one context per locale): each card is computed once per locale. */
const cardCache = new WeakMap<PageDataContext, Map<LoadedOrganization, OrganizationCard>>();

/** What a page says about a number listed as international (safety rule 11), in the reader's language. */
function internationalCall(channel: Channel, locale: string): {international?: InternationalCall} {
  if (!channel.international) return {};
  const facts = describePhone(channel.value);
  return {international: {reason: localize(channel.international, locale), ...(facts.country ? {country: facts.country} : {}), number: facts.international}};
}

/** A channel as its page shows it: hours in words, and an international number said to be one. */
function channelData(channel: Channel, locale: string): ChannelData {
  const {international, ...rest} = channel;
  return {...rest, ...(channel.hours ? readableHours(channel.hours, locale) : {}), ...(international ? internationalCall(channel, locale) : {})};
}

function card(org: LoadedOrganization, context: PageDataContext): OrganizationCard {
  let cards = cardCache.get(context);
  if (!cards) {
    cards = new Map();
    cardCache.set(context, cards);
  }
  let made = cards.get(org);
  if (!made) {
    made = makeCard(org, context);
    cards.set(org, made);
  }
  return made;
}

function makeCard(org: LoadedOrganization, context: PageDataContext): OrganizationCard {
  const {data} = org;
  const city = context.coalition.cities.find((candidate) => candidate.slug === org.city);
  const fresh = freshness(data.verified.date, data.review_every_months, context.now);
  const hotline = data.channels.find((channel) => channel.kind === 'hotline' && channel.audience === 'need-help')
    ?? data.channels.find((channel) => (channel.kind === 'hotline' || channel.kind === 'phone') && channel.audience === 'need-help');
  return {
    slug: org.slug,
    city: org.city,
    cityName: city?.data.name ?? org.city,
    name: data.name,
    types: data.types,
    summary: localize(data.summary, context.locale),
    languages: data.languages,
    status: data.status,
    sample: data.sample === true,
    freshness: {
      verifiedDate: data.verified.date,
      verifiedMethod: data.verified.method,
      reviewEveryMonths: data.review_every_months,
      ...fresh,
    },
    permalink: pathsOf(context).organization(org.city, org.slug),
    hotline: hotline ? {kind: hotline.kind === 'hotline' ? 'hotline' : 'phone', value: hotline.value, ...(hotline.extension ? {extension: hotline.extension} : {}), ...(hotline.label ? {label: hotline.label} : {}), hours: hotline.hours, ...(hotline.languages?.length ? {languages: hotline.languages} : {}), ...cardHours(hotline.hours, context.locale), ...internationalCall(hotline, context.locale)} : undefined,
  };
}

/**
 * Data of the `/directory` page.
 * @param context - coalition, locale and build date
 */
export function directoryPageData(context: PageDataContext): DirectoryPageData {
  const {coalition} = context;
  const organizations = coalition.organizations.map((org) => card(org, context));
  const present = new Set(organizations.flatMap((org) => org.types));
  return {
    organizationCount: organizations.length,
    cities: coalition.cities
      .map((city) => {
        const cards = organizations.filter((org) => org.city === city.slug);
        return {slug: city.slug, name: city.data.name, permalink: pathsOf(context).city(city.slug), organizationCount: cards.length, staleCount: cards.filter((org) => org.freshness.stale).length};
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    types: TAXONOMY_SLUGS.filter((slug) => present.has(slug)),
    languages: [...new Set(organizations.flatMap((org) => org.languages))].sort(),
  };
}

/**
 * Data of one city hub.
 * @param context - coalition, locale and build date
 * @param slug - the city's folder name
 * @throws Error when the city does not exist
 */
export function cityPageData(context: PageDataContext, slug: string): CityPageData {
  const city = context.coalition.cities.find((candidate) => candidate.slug === slug);
  if (!city) throw new Error(`Unknown city ${slug}`);
  const organizations = context.coalition.organizations.filter((org) => org.city === slug).map((org) => card(org, context)).sort((a, b) => a.name.localeCompare(b.name));
  return {
    slug,
    name: city.data.name,
    region: city.data.region,
    country: city.data.country,
    coordinates: city.data.coordinates,
    timezone: city.data.timezone,
    summary: localize(city.data.summary, context.locale),
    policy: city.data.policy && {summary: localize(city.data.policy.summary, context.locale), sourceUrl: city.data.policy.source_url, asOf: city.data.policy.as_of},
    maintainers: city.data.maintainers,
    organizations,
    playbooks: playbookLinks(context.coalition, context.locale, (playbook) => playbook.frontMatter.cities.includes(slug), pathsOf(context)),
    staleCount: organizations.filter((org) => org.freshness.stale).length,
    editUrl: `${context.editUrlBase}${city.file}`,
    reportUrl: reportProblemUrl(context.repositoryUrl, {name: city.data.name, file: city.file, pagePath: pathsOf(context).city(slug)}),
    permalink: pathsOf(context).city(slug),
    directoryPermalink: pathsOf(context).directory(),
  };
}

/**
 * Data of one organisation's contact page.
 * @param context - coalition, locale and build date
 * @param org - the organisation
 */
export function organizationPageData(context: PageDataContext, org: LoadedOrganization): OrganizationPageData {
  const {data} = org;
  const city = context.coalition.cities.find((candidate) => candidate.slug === org.city);
  const description = data.description && localize(data.description, context.locale);
  return {
    ...card(org, context),
    altNames: data.alt_names ?? [],
    descriptionHtml: description && {html: renderDescription(description.text), lang: description.lang, fallback: description.fallback},
    channelGroups: CHANNEL_AUDIENCES.map((audience) => ({
      audience,
      channels: data.channels
        .filter((channel) => channel.audience === audience)
        .map((channel) => channelData(channel, context.locale)),
    })).filter((group) => group.channels.length > 0),
    coverage: {area: localize(data.coverage.area, context.locale), counties: data.coverage.counties ?? []},
    maintainers: data.maintainers,
    consent: data.consent,
    cityPermalink: pathsOf(context).city(org.city),
    directoryPermalink: pathsOf(context).directory(),
    timezone: city?.data.timezone ?? 'UTC',
    playbooks: playbookLinks(context.coalition, context.locale, (playbook) => playbook.frontMatter.organizations.includes(org.slug), pathsOf(context)),
    editUrl: `${context.editUrlBase}${org.file}`,
    reportUrl: reportProblemUrl(context.repositoryUrl, {name: data.name, file: org.file, pagePath: pathsOf(context).organization(org.city, org.slug)}),
  };
}
