import type {GithubClient} from './client';
import type {Problem} from '../problems';
import {entryDiffLines} from './entryDiff';
import {readCheckoutOrganisations, readCheckoutVersion, readEntryVersion} from './entryVersions';
import {classifyFile} from './changes';
import {findDuplicates, IDENTITY_KIND_WORDS, type DuplicateMatch} from '../checks/duplicateEntries';
import {
  APPROVED_LABEL,
  organisationFromIssue,
  parseIssueFormBody,
  validateProposedEntry,
} from './issueForm';
import type {FormProblem, ProposedEntry} from './issueForm';
import {formProblem} from './issueFormBody';
import {
  isMaintainer,
  maintainerHandles,
  parseMaintainers,
  REPLACES_ENTRY_LABEL,
  reviewRequests,
  type Maintainers,
} from './maintainership';
import {codePath, escapeMarkdown, inertTitle, inlineCode, revealHidden} from './markdown';
import {upsertStickyComment} from './stickyComment';

/**
 * Turns an approved "Add or update an organisation" issue into a pull
 * request: the branch `contribute/issue-<n>` in the repository, the file,
 * and a pull request that links back to the issue and shows the entry
 * field by field (every contact with its country and line type). When the
 * entry already exists and the issue's author is not one of its
 * maintainers, the pull request says so, is labelled `replaces-entry` and
 * asks those maintainers to review; the same happens when a new file shares
 * a name (same city) or a contact value with an existing entry
 * (src/lib/checks/duplicateEntries.ts). When the submission has flaws, they
 * are posted on the issue instead.
 */

/** Hidden marker of the bot's comment on a submission issue. */
export const ISSUE_TO_PR_MARKER = '<!-- sanctuary-commons:issue-to-pr -->';

export {REPLACES_ENTRY_LABEL} from './maintainership';

/** What happened. */
export type IssueToPrOutcome =
  | {outcome: 'not-approved'}
  | {outcome: 'flaws'; count: number}
  | {outcome: 'pull-request'; number?: number; url?: string; file: string; replaces?: string[]};

/** Options of {@link issueToPullRequest}. */
export type IssueToPrOptions = {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Checkout of the default branch, for the validator and the entry it would replace. */
  siteDir: string;
  /** Default branch (default `main`). */
  base?: string;
  now?: Date;
  /**
   * The issue body as it was when `approved` was added (the `issues: labeled` event's payload).
   * When given and the body has changed since, nothing is proposed: the maintainer approved other text.
   */
  approvedBody?: string;
};

const isNotFound = (error: unknown) => (error as {status?: number}).status === 404;
const isUnprocessable = (error: unknown) => (error as {status?: number}).status === 422;

/**
 * Runs the flow for one issue.
 * @param octokit - the GitHub client (needs contents, pull requests and issues write)
 * @param options - repository, issue number, checkout and base branch
 */
export async function issueToPullRequest(
  octokit: GithubClient,
  options: IssueToPrOptions,
): Promise<IssueToPrOutcome> {
  const {owner, repo, issueNumber, siteDir, base = 'main', now = new Date()} = options;
  const {data: issue} = await octokit.rest.issues.get({owner, repo, issue_number: issueNumber});
  const labels = (issue.labels ?? []).map((label) =>
    typeof label === 'string' ? label : label.name,
  );
  if (!labels.includes(APPROVED_LABEL)) return {outcome: 'not-approved'};
  const target = {owner, repo, issueNumber};
  const body = issue.body ?? '';
  const author = issue.user?.login;

  const sameText = (a: string, b: string) =>
    a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim();
  if (options.approvedBody !== undefined && !sameText(options.approvedBody, body)) {
    const edited = formProblem(
      '(issue body)',
      'form-edited-after-approval',
      'form-edited-after-approval.edited',
    );
    await upsertStickyComment(octokit, target, ISSUE_TO_PR_MARKER, flawsComment([edited], []));
    return {outcome: 'flaws', count: 1};
  }

  const built = organisationFromIssue(parseIssueFormBody(body), {
    today: now.toISOString().slice(0, 10),
    submittedOn: String(issue.created_at ?? now.toISOString()).slice(0, 10),
    author: author ?? 'unknown',
    issueUrl: issue.html_url ?? `https://github.com/${owner}/${repo}/issues/${issueNumber}`,
  });
  const problems = built.entry ? validateProposedEntry(siteDir, built.entry, now) : [];
  if (!built.entry || problems.length) {
    await upsertStickyComment(
      octokit,
      target,
      ISSUE_TO_PR_MARKER,
      flawsComment(built.problems, problems, built.entry),
    );
    return {outcome: 'flaws', count: built.problems.length + problems.length};
  }
  const entry = built.entry;

  const {exists, replaced, duplicates, diff} = await compareWithDefaultBranch(
    octokit,
    siteDir,
    entry,
    author,
  );

  const branch = `contribute/issue-${issueNumber}`;
  const {data: ref} = await octokit.rest.git.getRef({owner, repo, ref: `heads/${base}`});
  try {
    await octokit.rest.git.createRef({
      owner,
      repo,
      ref: `refs/heads/${branch}`,
      sha: ref.object?.sha ?? '<sha of main>',
    });
  } catch (error) {
    // The branch exists from an earlier approval: the file is updated on it.
    if (!isUnprocessable(error)) throw error;
  }
  let existingSha: string | undefined;
  try {
    const {data} = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: entry.file,
      ref: branch,
    });
    existingSha = Array.isArray(data) ? undefined : data.sha;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  await octokit.rest.repos.createOrUpdateFileContents({
    owner,
    repo,
    path: entry.file,
    branch,
    message: `${existingSha ? 'Update' : 'Add'} ${entry.file} from issue #${issueNumber}`,
    content: Buffer.from(entry.text, 'utf8').toString('base64'),
    ...(existingSha ? {sha: existingSha} : {}),
  });

  const title = `Directory: ${inertTitle(entry.name)} (${entry.city})`;
  const prBody = pullRequestBody({entry, issueNumber, author, exists, replaced, duplicates, diff});
  const {data: open} = await octokit.rest.pulls.list({
    owner,
    repo,
    head: `${owner}:${branch}`,
    state: 'open',
  });
  let pull: {number?: number; html_url?: string} | undefined = Array.isArray(open)
    ? open[0]
    : undefined;
  if (pull?.number) {
    // A new approval of an edited issue: the body must show the file as it is now.
    await octokit.rest.pulls.update({owner, repo, pull_number: pull.number, title, body: prBody});
  } else {
    const created = await octokit.rest.pulls.create({
      owner,
      repo,
      head: branch,
      base,
      title,
      body: prBody,
    });
    pull = created.data;
  }
  // Whose entry this replaces: the same file's maintainers, and those of every entry it duplicates (and their cities').
  const asked: Maintainers = {
    users: [...(replaced?.users ?? [])],
    teams: [...(replaced?.teams ?? [])],
  };
  for (const duplicate of duplicates) {
    for (const more of [duplicate.maintainers, duplicate.cityMaintainers]) {
      asked.users.push(...more.users);
      asked.teams.push(...more.teams);
    }
  }
  const replaces = Boolean(replaced) || duplicates.length > 0;
  if (replaces && pull?.number) {
    await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: pull.number,
      labels: [REPLACES_ENTRY_LABEL],
    });
    const {reviewers, teamReviewers} = reviewRequests(asked, owner, author);
    if (reviewers.length || teamReviewers.length) {
      try {
        const pullNumber = pull.number;
        await octokit.rest.pulls.requestReviewers({
          owner,
          repo,
          pull_number: pullNumber,
          reviewers,
          team_reviewers: teamReviewers,
        });
      } catch (error) {
        // 422: a maintainer is not a collaborator, or the token cannot request teams. The body names them.
        if (!isUnprocessable(error)) throw error;
        console.warn(
          `Could not request reviews (${(error as Error).message}); the pull request names the maintainers.`,
        );
      }
    }
  }
  const where = pull?.html_url ?? `pull request #${pull?.number ?? '?'}`;
  const thanks = replaced
    ? `Thank you! The entry passed every check and is proposed in ${where}. It replaces an existing entry you do not ` +
      "maintain, so its maintainers are asked to review it as well as the city's."
    : duplicates.length
      ? `Thank you! The entry passed every check and is proposed in ${where}. It shares a name or a contact with an ` +
        "existing entry you do not maintain, so that entry's maintainers are asked to review it as well as the city's."
      : `Thank you! The entry passed every check and is proposed in ${where} for review by the city's maintainers.`;
  await upsertStickyComment(
    octokit,
    target,
    ISSUE_TO_PR_MARKER,
    `${ISSUE_TO_PR_MARKER}\n${thanks}`,
  );
  const handles = [...new Set(maintainerHandles(asked))];
  return {
    outcome: 'pull-request',
    number: pull?.number,
    url: pull?.html_url,
    file: entry.file,
    ...(replaces ? {replaces: handles} : {}),
  };
}

/**
 * The proposed entry against the default branch's checkout (trusted): whether it exists, who
 * maintains it when the author does not, and the field-by-field difference.
 * @param octokit - the GitHub client (team membership)
 * @param siteDir - the default branch's checkout
 * @param entry - the proposed file
 * @param author - the issue's author
 */
async function compareWithDefaultBranch(
  octokit: GithubClient,
  siteDir: string,
  entry: ProposedEntry,
  author?: string,
): Promise<{exists: boolean; replaced?: Maintainers; duplicates: Duplicate[]; diff: string[]}> {
  const before = readCheckoutVersion(siteDir, entry.file);
  let replaced: Maintainers | undefined;
  if (before) {
    const maintainers =
      'data' in before ? parseMaintainers(before.data.maintainers) : {users: [], teams: []};
    if (!author || !(await isMaintainer(octokit, author, maintainers))) replaced = maintainers;
  }
  const city = readCheckoutVersion(siteDir, `directory/${entry.city}/_city.yml`);
  const country = city && 'data' in city ? city.data.country : undefined;
  const after = readEntryVersion(entry.file, entry.text);
  // A new file with another entry's name or contact value replaces that entry as surely as an edit would.
  const duplicates: Duplicate[] = [];
  if ('data' in after) {
    const previous =
      before && 'data' in before
        ? {previous: {file: entry.file, city: entry.city, data: before.data}}
        : {};
    const matches = findDuplicates(
      {file: entry.file, city: entry.city, data: after.data},
      readCheckoutOrganisations(siteDir),
      previous,
    );
    for (const match of matches) {
      const maintainers = parseMaintainers(match.maintainers);
      if (author && (await isMaintainer(octokit, author, maintainers))) continue;
      const otherCity = classifyFile(match.file).city;
      // Another city's maintainers are asked too (CODEOWNERS asks this city's already).
      const cityFile =
        otherCity && otherCity !== entry.city
          ? readCheckoutVersion(siteDir, `directory/${otherCity}/_city.yml`)
          : undefined;
      const cityMaintainers =
        cityFile && 'data' in cityFile
          ? parseMaintainers(cityFile.data.maintainers)
          : {users: [], teams: []};
      duplicates.push({match, maintainers, cityMaintainers});
    }
  }
  const diff = entryDiffLines({
    file: entry.file,
    ...(before ? {before} : {}),
    after,
    ...(typeof country === 'string' && /^[A-Z]{2}$/.test(country) ? {cityCountry: country} : {}),
  });
  return {exists: Boolean(before), ...(replaced ? {replaced} : {}), duplicates, diff};
}

/** An existing entry the proposed one duplicates, with its maintainers and its city's (default branch). */
export type Duplicate = {
  match: DuplicateMatch;
  maintainers: Maintainers;
  cityMaintainers: Maintainers;
};

/**
 * The pull request's body: what it proposes, a warning when it replaces an entry its author does
 * not maintain, and the entry field by field.
 * @param input.entry - the proposed file
 * @param input.issueNumber - the approved issue (closed by the merge)
 * @param input.author - the issue's author
 * @param input.exists - whether the file exists on the default branch
 * @param input.replaced - the existing entry's maintainers, when the author is not one of them
 * @param input.duplicates - other entries that share a name or contact value, whose maintainers the author is not
 * @param input.diff - from `entryDiffLines`
 */
export function pullRequestBody(input: {
  entry: ProposedEntry;
  issueNumber: number;
  author?: string;
  exists: boolean;
  replaced?: Maintainers;
  duplicates?: Duplicate[];
  diff: string[];
}): string {
  const {entry, issueNumber, author, replaced} = input;
  const lines = [
    `${input.exists ? 'Updates' : 'Adds'} ${codePath(entry.file)} from the approved submission #${issueNumber}.`,
    '',
  ];
  if (replaced) {
    // Handles come from the default branch's file (trusted and checked): mentioning them is the point.
    const handles = maintainerHandles(replaced);
    const who = author ? escapeMarkdown(`@${author}`) : 'unknown';
    lines.push(
      '> [!WARNING]',
      handles.length
        ? `> **This replaces an entry maintained by ${handles.join(', ')}.** The submission's author (${who}) is not one of them. ` +
            'They are asked to review; do not merge without one of them, or without a core maintainer who has checked with the organisation.'
        : `> **This replaces an existing entry whose maintainers could not be read.** The submission's author is ${who}. ` +
            'A core maintainer checks with the organisation before merging.',
      '',
    );
  }
  const duplicates = input.duplicates ?? [];
  if (duplicates.length) {
    const who = author ? escapeMarkdown(`@${author}`) : 'unknown';
    lines.push(
      '> [!WARNING]',
      `> **This may duplicate or replace ${duplicates.length === 1 ? 'an existing entry' : `${duplicates.length} existing entries`}.** The submission's author (${who}) does not maintain ${duplicates.length === 1 ? 'it' : 'them'}:`,
    );
    for (const {match, maintainers} of duplicates.slice(0, 10)) {
      const shared = match.shared
        .slice(0, 6)
        .map((item) => `${IDENTITY_KIND_WORDS[item.kind]} ${inlineCode(item.shown.slice(0, 300))}`)
        .join(', ');
      const name = match.name
        ? `**${escapeMarkdown(match.name)}** (${codePath(match.file)})`
        : codePath(match.file);
      // Handles come from the default branch's file (trusted and checked): mentioning them is the point.
      const handles = maintainerHandles(maintainers);
      lines.push(
        `> - ${shared}, shared with ${name}${handles.length ? `, maintained by ${handles.join(', ')}` : ', whose maintainers could not be read'}`,
      );
    }
    lines.push(
      '> They are asked to review; do not merge without one of them, or without a core maintainer who has checked with the organisation.',
      '',
    );
  }
  lines.push(
    '### The entry, field by field',
    '',
    ...input.diff,
    `Closes #${issueNumber}.`,
    '',
    'The validator passed on the default branch; the pull-request checks run again here.',
  );
  return lines.join('\n');
}

/**
 * The comment listing a submission's flaws.
 * @param formProblems - answers that are missing or malformed
 * @param problems - validator problems in the generated file
 * @param entry - the generated file, when there is one
 */
export function flawsComment(
  formProblems: FormProblem[],
  problems: Problem[],
  entry?: ProposedEntry,
): string {
  const lines = [
    ISSUE_TO_PR_MARKER,
    `This submission cannot become a pull request yet: ${formProblems.length + problems.length} thing(s) to fix. Edit the issue (⋯ → Edit), then a maintainer removes and re-adds the \`approved\` label.`,
    '',
    ...formProblems.map(
      (problem) =>
        `- **${escapeMarkdown(problem.field)}** ${escapeMarkdown(problem.message)} **Fix:** ${escapeMarkdown(problem.fix)} ${codePath(problem.rule)}`,
    ),
    ...problems.map(
      (problem) =>
        `- line ${problem.line} · ${codePath(problem.field)} · ${escapeMarkdown(problem.message)} **Fix:** ${escapeMarkdown(problem.fix)}`,
    ),
  ];
  if (entry) {
    const fence = '`'.repeat(
      Math.max(3, ...[...entry.text.matchAll(/`+/g)].map((match) => match[0].length + 1)),
    );
    lines.push(
      '',
      `<details><summary>The file that would be proposed (${escapeMarkdown(entry.file)})</summary>`,
      '',
      `${fence}yaml`,
      revealHidden(entry.text.trimEnd()),
      fence,
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}
