/**
 * `npm run import -- --from hsds <folder> [--map <mapping.yml>]`
 * `npm run import -- --from csv <file.csv> --map <mapping.yml>`
 *   options: --out <content root holding directory/> (default: .), --dry-run, --format text|json,
 *            --update, --create-cities, --skip-invalid-channels, --duplicates refuse|suffix-city
 *
 * Reads an Open Referral HSDS package or a spreadsheet CSV, turns every
 * row into `directory/<city>/<slug>.yml`, checks each with the same
 * validator and safety rules as `npm run validate`, writes the accepted
 * ones (staged; never replacing a file, except the entries --update
 * rewrites) and reports every refused row with its row number, column,
 * field and a fix, every warning, every value written differently from its
 * cell and everything not imported.
 * Progress: a bar on a terminal; without one (CI logs), a line every few seconds.
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
import {formatImportReport, notImported, summarize} from '../lib/import/report';
import type {ImportDrafts} from '../lib/import/draft';
import {cityTimezonesGazetteer} from './import/gazetteer';

const USAGE = [
  'Usage: npm run import -- --from hsds <folder> [--map mapping.yml] | --from csv <file.csv> --map mapping.yml',
  '  [--out <folder holding directory/>] [--dry-run] [--format text|json] [--update] [--create-cities]',
  '  [--skip-invalid-channels] [--duplicates refuse|suffix-city]',
].join('\n');
/** Rows from which progress is worth showing. */
const PROGRESS_THRESHOLD = 200;
/** Seconds between progress lines when stderr is not a terminal (CI logs). */
const LOG_EVERY_SECONDS = 5;

/**
 * Progress on stderr: a bar on a terminal; otherwise a plain line at most
 * every few seconds and at the end, so CI logs show a long import moving.
 */
export function progress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
): {update: (done: number, total: number) => void; stop: () => void} {
  let bar: SingleBar | undefined;
  let last = now();
  let pending: string | undefined;
  return {
    update(done, total) {
      if (total < PROGRESS_THRESHOLD) return;
      if (stream.isTTY) {
        if (!bar) {
          bar = new SingleBar(
            {format: `${label} [{bar}] {value}/{total}`, stream},
            Presets.shades_classic,
          );
          bar.start(total, 0);
        }
        bar.update(done);
        return;
      }
      const line = `${label.trim()}: ${done}/${total} (${Math.floor((done / total) * 100)}%)\n`;
      if (done === total || now() - last >= LOG_EVERY_SECONDS * 1000) {
        stream.write(line);
        last = now();
        pending = undefined;
      } else pending = line;
    },
    stop() {
      bar?.stop();
      if (pending) stream.write(pending);
    },
  };
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: {type: 'string'},
        map: {type: 'string'},
        out: {type: 'string', default: '.'},
        'dry-run': {type: 'boolean', default: false},
        format: {type: 'string', default: 'text'},
        update: {type: 'boolean', default: false},
        'create-cities': {type: 'boolean', default: false},
        'skip-invalid-channels': {type: 'boolean', default: false},
        duplicates: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const {values, positionals} = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const badDuplicates =
    values.duplicates !== undefined && !['refuse', 'suffix-city'].includes(values.duplicates);
  if (
    !['hsds', 'csv'].includes(values.from ?? '') ||
    positionals.length !== 1 ||
    (values.from === 'csv' && !values.map) ||
    !['text', 'json'].includes(values.format!) ||
    badDuplicates
  ) {
    console.error(USAGE);
    return 2;
  }
  const input = path.resolve(positionals[0]!);
  const contentRoot = path.resolve(values.out!);
  let mapping: ImportMapping | undefined;
  const reading = progress('Reading rows  ');
  let drafts: ImportDrafts;
  try {
    if (values.map) mapping = parseMapping(fs.readFileSync(values.map, 'utf8'), values.map);
    drafts =
      values.from === 'csv'
        ? draftsFromCsv(
            fs.readFileSync(input, 'utf8'),
            mapping!,
            path.basename(input),
            reading.update,
          )
        : draftsFromHsds(input, mapping ?? {defaults: {}}, reading.update);
  } catch (error) {
    reading.stop();
    console.error(`Nothing was imported: ${(error as Error).message}`);
    return 2;
  }
  reading.stop();
  try {
    const checking = progress('Checking rows ');
    const report = importEntries(drafts, {
      contentRoot,
      dryRun: values['dry-run'],
      onProgress: checking.update,
      country: mapping?.country,
      cityDefaults: mapping?.city_defaults,
      gazetteer: values['create-cities'] ? cityTimezonesGazetteer : undefined,
      skipInvalidChannels: values['skip-invalid-channels'],
      update: values.update,
      duplicates:
        (values.duplicates as 'refuse' | 'suffix-city' | undefined) ?? mapping?.duplicates,
    });
    checking.stop();
    if (values.format === 'json') {
      console.log(
        JSON.stringify(
          {summary: summarize(report), notImported: notImported(report), ...report},
          (key, value) => (key === 'text' ? undefined : value),
          2,
        ),
      );
    } else {
      console.log(
        formatImportReport(
          report,
          path.relative(process.cwd(), path.join(contentRoot, 'directory')) || 'directory',
        ),
      );
    }
    return report.refused.length ? 1 : 0;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
