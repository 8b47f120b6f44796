import * as z from 'zod';
import {TAXONOMY, type TaxonomySlug} from '../taxonomy';
import {problemTextIn} from '../checks/problemTexts';
import {sortProblems} from '../problems';
import {classifyFile, coreReason, type ClassifiedFile} from './changes';
import {entryDiffLines, type EntryVersions} from './entryDiff';
import {parseMaintainers, reviewRequests, type Maintainers} from './maintainership';
import {codePath, escapeMarkdown} from './markdown';
import {commitAddressSection, type PullCommit} from './commitEmails';

/**
 * The pull-request report: one comment (found again by its hidden marker),
 * labels and review requests, computed from the validator's JSON report,
 * the list of changed files and a summary of the changed entries.
 * Pure functions: no network, no file system.
 */

/** Hidden marker that identifies the bot's one comment on a pull request. */
export const PR_REPORT_MARKER = '<!-- sanctuary-commons:pr-report -->';

/** How many problems the comment lists before saying "and N more". */
const MAX_LISTED_PROBLEMS = 150;

const text = (max: number) => z.string().max(max);

/** One problem of `npm run validate -- --format json` (see problems.ts), read as untrusted data. */
export const reportedProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: text(300),
  line: z.number().int().min(0),
  column: z.number().int().min(0),
  field: text(300),
  rule: text(80),
  message: text(2000),
  fix: text(2000),
  /** The catalogue code and values (checks/problemTexts.ts), when the problem has them. */
  code: text(80).optional(),
  values: z.record(text(80), z.union([text(2000), z.number()])).optional(),
});

/** The validator's JSON report (`npm run -s validate -- --format json`). */
export const validatorReportSchema = z.object({
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  checkedFiles: z.number().int().min(0),
  problems: z.array(reportedProblemSchema).max(20000),
});
/** A parsed validator report. */
export type ValidatorReport = z.infer<typeof validatorReportSchema>;

/** What a changed organisation, city or playbook is called, read from the pull request's version of the file. */
export const changedEntrySchema = z.object({
  file: text(300),
  name: text(300),
  /** Organisation types or playbook topics. */
  types: z.array(text(80)).max(40).default([]),
  /** Cities a playbook runs in. */
  cities: z.array(text(80)).max(200).default([]),
});
/** A changed entry's summary. */
export type ChangedEntry = z.infer<typeof changedEntrySchema>;

/**
 * The artifact the read-only `validate` workflow uploads and the
 * `pr-report` workflow reads. Everything in it came from the pull
 * request's code and is treated as untrusted data.
 */
export const prReportArtifactSchema = z.strictObject({
  version: z.literal(1),
  report: validatorReportSchema,
  entries: z.array(changedEntrySchema).max(5000),
});
/** A parsed artifact. */
export type PrReportArtifact = z.infer<typeof prReportArtifactSchema>;

/**
 * A changed file and how it changed (GitHub's `status`: added, modified, removed, renamed…).
 * A renamed file carries its previous path, which is also listed on its own as `removed`.
 */
export type ChangedFile = {file: string; status: string; previousFile?: string};
/** A city as known on the default branch (trusted). */
export type CityInfo = {name: string; maintainers: string[]; /** ISO 3166-1 alpha-2. */ country?: string};

/** Input of {@link buildPrReport}. */
export type PrReportInput = {
  changedFiles: ChangedFile[];
  report: ValidatorReport;
  entries: ChangedEntry[];
  /** Cities on the default branch, by slug: names and maintainers come from here, never from the pull request. */
  cities: ReadonlyMap<string, CityInfo>;
  /** Owner of the repository: only its teams can be asked for review. */
  owner: string;
  /** Login of the pull request's author, who cannot be asked to review their own change. */
  author?: string;
  /**
   * Both versions of each changed organisation and city file: the default branch's and the pull
   * request's (read from GitHub at the head commit, never from the artifact). When given, the names
   * and types of these files come from here, not from `entries`.
   */
  entryVersions?: EntryVersions[];
  /** Directory files left out of `entryVersions` because there were too many. */
  leftOutVersions?: number;
  /** The pull request's commits as GitHub lists them (for the e-mail address warning); omitted when unknown. */
  commits?: readonly PullCommit[];
};

/** The comment, labels and review requests for one pull request. */
export type PrReport = {
  body: string;
  labels: string[];
  /** GitHub logins to request review from. */
  reviewers: string[];
  /** Team slugs (of `owner`) to request review from. */
  teamReviewers: string[];
  /** Files that need a core maintainer, with the reason. */
  coreFiles: {file: string; reason: string}[];
};

/**
 * Builds the pull request's report.
 * @param input - changed files, validator report, entry summaries and the default branch's cities
 * @returns the comment body (starting with {@link PR_REPORT_MARKER}), labels, reviewers and core-maintainer flags
 */
export function buildPrReport(input: PrReportInput): PrReport {
  const classified = input.changedFiles.map((change) => ({...classifyFile(change.file), status: change.status}));
  const entries = entrySummaries(input);
  const changed = new Set(input.changedFiles.map((change) => change.file));
  // Only problems of changed files: the report of a run on a whole branch may contain others.
  const problems = sortProblems(input.report.problems.filter((problem) => changed.has(problem.file)));
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;

  const labels = new Set<string>();
  const cities = new Set<string>();
  for (const file of classified) {
    const entry = entries.get(file.file);
    if (file.kind === 'organization' || file.kind === 'playbook' || file.kind === 'post') labels.add(`kind:${file.kind}`);
    if (file.city) cities.add(file.city);
    const types = [...(entry?.types ?? []), ...(file.topic ? [file.topic] : [])];
    for (const type of types) if (type in TAXONOMY) labels.add(`type:${type}`);
    if (file.kind === 'playbook') for (const city of entry?.cities ?? []) if (input.cities.has(city)) cities.add(city);
  }
  for (const city of cities) labels.add(`city:${city}`);

  const coreFiles = input.changedFiles.flatMap(({file, status}) => {
    const reason = coreReason(file, status);
    return reason ? [{file, reason}] : [];
  });
  for (const city of cities) {
    if (!input.cities.has(city)) coreFiles.push({file: `directory/${city}/`, reason: 'a new city has no maintainers yet'});
  }

  // The city's maintainers, and each changed organisation's as written on the default branch (as CODEOWNERS asks).
  const maintainers: Maintainers = {users: [], teams: []};
  const add = (more: Maintainers) => {
    maintainers.users.push(...more.users);
    maintainers.teams.push(...more.teams);
  };
  for (const city of cities) add(parseMaintainers(input.cities.get(city)?.maintainers));
  for (const versions of input.entryVersions ?? []) {
    if (classifyFile(versions.previousFile ?? versions.file).kind === 'organization' && versions.before && 'data' in versions.before) add(parseMaintainers(versions.before.data.maintainers));
  }
  const {reviewers, teamReviewers} = reviewRequests(maintainers, input.owner, input.author);
  const handles = [...reviewers.map((login) => `@${login}`), ...teamReviewers.map((team) => `@${input.owner}/${team}`)];

  const body = [
    PR_REPORT_MARKER,
    '## Sanctuary Commons checks',
    '',
    errors.length
      ? `✖ **${plural(errors.length, 'problem')} to fix** in ${plural(new Set(errors.map((p) => p.file)).size, 'file')}${warnings ? ` (and ${plural(warnings, 'warning')})` : ''}. Fix them and push again: this comment updates itself.`
      : `✔ **All checks passed**${warnings ? ` (${plural(warnings, 'warning')} to look at)` : ''}.`,
    '',
    ...problemSection(problems),
    ...commitAddressSection(input.commits ?? []),
    ...elsewhereSection(input.report.problems.filter((problem) => problem.severity === 'error' && !changed.has(problem.file)).length),
    ...additionsSection(classified, entries, input.cities),
    ...entryDiffSection(input.entryVersions ?? [], input.leftOutVersions ?? 0),
    ...coreSection(coreFiles),
    ...reviewSection(handles, cities, input.cities),
    '<sub>Posted by the pr-report workflow from the read-only validate run. Run `npm run validate -- <files>` locally to see the same report.</sub>',
  ].join('\n');
  return {body, labels: [...labels].sort(), reviewers, teamReviewers, coreFiles};
}

/**
 * Name, types and city of each changed entry. A directory file whose versions were read is
 * summarised from its proposed version (GitHub's copy at the head commit); the artifact, which the
 * pull request's own code writes, only names the other files (playbooks, posts).
 */
function entrySummaries(input: PrReportInput): Map<string, ChangedEntry> {
  const entries = new Map(input.entries.map((entry) => [entry.file, entry]));
  for (const versions of input.entryVersions ?? []) {
    entries.delete(versions.file);
    const data = versions.after && 'data' in versions.after ? versions.after.data : undefined;
    if (!data || typeof data.name !== 'string') continue;
    const types = Array.isArray(data.types) ? data.types.filter((type): type is string => typeof type === 'string') : [];
    entries.set(versions.file, {file: versions.file, name: data.name.slice(0, 300), types, cities: []});
  }
  return entries;
}

/** Characters the field-by-field section may take, so the comment stays under GitHub's 65,536. */
const MAX_DIFF_CHARACTERS = 30_000;

function entryDiffSection(versions: EntryVersions[], leftOut: number): string[] {
  if (versions.length === 0) return [];
  const shown: string[] = [];
  let used = 0;
  let notShown = leftOut;
  for (const file of versions) {
    const lines = entryDiffLines(file);
    const size = lines.reduce((sum, line) => sum + line.length + 1, 0);
    if (used + size > MAX_DIFF_CHARACTERS) {
      notShown += 1;
      continue;
    }
    used += size;
    shown.push(...lines);
  }
  return [
    '### Directory entries, field by field',
    '',
    'Read from the default branch and from this pull request\'s head commit. Every contact is spelled out; phone numbers with the country they ring in and their line type. Check each changed contact with the organisation before approving.',
    '',
    ...shown,
    ...(notShown ? [`⚠ …and ${plural(notShown, 'more directory file')}, not compared here (too many for one comment): review them in the pull request's files, or split the pull request.`, ''] : []),
  ];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function problemSection(problems: ValidatorReport['problems']): string[] {
  if (problems.length === 0) return [];
  const lines: string[] = [];
  let currentFile = '';
  for (const problem of problems.slice(0, MAX_LISTED_PROBLEMS)) {
    if (problem.file !== currentFile) {
      currentFile = problem.file;
      if (lines.length) lines.push('');
      lines.push(`### ${codePath(problem.file)}`, '');
    }
    // The default branch's catalogue words a coded problem (the values come from the pull request and are escaped).
    const text = problemTextIn(problem, 'en');
    lines.push(
      `- ${problem.severity === 'error' ? '✖' : '⚠'} ${codePath(`${problem.file}:${problem.line}:${problem.column}`)} · ${codePath(problem.field)} · ${escapeMarkdown(text.message)}`,
      `  **Fix:** ${escapeMarkdown(text.fix)}`,
    );
  }
  if (problems.length > MAX_LISTED_PROBLEMS) lines.push('', `…and ${problems.length - MAX_LISTED_PROBLEMS} more: run \`npm run validate\` locally for the full list.`);
  return [...lines, ''];
}

function elsewhereSection(count: number): string[] {
  // E.g. a removed organisation that a playbook still links to: the error is in the playbook.
  return count ? [`⚠ ${plural(count, 'error')} in files this change does not touch (for example a playbook that names a removed organisation): see the validate run.`, ''] : [];
}

function additionsSection(files: (ClassifiedFile & {status: string})[], entries: Map<string, ChangedEntry>, cities: ReadonlyMap<string, CityInfo>): string[] {
  const verb = (status: string) => (status === 'added' ? 'new' : status === 'removed' ? 'removed' : 'updated');
  const lines = files.flatMap((file) => {
    const name = entries.get(file.file)?.name;
    const shown = name ? `**${escapeMarkdown(name)}**` : codePath(file.slug ?? file.file);
    const cityName = file.city ? escapeMarkdown(cities.get(file.city)?.name ?? entries.get(`directory/${file.city}/_city.yml`)?.name ?? file.city) : '';
    switch (file.kind) {
      case 'organization':
        return [`- ${verb(file.status)} organisation in ${cityName}: ${shown} (${codePath(file.file)})`];
      case 'city':
        return [`- ${verb(file.status)} city hub: ${cityName} (${codePath(file.file)})`];
      case 'playbook':
        return [`- ${verb(file.status)} playbook on ${escapeMarkdown(TAXONOMY[file.topic as TaxonomySlug] ?? file.topic ?? '')}: ${shown} (${codePath(file.file)})`];
      case 'post':
        return [`- ${verb(file.status)} field report: ${shown} (${codePath(file.file)})`];
      default:
        return [];
    }
  });
  return lines.length ? ['### What this change adds', '', ...lines, ''] : [];
}

function coreSection(coreFiles: {file: string; reason: string}[]): string[] {
  if (coreFiles.length === 0) return [];
  return ['### Needs a core maintainer', '', ...coreFiles.map(({file, reason}) => `- ${codePath(file)}: ${reason}.`), ''];
}

function reviewSection(handles: string[], cities: Set<string>, known: ReadonlyMap<string, CityInfo>): string[] {
  if (cities.size === 0) return [];
  const names = [...cities].map((city) => escapeMarkdown(known.get(city)?.name ?? city)).join(', ');
  // Handles come from the default branch's _city.yml (trusted), so they may mention people.
  return ['### Reviewers', '', handles.length ? `Review requested from the maintainers of ${names}: ${handles.join(', ')}.` : `No maintainer to request for ${names}: a core maintainer reviews this change.`, ''];
}
