/**
 * `npm run import -- --from hsds <folder> [--map <mapping.yml>]`
 * `npm run import -- --from csv <file.csv> --map <mapping.yml>`
 *   options: --out <content root holding directory/> (default: .), --dry-run, --format text|json
 *
 * Reads an Open Referral HSDS package or a spreadsheet CSV, turns every
 * row into `directory/<city>/<slug>.yml`, checks each with the same
 * validator and safety rules as `npm run validate`, writes the accepted
 * ones (staged, never replacing a file) and reports every refused row
 * with its row number, column, field and a fix. A progress bar is shown
 * on a terminal for files of 200 rows or more.
 * Exit code: 0 when every row was imported, 1 when any row was refused, 2 on bad usage or unreadable input.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {SingleBar, Presets} from 'cli-progress';
import {draftsFromCsv} from '../lib/import/fromCsv';
import {draftsFromHsds} from '../lib/import/fromHsds';
import {importEntries} from '../lib/import/importEntries';
import {parseMapping, type ImportMapping} from '../lib/import/mapping';
import {formatImportReport} from '../lib/import/report';
import type {ImportDrafts} from '../lib/import/draft';

const USAGE = 'Usage: npm run import -- --from hsds <folder> [--map mapping.yml] | --from csv <file.csv> --map mapping.yml  [--out <folder holding directory/>] [--dry-run] [--format text|json]';
/** Rows from which a progress bar is worth showing. */
const PROGRESS_THRESHOLD = 200;

function progressBar(label: string): {update: (done: number, total: number) => void; stop: () => void} {
  let bar: SingleBar | undefined;
  return {
    update(done, total) {
      if (total < PROGRESS_THRESHOLD || !process.stderr.isTTY) return;
      if (!bar) {
        bar = new SingleBar({format: `${label} [{bar}] {value}/{total}`, stream: process.stderr}, Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({args: argv, allowPositionals: true, options: {
      from: {type: 'string'},
      map: {type: 'string'},
      out: {type: 'string', default: '.'},
      'dry-run': {type: 'boolean', default: false},
      format: {type: 'string', default: 'text'},
      help: {type: 'boolean', short: 'h'},
    }});
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const {values, positionals} = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!['hsds', 'csv'].includes(values.from ?? '') || positionals.length !== 1 || (values.from === 'csv' && !values.map) || !['text', 'json'].includes(values.format!)) {
    console.error(USAGE);
    return 2;
  }
  const input = path.resolve(positionals[0]!);
  const contentRoot = path.resolve(values.out!);
  let mapping: ImportMapping | undefined;
  const bar = progressBar('Reading rows  ');
  let drafts: ImportDrafts;
  try {
    if (values.map) mapping = parseMapping(fs.readFileSync(values.map, 'utf8'), values.map);
    drafts = values.from === 'csv'
      ? draftsFromCsv(fs.readFileSync(input, 'utf8'), mapping!, path.basename(input), bar.update)
      : draftsFromHsds(input, mapping ?? {defaults: {}}, bar.update);
  } catch (error) {
    bar.stop();
    console.error(`Nothing was imported: ${(error as Error).message}`);
    return 2;
  }
  bar.stop();
  try {
    const checking = progressBar('Checking rows ');
    const report = importEntries(drafts, {contentRoot, dryRun: values['dry-run'], onProgress: checking.update});
    checking.stop();
    console.log(values.format === 'json' ? JSON.stringify(report, (key, value) => (key === 'text' ? undefined : value), 2) : formatImportReport(report, path.relative(process.cwd(), path.join(contentRoot, 'directory')) || 'directory'));
    return report.refused.length ? 1 : 0;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
