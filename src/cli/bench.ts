/**
 * `npm run bench [-- --quick] [--organizations N] [--skip-stock] [--skip-lighthouse] [--keep]`
 * `npm run bench -- --only-import`: only the import of a 2,000-row sheet (about a minute)
 *
 * A benchmark, not a test: generates a coalition (DESIGN.md "Budgets": 100
 * cities, 2,000 organisations, 1,000 playbooks; `--quick` a small one),
 * builds it with our configuration and with stock Docusaurus in the same run,
 * measures pages, search and the validator in Chromium and the shell, runs
 * Lighthouse, prints the report and writes it to `bench-results/` as
 * Markdown and JSON. Quote ratios and medians; absolute times on shared
 * machines are noise.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {SingleBar, Presets} from 'cli-progress';
import {launchChromium} from '../browser/chromium';
import {serve} from '../browser/staticServer';
import {
  generateCoalition,
  type CoalitionSize,
  type GeneratedCoalition,
} from '../bench/generateCoalition';
import {runLighthouse} from '../bench/lighthouse';
import {parseBuildPhases, type LocalePhases} from '../bench/buildPhases';
import {measureProcess, median, type ProcessCost} from '../bench/measureProcess';
import {measurePageWeights, measureSearches} from '../bench/pageWeight';
import {writeImportSheet} from '../bench/importSheet';
import {
  checkBudgets,
  formatImportCost,
  formatMarkdown,
  type BenchReport,
  type BuildOutput,
  type ImportCost,
} from '../bench/report';
import {writeStockSite} from '../bench/stockSite';
import {sitePaths} from '../lib/sitePaths';
import {LOCALE_CODES} from '../lib/i18n/locales';

const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, '.bench');
const RESULTS = path.join(ROOT, 'bench-results');
const DOCUSAURUS = path.join(ROOT, 'node_modules/.bin/docusaurus');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const BUILD_CLI = path.join(ROOT, 'src/cli/build.ts');

const SIZES: Record<
  'full' | 'quick',
  {site: CoalitionSize; small: CoalitionSize; validateFiles: number}
> = {
  // The small coalition differs from the site in organisations only: whatever grows between them grows with organisations.
  full: {
    site: {cities: 100, organizations: 2000, playbooks: 1000},
    small: {cities: 100, organizations: 200, playbooks: 1000},
    validateFiles: 10_000,
  },
  quick: {
    site: {cities: 8, organizations: 120, playbooks: 40},
    small: {cities: 8, organizations: 30, playbooks: 40},
    validateFiles: 1_000,
  },
};
/** What each measured route is (see measuredRoutes). */
const PAGE_KINDS = ['home', 'directory', 'city', 'organization', 'playbook'] as const;
const SEARCH_QUERIES = ['hotline', 'verify', 'lawyer', 'school', 'bond fund'];
const USAGE =
  'Usage: npm run bench -- [--quick] [--organizations N] [--skip-stock] [--skip-lighthouse] [--keep] | --only-import';
// Cold builds: no persistent cache, and room for a large site's module graph; Docusaurus prints each
// phase's time ([PERF] lines), which the report shows per locale (src/bench/buildPhases.ts).
const BUILD_ENV = {
  DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
  DOCUSAURUS_PERF_LOGGER: 'true',
  NODE_OPTIONS: '--max-old-space-size=8192',
};

function step(message: string): void {
  console.error(`\n▸ ${message}`);
}

/** Generates a coalition with a progress bar on stderr. */
function generate(
  name: string,
  size: CoalitionSize,
  contentOnly?: 'directory',
): GeneratedCoalition {
  const bar = new SingleBar(
    {format: `  ${name} [{bar}] {value}/{total} files`, stream: process.stderr},
    Presets.shades_classic,
  );
  bar.start(1, 0);
  const coalition = generateCoalition(path.join(WORK, name), size, {
    sourceDir: ROOT,
    contentOnly,
    onProgress: (done, total) => {
      bar.setTotal(total);
      bar.update(done);
    },
  });
  bar.stop();
  return coalition;
}

const GENERATED = '.docusaurus-bench';

/**
 * Builds a coalition with our configuration; exits with the build's output when it fails.
 * @param args - more build arguments (the small coalition builds one locale: a page's JavaScript is per locale)
 */
function buildOurs(
  contentDir: string,
  outDir: string,
  args: string[] = [],
): {cost: ProcessCost; phases: LocalePhases[]} {
  // Our own caches (validation results) start empty too: a cold build, like the baseline's.
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-bench-cache-'));
  // `npm run build`: each locale in its own process (src/lib/localeBuilds.ts); GNU time's peak is the largest one's.
  const {cost, output} = measureProcess(TSX, [BUILD_CLI, '--out-dir', outDir, ...args], {
    cwd: ROOT,
    env: {
      ...BUILD_ENV,
      SANCTUARY_CONTENT_DIR: contentDir,
      DOCUSAURUS_GENERATED_FILES_DIR_NAME: GENERATED,
      SANCTUARY_VALIDATION_CACHE: cache,
    },
  });
  fs.rmSync(cache, {recursive: true, force: true});
  if (cost.exitCode !== 0)
    throw new Error(`Our build of ${contentDir} failed:\n${cost.outputTail}`);
  return {cost, phases: parseBuildPhases(output)};
}

/** Files and bytes of a build folder, and the client routes of its last locale (the generated client copy). */
function buildOutput(outDir: string): BuildOutput {
  let files = 0;
  let bytes = 0;
  let largestFileBytes = 0;
  for (const entry of fs.readdirSync(outDir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const size = fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
    bytes += size;
    largestFileBytes = Math.max(largestFileBytes, size);
  }
  const chunkNames = ['sanctuary-static-pages/routesChunkNames.json', 'routesChunkNames.json']
    .map((file) => path.join(ROOT, GENERATED, file))
    .find((file) => fs.existsSync(file));
  const clientRoutes = chunkNames
    ? Object.keys(JSON.parse(fs.readFileSync(chunkNames, 'utf8')) as object).length
    : null;
  return {files, bytes, largestFileBytes, clientRoutes};
}

/** Sample pages of a coalition: the first generated city, its first organisation, the first generated playbook. */
function sampleRoutes(contentDir: string): {city: string; organization: string; playbook: string} {
  const city =
    fs
      .readdirSync(path.join(contentDir, 'directory'))
      .filter((name) => name.startsWith('bench-city-'))
      .sort()[0] ?? 'minneapolis';
  const organization = fs
    .readdirSync(path.join(contentDir, 'directory', city))
    .filter((name) => name !== '_city.yml')
    .sort()[0]!
    .replace(/\.yml$/, '');
  const topic = fs
    .readdirSync(path.join(contentDir, 'docs', 'playbooks'))
    .find((name) =>
      fs.existsSync(path.join(contentDir, 'docs', 'playbooks', name, 'bench-playbook-0001.md')),
    );
  const playbook = topic
    ? `playbooks/${topic}/bench-playbook-0001`
    : 'playbooks/rapid-response/dispatching-verifiers';
  return {
    city: sitePaths.city(city),
    organization: sitePaths.organization(city, organization),
    playbook: sitePaths.doc(playbook),
  };
}

/** The pages measured, in report order. */
function measuredRoutes(contentDir: string): string[] {
  const sample = sampleRoutes(contentDir);
  return ['/', sitePaths.directory(), sample.city, sample.organization, sample.playbook];
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Rows of the benchmark sheet (issue 14: "the time for a 2,000-row sheet"). */
const IMPORT_ROWS = 2000;

/**
 * Imports a generated sheet three times (--create-cities --dry-run: every
 * row is read, checked and reported; nothing is written) and measures each run.
 */
function measureImport(rows: number): ImportCost {
  const {sheet, mapping} = writeImportSheet(path.join(WORK, 'import-sheet'), rows);
  const out = path.join(WORK, 'import-out');
  fs.mkdirSync(out, {recursive: true});
  const args = [
    'src/cli/import.ts',
    '--from',
    'csv',
    sheet,
    '--map',
    mapping,
    '--out',
    out,
    '--create-cities',
    '--dry-run',
  ];
  const runs = [1, 2, 3].map(() => measureProcess(TSX, args, {cwd: ROOT}).cost);
  // Exit 1 is expected: the sheet has rows that must be refused.
  const failed = runs.find((run) => run.exitCode > 1);
  if (failed) throw new Error(`The import failed:\n${failed.outputTail}`);
  const summary = runs[0]!.outputTail.split('\n').find((line) => line.startsWith('Dry run:')) ?? '';
  return {
    rows,
    runsSeconds: runs.map((run) => run.wallSeconds),
    medianSeconds: median(runs.map((run) => run.wallSeconds)),
    medianCpuSeconds: median(runs.map((run) => run.cpuSeconds)),
    peakRssMiB: Math.max(...runs.map((run) => run.peakRssMiB)),
    summary,
  };
}

async function main(): Promise<number> {
  let values;
  try {
    ({values} = parseArgs({
      options: {
        quick: {type: 'boolean'},
        organizations: {type: 'string'},
        'skip-stock': {type: 'boolean'},
        'skip-lighthouse': {type: 'boolean'},
        keep: {type: 'boolean'},
        'only-import': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(`${USAGE}\nWrites bench-results/bench-<date>.md and .json.`);
    return 0;
  }
  const organizations =
    values.organizations === undefined ? undefined : Number(values.organizations);
  if (organizations !== undefined && !(Number.isInteger(organizations) && organizations >= 50)) {
    console.error(
      `--organizations takes a whole number of at least 50 (got "${values.organizations}").\n${USAGE}`,
    );
    return 2;
  }
  const base = SIZES[values.quick ? 'quick' : 'full'];
  // --organizations N: the same coalition with N organisations (e.g. 10000, a national network).
  const sizes = organizations === undefined ? base : {...base, site: {...base.site, organizations}};
  // The commit being measured: read before the long run, in case the checkout moves meanwhile.
  const commit = gitCommit();
  fs.rmSync(WORK, {recursive: true, force: true});
  fs.mkdirSync(WORK, {recursive: true});
  if (values['only-import']) {
    step(`Importing a ${IMPORT_ROWS.toLocaleString('en')}-row sheet (3 runs)`);
    console.log(formatImportCost(measureImport(IMPORT_ROWS)));
    if (!values.keep) fs.rmSync(WORK, {recursive: true, force: true});
    return 0;
  }

  step('Generating the benchmark coalitions');
  const site = generate('coalition', sizes.site);
  const small = generate('coalition-small', sizes.small);
  const validateCoalition = generate(
    'directory-only',
    {cities: 100, organizations: sizes.validateFiles, playbooks: 0},
    'directory',
  );

  let stock: ProcessCost | null = null;
  let stockPhases: LocalePhases[] | null = null;
  if (!values['skip-stock']) {
    step('Building the same Markdown with stock Docusaurus (webpack), the baseline');
    const measured = measureProcess(
      DOCUSAURUS,
      [
        'build',
        writeStockSite(path.join(WORK, 'stock-site'), site.dir),
        '--out-dir',
        path.join(WORK, 'out-stock'),
      ],
      {cwd: ROOT, env: BUILD_ENV},
    );
    stock = measured.cost;
    stockPhases = parseBuildPhases(measured.output);
    if (stock.exitCode !== 0) throw new Error(`The stock build failed:\n${stock.outputTail}`);
  }
  step('Building with our configuration');
  const {cost: ours, phases: oursPhases} = buildOurs(site.dir, path.join(WORK, 'out-ours'));
  const oursOutput = buildOutput(path.join(WORK, 'out-ours'));
  step(
    `Building the ${small.organizations}-organisation coalition (does any page's JS grow with the coalition?)`,
  );
  buildOurs(small.dir, path.join(WORK, 'out-small'), ['--locale', 'en']);
  const smallOutput = buildOutput(path.join(WORK, 'out-small'));

  // The first run checks every file (on every core); the next ones find the results in the cache.
  step(
    `Validating ${validateCoalition.organizations.toLocaleString('en')} directory files (1 cold run, then 3 with the cache)`,
  );
  const validateCache = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-bench-validate-'));
  const validate = () =>
    measureProcess(
      TSX,
      ['src/cli/validate.ts', '--site', validateCoalition.dir, '--format', 'json'],
      {cwd: ROOT, env: {SANCTUARY_VALIDATION_CACHE: validateCache}},
    ).cost.wallSeconds;
  const coldSeconds = validate();
  const validateRuns = [1, 2, 3].map(validate);
  fs.rmSync(validateCache, {recursive: true, force: true});

  step(`Importing a ${IMPORT_ROWS.toLocaleString('en')}-row sheet (3 runs)`);
  const importCost = measureImport(IMPORT_ROWS);

  step('Measuring pages and search in Chromium');
  const served = await serve(path.join(WORK, 'out-ours'), {gzip: true});
  const servedSmall = await serve(path.join(WORK, 'out-small'), {gzip: true});
  const browser = await launchChromium();
  let report: BenchReport;
  try {
    const pages = await measurePageWeights(browser, served.origin, measuredRoutes(site.dir));
    const smallPages = await measurePageWeights(
      browser,
      servedSmall.origin,
      measuredRoutes(small.dir),
    );
    const search = await measureSearches(browser, served.origin, SEARCH_QUERIES);
    let lighthouse = null;
    if (!values['skip-lighthouse']) {
      step('Running Lighthouse (mobile) on the home, a city, an organisation page and a playbook');
      const sample = sampleRoutes(site.dir);
      lighthouse = await runLighthouse(served.origin, [
        '/',
        sample.city,
        sample.organization,
        sample.playbook,
      ]);
    }
    const {dir: _dir, ...coalition} = site;
    report = {
      date: new Date().toISOString(),
      commit,
      quick: Boolean(values.quick),
      machine: {
        cpus: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
        node: process.versions.node,
      },
      coalition,
      locales: LOCALE_CODES.length,
      builds: {
        ours,
        stock,
        wallRatio: stock ? ours.wallSeconds / stock.wallSeconds : null,
        cpuRatio: stock ? ours.cpuSeconds / stock.cpuSeconds : null,
        phases: {ours: oursPhases, stock: stockPhases},
      },
      outputs: {
        ours: oursOutput,
        small: smallOutput,
        stock: stock ? buildOutput(path.join(WORK, 'out-stock')) : null,
      },
      pages,
      growth: {
        smallOrganizations: small.organizations,
        largeOrganizations: site.organizations,
        pages: pages.map((page, index) => ({
          kind: PAGE_KINDS[index]!,
          smallJsBytes: smallPages[index]!.jsBytes,
          largeJsBytes: page.jsBytes,
        })),
      },
      search,
      validate: {
        files: validateCoalition.files,
        coldSeconds,
        runsSeconds: validateRuns,
        medianSeconds: median(validateRuns),
      },
      import: importCost,
      lighthouse,
    };
  } finally {
    await browser.close();
    await served.stop();
    await servedSmall.stop();
  }

  const markdown = formatMarkdown(report);
  fs.mkdirSync(RESULTS, {recursive: true});
  const stamp = report.date.replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(RESULTS, `bench-${stamp}.md`), markdown);
  fs.writeFileSync(
    path.join(RESULTS, `bench-${stamp}.json`),
    `${JSON.stringify({...report, budgets: checkBudgets(report)}, null, 2)}\n`,
  );
  console.log(`\n${markdown}\nWritten: bench-results/bench-${stamp}.md and .json`);
  if (!values.keep) fs.rmSync(WORK, {recursive: true, force: true});
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    // A failed step is reported as a message (with the failing build's output), not a stack trace.
    console.error(`\nBenchmark stopped: ${error.message}`);
    process.exitCode = 1;
  },
);
