/**
 * `npm run pr-report -- [files…] [--base <rev>] [--report report.json] [--pr N] [--repo owner/name] [--dry-run]`
 *
 * Builds the pull request's one report comment, its labels and review
 * requests, and posts them (or, with --dry-run, prints every request).
 *
 * Three uses:
 * - locally: changed files from the arguments or `git diff <base>` (default `main`), the validator run in-process
 *   (or `--report`), cities from this checkout;
 * - `--collect --out <file>` in the read-only `validate` workflow: writes the artifact (validator report and
 *   entry summaries) from the pull request's checkout; needs no token;
 * - `--artifact <file> --pr N --head-sha <sha>` in the `pr-report` workflow, on the default branch's code: the artifact
 *   is untrusted data and gives only the validator's problems; changed files, author and head commit come from GitHub;
 *   cities and maintainers from the default branch; the two versions of each changed directory file from the
 *   default branch's checkout and from GitHub's contents API at the head commit.
 *
 * Locally, each changed directory file is compared with its version at `--base` (git) and shown field by field.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadCoalition} from '../lib/coalition';
import {countProblems} from '../lib/problems';
import {createGithubClient} from '../lib/github/client';
import {runCli, UsageError} from '../lib/github/errors';
import {changedFilesSince} from '../lib/github/localChanges';
import {citiesOf, collectEntries, organisationsOf} from '../lib/github/collect';
import {
  collectEntryVersions,
  readCheckoutVersion,
  readGitVersion,
} from '../lib/github/entryVersions';
import {reportPullRequest} from '../lib/github/pullRequestReport';
import {
  buildPrReport,
  prReportArtifactSchema,
  validatorReportSchema,
  type ChangedFile,
  type ValidatorReport,
} from '../lib/github/prReport';
import {publishPrReport} from '../lib/github/publishPrReport';
import {positiveInteger, resolveRepository} from '../lib/github/repository';

const USAGE =
  'Usage: npm run pr-report -- [files…] [--base main] [--report report.json] [--pr N] [--repo owner/name] [--dry-run]\n' +
  '       npm run pr-report -- --collect --out artifact.json [--base HEAD^1] [--report report.json]\n' +
  '       npm run pr-report -- --artifact artifact.json --pr N --head-sha SHA';

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `Could not read ${what} ${file}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

function parseReport(file: string): ValidatorReport {
  const result = validatorReportSchema.safeParse(readJson(file, 'the validator report'));
  if (!result.success)
    throw new UsageError(
      `${file} is not a report of \`npm run -s validate -- --format json\`: ${result.error.issues[0]?.message}`,
    );
  return result.data;
}

/** Whether git already knows the file (so a listed file is an update, not an addition). */
function isTracked(root: string, file: string): boolean {
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', '--', file], {cwd: root, stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      base: {type: 'string'},
      report: {type: 'string'},
      pr: {type: 'string'},
      repo: {type: 'string'},
      'dry-run': {type: 'boolean', default: false},
      collect: {type: 'boolean', default: false},
      out: {type: 'string'},
      artifact: {type: 'string'},
      'head-sha': {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = process.cwd();
  const dryRun = values['dry-run']!;

  if (values.artifact) {
    // The pr-report workflow: default-branch code, untrusted artifact.
    const parsed = prReportArtifactSchema.safeParse(readJson(values.artifact, 'the artifact'));
    if (!parsed.success)
      throw new UsageError(
        `The artifact ${values.artifact} is malformed (${parsed.error.issues[0]?.message}); nothing was posted.`,
      );
    const pullNumber = positiveInteger('pr', values.pr);
    if (!pullNumber)
      throw new UsageError('--artifact needs --pr <number> (from the workflow_run event).');
    const {owner, repo} = resolveRepository(values.repo, process.env, dryRun);
    const octokit = createGithubClient({token: process.env.GITHUB_TOKEN, dryRun});
    const result = await reportPullRequest(octokit, {
      owner,
      repo,
      pullNumber,
      siteDir: root,
      coalition: loadCoalition(root),
      artifact: parsed.data,
      expectedHeadSha: values['head-sha'],
    });
    if (result.outcome === 'moved-on') {
      console.log(
        `Pull request #${pullNumber} has moved on (head ${result.headSha}, report for ${values['head-sha']}): the newer run will report.`,
      );
      return 0;
    }
    console.log(
      `${dryRun ? 'Would have' : 'Have'} ${result.action} the report comment on #${pullNumber}.`,
    );
    return 0;
  }

  const changedFiles: ChangedFile[] = positionals.length
    ? positionals.map((file) => ({
        file: path.relative(root, path.resolve(file)).split(path.sep).join('/'),
        status: !fs.existsSync(file) ? 'removed' : isTracked(root, file) ? 'modified' : 'added',
      }))
    : changedFilesSince(root, values.base ?? 'main');
  const coalition = loadCoalition(root);
  const report: ValidatorReport = values.report
    ? parseReport(values.report)
    : {
        ...countProblems(coalition.problems),
        checkedFiles: coalition.files.length,
        problems: coalition.problems,
      };
  const entries = collectEntries(
    coalition,
    changedFiles.map((change) => change.file),
  );

  if (values.collect) {
    if (!values.out) throw new UsageError('--collect needs --out <file> for the artifact.');
    fs.mkdirSync(path.dirname(path.resolve(values.out)), {recursive: true});
    fs.writeFileSync(values.out, `${JSON.stringify({version: 1, report, entries}, null, 2)}\n`);
    console.log(
      `Wrote ${values.out}: ${report.errors} error(s), ${report.warnings} warning(s), ${entries.length} changed entr${entries.length === 1 ? 'y' : 'ies'}.`,
    );
    return 0;
  }

  if (changedFiles.length === 0) {
    console.log(`No changed files compared with ${values.base ?? 'main'}: nothing to report.`);
    return 0;
  }
  const pullNumber = positiveInteger('pr', values.pr);
  if (!pullNumber && !dryRun)
    throw new UsageError(
      'Which pull request? Pass --pr <number>, or --dry-run to see what would be posted.',
    );
  const {owner, repo} = resolveRepository(values.repo, process.env, dryRun);
  const cities = citiesOf(coalition);
  const base = values.base ?? 'main';
  const {versions, leftOut} = await collectEntryVersions(changedFiles, {
    before: (file) => readGitVersion(root, base, file),
    after: (file) => readCheckoutVersion(root, file),
    cityCountry: (city) => cities.get(city)?.country,
  });
  // The checkout's organisations (this branch's): a changed file is compared with every other one.
  const built = buildPrReport({
    changedFiles,
    report,
    entries,
    cities,
    owner,
    entryVersions: versions,
    leftOutVersions: leftOut,
    existingEntries: organisationsOf(coalition),
  });
  if (dryRun) {
    console.log(`Comment body for ${owner}/${repo}#${pullNumber ?? '<pr>'}:\n\n${built.body}\n`);
    console.log(`Labels: ${built.labels.join(', ') || '(none)'}`);
    console.log(
      `Review requests: ${[...built.reviewers.map((login) => `@${login}`), ...built.teamReviewers.map((team) => `@${owner}/${team}`)].join(', ') || '(none)'}`,
    );
    console.log(
      `Needs a core maintainer: ${built.coreFiles.map((core) => core.file).join(', ') || 'no'}\n`,
    );
    if (!pullNumber) console.log('(No --pr given: requests are shown for pull request 0.)');
  }
  const octokit = createGithubClient({token: process.env.GITHUB_TOKEN, dryRun});
  await publishPrReport(octokit, {owner, repo, pullNumber: pullNumber ?? 0}, built);
  return 0;
}

void runCli(main);
