/**
 * `npm run search:algolia [-- --dry-run] [--out <dir>] [--site <dir>] [--locales en,es] [--site-url <url>]`
 *
 * Builds one Algolia record per organisation, city hub and playbook section
 * in every locale, and replaces the index's records and settings (the
 * opt-in scale-out search; see docs/guides/scaling-search.md).
 * `--dry-run` writes the records and settings as JSON instead and sends nothing.
 *
 * Reads ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY and ALGOLIA_INDEX_NAME (not
 * needed for --dry-run), and SITE_URL for absolute result links.
 * Exit code: 0 done, 1 content errors or Algolia refused, 2 bad usage or missing variables.
 */
import {siteRootUrl} from '../lib/siteUrl';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadCoalition} from '../lib/coalition';
import {formatReport} from '../lib/report';
import {buildRecords, recordStats, type RecordStats} from './algolia/records';
import {indexSettings} from './algolia/settings';
import {MAX_RECORD_BYTES} from './algolia/recordSize';
import {createAdminClient, pushIndex} from './algolia/pushIndex';
import {describeAlgoliaError, missingIndexerVariables} from './algolia/describeError';

/** Same placeholder as `docusaurus.config.ts`; only dry runs may use it. */
const DEFAULT_SITE_URL = 'https://sanctuary-commons.example.org';
/** The site's locales, default first (docusaurus.config.ts `i18n.locales`). */
const DEFAULT_LOCALES = 'en,es';
const USAGE =
  'Usage: npm run search:algolia -- [--dry-run] [--out <dir>] [--site <dir>] [--locales en,es] [--site-url <url>]';

/** One readable summary: counts by locale and kind, total size, largest record. */
export function formatStats(stats: RecordStats, truncated: number): string {
  const kinds = Object.keys(stats.byKind).sort();
  const rows = Object.entries(stats.byLocaleKind).map(
    ([locale, counts]) =>
      `  ${locale.padEnd(8)}${kinds.map((kind) => String(counts[kind] ?? 0).padStart(14)).join('')}${String(stats.byLocale[locale]).padStart(10)}`,
  );
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  return [
    `  ${'locale'.padEnd(8)}${kinds.map((kind) => kind.padStart(14)).join('')}${'total'.padStart(10)}`,
    ...rows,
    `  ${'all'.padEnd(8)}${kinds.map((kind) => String(stats.byKind[kind]).padStart(14)).join('')}${String(stats.total).padStart(10)}`,
    `${stats.total} records, ${kb(stats.totalBytes)} in all (${stats.total ? kb(stats.totalBytes / stats.total) : '0 kB'} on average).`,
    stats.largest
      ? `Largest record: ${stats.largest.objectID} (${stats.largest.bytes} bytes; limit ${MAX_RECORD_BYTES}).`
      : 'No records.',
    truncated > 0
      ? `${truncated} record(s) had their text cut to fit the limit.`
      : 'No record needed cutting.',
    stats.overLimit.length > 0
      ? `OVER THE LIMIT: ${stats.overLimit.join(', ')}`
      : `Every record is within Algolia's ${MAX_RECORD_BYTES}-byte limit.`,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        'dry-run': {type: 'boolean', default: false},
        out: {type: 'string', default: 'build/algolia'},
        site: {type: 'string', default: '.'},
        locales: {type: 'string', default: DEFAULT_LOCALES},
        'site-url': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const {values} = parsed;
  if (values.help) {
    console.log(
      `${USAGE}\nBuilds the Algolia records of the coalition and replaces the index (ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME).\n--dry-run writes <out>/records.json and <out>/settings.json and sends nothing.`,
    );
    return 0;
  }
  const siteUrl = values['site-url'] || process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  if (!/^https:\/\/[^/]+/.test(siteUrl)) {
    console.error(
      `--site-url (or SITE_URL) must be the https:// address of the published site, not "${siteUrl}".`,
    );
    return 2;
  }
  const locales = values
    .locales!.split(',')
    .map((locale) => locale.trim())
    .filter(Boolean);
  const unknownLocales = locales.filter((locale) => !DEFAULT_LOCALES.split(',').includes(locale));
  if (locales.length === 0 || unknownLocales.length > 0) {
    // Each locale becomes part of every record's URL: only the site's own locales make real pages.
    console.error(
      `--locales must list the site's locales (${DEFAULT_LOCALES}); not: ${unknownLocales.join(', ') || '(none given)'}.`,
    );
    return 2;
  }
  const siteDir = path.resolve(values.site!);

  // Fail before reading any content when the records could not be sent anyway.
  // Result links of a real index must point at the published site, not the placeholder address.
  const missing = values['dry-run']
    ? []
    : [
        ...missingIndexerVariables(process.env),
        ...(values['site-url'] || process.env.SITE_URL?.trim() ? [] : ['SITE_URL']),
      ];
  if (missing.length > 0) {
    console.error(
      `Missing ${missing.join(', ')}. Set ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY (an Admin API key: never the search-only key, never committed), ALGOLIA_INDEX_NAME and SITE_URL (the https:// address of the published site), ` +
        'or run with --dry-run to check the records without sending them. See docs/guides/scaling-search.md.',
    );
    return 2;
  }

  const coalition = loadCoalition(siteDir);
  const errors = coalition.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    console.error(
      `${formatReport(errors, 'text', coalition.files.length)}\nThe content has errors, so nothing was indexed. Fix them first (npm run validate).`,
    );
    return 1;
  }
  const readFile = (relative: string) => {
    const file = path.join(siteDir, relative);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  };
  // Under a base path (BASE_URL, e.g. /commons/), records point at https://host/commons/…
  const {records, truncated} = buildRecords({
    coalition,
    siteUrl: siteRootUrl(siteUrl, process.env.BASE_URL ?? '/'),
    locales,
    readFile,
  });
  const settings = indexSettings(locales);
  const stats = recordStats(records);
  console.log(formatStats(stats, truncated.length));
  if (stats.overLimit.length > 0) return 1;

  if (values['dry-run']) {
    const outDir = path.resolve(values.out!);
    fs.mkdirSync(outDir, {recursive: true});
    fs.writeFileSync(path.join(outDir, 'records.json'), `${JSON.stringify(records, null, 2)}\n`);
    fs.writeFileSync(path.join(outDir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
    console.log(
      `Dry run: wrote ${path.relative(process.cwd(), outDir) || '.'}/records.json and settings.json; nothing was sent.`,
    );
    return 0;
  }

  const target = {
    appId: process.env.ALGOLIA_APP_ID!.trim(),
    adminApiKey: process.env.ALGOLIA_ADMIN_API_KEY!.trim(),
    indexName: process.env.ALGOLIA_INDEX_NAME!.trim(),
  };
  try {
    const summary = await pushIndex(createAdminClient(target), {
      indexName: target.indexName,
      records,
      settings,
    });
    console.log(
      `Replaced the records of "${summary.indexName}" with ${summary.records} records in ${summary.batches} batch(es) and applied its settings.`,
    );
    return 0;
  } catch (error) {
    console.error(describeAlgoliaError(error, target));
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Anything unexpected still reaches the reader as one line, not a stack trace.
    console.error(
      `search:algolia failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
