/**
 * `npm run assemble -- --out <dir> <build> <build> …`
 *
 * Assembles one site from locales built separately, e.g. by the jobs of a CI
 * matrix (`npm run build -- --locale es --out-dir build-es`; each locale has
 * an explicit base URL, so `--locale es` writes `build-es/es/`). Copies every
 * build into `--out`, refusing two different files at one path, then checks
 * that every published locale is there with its search index and that the
 * Content-Security-Policy served at the root allows the one inline script of
 * every page. Exit code 1 with every problem listed, 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {assembleSite} from '../lib/assembleSite';
import {LOCALE_CODES} from '../lib/i18n/locales';

const USAGE =
  'Usage: npm run assemble -- --out <folder> [--locales en,es,fr] <build folder> [<build folder> …]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: {type: 'string'},
        locales: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const builds = parsed.positionals.map((folder) => path.resolve(folder));
  const missing = builds.filter((folder) => !fs.existsSync(folder));
  if (!parsed.values.out || builds.length === 0 || missing.length > 0) {
    console.error(
      `${missing.length ? `No such build folder: ${missing.join(', ')}\n` : ''}${USAGE}`,
    );
    return 2;
  }
  const locales = parsed.values.locales
    ? parsed.values.locales.split(',').map((code) => code.trim())
    : LOCALE_CODES;
  const problems = assembleSite(builds, path.resolve(parsed.values.out), locales);
  if (problems.length > 0) {
    console.error(
      `The assembled site is not ready to publish:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    return 1;
  }
  console.log(
    `Assembled ${builds.length} build(s) into ${parsed.values.out}: every locale (${locales.join(', ')}) with its search index, one policy for every page.`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
