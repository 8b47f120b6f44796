/**
 * `npm run freshness -- [--repo owner/name] [--dry-run] [--today YYYY-MM-DD]`
 *
 * Opens one issue per organisation or playbook past its review date
 * (labelled `stale`, found again by a hidden marker), mentions its
 * maintainers, and closes the issues of entries that were reviewed since.
 * Runs on the default branch's checkout.
 */
import {parseArgs} from 'node:util';
import {loadCoalition} from '../lib/coalition';
import {createGithubClient} from '../lib/github/client';
import {runCli, UsageError} from '../lib/github/errors';
import {findStaleEntries, syncFreshnessIssues} from '../lib/github/freshnessIssues';
import {resolveRepository} from '../lib/github/repository';

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      repo: {type: 'string'},
      today: {type: 'string'},
      'dry-run': {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help) {
    console.log('Usage: npm run freshness -- [--repo owner/name] [--dry-run] [--today YYYY-MM-DD]');
    return 0;
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new UsageError(`--today must be a date such as 2026-11-29, not "${values.today}".`);
  const now = values.today ? new Date(`${values.today}T12:00:00Z`) : new Date();
  const dryRun = values['dry-run']!;
  const repository = resolveRepository(values.repo, process.env, dryRun);
  const octokit = createGithubClient({token: process.env.GITHUB_TOKEN, dryRun});
  const stale = findStaleEntries(loadCoalition(process.cwd(), {now}), now);
  console.log(
    `${stale.length} entr${stale.length === 1 ? 'y is' : 'ies are'} past their review date.`,
  );
  const result = await syncFreshnessIssues(octokit, repository, stale);
  const verb = dryRun ? 'Would open' : 'Opened';
  console.log(
    `${verb} ${result.opened.length} issue(s), kept ${result.kept.length} open, ${dryRun ? 'would close' : 'closed'} ${result.closed.length}.`,
  );
  return 0;
}

void runCli(main);
