import fs from 'node:fs';
import path from 'node:path';
import {checkDirectoryEntry} from '../directoryEntry';
import {checkPhoneCountry} from '../checks/phoneCountry';
import {readCityCountry} from '../cityCountry';
import {slugSchema} from '../schema/common';
import type {Problem} from '../problems';
import {cityYaml, organizationYaml} from './toYaml';
import type {ImportDrafts, OrganizationDraft, RowProblem} from './draft';

/**
 * Checks imported drafts with the validator's own code (the same schema
 * and safety rules as `npm run validate` and the build) and writes the
 * accepted entries without ever leaving a half-written import behind.
 */

/** A file the import writes, relative to the content root, e.g. `directory/minneapolis/x.yml`. */
export type PlannedFile = {file: string; text: string; source: string; row: number};

/** The outcome of an import. */
export type ImportReport = {
  /** Files written (or that would be written with --dry-run). */
  accepted: PlannedFile[];
  /** Every reason a row was refused; a row may have several. */
  refused: RowProblem[];
  /** Rows read. */
  rows: number;
  /** How many rows were refused. */
  refusedRows: number;
  dryRun: boolean;
};

/**
 * Validates every draft and, unless `dryRun`, writes the accepted files.
 *
 * Writing is staged: every file is first written into a temporary folder
 * next to the target, then linked into place with `fs.linkSync`, which is
 * atomic and refuses to replace an existing file; if any link fails, the
 * files already placed are removed again, so the target ends as it began.
 * @param drafts - what an importer read
 * @param options.contentRoot - folder that holds (or will hold) `directory/`
 * @param options.dryRun - check only, write nothing
 * @param options.now - reference date for the validator's date checks
 * @param options.onProgress - called after each organisation is checked with (done, total)
 * @throws Error when writing fails (after rolling back); never for a bad row
 */
export function importEntries(drafts: ImportDrafts, options: {contentRoot: string; dryRun?: boolean; now?: Date; onProgress?: (done: number, total: number) => void}): ImportReport {
  const {contentRoot} = options;
  const directory = path.join(contentRoot, 'directory');
  const refused: RowProblem[] = [...drafts.problems];
  const refusedRows = new Set<string>(drafts.problems.map((problem) => `${problem.source}:${problem.row}`));
  const accepted: PlannedFile[] = [];
  const refuse = (problem: RowProblem) => {
    refused.push(problem);
    refusedRows.add(`${problem.source}:${problem.row}`);
  };

  const existingCities = new Set(fs.existsSync(directory) ? fs.readdirSync(directory).filter((city) => fs.existsSync(path.join(directory, city, '_city.yml'))) : []);
  const existingSlugs = new Map<string, string>();
  if (fs.existsSync(directory)) {
    for (const city of fs.readdirSync(directory)) {
      const folder = path.join(directory, city);
      if (!fs.statSync(folder).isDirectory()) continue;
      for (const name of fs.readdirSync(folder)) if (name.endsWith('.yml') && name !== '_city.yml') existingSlugs.set(name.replace(/\.yml$/, ''), `directory/${city}/${name}`);
    }
  }

  // City hubs carried by the package, for cities the target does not have yet.
  const newCities = new Set<string>();
  // Each city's country, for safety rule 11 (phone numbers belong to it unless a channel says why not).
  const cityCountries = new Map<string, string | undefined>();
  const countryOf = (city: string) => {
    if (!cityCountries.has(city)) cityCountries.set(city, readCityCountry(contentRoot, city));
    return cityCountries.get(city);
  };
  for (const city of drafts.cities) {
    if (existingCities.has(city.slug)) continue;
    const file = `directory/${city.slug}/_city.yml`;
    const text = cityYaml(city.data);
    const problems = [...city.problems, ...errorsOf(checkDirectoryEntry({file, text, kind: 'city', siteDir: contentRoot, now: options.now}).problems, city, {})];
    if (!slugSchema.safeParse(city.slug).success) problems.push({source: city.source, row: city.row, column: 'id', field: '(slug)', message: `"${city.slug}" is not a valid city slug.`, fix: 'Use lowercase letters, digits and hyphens.'});
    if (problems.length) problems.forEach(refuse);
    else {
      accepted.push({file, text, source: city.source, row: city.row});
      newCities.add(city.slug);
      cityCountries.set(city.slug, String(city.data.country));
    }
  }

  const seen = new Map<string, OrganizationDraft>();
  for (const [index, draft] of drafts.organizations.entries()) {
    options.onProgress?.(index + 1, drafts.organizations.length);
    const problems = [...draft.problems];
    const where = {source: draft.source, row: draft.row};
    if (draft.city && !existingCities.has(draft.city) && !newCities.has(draft.city)) {
      problems.push({...where, column: draft.columns.city, field: '(city)', message: `There is no city "${draft.city}" in ${path.relative(process.cwd(), directory) || 'directory'}/.`, fix: `Create directory/${draft.city}/_city.yml from templates/city.yml first, or map the row to an existing city.`});
    }
    const previous = seen.get(draft.slug);
    if (draft.slug && previous) {
      problems.push({...where, field: '(slug)', message: `The slug "${draft.slug}" is also made by row ${previous.row}.`, fix: 'Give one of the two organisations a different name or a Slug column value.'});
    }
    if (draft.slug && existingSlugs.has(draft.slug)) {
      problems.push({...where, field: '(slug)', message: `An organisation with the slug "${draft.slug}" already exists: ${existingSlugs.get(draft.slug)}.`, fix: 'Update that file instead, or import into an empty --out folder.'});
    }
    // Slugs become file names: anything but the slug pattern (e.g. ../../x) is refused before a path is made.
    if (draft.city && !slugSchema.safeParse(draft.city).success) {
      problems.push({...where, column: draft.columns.city, field: '(city)', message: `"${draft.city}" is not a valid city slug.`, fix: 'Use the city folder name: lowercase letters, digits and hyphens, e.g. minneapolis.'});
    }
    if (draft.slug && !slugSchema.safeParse(draft.slug).success) {
      problems.push({...where, column: draft.columns.slug, field: '(slug)', message: `"${draft.slug}" is not a valid slug.`, fix: 'Use lowercase letters, digits and hyphens only, e.g. northside-rapid-response.'});
    }
    if (problems.length) {
      problems.forEach(refuse);
      continue;
    }
    const file = `directory/${draft.city || '_'}/${draft.slug || '_'}.yml`;
    const text = organizationYaml(draft.data);
    const checked = checkDirectoryEntry({file, text, kind: 'organization', siteDir: contentRoot, now: options.now});
    problems.push(...errorsOf(checked.problems, draft, draft.columns));
    const cityCountry = countryOf(draft.city);
    if (cityCountry && checked.locate) problems.push(...errorsOf(checkPhoneCountry({file, data: checked.data, locate: checked.locate}, cityCountry), draft, draft.columns));
    if (problems.length) {
      problems.forEach(refuse);
      continue;
    }
    seen.set(draft.slug, draft);
    accepted.push({file, text, ...where});
  }

  const report: ImportReport = {accepted, refused, rows: drafts.organizations.length, refusedRows: refusedRows.size, dryRun: options.dryRun === true};
  if (!options.dryRun && accepted.length) writeAtomically(contentRoot, accepted);
  return report;
}

/** The validator's errors (warnings such as "stale" do not refuse a row) as row problems. */
function errorsOf(problems: Problem[], where: {source: string; row: number}, columns: Record<string, string>): RowProblem[] {
  return problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => {
      const prefix = Object.keys(columns).filter((key) => problem.field === key || problem.field.startsWith(`${key}.`) || problem.field.startsWith(`${key}[`)).sort((a, b) => b.length - a.length)[0];
      return {source: where.source, row: where.row, column: prefix ? columns[prefix] : undefined, field: problem.field, message: problem.message, fix: problem.fix};
    });
}

/**
 * Writes files into a staging folder, then links each into place (no file
 * is ever replaced); on any failure removes what was placed.
 * @throws Error describing the failure after rolling back
 */
function writeAtomically(contentRoot: string, files: PlannedFile[]): void {
  const directory = path.resolve(contentRoot, 'directory');
  const outside = files.find((file) => !path.resolve(contentRoot, file.file).startsWith(`${directory}${path.sep}`));
  if (outside) throw new Error(`Refusing to write ${outside.file}: every imported file must stay inside ${directory}.`);
  fs.mkdirSync(contentRoot, {recursive: true});
  const stage = fs.mkdtempSync(path.join(contentRoot, '.import-'));
  const placed: string[] = [];
  const createdDirs: string[] = [];
  // Ctrl-C or a stop signal while files are placed would leave half an import:
  // hold the signal until every file is placed or rolled back, then act on it.
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => held.push(signal);
  for (const signal of HELD_SIGNALS) process.on(signal, hold);
  try {
    for (const file of files) {
      const staged = path.join(stage, file.file);
      fs.mkdirSync(path.dirname(staged), {recursive: true});
      fs.writeFileSync(staged, file.text, {flag: 'wx'});
    }
    for (const file of files) {
      const target = path.join(contentRoot, file.file);
      const dir = path.dirname(target);
      if (!fs.existsSync(dir)) {
        fs.mkdirSync(dir, {recursive: true});
        createdDirs.push(dir);
      }
      fs.linkSync(path.join(stage, file.file), target);
      placed.push(target);
    }
  } catch (error) {
    for (const target of placed.reverse()) fs.rmSync(target, {force: true});
    for (const dir of createdDirs.reverse()) fs.rmSync(dir, {recursive: true, force: true});
    throw new Error(`Nothing was imported: writing failed (${(error as Error).message.split('\n')[0]}); the files already placed were removed.`);
  } finally {
    fs.rmSync(stage, {recursive: true, force: true});
    // A signal that arrived during the synchronous writes is delivered on the
    // next turn of the event loop (before setImmediate callbacks): act on it then.
    setImmediate(() => {
      for (const signal of HELD_SIGNALS) process.off(signal, hold);
      if (held.length > 0) process.kill(process.pid, held[0]);
    });
  }
}

const HELD_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
