/**
 * `npm run i18n:status [-- --format text|json] [--site <dir>] [--verbose]`
 *
 * Per locale: the share of interface strings, guides, playbooks, blog posts
 * and organisation and city summaries that are translated, and the list of
 * translations whose English original changed since (docs/guides/translating.md).
 * The /translations page of the site shows the same numbers.
 * Exit code: 0 (the report is information, not a check), 2 on bad usage or unreadable files.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadCoalition} from '../lib/coalition';
import {translationStatus} from '../lib/i18n/status';
import {formatStatus} from '../lib/i18n/statusReport';
import {extractEnglishMessages, readLocaleMessages} from '../lib/i18n/interfaceMessages';

const USAGE =
  'Usage: npm run i18n:status -- [--format text|json] [--site <content folder>] [--verbose]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({values} = parseArgs({
      args: argv,
      options: {
        format: {type: 'string', default: 'text'},
        site: {type: 'string', default: '.'},
        verbose: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h'},
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    console.error(`Unknown format "${values.format}". Use text or json.\n${USAGE}`);
    return 2;
  }
  const repoDir = process.cwd();
  const contentDir = path.resolve(values.site!);
  if (!fs.existsSync(path.join(repoDir, 'docusaurus.config.ts'))) {
    console.error(
      'Run this from the repository root (the folder with docusaurus.config.ts); use --site for another content folder.',
    );
    return 2;
  }
  if (
    !['directory', 'docs', 'blog'].some((folder) => fs.existsSync(path.join(contentDir, folder)))
  ) {
    console.error(
      `${contentDir} has no directory/, docs/ or blog/ folder: nothing to report. Use --site with a content folder, or run from the repository root.`,
    );
    return 2;
  }
  if (values.format === 'text')
    process.stderr.write('Extracting the interface strings with docusaurus write-translations…\n');
  const english = await extractEnglishMessages(repoDir, {SANCTUARY_CONTENT_DIR: contentDir});
  const {messages, sameOnPurpose} = readLocaleMessages(path.join(contentDir, 'i18n'), english);
  const status = translationStatus(loadCoalition(contentDir), messages, sameOnPurpose);
  console.log(
    values.format === 'json'
      ? JSON.stringify(status, null, 2)
      : formatStatus(status, {verbose: values.verbose}),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 2;
  },
);
