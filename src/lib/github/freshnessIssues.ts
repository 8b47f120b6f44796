import type {Coalition} from '../coalition';
import {freshness} from '../freshness';
import type {GithubClient} from './client';
import {inertTitle} from './markdown';

/**
 * The freshness bot: one open issue per entry past its review date,
 * found again by a hidden marker and the `stale` label, closed once the
 * date has been bumped on the default branch.
 */

/** Label of every freshness issue. */
export const STALE_LABEL = 'stale';
/** Months between reviews of a playbook without `review_every_months`. */
export const PLAYBOOK_REVIEW_EVERY_MONTHS = 12;

/** An entry past its review date. */
export type StaleEntry = {
  /** The file, relative to the repository root; also the marker's key. */
  file: string;
  kind: 'organization' | 'playbook';
  title: string;
  /** The date to bump: `verified.date` or `last_reviewed`. */
  field: 'verified.date' | 'last_reviewed';
  lastChecked: string;
  dueDate: string;
  /** GitHub handles to mention: the entry's and its city's maintainers. */
  maintainers: string[];
  city?: string;
};

/**
 * The hidden marker of an entry's issue.
 * @param file - the entry's file
 */
export function staleMarker(file: string): string {
  return `<!-- sanctuary-commons:stale:${file} -->`;
}

/**
 * Every organisation past `verified.date + review_every_months` and every
 * playbook past `last_reviewed + review_every_months` (default 12).
 * @param coalition - the default branch's coalition
 * @param now - the reference date
 */
export function findStaleEntries(coalition: Coalition, now: Date): StaleEntry[] {
  const cityMaintainers = new Map(
    coalition.cities.map((city) => [city.slug, city.data.maintainers]),
  );
  const unique = (handles: string[]) => [...new Set(handles)];
  const organisations = coalition.organizations.flatMap((org): StaleEntry[] => {
    const fresh = freshness(org.data.verified.date, org.data.review_every_months, now);
    if (!fresh.stale) return [];
    return [
      {
        file: org.file,
        kind: 'organization',
        title: org.data.name,
        field: 'verified.date',
        lastChecked: org.data.verified.date,
        dueDate: fresh.dueDate,
        city: org.city,
        maintainers: unique([...org.data.maintainers, ...(cityMaintainers.get(org.city) ?? [])]),
      },
    ];
  });
  const playbooks = coalition.playbooks.flatMap((playbook): StaleEntry[] => {
    const {
      last_reviewed: lastReviewed,
      review_every_months: every = PLAYBOOK_REVIEW_EVERY_MONTHS,
      cities,
    } = playbook.frontMatter;
    const fresh = freshness(lastReviewed, every, now);
    if (!fresh.stale) return [];
    return [
      {
        file: playbook.file,
        kind: 'playbook',
        title: playbook.frontMatter.title,
        field: 'last_reviewed',
        lastChecked: lastReviewed,
        dueDate: fresh.dueDate,
        maintainers: unique(cities.flatMap((city) => cityMaintainers.get(city) ?? [])),
      },
    ];
  });
  return [...organisations, ...playbooks].sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Title and body of an entry's issue. Names come from merged content on the default branch.
 * @param entry - the stale entry
 */
export function staleIssue(entry: StaleEntry): {title: string; body: string; labels: string[]} {
  const what = entry.kind === 'organization' ? 'organisation' : 'playbook';
  return {
    title: `Review due: ${inertTitle(entry.title, 120)}`,
    labels: [STALE_LABEL, `kind:${entry.kind}`, ...(entry.city ? [`city:${entry.city}`] : [])],
    body: [
      staleMarker(entry.file),
      `The ${what} \`${entry.file}\` was last checked on ${entry.lastChecked} and was due for review on ${entry.dueDate}.`,
      '',
      entry.kind === 'organization'
        ? 'Please call or write to the organisation, correct anything that changed (channels, hours, status), then set `verified.date` to the day you checked and `verified.method` to how.'
        : 'Please read the playbook again with the people who run it, update what changed, and set `last_reviewed` to the day you reviewed it.',
      'If the organisation has closed or asked to be removed, delete the file and add its slug to `directory/_tombstones.yml`.',
      '',
      `This issue closes itself once \`${entry.field}\` is updated on the default branch.`,
      '',
      entry.maintainers.length
        ? `Maintainers: ${entry.maintainers.join(' ')}`
        : 'No maintainer is listed: a core maintainer picks this up.',
    ].join('\n'),
  };
}

/** What a sync did. */
export type FreshnessSyncResult = {opened: string[]; kept: string[]; closed: number[]};

/**
 * Opens an issue for each stale entry without one, keeps existing ones,
 * and closes open `stale` issues whose entry is fresh again (or gone).
 * @param octokit - the GitHub client (issues: write)
 * @param repository - owner and repo
 * @param stale - from {@link findStaleEntries}
 */
export async function syncFreshnessIssues(
  octokit: GithubClient,
  repository: {owner: string; repo: string},
  stale: StaleEntry[],
): Promise<FreshnessSyncResult> {
  const {owner, repo} = repository;
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: STALE_LABEL,
    per_page: 100,
  });
  const byFile = new Map<string, number>();
  for (const issue of open) {
    if (issue.pull_request) continue;
    const match = /<!-- sanctuary-commons:stale:([^\s]+) -->/.exec(issue.body ?? '');
    if (match && !byFile.has(match[1]!)) byFile.set(match[1]!, issue.number);
  }
  const result: FreshnessSyncResult = {opened: [], kept: [], closed: []};
  for (const entry of stale) {
    if (byFile.has(entry.file)) {
      result.kept.push(entry.file);
      continue;
    }
    await octokit.rest.issues.create({owner, repo, ...staleIssue(entry)});
    result.opened.push(entry.file);
  }
  const staleFiles = new Set(stale.map((entry) => entry.file));
  for (const [file, number] of byFile) {
    if (staleFiles.has(file)) continue;
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body: `\`${file}\` is up to date on the default branch (or was removed): closing. Thank you!`,
    });
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'completed',
    });
    result.closed.push(number);
  }
  return result;
}
