import * as z from 'zod';
import {TAXONOMY, type TaxonomySlug} from '../taxonomy';
import {problemTextIn} from '../checks/problemTexts';
import {sortProblems} from '../problems';
import {reportedProblemSchema} from '../problemSchema';

import {classifyFile, coreReason, type ClassifiedFile} from './changes';
import {
  entryDiffParts,
  NO_FIELD_CHANGED,
  type EntryDiffLine,
  type EntryVersions,
} from './entryDiff';
import {
  maintainerHandles,
  parseMaintainers,
  REPLACES_ENTRY_LABEL,
  reviewRequests,
  type Maintainers,
} from './maintainership';
import {
  findDuplicates,
  IDENTITY_KIND_WORDS,
  type DuplicateMatch,
  type IdentityEntry,
} from '../checks/duplicateEntries';
import {codePath, escapeMarkdown, inlineCode} from './markdown';
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
export type CityInfo = {
  name: string;
  maintainers: string[];
  /** ISO 3166-1 alpha-2. */ country?: string;
};

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
  /**
   * The organisations on the default branch (trusted): a changed or new organisation that shares a
   * name (same city) or a contact value with one of them duplicates or replaces it, and its
   * maintainers are asked to review.
   */
  existingEntries?: readonly IdentityEntry[];
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
  const classified = input.changedFiles.map((change) => ({
    ...classifyFile(change.file),
    status: change.status,
  }));
  const entries = entrySummaries(input);
  const changed = new Set(input.changedFiles.map((change) => change.file));
  // Only problems of changed files: the report of a run on a whole branch may contain others.
  const problems = sortProblems(
    input.report.problems.filter((problem) => changed.has(problem.file)),
  );
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;

  const labels = new Set<string>();
  const cities = new Set<string>();
  for (const file of classified) {
    const entry = entries.get(file.file);
    if (file.kind === 'organization' || file.kind === 'playbook' || file.kind === 'post')
      labels.add(`kind:${file.kind}`);
    if (file.city) cities.add(file.city);
    const types = [...(entry?.types ?? []), ...(file.topic ? [file.topic] : [])];
    for (const type of types) if (type in TAXONOMY) labels.add(`type:${type}`);
    if (file.kind === 'playbook')
      for (const city of entry?.cities ?? []) if (input.cities.has(city)) cities.add(city);
  }
  for (const city of cities) labels.add(`city:${city}`);

  const coreFiles = input.changedFiles.flatMap(({file, status}) => {
    const reason = coreReason(file, status);
    return reason ? [{file, reason}] : [];
  });
  for (const city of cities) {
    if (!input.cities.has(city))
      coreFiles.push({file: `directory/${city}/`, reason: 'a new city has no maintainers yet'});
  }

  // The city's maintainers, and each changed organisation's as written on the default branch (as CODEOWNERS asks).
  const maintainers: Maintainers = {users: [], teams: []};
  const add = (more: Maintainers) => {
    maintainers.users.push(...more.users);
    maintainers.teams.push(...more.teams);
  };
  for (const city of cities) add(parseMaintainers(input.cities.get(city)?.maintainers));
  for (const versions of input.entryVersions ?? []) {
    if (
      classifyFile(versions.previousFile ?? versions.file).kind === 'organization' &&
      versions.before &&
      'data' in versions.before
    )
      add(parseMaintainers(versions.before.data.maintainers));
  }
  // A new file that duplicates an existing entry: that entry's maintainers and its city's are asked too.
  const duplicates = duplicateEntries(input.entryVersions ?? [], input.existingEntries ?? []);
  for (const {matches} of duplicates) {
    for (const match of matches) {
      add(parseMaintainers(match.maintainers));
      const city = classifyFile(match.file).city;
      if (city && !cities.has(city)) add(parseMaintainers(input.cities.get(city)?.maintainers));
    }
  }
  if (duplicates.length) labels.add(REPLACES_ENTRY_LABEL);
  const {reviewers, teamReviewers} = reviewRequests(maintainers, input.owner, input.author);
  const diff = entryDiffSection(input.entryVersions ?? [], input.leftOutVersions ?? 0);
  coreFiles.push(...diff.unshown);
  // Never "all checks passed" while a changed contact is not on the page.
  const headline = errors.length
    ? `✖ **${plural(errors.length, 'problem')} to fix** in ${plural(new Set(errors.map((p) => p.file)).size, 'file')}${warnings ? ` (and ${plural(warnings, 'warning')})` : ''}. Fix them and push again: this comment updates itself.`
    : diff.unshown.length
      ? `⚠ **The checks found no problem, but not every directory change is shown below**: a core maintainer must compare ${plural(diff.unshown.length, 'file')} by hand before this is merged (see "Needs a core maintainer").`
      : `✔ **All checks passed**${warnings ? ` (${plural(warnings, 'warning')} to look at)` : ''}.`;
  const handles = [
    ...reviewers.map((login) => `@${login}`),
    ...teamReviewers.map((team) => `@${input.owner}/${team}`),
  ];

  const body = [
    PR_REPORT_MARKER,
    '## Sanctuary Commons checks',
    '',
    headline,
    '',
    ...problemSection(problems),
    ...commitAddressSection(input.commits ?? []),
    ...elsewhereSection(
      input.report.problems.filter(
        (problem) => problem.severity === 'error' && !changed.has(problem.file),
      ).length,
    ),
    ...additionsSection(classified, entries, input.cities),
    ...duplicateSection(duplicates),
    ...diff.lines,
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
    const types = Array.isArray(data.types)
      ? data.types.filter((type): type is string => typeof type === 'string')
      : [];
    entries.set(versions.file, {
      file: versions.file,
      name: data.name.slice(0, 300),
      types,
      cities: [],
    });
  }
  return entries;
}

/**
 * Characters the field-by-field section may take, so the comment stays under GitHub's 65,536. Contact
 * changes come first and may use all of it; bulk detail (summaries, descriptions) fills what is left.
 */
const MAX_DIFF_CHARACTERS = 30_000;

/** A directory file whose changes the comment could not show in full, and why (it then needs a core maintainer). */
type Unshown = {file: string; reason: string};

/**
 * The field-by-field section. Two passes over the files: first every contact change (channels, name,
 * maintainers, anything that reads like an address or a number) of every file, then the other fields
 * while room is left. A file that could not be read, or whose contact changes do not all fit, is
 * returned as unshown: the report then names it under "Needs a core maintainer" and never says that
 * all checks passed.
 */
function entryDiffSection(
  versions: EntryVersions[],
  leftOut: number,
): {lines: string[]; unshown: Unshown[]} {
  if (versions.length === 0 && leftOut === 0) return {lines: [], unshown: []};
  const parts = versions.map(entryDiffParts);
  const size = (line: string) => line.length + 1;
  // Room for each file's blank lines and closing notes ("…and 3 other field changes not shown"), counted up front.
  let used = parts.length * 200;
  const fits = (line: string) =>
    used + size(line) <= MAX_DIFF_CHARACTERS && ((used += size(line)), true);
  const unshown: Unshown[] = [];
  // Pass 1: headings and unreadable versions, then urgent contact changes (a changed or removed value, a phone
  // number, the name) of every file, then the other contact changes; each keeps its place in its file's list.
  const shownContacts = parts.map((part) => ({
    keep: new Set<EntryDiffLine>(),
    head: fits(part.head),
    unreadable: part.unreadable.filter(fits),
  }));
  for (const urgent of [true, false]) {
    parts.forEach((part, index) => {
      for (const line of part.lines)
        if (line.contact && Boolean(line.urgent) === urgent && fits(line.text))
          shownContacts[index]!.keep.add(line);
    });
  }
  parts.forEach((part, index) => {
    const file = versions[index]!.file;
    const missing = part.lines.filter(
      (line) => line.contact && !shownContacts[index]!.keep.has(line),
    ).length;
    if (part.unreadable.length)
      unshown.push({
        file,
        reason: 'its fields could not be read and compared (see the field-by-field section)',
      });
    else if (missing || !shownContacts[index]!.head)
      unshown.push({
        file,
        reason: `${plural(missing, 'contact change')} could not be shown in this comment (too many changes for one comment); compare the file itself`,
      });
  });
  // Pass 2: the other fields, file by file, while room is left; what is cut is only counted.
  const lines: string[] = [];
  parts.forEach((part, index) => {
    const {keep, head, unreadable} = shownContacts[index]!;
    if (!head) {
      lines.push(
        `⚠ ${codePath(versions[index]!.file)}: not shown here (too many changes for one comment).`,
        '',
      );
      return;
    }
    const body: string[] = [...unreadable];
    let missing = 0;
    let cut = 0;
    for (const line of part.lines) {
      if (line.contact) {
        if (keep.has(line)) body.push(line.text);
        else missing += 1;
      } else if (fits(line.text)) {
        body.push(line.text);
      } else {
        cut += 1;
      }
    }
    if (missing)
      body.push(
        `- ⚠ **${plural(missing, 'more contact change')} not shown here**: a core maintainer compares this file itself.`,
      );
    if (cut)
      body.push(
        `- …and ${plural(cut, 'other field change')} not shown here (none of them a channel, name, maintainer or address): see the file.`,
      );
    if (body.length === 0) body.push(NO_FIELD_CHANGED);
    lines.push(part.head, '', ...body, '');
  });
  if (leftOut)
    unshown.push({
      file: 'directory/',
      reason: `${plural(leftOut, 'more directory file')} in this pull request could not be compared (more than one report compares): split the pull request, or compare them by hand`,
    });
  return {
    lines: [
      '### Directory entries, field by field',
      '',
      "Read from the default branch and from this pull request's head commit. Every contact is spelled out; phone numbers with the country they ring in and their line type. Check each changed contact with the organisation before approving.",
      '',
      ...(unshown.length
        ? [
            `⚠ **Not every change could be shown here**: ${plural(unshown.length, 'file')} listed under "Needs a core maintainer" must be compared by hand.`,
            '',
          ]
        : []),
      ...lines,
      ...(leftOut
        ? [
            `⚠ …and ${plural(leftOut, 'more directory file')}, not compared here (too many for one comment): review them in the pull request's files, or split the pull request.`,
            '',
          ]
        : []),
    ],
    unshown,
  };
}

/**
 * Each changed organisation that shares a name (same city) or a contact value with another entry on
 * the default branch, with those entries. Values the file already had on the default branch are
 * not counted again.
 */
function duplicateEntries(
  versions: readonly EntryVersions[],
  existing: readonly IdentityEntry[],
): {file: string; matches: DuplicateMatch[]}[] {
  if (existing.length === 0) return [];
  return versions.flatMap((version) => {
    const classified = classifyFile(version.file);
    if (classified.kind !== 'organization' || !version.after || !('data' in version.after))
      return [];
    const before = version.before && 'data' in version.before ? version.before.data : undefined;
    const previousCity =
      classifyFile(version.previousFile ?? version.file).city ?? classified.city!;
    const matches = findDuplicates(
      {file: version.file, city: classified.city!, data: version.after.data},
      existing,
      {
        ...(before
          ? {
              previous: {
                file: version.previousFile ?? version.file,
                city: previousCity,
                data: before,
              },
            }
          : {}),
        ignore: version.previousFile ? [version.previousFile] : [],
      },
    );
    return matches.length ? [{file: version.file, matches}] : [];
  });
}

function duplicateSection(duplicates: {file: string; matches: DuplicateMatch[]}[]): string[] {
  if (duplicates.length === 0) return [];
  const lines = duplicates.flatMap(({file, matches}) =>
    matches.slice(0, 10).map((match) => {
      const shared = match.shared
        .slice(0, 6)
        .map((item) => `${IDENTITY_KIND_WORDS[item.kind]} ${inlineCode(item.shown.slice(0, 300))}`)
        .join(', ');
      // Handles come from the default branch's file (trusted): mentioning them is the point.
      const handles = maintainerHandles(parseMaintainers(match.maintainers));
      const name = match.name
        ? `**${escapeMarkdown(match.name)}** (${codePath(match.file)})`
        : codePath(match.file);
      const who = handles.length ? `, maintained by ${handles.join(', ')}` : '';
      return `- ⚠ ${codePath(file)} shares ${shared} with ${name}${who}.`;
    }),
  );
  return [
    '### Duplicates or replaces an existing entry',
    '',
    ...lines,
    '',
    "A second file for the same organisation can replace its listed contacts without changing the file its maintainers review. The existing entry's maintainers are asked to review: do not merge without one of them, or without a core maintainer who has checked with the organisation.",
    '',
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
  if (problems.length > MAX_LISTED_PROBLEMS)
    lines.push(
      '',
      `…and ${problems.length - MAX_LISTED_PROBLEMS} more: run \`npm run validate\` locally for the full list.`,
    );
  return [...lines, ''];
}

function elsewhereSection(count: number): string[] {
  // E.g. a removed organisation that a playbook still links to: the error is in the playbook.
  return count
    ? [
        `⚠ ${plural(count, 'error')} in files this change does not touch (for example a playbook that names a removed organisation): see the validate run.`,
        '',
      ]
    : [];
}

function additionsSection(
  files: (ClassifiedFile & {status: string})[],
  entries: Map<string, ChangedEntry>,
  cities: ReadonlyMap<string, CityInfo>,
): string[] {
  const verb = (status: string) =>
    status === 'added' ? 'new' : status === 'removed' ? 'removed' : 'updated';
  const lines = files.flatMap((file) => {
    const name = entries.get(file.file)?.name;
    const shown = name ? `**${escapeMarkdown(name)}**` : codePath(file.slug ?? file.file);
    const cityName = file.city
      ? escapeMarkdown(
          cities.get(file.city)?.name ??
            entries.get(`directory/${file.city}/_city.yml`)?.name ??
            file.city,
        )
      : '';
    switch (file.kind) {
      case 'organization':
        return [
          `- ${verb(file.status)} organisation in ${cityName}: ${shown} (${codePath(file.file)})`,
        ];
      case 'city':
        return [`- ${verb(file.status)} city hub: ${cityName} (${codePath(file.file)})`];
      case 'playbook':
        return [
          `- ${verb(file.status)} playbook on ${escapeMarkdown(TAXONOMY[file.topic as TaxonomySlug] ?? file.topic ?? '')}: ${shown} (${codePath(file.file)})`,
        ];
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
  return [
    '### Needs a core maintainer',
    '',
    ...coreFiles.map(({file, reason}) => `- ${codePath(file)}: ${reason}.`),
    '',
  ];
}

function reviewSection(
  handles: string[],
  cities: Set<string>,
  known: ReadonlyMap<string, CityInfo>,
): string[] {
  if (cities.size === 0) return [];
  const names = [...cities].map((city) => escapeMarkdown(known.get(city)?.name ?? city)).join(', ');
  // Handles come from the default branch's _city.yml (trusted), so they may mention people.
  return [
    '### Reviewers',
    '',
    handles.length
      ? `Review requested from the maintainers of ${names}: ${handles.join(', ')}.`
      : `No maintainer to request for ${names}: a core maintainer reviews this change.`,
    '',
  ];
}
