import {parseBuildPhases} from '../buildPhases';
import {buildTimeCause, formatMarkdown, type BenchReport} from '../report';

// Lines as Docusaurus 3.10 prints them with DOCUSAURUS_PERF_LOGGER=true (two locales, other output between).
const LOG = [
  '[INFO] [en] Creating an optimized production build...',
  '[PERF] Build > en > Load site > Load context - 309.77 ms - (Heap 99mb -> 117mb / Total 138mb)',
  '[PERF] Build > en > Load site - 45.89 seconds! - (Heap 99mb -> 534mb / Total 574mb)',
  '[PERF] Build > en > Bundling with rspack - 21.20 seconds! - (Heap 601mb -> 905mb / Total 958mb)',
  '[PERF] Build > en > SSG > Thread pool > Result for task 1 - 420.00 ms',
  '[PERF] Build > en > SSG - 16.49 seconds! - (Heap 905mb -> 914mb / Total 960mb)',
  '[PERF] Build > en > postBuild() - 13.26 seconds! - (Heap 917mb -> 991mb / Total 1046mb)',
  '[PERF] Build > en - 97.59 seconds! - (Heap 99mb -> 998mb / Total 1051mb)',
  '[search] Indexed 3109 pages for locale "es"',
  '\u001b[36m[PERF] Build > es > Load site - 950.5 ms\u001b[39m',
  '[PERF] Build > es > Bundling with webpack - 40.10 seconds!',
].join('\n');

describe('build phases', () => {
  it('reads each locale’s top-level phases, in build order, ms and seconds alike', () => {
    expect(parseBuildPhases(LOG)).toEqual([
      {locale: 'en', load: 45.89, bundle: 21.2, ssg: 16.49, postBuild: 13.26, total: 97.59},
      {locale: 'es', load: 0.9505, bundle: 40.1, ssg: null, postBuild: null, total: null},
    ]);
    expect(parseBuildPhases('no timings here\n[PERF] Build - 3 seconds')).toEqual([]);
  });

  it('say what a missed build budget is made of, in the report', () => {
    const phase = (locale: string, bundle: number, ssg: number) => ({
      locale,
      load: 10,
      bundle,
      ssg,
      postBuild: 12,
      total: 10 + bundle + ssg + 12,
    });
    const cost = (wallSeconds: number) => ({
      wallSeconds,
      cpuSeconds: wallSeconds,
      peakRssMiB: 1000,
      exitCode: 0,
      outputTail: '',
    });
    const report = {
      date: '2026-12-05',
      commit: 'abc1234',
      quick: false,
      machine: {cpus: 2, memoryGiB: 24, node: '20'},
      coalition: {cities: 1, organizations: 2, playbooks: 3, files: 6, bytes: 1},
      locales: 3,
      builds: {
        ours: cost(180),
        stock: cost(180),
        wallRatio: 1,
        cpuRatio: 1,
        phases: {
          ours: [phase('en', 18, 17), phase('es', 17, 16), phase('fr', 19, 18)],
          stock: [phase('en', 40, 17)],
        },
      },
      outputs: {
        ours: {files: 1, bytes: 1, largestFileBytes: 1, clientRoutes: 1},
        small: {files: 1, bytes: 1, largestFileBytes: 1, clientRoutes: 1},
        stock: null,
      },
      pages: [],
      growth: {smallOrganizations: 1, largeOrganizations: 2, pages: []},
      search: [],
      validate: {files: 1, coldSeconds: 1, runsSeconds: [1], medianSeconds: 1},
      lighthouse: null,
    } satisfies BenchReport;
    expect(buildTimeCause(report)).toBe(
      '0.5× leaves 30.0 s per locale; Docusaurus\'s own bundling and server rendering take 35.0 s per locale here (median; stock: 57.0 s); then ours loads and checks the content (10.0 s) and indexes and checks every page (12.0 s); see "Where each locale\'s build time goes"',
    );
    const markdown = formatMarkdown(report);
    expect(markdown).toContain('| ours es | 10.0 s | 17.0 s | 16.0 s | 12.0 s | 55.0 s |');
    expect(markdown).toContain('| stock en | 10.0 s | 40.0 s | 17.0 s | 12.0 s | 79.0 s |');
    // A report without phases (older JSON) keeps the general cause and has no phase table.
    const {phases: _phases, ...builds} = report.builds;
    expect(buildTimeCause({...report, builds})).toMatch(/^ours renders every organisation/);
    expect(formatMarkdown({...report, builds})).not.toContain(
      "Where each locale's build time goes",
    );
  });
});
