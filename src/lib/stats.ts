import type {Coalition} from './coalition';
import {monthsSince} from './freshness';
import type {GitHistory, UnavailableReason} from './gitHistory';
import {MATURITY_LEVELS, TAXONOMY_SLUGS} from './taxonomy';

/**
 * The coalition's shape in numbers for `/stats`: organisations by city and
 * type, languages served, playbooks by topic and maturity, freshness, and
 * growth over time from Git. Pure: the caller passes the loaded coalition,
 * the Git history and the build date.
 */

/** One bar: a key (slug, BCP-47 code, month…), an optional display name, a count. */
export type Count = {key: string; label?: string; count: number};

/** Entries verified (organisations) or reviewed (playbooks) in the last 6 and 12 months. */
export type FreshnessShare = {total: number; within6: number; within12: number};

/** Entries present at the end of each month (`YYYY-MM`), from additions and deletions in Git. */
export type GrowthPoint = {month: string; organizations: number; playbooks: number; cities: number};

/** Everything `/stats` shows. */
export type StatsData = {
  /** Build date, `YYYY-MM-DD`. */
  builtOn: string;
  totals: {organizations: number; cities: number; playbooks: number; languages: number};
  organizationsByCity: Count[];
  organizationsByType: Count[];
  languages: Count[];
  playbooksByTopic: Count[];
  playbooksByMaturity: Count[];
  freshness: {organizations: FreshnessShare; playbooks: FreshnessShare};
  growth: {available: true; points: GrowthPoint[]} | {available: false; reason: UnavailableReason};
};

const ORGANIZATION_FILE = /^directory\/[^/]+\/(?!_city\.yml$)[^/]+\.yml$/;
const CITY_FILE = /^directory\/[^/]+\/_city\.yml$/;
const PLAYBOOK_FILE = /^docs\/playbooks\/[^/]+\/[^/]+\.md$/;

/** Counts of `keys`, largest first, ties by key. */
function tally(keys: string[]): Count[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({key, count}))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Counts in a fixed order (taxonomy, maturity levels), keeping only keys that occur. */
function inOrder(order: readonly string[], keys: string[]): Count[] {
  const counts = new Map(tally(keys).map((entry) => [entry.key, entry.count]));
  return order.filter((key) => counts.has(key)).map((key) => ({key, count: counts.get(key)!}));
}

function freshnessShare(dates: string[], now: Date): FreshnessShare {
  const months = dates.map((date) => monthsSince(date, now));
  return {
    total: dates.length,
    within6: months.filter((m) => m < 6).length,
    within12: months.filter((m) => m < 12).length,
  };
}

/** `YYYY-MM` months from `first` to `last` inclusive. */
function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const end = last;
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/**
 * Entries at the end of each month, from the first addition to the build month.
 * @param history - Git history of the content folder
 * @param now - build date
 */
export function growth(history: GitHistory, now: Date): StatsData['growth'] {
  if (!history.available) return {available: false, reason: history.reason};
  const kinds = [
    ['organizations', ORGANIZATION_FILE],
    ['playbooks', PLAYBOOK_FILE],
    ['cities', CITY_FILE],
  ] as const;
  const deltas = new Map<string, Omit<GrowthPoint, 'month'>>();
  for (const event of history.events) {
    const kind = kinds.find(([, pattern]) => pattern.test(event.path))?.[0];
    if (!kind) continue;
    const month = new Date(event.date).toISOString().slice(0, 7);
    const delta = deltas.get(month) ?? {organizations: 0, playbooks: 0, cities: 0};
    delta[kind] += event.change === 'added' ? 1 : -1;
    deltas.set(month, delta);
  }
  if (deltas.size === 0) return {available: true, points: []};
  const months = [...deltas.keys()].sort();
  const running = {organizations: 0, playbooks: 0, cities: 0};
  const points = monthRange(months[0]!, now.toISOString().slice(0, 7)).map((month) => {
    const delta = deltas.get(month);
    if (delta) for (const [kind] of kinds) running[kind] += delta[kind];
    return {month, ...running};
  });
  return {available: true, points};
}

/**
 * All statistics of the coalition.
 * @param coalition - the loaded coalition (only entries that passed validation count)
 * @param history - Git history of the content folder, for growth over time
 * @param now - build date, for freshness
 */
export function coalitionStats(coalition: Coalition, history: GitHistory, now: Date): StatsData {
  const cityNames = new Map(coalition.cities.map((city) => [city.slug, city.data.name]));
  const organizations = coalition.organizations.filter((org) => cityNames.has(org.city));
  const languages = tally(organizations.flatMap((org) => [...new Set(org.data.languages)]));
  return {
    builtOn: now.toISOString().slice(0, 10),
    totals: {
      organizations: organizations.length,
      cities: coalition.cities.length,
      playbooks: coalition.playbooks.length,
      languages: languages.length,
    },
    organizationsByCity: tally(organizations.map((org) => org.city)).map((entry) => ({
      ...entry,
      label: cityNames.get(entry.key),
    })),
    organizationsByType: inOrder(
      TAXONOMY_SLUGS,
      organizations.flatMap((org) => org.data.types),
    ),
    languages,
    playbooksByTopic: inOrder(
      TAXONOMY_SLUGS,
      coalition.playbooks.flatMap((playbook) => playbook.frontMatter.topics),
    ),
    playbooksByMaturity: inOrder(
      MATURITY_LEVELS,
      coalition.playbooks.map((playbook) => playbook.frontMatter.maturity),
    ),
    freshness: {
      organizations: freshnessShare(
        organizations.map((org) => org.data.verified.date),
        now,
      ),
      playbooks: freshnessShare(
        coalition.playbooks.map((playbook) => playbook.frontMatter.last_reviewed),
        now,
      ),
    },
    growth: growth(history, now),
  };
}
