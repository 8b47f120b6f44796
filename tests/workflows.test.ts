import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';

/**
 * Least privilege for every GitHub Actions workflow (issue 3): permissions
 * set on every job (or read-only at the top), no pull_request_target, no
 * workflow_run job that checks out the pull request's code, every action
 * pinned to a full commit SHA with its version in a comment, and checkout
 * never leaving the token in .git/config.
 */

const folder = path.resolve(__dirname, '../.github/workflows');
const files = fs.readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));

type Step = {uses?: string; with?: Record<string, unknown>; run?: string};
type Job = {permissions?: unknown; steps?: Step[]; if?: string};
type Workflow = {on: unknown; permissions?: unknown; jobs: Record<string, Job>};

const triggers = (on: unknown): string[] =>
  typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(on as object);
const isReadOnly = (permissions: unknown) =>
  permissions !== undefined &&
  typeof permissions === 'object' &&
  permissions !== null &&
  Object.values(permissions).every((level) => level === 'read' || level === 'none');
const writes = (permissions: unknown) =>
  (typeof permissions === 'object' &&
    permissions !== null &&
    Object.values(permissions).some((level) => level === 'write')) ||
  permissions === 'write-all';

describe.each(files)('.github/workflows/%s', (file) => {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  const workflow = parse(text) as Workflow;
  const on = triggers(workflow.on);
  const jobs = Object.entries(workflow.jobs);

  it('never uses pull_request_target', () => {
    expect(on).not.toContain('pull_request_target');
  });

  it('sets permissions on every job, or read-only permissions for the whole workflow', () => {
    for (const [, job] of jobs) {
      expect(job.permissions !== undefined || isReadOnly(workflow.permissions)).toBe(true);
    }
    // Top-level permissions, when set, are never broader than read.
    if (workflow.permissions !== undefined) expect(isReadOnly(workflow.permissions)).toBe(true);
  });

  it('gives no write token to a workflow that runs pull-request code', () => {
    if (!on.includes('pull_request')) return;
    for (const [, job] of jobs) expect(writes(job.permissions)).toBe(false);
    expect(text).not.toMatch(/secrets\./);
  });

  it('pins every action to a full commit SHA with its version in a comment', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps ?? []) {
        if (!step.uses) continue;
        expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(text).toMatch(
          new RegExp(
            `uses: ${step.uses.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+`,
          ),
        );
      }
    }
  });

  it("checks out without persisting credentials, and never the pull request's code from workflow_run or issues", () => {
    for (const [, job] of jobs) {
      for (const step of (job.steps ?? []).filter((candidate) =>
        candidate.uses?.startsWith('actions/checkout@'),
      )) {
        expect(step.with?.['persist-credentials']).toBe(false);
        if (on.includes('workflow_run') || on.includes('issues')) {
          expect(step.with?.ref).toBeUndefined();
          expect(step.with?.repository).toBeUndefined();
        }
      }
    }
  });
});

it('there are workflows to check', () => {
  expect(files).toEqual(
    expect.arrayContaining(['validate.yml', 'pr-report.yml', 'issue-to-pr.yml', 'freshness.yml']),
  );
});

it("pr-report can read the pull request's files through the API (contents: read) and writes only issues and pull requests", () => {
  const workflow = parse(fs.readFileSync(path.join(folder, 'pr-report.yml'), 'utf8')) as Workflow;
  const [job] = Object.values(workflow.jobs);
  expect(job?.permissions).toEqual({
    contents: 'read',
    actions: 'read',
    issues: 'write',
    'pull-requests': 'write',
  });
});

it("issue-to-pr runs only for an approved organisation submission, on the default branch's code", () => {
  const text = fs.readFileSync(path.join(folder, 'issue-to-pr.yml'), 'utf8');
  const workflow = parse(text) as Workflow;
  expect(triggers(workflow.on)).toEqual(['issues']);
  const [job] = Object.values(workflow.jobs);
  expect(job?.if).toContain("github.event.label.name == 'approved'");
  expect(job?.if).toContain("'organisation-submission'");
});

describe('site.yml publishes on GitHub Pages', () => {
  const workflow = parse(fs.readFileSync(path.join(folder, 'site.yml'), 'utf8')) as Workflow & {
    jobs: Record<
      string,
      Job & {
        env?: Record<string, string>;
        environment?: {name: string};
        needs?: string;
        'runs-on'?: string;
      }
    >;
  };
  const uses = (job: string) =>
    (workflow.jobs[job]?.steps ?? []).map((step) => step.uses?.split('@')[0]).filter(Boolean);

  it('runs on pushes to main', () => {
    expect(workflow.on).toMatchObject({push: {branches: ['main']}});
  });

  it('builds every locale from the whole history, for the address in the repository variables', () => {
    const build = workflow.jobs.build!;
    const checkout = build.steps!.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({'fetch-depth': 0, 'persist-credentials': false});
    expect(build.env).toEqual({SITE_URL: '${{ vars.SITE_URL }}', BASE_URL: '${{ vars.BASE_URL }}'});
  });

  it('uploads the Pages artifact and the mirror bundle from the assembled site, with read-only permissions', () => {
    expect(workflow.jobs.assemble!.permissions).toEqual({contents: 'read'});
    expect(uses('assemble')).toEqual(expect.arrayContaining(['actions/upload-pages-artifact']));
    expect(
      workflow.jobs.assemble!.steps!.some((step) => step.run?.includes('npm run bundle')),
    ).toBe(true);
  });

  it('deploys with exactly the permissions deploy-pages needs, to the github-pages environment, after checking the address', () => {
    const deploy = workflow.jobs.deploy!;
    expect(deploy.permissions).toEqual({pages: 'write', 'id-token': 'write'});
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.needs).toBe('assemble');
    expect(uses('deploy')).toEqual(['actions/configure-pages', 'actions/deploy-pages']);
    expect(
      deploy.steps!.some(
        (step) => step.run?.includes('steps.pages') || step.run?.includes('PUBLISHED_AT'),
      ),
    ).toBe(true);
    // Nothing but the deploy job may write.
    for (const [name, job] of Object.entries(workflow.jobs))
      if (name !== 'deploy') expect(writes(job.permissions)).toBe(false);
  });
});

describe('the remembered directory check results (src/lib/validation/resultCache.ts)', () => {
  const steps = (file: string) =>
    Object.values((parse(fs.readFileSync(path.join(folder, file), 'utf8')) as Workflow).jobs)
      .flatMap((job) => job.steps ?? [])
      .map((step, index, all) => ({step, index, all}));
  const cacheSteps = files.flatMap((file) =>
    steps(file)
      .filter(({step}) => step.uses?.startsWith('actions/cache'))
      .map((found) => ({file, ...found})),
  );

  it('are used only by ci, after npm ci, under the inputs of the fingerprint; validate, whose report maintainers trust, restores none (a pull request could plant one)', () => {
    expect(cacheSteps.map(({file, step}) => `${file} ${step.uses!.split('@')[0]}`)).toEqual([
      'ci.yml actions/cache',
    ]);
    for (const {step, index, all} of cacheSteps) {
      expect(step.with?.path).toBe('node_modules/.cache/sanctuary-commons');
      expect(step.with?.key).toContain("hashFiles('src/lib/**', 'package-lock.json')");
      // npm ci empties node_modules: a cache restored before it would be thrown away.
      expect(all.findIndex((other) => other.run?.startsWith('npm ci'))).toBeLessThan(index);
    }
  });
});
