import fs from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {checkDirectoryEntry} from '../directoryEntry';
import {hsdsId} from '../exports/hsds/ids';
import {slugSchema} from '../schema/common';
import type {Problem} from '../problems';
import {buildChannels, type PhoneCountry} from './channels';
import {citiesFromGazetteer, type CityDefaults, type Gazetteer} from './cities';
import {withMappingFix} from './mappingFixes';
import {cityYaml, organizationYaml} from './toYaml';
import {mergeForUpdate, updatedYaml, type FieldDiff} from './update';
import type {Change, CityDraft, ImportDrafts, OrganizationDraft, RowProblem, Skipped, Where} from './draft';

/**
 * Checks imported drafts with the validator's own code (the same schema
 * and safety rules as `npm run validate` and the build), reports every
 * refusal, warning, change and value not imported, and writes the accepted
 * entries without ever leaving a half-written import behind.
 */

/** A file the import writes, relative to the content root, e.g. `directory/minneapolis/x.yml`. */
export type PlannedFile = {
  file: string;
  text: string;
  source: string;
  row: number;
  /** create: a new file; update: an existing entry rewritten (--update). */
  action: 'create' | 'update';
  /** With --update: what changed, field by field. */
  diffs?: FieldDiff[];
  /** Entry field → the cell it was read from (fields from the mapping's defaults have none). */
  provenance?: Record<string, Where>;
};

/** How the import treats what it meets. */
export type ImportOptions = {
  /** Folder that holds (or will hold) `directory/`. */
  contentRoot: string;
  /** Check only, write nothing. */
  dryRun?: boolean;
  /** Reference date for the validator's date checks. */
  now?: Date;
  /** Called after each organisation is checked with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Country in which numbers without + are read when neither the city nor a country column says (the mapping's country:). */
  country?: string;
  /** Write missing city hubs from this gazetteer (--create-cities). */
  gazetteer?: Gazetteer;
  /** Summary and maintainers of the city hubs the gazetteer gives (the mapping's city_defaults:). */
  cityDefaults?: CityDefaults;
  /** Import an organisation without the channels that fail, listing each (--skip-invalid-channels). */
  skipInvalidChannels?: boolean;
  /** Rewrite existing entries matched by slug or HSDS id, changed fields only (--update). */
  update?: boolean;
  /** Two rows with one slug: refuse the second, or suffix it with its city. */
  duplicates?: 'refuse' | 'suffix-city';
};

/** The outcome of an import. */
export type ImportReport = {
  /** Files written (or that would be written with --dry-run). */
  accepted: PlannedFile[];
  /** With --update: entries matched whose fields are all unchanged. */
  unchanged: {file: string; source: string; row: number}[];
  /** Every reason a row was refused; a row may have several. */
  refused: RowProblem[];
  /** Warnings about written entries (personal mailbox, named person, street address…), with the validator's text. */
  warnings: RowProblem[];
  /** Every written value that differs from its source cell, with its rule. */
  changes: Change[];
  /** What was read but not written: columns, tables, fields, values, channels, hours. */
  skipped: Skipped[];
  /** Rows read. */
  rows: number;
  /** How many rows were refused. */
  refusedRows: number;
  dryRun: boolean;
};

type Existing = {cities: Map<string, {country?: string}>; organizations: Map<string, {file: string; city: string}>; byHsdsId: Map<string, string>};

/** The live tree: city hubs (with their country) and organisations (by slug and by the HSDS id an export gives them). */
function readExisting(directory: string): Existing {
  const existing: Existing = {cities: new Map(), organizations: new Map(), byHsdsId: new Map()};
  if (!fs.existsSync(directory)) return existing;
  for (const city of fs.readdirSync(directory)) {
    const folder = path.join(directory, city);
    if (!fs.statSync(folder).isDirectory()) continue;
    const hub = path.join(folder, '_city.yml');
    if (fs.existsSync(hub)) {
      let country: string | undefined;
      try {
        const data = parseYaml(fs.readFileSync(hub, 'utf8')) as {country?: unknown} | null;
        if (typeof data?.country === 'string') country = data.country;
      } catch {
        // A hub that does not parse is the validator's to report; its numbers are then read with the mapping's country.
      }
      existing.cities.set(city, {country});
    }
    for (const name of fs.readdirSync(folder)) {
      if (!name.endsWith('.yml') || name === '_city.yml') continue;
      const slug = name.replace(/\.yml$/, '');
      existing.organizations.set(slug, {file: `directory/${city}/${name}`, city});
      existing.byHsdsId.set(hsdsId('organization', `${city}/${slug}`), slug);
    }
  }
  return existing;
}

/**
 * Validates every draft and, unless `dryRun`, writes the accepted files.
 *
 * Writing is staged: every file is first written into a temporary folder
 * next to the target; new files are then linked into place with
 * `fs.linkSync` (atomic, never replaces a file) and updated ones renamed
 * over the old (atomic), the old kept aside; if any step fails, every file
 * placed is removed or restored, so the target ends as it began.
 * @param drafts - what an importer read
 * @param options - see ImportOptions
 * @throws Error when writing fails (after rolling back); never for a bad row
 */
export function importEntries(drafts: ImportDrafts, options: ImportOptions): ImportReport {
  const {contentRoot} = options;
  const directory = path.join(contentRoot, 'directory');
  const existing = readExisting(directory);
  const report: ImportReport = {
    accepted: [], unchanged: [], refused: [], warnings: [], changes: [], skipped: [...drafts.skipped],
    rows: drafts.rows, refusedRows: 0, dryRun: options.dryRun === true,
  };
  const refusedRows = new Set<string>();
  const refuse = (problem: RowProblem) => {
    report.refused.push(problem);
    refusedRows.add(`${problem.source}:${problem.row}`);
  };
  for (const problem of drafts.problems) report.refused.push(problem);

  // City hubs: those a package carries, then those the gazetteer gives for rows whose city has none.
  const cityCountry = new Map<string, string | undefined>([...existing.cities].map(([slug, city]) => [slug, city.country]));
  const planCity = (city: CityDraft, fromGazetteer: boolean) => {
    if (existing.cities.has(city.slug) || cityCountry.has(city.slug)) return;
    const file = `directory/${city.slug}/_city.yml`;
    const text = cityYaml(city.data);
    let problems = [...city.problems, ...errorsOf(checkDirectoryEntry({file, text, kind: 'city', siteDir: contentRoot, now: options.now}).problems, city, {})];
    if (fromGazetteer) {
      problems = problems.map((problem) => (['summary', 'maintainers'].includes(problem.field.split('.')[0]!)
        ? {...problem, fix: `${problem.fix} For cities the import creates, set city_defaults.${problem.field.split('.')[0]} in the mapping.`}
        : problem));
    }
    if (!slugSchema.safeParse(city.slug).success) problems.push({source: city.source, row: city.row, column: 'id', field: '(slug)', rule: 'slug', message: `"${city.slug}" is not a valid city slug.`, fix: 'Use lowercase letters, digits and hyphens.'});
    if (problems.length) problems.forEach(refuse);
    else {
      report.accepted.push({file, text, source: city.source, row: city.row, action: 'create'});
      cityCountry.set(city.slug, String(city.data.country));
    }
  };
  for (const city of drafts.cities) planCity(city, false);
  const homeless = drafts.organizations.filter((draft) => draft.city && slugSchema.safeParse(draft.city).success && !cityCountry.has(draft.city));
  if (options.gazetteer && homeless.length) {
    const found = citiesFromGazetteer(homeless, options.gazetteer, options.cityDefaults ?? {});
    for (const city of found.cities) planCity(city, true);
    for (const problem of found.problems) homeless.find((draft) => draft.source === problem.source && draft.row === problem.row)?.problems.push(problem);
  }

  const seen = new Map<string, OrganizationDraft>();
  for (const [index, draft] of drafts.organizations.entries()) {
    options.onProgress?.(index + 1, drafts.organizations.length);
    const where = {source: draft.source, row: draft.row};
    const hasCity = cityCountry.has(draft.city);
    buildChannels(draft, phoneCountry(draft, cityCountry.get(draft.city), options.country ?? 'US'));
    const problems = [...draft.problems];
    const hubCountry = cityCountry.get(draft.city);
    if (draft.country && hubCountry && draft.country.code !== hubCountry) {
      problems.push({...where, column: draft.country.column, field: '(country)', rule: 'country', message: `The row's country is ${draft.country.code}, but the city ${draft.city} is in ${hubCountry}.`, fix: 'Correct the country cell or the city; a row belongs to one city in one country.'});
    }
    if (draft.city && !hasCity && !problems.some((problem) => problem.field === '(city)')) {
      problems.push({
        ...where, column: draft.columns.city, field: '(city)', rule: 'missing-city',
        message: `There is no city "${draft.city}" in ${path.relative(process.cwd(), directory) || 'directory'}/.`,
        fix: `Run the import with --create-cities to write directory/${draft.city}/_city.yml from the offline gazetteer, create it by hand from templates/city.yml, or map the row to an existing city (city.values or defaults.city in the mapping).`,
      });
    }
    // Slugs become file names: anything but the slug pattern (e.g. ../../x) is refused before a path is made.
    if (draft.city && !slugSchema.safeParse(draft.city).success) {
      problems.push({...where, column: draft.columns.city, field: '(city)', rule: 'slug', message: `"${draft.city}" is not a valid city slug.`, fix: 'Use the city folder name: lowercase letters, digits and hyphens, e.g. minneapolis (city.values in the mapping).'});
    }
    if (draft.slug && !slugSchema.safeParse(draft.slug).success) {
      problems.push({...where, column: draft.columns.slug, field: '(slug)', rule: 'slug', message: `"${draft.slug}" is not a valid slug.`, fix: 'Use lowercase letters, digits and hyphens only, e.g. northside-rapid-response.'});
    }
    // --update matches by HSDS id first (a renamed organisation keeps its id), then by slug.
    const matched = options.update ? (draft.hsdsId && existing.byHsdsId.get(draft.hsdsId)) || (existing.organizations.has(draft.slug) ? draft.slug : undefined) : undefined;
    if (matched) draft.slug = matched;
    duplicateCheck(draft, seen, options.duplicates ?? 'refuse', problems);
    const live = existing.organizations.get(draft.slug);
    if (draft.slug && live && !options.update) {
      problems.push({...where, field: '(slug)', rule: 'exists', message: `An organisation with the slug "${draft.slug}" already exists: ${live.file}.`, fix: 'Run the import with --update to rewrite its changed fields, or import into an empty --out folder.'});
    }
    if (live && options.update && live.city !== draft.city) {
      problems.push({...where, column: draft.columns.city, field: '(city)', rule: 'moved', message: `${live.file} is in ${live.city}, but the row puts it in ${draft.city}.`, fix: 'Move the file by hand in a pull request of its own, or correct the row\'s city.'});
    }
    // The entry is checked even when the row already has problems, so one run shows every flaw of the row.
    const safe = slugSchema.safeParse(draft.city).success && slugSchema.safeParse(draft.slug).success;
    const file = live?.file ?? (safe ? `directory/${draft.city}/${draft.slug}.yml` : 'directory/_/_.yml');
    // Problems of one channel (a number in the wrong country…) can be left out with the channel (--skip-invalid-channels).
    const ofChannel = (problem: RowProblem) => /^channels\[\d+\]/.test(problem.field);
    const rowProblems = problems.filter((problem) => !ofChannel(problem));
    const outcome = checkDraft(draft, file, options, live && !rowProblems.length ? fs.readFileSync(path.join(contentRoot, live.file), 'utf8') : undefined, problems.filter(ofChannel));
    const errors = [...rowProblems, ...outcome.errors];
    if (errors.length) {
      errors.forEach(refuse);
      continue;
    }
    report.skipped.push(...outcome.skipped);
    seen.set(draft.slug, draft);
    report.warnings.push(...outcome.warnings);
    report.changes.push(...renumberChanges(draft, outcome.droppedChannels));
    report.skipped.push(...draft.skipped);
    if (outcome.unchanged) report.unchanged.push({file, ...where});
    else report.accepted.push({file, text: outcome.text, ...where, action: live ? 'update' : 'create', ...(live ? {diffs: outcome.diffs} : {}), provenance: renumberProvenance(draft, outcome.droppedChannels)});
  }
  report.refusedRows = refusedRows.size;
  if (!options.dryRun && report.accepted.length) writeAtomically(contentRoot, report.accepted);
  return report;
}

/** Where a row's numbers are read: its city hub's country, else its country column, else the mapping's country:. */
function phoneCountry(draft: OrganizationDraft, hubCountry: string | undefined, fallback: string): PhoneCountry {
  if (hubCountry) return {code: hubCountry, from: 'city', city: draft.city};
  if (draft.country) return {code: draft.country.code, from: 'column'};
  return {code: fallback, from: 'mapping'};
}

/** Two rows making one slug: the second is refused, or suffixed with its city (duplicates: suffix-city). */
function duplicateCheck(draft: OrganizationDraft, seen: Map<string, OrganizationDraft>, rule: 'refuse' | 'suffix-city', problems: RowProblem[]): void {
  const previous = draft.slug ? seen.get(draft.slug) : undefined;
  if (!previous) return;
  const where = {source: draft.source, row: draft.row, column: draft.columns.slug ?? draft.columns.name, field: '(slug)', rule: 'duplicate-row'};
  if (rule === 'suffix-city' && previous.city !== draft.city && !seen.has(`${draft.slug}-${draft.city}`)) {
    draft.changes.push({source: draft.source, row: draft.row, column: where.column, field: '(slug)', cell: draft.slug, from: draft.slug, to: `${draft.slug}-${draft.city}`, rule: 'slug-city-suffix'});
    draft.slug = `${draft.slug}-${draft.city}`;
    return;
  }
  problems.push({
    ...where,
    message: `The slug "${draft.slug}" is also made by row ${previous.row}${previous.city === draft.city ? ', in the same city: it is probably the same organisation' : ` (city ${previous.city})`}.`,
    fix: previous.city === draft.city
      ? 'Merge the two rows into one, or give one a different name or Slug column value.'
      : 'Give one a different name or Slug column value, or set duplicates: suffix-city in the mapping to suffix the second with its city.',
  });
}

/** The validated text of one draft: errors, warnings, and (with --skip-invalid-channels) the channels left out. */
function checkDraft(draft: OrganizationDraft, file: string, options: ImportOptions, liveText: string | undefined, channelProblems: RowProblem[]): {
  text: string; errors: RowProblem[]; warnings: RowProblem[]; skipped: Skipped[]; droppedChannels: number[]; diffs: FieldDiff[]; unchanged: boolean;
} {
  const dropped: number[] = [];
  const skipped: Skipped[] = [];
  for (;;) {
    const data = {...draft.data};
    if (Array.isArray(data.channels)) {
      const kept = (data.channels as unknown[]).filter((_channel, index) => !dropped.includes(index));
      if (kept.length) data.channels = kept;
      else delete data.channels;
    }
    let text = organizationYaml(data);
    let diffs: FieldDiff[] = [];
    if (liveText !== undefined) {
      const merged = mergeForUpdate(parseYaml(liveText) as Record<string, unknown>, data, draft.fromSource);
      diffs = merged.diffs;
      text = diffs.length ? updatedYaml(liveText, diffs) : liveText;
    }
    const found = checkDirectoryEntry({file, text, kind: 'organization', siteDir: options.contentRoot, now: options.now}).problems;
    // Problems are reported against the draft's own channel numbers, before any was left out.
    const kept = keptIndices(draft, dropped);
    const renumber = (problem: Problem): Problem => {
      const match = /^channels\[(\d+)\]/.exec(problem.field);
      return match ? {...problem, field: problem.field.replace(/^channels\[\d+\]/, `channels[${kept[Number(match[1])] ?? match[1]}]`)} : problem;
    };
    const channelOf = (problem: {field: string}) => Number(/^channels\[(\d+)\]/.exec(problem.field)?.[1] ?? -1);
    const pre = channelProblems.filter((problem) => !dropped.includes(channelOf(problem)));
    // A number the import could not read is explained once, by the import's own message.
    const unreadable = new Set(pre.filter((problem) => problem.rule === 'phone-unreadable').map((problem) => problem.field));
    const errors = [...pre, ...errorsOf(found.map(renumber), draft, draft.columns).filter((problem) => !unreadable.has(problem.field)).map((problem) => withMappingFix(problem, draft))];
    const warnings = warningsOf(found.map(renumber), draft, draft.columns);
    const channelErrors = errors.filter((problem) => /^channels\[\d+\]/.test(problem.field));
    const failing = [...new Set(channelErrors.map((problem) => Number(/^channels\[(\d+)\]/.exec(problem.field)![1])))].filter((index) => !dropped.includes(index));
    if (options.skipInvalidChannels && failing.length && channelErrors.length === errors.length) {
      for (const index of failing) {
        const channel = (draft.data.channels as Record<string, unknown>[])[index]!;
        const reasons = channelErrors.filter((problem) => problem.field.startsWith(`channels[${index}]`)).map((problem) => problem.message).join(' ');
        skipped.push({source: draft.source, row: draft.row, column: draft.columns[`channels[${index}]`], what: `channel ${String(channel.kind)} "${String(channel.value)}"`, reason: `left out (--skip-invalid-channels): ${reasons}`, value: String(channel.value)});
        dropped.push(index);
      }
      continue;
    }
    return {text, errors, warnings, skipped: errors.length ? [] : skipped, droppedChannels: dropped, diffs, unchanged: liveText !== undefined && diffs.length === 0};
  }
}

/** Draft channel numbers of the channels written, in order (those left out removed). */
function keptIndices(draft: OrganizationDraft, dropped: number[]): number[] {
  const count = Array.isArray(draft.data.channels) ? draft.data.channels.length : 0;
  return [...Array(count).keys()].filter((index) => !dropped.includes(index));
}

/** The draft's changes with the channel numbers of the written file (changes of channels left out removed). */
function renumberChanges(draft: OrganizationDraft, dropped: number[]): Change[] {
  if (!dropped.length) return draft.changes;
  const kept = keptIndices(draft, dropped);
  return draft.changes.flatMap((change) => {
    const match = /^channels\[(\d+)\]/.exec(change.field);
    if (!match) return [change];
    const written = kept.indexOf(Number(match[1]));
    return written === -1 ? [] : [{...change, field: change.field.replace(/^channels\[\d+\]/, `channels[${written}]`)}];
  });
}

/** The draft's provenance with the channel numbers of the written file. */
function renumberProvenance(draft: OrganizationDraft, dropped: number[]): Record<string, Where> {
  if (!dropped.length) return draft.provenance;
  const kept = keptIndices(draft, dropped);
  const out: Record<string, Where> = {};
  for (const [field, where] of Object.entries(draft.provenance)) {
    const match = /^channels\[(\d+)\]/.exec(field);
    if (!match) out[field] = where;
    else if (kept.includes(Number(match[1]))) out[field.replace(/^channels\[\d+\]/, `channels[${kept.indexOf(Number(match[1]))}]`)] = where;
  }
  return out;
}

/** The source column of a field: the longest mapped prefix. */
function columnOf(field: string, columns: Record<string, string>): string | undefined {
  const prefix = Object.keys(columns).filter((key) => field === key || field.startsWith(`${key}.`) || field.startsWith(`${key}[`)).sort((a, b) => b.length - a.length)[0];
  return prefix ? columns[prefix] || undefined : undefined;
}

/** The validator's errors (warnings such as "stale" do not refuse a row) as row problems. */
function errorsOf(problems: Problem[], where: {source: string; row: number}, columns: Record<string, string>): RowProblem[] {
  return problems.filter((problem) => problem.severity === 'error').map((problem) => toRowProblem(problem, where, columns));
}

/** The validator's warnings, same text as `npm run validate`, with the row and column they come from. */
function warningsOf(problems: Problem[], where: {source: string; row: number}, columns: Record<string, string>): RowProblem[] {
  return problems.filter((problem) => problem.severity === 'warning').map((problem) => toRowProblem(problem, where, columns));
}

function toRowProblem(problem: Problem, where: {source: string; row: number}, columns: Record<string, string>): RowProblem {
  return {source: where.source, row: where.row, column: columnOf(problem.field, columns), field: problem.field, rule: problem.rule, message: problem.message, fix: problem.fix};
}

/**
 * Writes files into a staging folder, then places each: new files are
 * linked (never replacing a file), updated files renamed over the old one
 * (kept aside until the end); on any failure every placed file is removed
 * and every old one restored.
 * @throws Error describing the failure after rolling back
 */
function writeAtomically(contentRoot: string, files: PlannedFile[]): void {
  const directory = path.resolve(contentRoot, 'directory');
  const outside = files.find((file) => !path.resolve(contentRoot, file.file).startsWith(`${directory}${path.sep}`));
  if (outside) throw new Error(`Refusing to write ${outside.file}: every imported file must stay inside ${directory}.`);
  fs.mkdirSync(contentRoot, {recursive: true});
  const stage = fs.mkdtempSync(path.join(contentRoot, '.import-'));
  const placed: string[] = [];
  const replaced: {target: string; backup: string}[] = [];
  const createdDirs: string[] = [];
  // Ctrl-C or a stop signal while files are placed would leave half an import:
  // hold the signal until every file is placed or rolled back, then act on it.
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => held.push(signal);
  for (const signal of HELD_SIGNALS) process.on(signal, hold);
  try {
    for (const file of files) {
      const staged = path.join(stage, 'new', file.file);
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
      if (file.action === 'update') {
        const backup = path.join(stage, 'old', file.file);
        fs.mkdirSync(path.dirname(backup), {recursive: true});
        fs.linkSync(target, backup);
        fs.renameSync(path.join(stage, 'new', file.file), target);
        replaced.push({target, backup});
      } else {
        fs.linkSync(path.join(stage, 'new', file.file), target);
        placed.push(target);
      }
    }
  } catch (error) {
    for (const target of placed.reverse()) fs.rmSync(target, {force: true});
    for (const {target, backup} of replaced.reverse()) fs.renameSync(backup, target);
    for (const dir of createdDirs.reverse()) fs.rmSync(dir, {recursive: true, force: true});
    throw new Error(`Nothing was imported: writing failed (${(error as Error).message.split('\n')[0]}); the files already placed were removed or restored.`);
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
