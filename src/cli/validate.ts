/**
 * `npm run validate [paths…] [--format text|github|json]`
 *
 * Checks every contributed file (or only the given ones; cross-references
 * are still resolved against the whole repository) and prints every
 * problem with its file, line, column, field and a fix.
 * Exit code: 1 when there is any error, 0 when there are only warnings, 2 on bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadCoalition} from '../lib/coalition';
import {warmSiteResults} from '../lib/validation/parallel';
import {CATALOGUE_LOCALES} from '../lib/checks/problemTexts';
import {REPORT_FORMATS, formatReport, type ReportFormat} from '../lib/report';

/**
 * A path given on the command line, as a site-relative path with forward slashes. A relative path is read
 * inside the site (`--site /tmp/copy directory/x/y.yml`), unless only the working directory has it (a path
 * completed by the shell).
 * @param siteDir - absolute site root
 * @param given - as typed
 * @returns e.g. `directory/x/y.yml`; starts with `../` when the path is outside the site
 */
function sitePath(siteDir: string, given: string): string {
  const fromHere = path.resolve(given);
  const inSite = path.resolve(siteDir, given);
  const resolved =
    path.isAbsolute(given) || (!fs.existsSync(inSite) && fs.existsSync(fromHere))
      ? fromHere
      : inSite;
  return path.relative(siteDir, resolved).split(path.sep).join('/');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'text'},
        locale: {type: 'string', default: 'en'},
        site: {type: 'string', default: '.'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    console.error(
      `${(error as Error).message}\nUsage: npm run validate -- [paths…] [--format text|github|json]`,
    );
    return 2;
  }
  const {values, positionals} = parsed;
  if (values.help) {
    console.log(
      'Usage: npm run validate -- [paths…] [--format text|github|json] [--locale en|es|fr] [--site <dir>]\nChecks directory/, docs/, blog/ and i18n/ (or only the given paths); --locale words the problems that have a catalogue code in that language.',
    );
    return 0;
  }
  if (!REPORT_FORMATS.includes(values.format as ReportFormat)) {
    console.error(`Unknown format "${values.format}". Use one of: ${REPORT_FORMATS.join(', ')}.`);
    return 2;
  }
  if (!(CATALOGUE_LOCALES as readonly string[]).includes(values.locale!)) {
    console.error(
      `Unknown locale "${values.locale}". Use one of: ${CATALOGUE_LOCALES.join(', ')}.`,
    );
    return 2;
  }
  const siteDir = path.resolve(values.site!);
  if (!['directory', 'docs', 'blog'].some((folder) => fs.existsSync(path.join(siteDir, folder)))) {
    console.error(
      `${siteDir} has no directory/, docs/ or blog/ folder: nothing to check. Run the command from the repository root or pass --site <folder>.`,
    );
    return 2;
  }
  // New or changed directory and Markdown files are checked on every core first; the rest come from the cache.
  await warmSiteResults(siteDir);
  const coalition = loadCoalition(siteDir);
  const wanted = positionals.map((given) => sitePath(siteDir, given));
  const unknown = wanted.filter(
    (p) => !coalition.files.some((file) => file === p || file.startsWith(`${p}/`)),
  );
  if (unknown.length) {
    const outside = unknown.filter((p) => p.startsWith('../') || path.isAbsolute(p));
    const inside = unknown.filter((p) => !outside.includes(p));
    if (inside.length)
      console.error(
        `Not a contributed file of ${siteDir} (looked in directory/, docs/, blog/, i18n/): ${inside.join(', ')}`,
      );
    if (outside.length)
      console.error(
        `Outside the site folder ${siteDir}: ${outside.map((p) => path.resolve(siteDir, p)).join(', ')}. ` +
          'Give paths inside it, relative to it (e.g. directory/<city>/<org>.yml) or absolute.',
      );
    return 2;
  }
  const inScope = (file: string) =>
    wanted.length === 0 || wanted.some((p) => file === p || file.startsWith(`${p}/`));
  const problems = coalition.problems.filter((problem) => inScope(problem.file));
  const checked = coalition.files.filter(inScope).length;
  console.log(formatReport(problems, values.format as ReportFormat, checked, values.locale));
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
