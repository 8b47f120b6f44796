import type {GithubClient} from './client';
import type {Problem} from '../problems';
import {APPROVED_LABEL, organisationFromIssue, parseIssueFormBody, validateProposedEntry, type FormProblem, type ProposedEntry} from './issueForm';
import {codePath, escapeMarkdown} from './markdown';
import {upsertStickyComment} from './stickyComment';

/**
 * Turns an approved "Add or update an organisation" issue into a pull
 * request: the branch `contribute/issue-<n>` in the repository, the file,
 * and a pull request that links back to the issue. When the submission
 * has flaws, they are posted on the issue instead.
 */

/** Hidden marker of the bot's comment on a submission issue. */
export const ISSUE_TO_PR_MARKER = '<!-- sanctuary-commons:issue-to-pr -->';

/** What happened. */
export type IssueToPrOutcome =
  | {outcome: 'not-approved'}
  | {outcome: 'flaws'; count: number}
  | {outcome: 'pull-request'; number?: number; url?: string; file: string};

/** Options of {@link issueToPullRequest}. */
export type IssueToPrOptions = {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Checkout of the default branch, for the validator. */
  siteDir: string;
  /** Default branch (default `main`). */
  base?: string;
  now?: Date;
};

const isNotFound = (error: unknown) => (error as {status?: number}).status === 404;
const isUnprocessable = (error: unknown) => (error as {status?: number}).status === 422;

/**
 * Runs the flow for one issue.
 * @param octokit - the GitHub client (needs contents, pull requests and issues write)
 * @param options - repository, issue number, checkout and base branch
 */
export async function issueToPullRequest(octokit: GithubClient, options: IssueToPrOptions): Promise<IssueToPrOutcome> {
  const {owner, repo, issueNumber, siteDir, base = 'main', now = new Date()} = options;
  const {data: issue} = await octokit.rest.issues.get({owner, repo, issue_number: issueNumber});
  const labels = (issue.labels ?? []).map((label) => (typeof label === 'string' ? label : label.name));
  if (!labels.includes(APPROVED_LABEL)) return {outcome: 'not-approved'};
  const target = {owner, repo, issueNumber};

  const built = organisationFromIssue(parseIssueFormBody(issue.body ?? ''), {
    today: now.toISOString().slice(0, 10),
    submittedOn: String(issue.created_at ?? now.toISOString()).slice(0, 10),
    author: issue.user?.login ?? 'unknown',
    issueUrl: issue.html_url ?? `https://github.com/${owner}/${repo}/issues/${issueNumber}`,
  });
  const problems = built.entry ? validateProposedEntry(siteDir, built.entry, now) : [];
  if (!built.entry || problems.length) {
    await upsertStickyComment(octokit, target, ISSUE_TO_PR_MARKER, flawsComment(built.problems, problems, built.entry));
    return {outcome: 'flaws', count: built.problems.length + problems.length};
  }
  const entry = built.entry;

  const branch = `contribute/issue-${issueNumber}`;
  const {data: ref} = await octokit.rest.git.getRef({owner, repo, ref: `heads/${base}`});
  try {
    await octokit.rest.git.createRef({owner, repo, ref: `refs/heads/${branch}`, sha: ref.object?.sha ?? '<sha of main>'});
  } catch (error) {
    // The branch exists from an earlier approval: the file is updated on it.
    if (!isUnprocessable(error)) throw error;
  }
  let existingSha: string | undefined;
  try {
    const {data} = await octokit.rest.repos.getContent({owner, repo, path: entry.file, ref: branch});
    existingSha = Array.isArray(data) ? undefined : data.sha;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  await octokit.rest.repos.createOrUpdateFileContents({
    owner, repo, path: entry.file, branch,
    message: `${existingSha ? 'Update' : 'Add'} ${entry.file} from issue #${issueNumber}`,
    content: Buffer.from(entry.text, 'utf8').toString('base64'),
    ...(existingSha ? {sha: existingSha} : {}),
  });

  const {data: open} = await octokit.rest.pulls.list({owner, repo, head: `${owner}:${branch}`, state: 'open'});
  let pull: {number?: number; html_url?: string} | undefined = Array.isArray(open) ? open[0] : undefined;
  if (!pull) {
    const created = await octokit.rest.pulls.create({
      owner, repo, head: branch, base,
      title: `Directory: ${entry.name.slice(0, 100)} (${entry.city})`,
      body: `Adds or updates ${codePath(entry.file)} from the approved submission #${issueNumber}.\n\nCloses #${issueNumber}.\n\nThe validator passed on the default branch; the pull-request checks run again here.`,
    });
    pull = created.data;
  }
  await upsertStickyComment(octokit, target, ISSUE_TO_PR_MARKER, `${ISSUE_TO_PR_MARKER}\nThank you! The entry passed every check and is proposed in ${pull?.html_url ?? `pull request #${pull?.number ?? '?'}`} for review by the city's maintainers.`);
  return {outcome: 'pull-request', number: pull?.number, url: pull?.html_url, file: entry.file};
}

/**
 * The comment listing a submission's flaws.
 * @param formProblems - answers that are missing or malformed
 * @param problems - validator problems in the generated file
 * @param entry - the generated file, when there is one
 */
export function flawsComment(formProblems: FormProblem[], problems: Problem[], entry?: ProposedEntry): string {
  const lines = [
    ISSUE_TO_PR_MARKER,
    `This submission cannot become a pull request yet: ${formProblems.length + problems.length} thing(s) to fix. Edit the issue (⋯ → Edit), then a maintainer removes and re-adds the \`approved\` label.`,
    '',
    ...formProblems.map((problem) => `- **${escapeMarkdown(problem.field)}** ${escapeMarkdown(problem.message)} **Fix:** ${escapeMarkdown(problem.fix)}`),
    ...problems.map((problem) => `- line ${problem.line} · ${codePath(problem.field)} · ${escapeMarkdown(problem.message)} **Fix:** ${escapeMarkdown(problem.fix)}`),
  ];
  if (entry) {
    const fence = '`'.repeat(Math.max(3, ...[...entry.text.matchAll(/`+/g)].map((match) => match[0].length + 1)));
    lines.push('', `<details><summary>The file that would be proposed (${escapeMarkdown(entry.file)})</summary>`, '', `${fence}yaml`, entry.text.trimEnd(), fence, '', '</details>');
  }
  return lines.join('\n');
}
