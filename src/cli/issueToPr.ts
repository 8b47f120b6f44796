/**
 * `npm run issue-to-pr -- --issue N [--repo owner/name] [--base main] [--dry-run]`
 *
 * Turns an approved "Add or update an organisation" issue into a pull
 * request (after running the validator on the generated file), or posts
 * the flaws on the issue. Runs on the default branch's checkout.
 *
 * In GitHub Actions (`GITHUB_EVENT_NAME=issues`), the issue body as it was
 * when the label was added is read from the event payload
 * (`GITHUB_EVENT_PATH`): if the body was edited since, nothing is proposed.
 */
import fs from 'node:fs';
import {parseArgs} from 'node:util';
import {createGithubClient} from '../lib/github/client';
import {runCli, UsageError} from '../lib/github/errors';
import {issueToPullRequest} from '../lib/github/issueToPr';
import {positiveInteger, resolveRepository} from '../lib/github/repository';

/**
 * The approved issue's body from the `issues` event that started the workflow, when it is this issue.
 * @param issueNumber - the issue being proposed
 */
function approvedBodyFromEvent(issueNumber: number): string | undefined {
  const file = process.env.GITHUB_EVENT_PATH;
  if (process.env.GITHUB_EVENT_NAME !== 'issues' || !file) return undefined;
  try {
    const event = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      issue?: {number?: unknown; body?: unknown};
    };
    return event.issue?.number === issueNumber
      ? typeof event.issue.body === 'string'
        ? event.issue.body
        : ''
      : undefined;
  } catch {
    throw new UsageError(
      `Could not read the event payload ${file}; run the command outside Actions without GITHUB_EVENT_NAME.`,
    );
  }
}

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      issue: {type: 'string'},
      repo: {type: 'string'},
      base: {type: 'string', default: 'main'},
      'dry-run': {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run issue-to-pr -- --issue N [--repo owner/name] [--base main] [--dry-run]',
    );
    return 0;
  }
  const issueNumber = positiveInteger('issue', values.issue);
  if (!issueNumber) throw new UsageError('Which issue? Pass --issue <number>.');
  const dryRun = values['dry-run']!;
  const {owner, repo} = resolveRepository(values.repo, process.env, dryRun);
  const octokit = createGithubClient({token: process.env.GITHUB_TOKEN, dryRun});
  const approvedBody = approvedBodyFromEvent(issueNumber);
  const result = await issueToPullRequest(octokit, {
    owner,
    repo,
    issueNumber,
    siteDir: process.cwd(),
    base: values.base,
    ...(approvedBody === undefined ? {} : {approvedBody}),
  });
  switch (result.outcome) {
    case 'not-approved':
      console.log(
        `Issue #${issueNumber} is not labelled "approved" (or, in dry-run without a token, could not be read): nothing to do.`,
      );
      return 0;
    case 'flaws':
      console.log(
        `Issue #${issueNumber} has ${result.count} flaw(s); they were posted on the issue.`,
      );
      return 0;
    case 'pull-request':
      console.log(
        `Proposed ${result.file} in ${result.url ?? `pull request #${result.number ?? '?'}`}${result.replaces ? ` (replaces an entry maintained by ${result.replaces.join(', ') || 'unknown maintainers'}: labelled replaces-entry)` : ''}.`,
      );
      return 0;
  }
}

void runCli(main);
