/**
 * The benchmark report: one JSON document, and the same as Markdown tables
 * with the budgets from DESIGN.md checked.
 */
import type {ProcessCost} from './measureProcess';
import type {PageWeight, SearchCost} from './pageWeight';
import type {LighthouseScores} from './lighthouse';
import type {GeneratedCoalition} from './generateCoalition';

export type BenchReport = {
  date: string;
  commit: string;
  quick: boolean;
  machine: {cpus: number; memoryGiB: number; node: string};
  coalition: Omit<GeneratedCoalition, 'dir'>;
  builds: {ours: ProcessCost; stock: ProcessCost | null; wallRatio: number | null; cpuRatio: number | null};
  pages: PageWeight[];
  organizationJsGrowth: {smallOrganizations: number; smallJsBytes: number; largeOrganizations: number; largeJsBytes: number};
  search: SearchCost[];
  validate: {files: number; runsSeconds: number[]; medianSeconds: number};
  /** `npm run import` of a generated sheet (src/bench/importSheet.ts), --create-cities --dry-run. */
  import?: ImportCost;
  lighthouse: LighthouseScores[] | null;
};

/** What importing the benchmark sheet cost. */
export type ImportCost = {rows: number; runsSeconds: number[]; medianSeconds: number; medianCpuSeconds: number; peakRssMiB: number; summary: string};

/** One budget from DESIGN.md and whether the run met it. */
export type BudgetCheck = {budget: string; limit: string; measured: string; met: boolean};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (value: number) => `${value.toFixed(1)} s`;

/**
 * Checks the report against DESIGN.md's budgets.
 * @param report - a finished benchmark report
 */
export function checkBudgets(report: BenchReport): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  if (report.builds.wallRatio !== null) {
    checks.push({budget: 'build time vs stock Docusaurus', limit: '≤ 0.4×', measured: `${report.builds.wallRatio.toFixed(2)}×`, met: report.builds.wallRatio <= 0.4});
  }
  checks.push({budget: 'peak RSS of the build', limit: '≤ 3.5 GB', measured: `${(report.builds.ours.peakRssMiB / 1024).toFixed(2)} GiB`, met: report.builds.ours.peakRssMiB * 1024 * 1024 <= 3.5e9});
  const maxJs = Math.max(...report.pages.map((page) => page.jsBytes));
  checks.push({budget: 'compressed JS per page', limit: '≤ 180 KiB', measured: kib(maxJs), met: maxJs <= 180 * 1024});
  const maxTotal = Math.max(...report.pages.map((page) => page.totalBytes));
  checks.push({budget: 'first load per page', limit: '≤ 300 KiB', measured: kib(maxTotal), met: maxTotal <= 300 * 1024});
  const growth = report.organizationJsGrowth;
  checks.push({
    budget: `organisation page JS, ${growth.smallOrganizations} → ${growth.largeOrganizations} organisations`,
    limit: 'flat',
    measured: `${kib(growth.smallJsBytes)} → ${kib(growth.largeJsBytes)}`,
    met: growth.largeJsBytes <= growth.smallJsBytes * 1.02,
  });
  const maxSearch = Math.max(...report.search.map((search) => search.searchBytes));
  checks.push({budget: 'bytes to a first search result', limit: '≤ 150 KB', measured: `${(maxSearch / 1000).toFixed(1)} KB`, met: maxSearch <= 150_000 && report.search.every((search) => search.results)});
  checks.push({budget: `validate ${report.validate.files.toLocaleString('en')} directory files`, limit: '≤ 3 s', measured: seconds(report.validate.medianSeconds), met: report.validate.medianSeconds <= 3});
  for (const scores of report.lighthouse ?? []) {
    checks.push({budget: `Lighthouse mobile ${scores.route}`, limit: 'performance ≥ 90, accessibility 100', measured: `${scores.performance} / ${scores.accessibility}`, met: scores.performance >= 90 && scores.accessibility === 100});
  }
  return checks;
}

const table = (header: string[], rows: Array<Array<string | number>>) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/**
 * The report as Markdown.
 * @param report - a finished benchmark report
 */
export function formatMarkdown(report: BenchReport): string {
  const {builds, coalition} = report;
  const buildRow = (name: string, cost: ProcessCost) => [name, seconds(cost.wallSeconds), seconds(cost.cpuSeconds), `${(cost.peakRssMiB / 1024).toFixed(2)} GiB`];
  return [
    `# Benchmark${report.quick ? ' (quick)' : ''}: ${report.date}`,
    '',
    `Commit ${report.commit}; ${report.machine.cpus} CPUs, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}.`,
    `Coalition: ${coalition.cities} cities, ${coalition.organizations} organisations, ${coalition.playbooks} playbooks (${coalition.files} files, ${(coalition.bytes / 1024 / 1024).toFixed(1)} MiB), locales en + es.`,
    '',
    '## Build (one cold run each, same machine, same command)',
    '',
    table(['build', 'wall', 'CPU', 'peak RSS'], [buildRow('ours (Rspack, our plugins, search index, CSP)', builds.ours), ...(builds.stock ? [buildRow('stock Docusaurus (webpack, same Markdown)', builds.stock)] : [])]),
    '',
    builds.wallRatio === null ? 'Stock build skipped.' : `Ratio ours ÷ stock: wall ${builds.wallRatio.toFixed(2)}×, CPU ${builds.cpuRatio!.toFixed(2)}×.`,
    '',
    '## First load (gzip, empty cache)',
    '',
    table(['page', 'JS', 'total', 'requests', 'idle prefetch of linked routes (not counted)'], report.pages.map((page) => [page.route, kib(page.jsBytes), kib(page.totalBytes), page.requests, kib(page.prefetchBytes)])),
    '',
    `Organisation page JS: ${kib(report.organizationJsGrowth.smallJsBytes)} with ${report.organizationJsGrowth.smallOrganizations} organisations, ${kib(report.organizationJsGrowth.largeJsBytes)} with ${report.organizationJsGrowth.largeOrganizations}.`,
    '',
    '## Search (Pagefind, empty cache)',
    '',
    table(['query', 'search bytes', 'page + search bytes', 'time to first result', 'found'], report.search.map((search) => [search.query, kib(search.searchBytes), kib(search.pageBytes), `${search.msToFirstResult} ms`, search.results ? 'yes' : 'NO'])),
    '',
    '## Validator',
    '',
    `${report.validate.files.toLocaleString('en')} directory files: median ${seconds(report.validate.medianSeconds)} (runs: ${report.validate.runsSeconds.map(seconds).join(', ')}), the whole \`npm run validate\` process.`,
    '',
    ...(report.import ? ['## Import', '', formatImportCost(report.import), ''] : []),
    ...(report.lighthouse
      ? ['## Lighthouse 12.2.3 (mobile emulation)', '', table(['page', 'performance', 'accessibility', 'best practices', 'SEO'], report.lighthouse.map((s) => [s.route, s.performance, s.accessibility, s.bestPractices, s.seo])), '']
      : []),
    '## Budgets (DESIGN.md)',
    '',
    table(['budget', 'limit', 'measured', 'met'], checkBudgets(report).map((check) => [check.budget, check.limit, check.measured, check.met ? 'yes' : '**no**'])),
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
