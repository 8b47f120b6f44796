/**
 * The benchmark report: one JSON document, and the same as Markdown tables
 * with the budgets from DESIGN.md checked.
 */
import type {ProcessCost} from './measureProcess';
import type {PageWeight, SearchCost} from './pageWeight';
import type {LighthouseScores} from './lighthouse';
import type {GeneratedCoalition} from './generateCoalition';
import type {LocalePhases} from './buildPhases';

/** What a build wrote: files and bytes (a free static host allows 20,000 files), and its client route count. */
export type BuildOutput = {
  files: number;
  bytes: number;
  largestFileBytes: number;
  clientRoutes: number | null;
};

export type BenchReport = {
  date: string;
  commit: string;
  quick: boolean;
  machine: {cpus: number; memoryGiB: number; node: string};
  coalition: Omit<GeneratedCoalition, 'dir'>;
  /** Locales built by both builds. */
  locales: number;
  builds: {
    ours: ProcessCost;
    stock: ProcessCost | null;
    wallRatio: number | null;
    cpuRatio: number | null;
    /** Each locale's phases, from Docusaurus's [PERF] lines (absent in reports made before they were read). */
    phases?: {ours: LocalePhases[]; stock: LocalePhases[] | null};
  };
  outputs: {ours: BuildOutput; small: BuildOutput; stock: BuildOutput | null};
  pages: PageWeight[];
  /** JavaScript of the same kinds of page in the small and the large coalition. */
  growth: {
    smallOrganizations: number;
    largeOrganizations: number;
    pages: {kind: string; smallJsBytes: number; largeJsBytes: number}[];
  };
  search: SearchCost[];
  validate: {files: number; coldSeconds: number; runsSeconds: number[]; medianSeconds: number};
  /** `npm run import` of a generated sheet (src/bench/importSheet.ts), --create-cities --dry-run. */
  import?: ImportCost;
  lighthouse: LighthouseScores[] | null;
};

/** What importing the benchmark sheet cost. */
export type ImportCost = {
  rows: number;
  runsSeconds: number[];
  medianSeconds: number;
  medianCpuSeconds: number;
  peakRssMiB: number;
  summary: string;
};

/** One budget from DESIGN.md and whether the run met it; `cause` says what the gap is made of when it is not. */
export type BudgetCheck = {
  budget: string;
  limit: string;
  measured: string;
  met: boolean;
  cause?: string;
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (value: number) => `${value.toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** Free static hosts: Cloudflare Pages (20,000 files, 25 MiB per file), GitHub Pages (1 GB). */
const HOST_LIMITS = {files: 20_000, fileBytes: 25 * 1024 * 1024, bytes: 1e9};

/** The median of a phase over the locales that report it, or null. */
function medianPhase(
  phases: readonly LocalePhases[],
  pick: (locale: LocalePhases) => number | null,
) {
  const values = phases.map(pick).filter((value): value is number => value !== null);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const bundleAndRender = (locale: LocalePhases) =>
  locale.bundle === null || locale.ssg === null ? null : locale.bundle + locale.ssg;

/**
 * What a missed build-time budget is made of: Docusaurus's own bundling and server rendering per
 * locale against the time per locale the budget leaves, from the [PERF] lines of both builds.
 * @param report - a finished report
 */
export function buildTimeCause(report: BenchReport): string {
  const general =
    'ours renders every organisation, city and data page the baseline does not have, checks every file and indexes the search';
  const phases = report.builds.phases;
  const stock = report.builds.stock;
  if (!phases || !stock || phases.ours.length === 0) return general;
  const budgetPerLocale = (0.5 * stock.wallSeconds) / report.locales;
  const ours = medianPhase(phases.ours, bundleAndRender);
  const load = medianPhase(phases.ours, (locale) => locale.load);
  const after = medianPhase(phases.ours, (locale) => locale.postBuild);
  const stockFloor = phases.stock ? medianPhase(phases.stock, bundleAndRender) : null;
  if (ours === null) return general;
  return [
    `0.5× leaves ${seconds(budgetPerLocale)} per locale; Docusaurus's own bundling and server rendering take ${seconds(ours)} per locale here (median${stockFloor === null ? '' : `; stock: ${seconds(stockFloor)}`})`,
    `then ours loads and checks the content (${load === null ? '?' : seconds(load)}) and indexes and checks every page (${after === null ? '?' : seconds(after)})`,
    'see "Where each locale\'s build time goes"',
  ].join('; ');
}

/**
 * Checks the report against DESIGN.md's budgets (issue 16's targets).
 * @param report - a finished benchmark report
 */
export function checkBudgets(report: BenchReport): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  if (report.builds.wallRatio !== null) {
    checks.push({
      budget: 'build wall time vs stock Docusaurus, same Markdown and locales',
      limit: '≤ 0.5×',
      measured: `${report.builds.wallRatio.toFixed(2)}× (CPU ${report.builds.cpuRatio!.toFixed(2)}×)`,
      met: report.builds.wallRatio <= 0.5,
      cause: buildTimeCause(report),
    });
  }
  checks.push({
    budget: 'peak RSS of the build',
    limit: '≤ 3.5 GiB',
    measured: `${(report.builds.ours.peakRssMiB / 1024).toFixed(2)} GiB`,
    met: report.builds.ours.peakRssMiB <= 3.5 * 1024,
  });
  const maxJs = Math.max(...report.pages.map((page) => page.jsBytes));
  checks.push({
    budget: 'compressed JS per page',
    limit: '≤ 180 KiB',
    measured: kib(maxJs),
    met: maxJs <= 180 * 1024,
  });
  const maxTotal = Math.max(...report.pages.map((page) => page.totalBytes));
  checks.push({
    budget: 'first load per page',
    limit: '≤ 300 KiB',
    measured: kib(maxTotal),
    met: maxTotal <= 300 * 1024,
  });
  const {growth} = report;
  for (const page of growth.pages) {
    const delta = page.largeJsBytes - page.smallJsBytes;
    checks.push({
      budget: `${page.kind} page JS, ${growth.smallOrganizations.toLocaleString('en')} → ${growth.largeOrganizations.toLocaleString('en')} organisations`,
      limit: 'same within 1 KiB',
      measured: `${kib(page.smallJsBytes)} → ${kib(page.largeJsBytes)}`,
      met: Math.abs(delta) <= 1024,
    });
  }
  const routes = report.outputs;
  if (routes.ours.clientRoutes !== null && routes.small.clientRoutes !== null) {
    checks.push({
      budget: 'client routes (one locale)',
      limit: 'do not grow with organisations',
      measured: `${routes.small.clientRoutes} → ${routes.ours.clientRoutes}`,
      met: routes.ours.clientRoutes <= routes.small.clientRoutes + 20,
      cause: 'blog, tag and guide routes grow with their own content, not with organisations',
    });
  }
  checks.push({
    budget: 'built site on a free static host',
    limit: '≤ 20,000 files, ≤ 25 MiB per file, ≤ 1 GB',
    measured: `${report.outputs.ours.files.toLocaleString('en')} files, ${mib(report.outputs.ours.bytes)}, largest ${kib(report.outputs.ours.largestFileBytes)}`,
    met:
      report.outputs.ours.files <= HOST_LIMITS.files &&
      report.outputs.ours.bytes <= HOST_LIMITS.bytes &&
      report.outputs.ours.largestFileBytes <= HOST_LIMITS.fileBytes,
    cause: 'one HTML page and one search fragment per organisation, city and playbook, per locale',
  });
  const maxSearch = Math.max(...report.search.map((search) => search.searchBytes));
  const notFound = report.search
    .filter((search) => !search.results)
    .map((search) => `"${search.query}"`);
  checks.push({
    budget: 'bytes to a first search result',
    limit: '≤ 150 KB, every query answered',
    measured: `${(maxSearch / 1000).toFixed(1)} KB${notFound.length ? `; nothing for ${notFound.join(', ')}` : ''}`,
    met: maxSearch <= 150_000 && notFound.length === 0,
  });
  checks.push({
    budget: `validate ${report.validate.files.toLocaleString('en')} directory files`,
    limit: '≤ 3 s',
    measured: `${seconds(report.validate.medianSeconds)} (first run, empty cache: ${seconds(report.validate.coldSeconds)})`,
    met: report.validate.medianSeconds <= 3,
  });
  for (const scores of report.lighthouse ?? []) {
    checks.push({
      budget: `Lighthouse mobile ${scores.route}`,
      limit: 'performance ≥ 95, accessibility 100',
      measured: `${scores.performance} / ${scores.accessibility}`,
      met: scores.performance >= 95 && scores.accessibility === 100,
    });
  }
  return checks;
}

const table = (header: string[], rows: Array<Array<string | number>>) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/**
 * The report as Markdown.
 * @param report - a finished benchmark report
 */
export function formatMarkdown(report: BenchReport): string {
  const {builds, coalition} = report;
  const buildRow = (name: string, cost: ProcessCost) => [
    name,
    seconds(cost.wallSeconds),
    seconds(cost.cpuSeconds),
    `${(cost.peakRssMiB / 1024).toFixed(2)} GiB`,
  ];
  return [
    `# Benchmark${report.quick ? ' (quick)' : ''}: ${report.date}`,
    '',
    `Commit ${report.commit}; ${report.machine.cpus} CPUs, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}.`,
    `Coalition: ${coalition.cities} cities, ${coalition.organizations.toLocaleString('en')} organisations, ${coalition.playbooks} playbooks (${coalition.files} files, ${(coalition.bytes / 1024 / 1024).toFixed(1)} MiB); both builds build ${report.locales} locales.`,
    '',
    '## Build (one cold run each, same machine, same command)',
    '',
    table(
      ['build', 'wall', 'CPU', 'peak RSS'],
      [
        buildRow(
          'ours (`npm run build`: Rspack, our plugins, search index, CSP; a process per locale)',
          builds.ours,
        ),
        ...(builds.stock
          ? [buildRow('stock Docusaurus (webpack, same Markdown)', builds.stock)]
          : []),
      ],
    ),
    '',
    builds.wallRatio === null
      ? 'Stock build skipped.'
      : `Ratio ours ÷ stock: wall ${builds.wallRatio.toFixed(2)}×, CPU ${builds.cpuRatio!.toFixed(2)}×.`,
    '',
    table(
      ['build output', 'files', 'bytes', 'largest file', 'client routes (last locale)'],
      (
        [
          ['ours', report.outputs.ours],
          [
            `ours, ${report.growth.smallOrganizations} organisations (English only)`,
            report.outputs.small,
          ],
          ...(report.outputs.stock ? [['stock', report.outputs.stock] as const] : []),
        ] as const
      ).map(([name, output]) => [
        name,
        output.files.toLocaleString('en'),
        mib(output.bytes),
        kib(output.largestFileBytes),
        output.clientRoutes ?? '–',
      ]),
    ),
    '',
    ...phaseSection(report),
    '## First load (gzip, empty cache)',
    '',
    table(
      ['page', 'JS', 'total', 'requests', 'idle prefetch of linked routes (not counted)'],
      report.pages.map((page) => [
        page.route,
        kib(page.jsBytes),
        kib(page.totalBytes),
        page.requests,
        kib(page.prefetchBytes),
      ]),
    ),
    '',
    table(
      [
        'page',
        `JS with ${report.growth.smallOrganizations.toLocaleString('en')} organisations`,
        `JS with ${report.growth.largeOrganizations.toLocaleString('en')}`,
      ],
      report.growth.pages.map((page) => [
        page.kind,
        kib(page.smallJsBytes),
        kib(page.largeJsBytes),
      ]),
    ),
    '',
    '## Search (Pagefind, empty cache)',
    '',
    table(
      [
        'query',
        'search bytes to the first result',
        'search bytes until idle (rest of the page, filter counts)',
        'page + search bytes',
        'time to first result',
        'found',
        'first result',
      ],
      report.search.map((search) => [
        search.query,
        kib(search.searchBytes),
        kib(search.searchBytesAll),
        kib(search.pageBytes),
        `${search.msToFirstResult} ms`,
        search.results ? 'yes' : 'NO',
        search.firstResult ?? '',
      ]),
    ),
    '',
    '## Validator',
    '',
    `${report.validate.files.toLocaleString('en')} directory files, the whole \`npm run validate\` process: first run (empty cache, every core) ${seconds(report.validate.coldSeconds)}; then median ${seconds(report.validate.medianSeconds)} (runs: ${report.validate.runsSeconds.map(seconds).join(', ')}).`,
    '',
    ...(report.import ? ['## Import', '', formatImportCost(report.import), ''] : []),
    ...(report.lighthouse
      ? [
          '## Lighthouse 12.2.3 (mobile emulation)',
          '',
          table(
            ['page', 'performance', 'accessibility', 'best practices', 'SEO'],
            report.lighthouse.map((s) => [
              s.route,
              s.performance,
              s.accessibility,
              s.bestPractices,
              s.seo,
            ]),
          ),
          '',
        ]
      : []),
    '## Budgets (DESIGN.md)',
    '',
    table(
      ['budget', 'limit', 'measured', 'met'],
      checkBudgets(report).map((check) => [
        check.budget,
        check.limit,
        check.measured,
        check.met ? 'yes' : `**no**${check.cause ? `: ${check.cause}` : ''}`,
      ]),
    ),
    '',
  ].join('\n');
}

/**
 * The import measurement in one paragraph.
 * @param cost - the runs of `npm run import` on the generated sheet
 */
export function formatImportCost(cost: ImportCost): string {
  return `A ${cost.rows.toLocaleString('en')}-row sheet (\`npm run import -- --from csv … --create-cities --dry-run\`): median ${seconds(cost.medianSeconds)} wall (runs: ${cost.runsSeconds.map(seconds).join(', ')}), ${seconds(cost.medianCpuSeconds)} CPU, peak ${Math.round(cost.peakRssMiB)} MiB. ${cost.summary}`;
}

/** The per-locale phase table of both builds, or nothing when the report has no phases. */
function phaseSection(report: BenchReport): string[] {
  const phases = report.builds.phases;
  if (!phases || phases.ours.length === 0) return [];
  const time = (value: number | null) => (value === null ? '–' : seconds(value));
  const rows = [
    ...phases.ours.map((locale) => ['ours', locale] as const),
    ...(phases.stock ?? []).map((locale) => ['stock', locale] as const),
  ].map(([build, locale]) => [
    `${build} ${locale.locale}`,
    time(locale.load),
    time(locale.bundle),
    time(locale.ssg),
    time(locale.postBuild),
    time(locale.total),
  ]);
  return [
    "### Where each locale's build time goes (Docusaurus's [PERF] lines)",
    '',
    table(
      [
        'build, locale',
        'load and check the content',
        'bundle (Rspack / webpack)',
        'render every page (SSG)',
        'after rendering (search index, page checks)',
        'locale total',
      ],
      rows,
    ),
    '',
  ];
}
