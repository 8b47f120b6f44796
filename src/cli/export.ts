/**
 * `npm run export -- --format hsds|json|csv|all <outdir>`
 *
 * Writes the open-data exports of the coalition (the same files the build
 * publishes under /data/) into a folder: `hsds` writes the Open Referral
 * HSDS 3.0 data package, `json` the JSON files, `csv` organizations.csv,
 * `all` everything. Refuses to export content that does not validate.
 * Exit code: 0 on success, 1 when the content has errors, 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadCoalition} from '../lib/coalition';
import {readBuildInfo} from '../lib/exports/buildInfo';
import {coalitionDataFiles} from '../lib/exports/dataFiles';
import {formatReport} from '../lib/report';

const FORMATS = ['hsds', 'json', 'csv', 'all'] as const;
const USAGE =
  'Usage: npm run export -- --format hsds|json|csv|all <outdir> [--site <folder>] [--site-url https://…]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'all'},
        site: {type: 'string', default: '.'},
        'site-url': {
          type: 'string',
          default: process.env.SITE_URL ?? 'https://sanctuary-commons.example.org',
        },
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
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format) || positionals.length !== 1) {
    console.error(
      `${FORMATS.includes(format) ? 'Give exactly one output folder.' : `Unknown format "${values.format}".`}\n${USAGE}`,
    );
    return 2;
  }
  const siteDir = path.resolve(values.site!);
  let info;
  try {
    info = readBuildInfo(siteDir);
  } catch (error) {
    // A malformed SOURCE_DATE_EPOCH: the message says what to set.
    console.error((error as Error).message);
    return 2;
  }
  const coalition = loadCoalition(siteDir);
  const errors = coalition.problems.filter((problem) => problem.severity === 'error');
  if (errors.length) {
    console.error(
      `The content has problems; nothing was exported.\n\n${formatReport(errors, 'text', coalition.files.length)}`,
    );
    return 1;
  }
  const files = coalitionDataFiles({
    coalition,
    info,
    site: {siteUrl: values['site-url']!},
    readText: (file) => fs.readFileSync(path.join(siteDir, file), 'utf8'),
  }).filter(
    (file) =>
      format === 'all' ||
      (format === 'hsds' && file.path.startsWith('hsds/')) ||
      (format === 'json' && !file.path.startsWith('hsds/') && file.path.endsWith('.json')) ||
      (format === 'csv' && !file.path.startsWith('hsds/') && file.path.endsWith('.csv')),
  );
  const outDir = path.resolve(positionals[0]!);
  for (const file of files) {
    // The HSDS package is the folder itself when only HSDS is asked for.
    const relative = format === 'hsds' ? file.path.replace(/^hsds\//, '') : file.path;
    const target = path.join(outDir, relative);
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, file.text);
    console.log(
      `${String(Buffer.byteLength(file.text)).padStart(9)} B  ${path.relative(process.cwd(), target)}`,
    );
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
