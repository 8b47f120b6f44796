import fs from 'node:fs';
import path from 'node:path';
import {checkDirectoryEntry} from '../directoryEntry';
import {slugSchema} from '../schema/common';
import {buildChannels} from './channels';
import {checkDraft, rowProblems, writtenChanges, writtenProvenance} from './checkDraft';
import {citiesFromGazetteer, type CityDefaults, type Gazetteer} from './cities';
import {readLiveTree} from './liveTree';
import {duplicateProblems, liveProblems, matchLive, phoneCountry, placeProblems} from './rowChecks';
import {rowProblem, withHint} from './rowProblem';
import {cityYaml} from './toYaml';
import type {FieldDiff} from './update';
import {writeAtomically} from './writeFiles';
import type {
  Change,
  CityDraft,
  ImportDrafts,
  OrganizationDraft,
  RowProblem,
  Skipped,
  Where,
} from './draft';

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
  /** Country in which numbers without + are read when neither the city hub nor a country column says (the mapping's country:). */
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

/**
 * Validates every draft and, unless `dryRun`, writes the accepted files
 * (writeFiles.ts: staged, placed atomically, rolled back on failure).
 * @param drafts - what an importer read
 * @param options - see ImportOptions
 * @throws Error when writing fails (after rolling back); never for a bad row
 */
export function importEntries(drafts: ImportDrafts, options: ImportOptions): ImportReport {
  const {contentRoot} = options;
  const directory = path.join(contentRoot, 'directory');
  const directoryLabel = path.relative(process.cwd(), directory) || 'directory';
  const tree = readLiveTree(directory);
  const report: ImportReport = {
    accepted: [],
    unchanged: [],
    refused: [...drafts.problems],
    warnings: [],
    changes: [],
    skipped: [...drafts.skipped],
    rows: drafts.rows,
    refusedRows: 0,
    dryRun: options.dryRun === true,
  };
  const refusedRows = new Set<string>();
  const refuse = (problem: RowProblem) => {
    report.refused.push(problem);
    refusedRows.add(`${problem.source}:${problem.row}`);
  };
  const cityCountry = planCities(drafts, tree.cities, options, report, refuse);

  const seen = new Map<string, OrganizationDraft>();
  for (const [index, draft] of drafts.organizations.entries()) {
    options.onProgress?.(index + 1, drafts.organizations.length);
    const hubCountry = cityCountry.get(draft.city);
    buildChannels(draft, phoneCountry(draft, hubCountry, options.country ?? 'US'));
    const problems = [
      ...draft.problems,
      ...placeProblems(draft, hubCountry, cityCountry.has(draft.city), directoryLabel),
    ];
    const matched = options.update ? matchLive(draft, tree) : undefined;
    if (matched) draft.slug = matched;
    problems.push(
      ...duplicateProblems(draft, seen, options.duplicates ?? 'refuse'),
      ...liveProblems(draft, tree, options.update === true),
    );
    const live = tree.organizations.get(draft.slug);
    // The entry is checked even when the row already has problems, so one run shows every flaw of the row.
    const safe =
      slugSchema.safeParse(draft.city).success && slugSchema.safeParse(draft.slug).success;
    const file =
      live?.file ?? (safe ? `directory/${draft.city}/${draft.slug}.yml` : 'directory/_/_.yml');
    // Problems of one channel (a number in the wrong country…) can be left out with the channel (--skip-invalid-channels).
    const ofChannel = (problem: RowProblem) => /^channels\[\d+\]/.test(problem.field);
    const ofRow = problems.filter((problem) => !ofChannel(problem));
    const outcome = checkDraft(draft, {
      file,
      contentRoot,
      now: options.now,
      skipInvalidChannels: options.skipInvalidChannels,
      channelProblems: problems.filter(ofChannel),
      cityCountry: hubCountry,
      liveText:
        live && !ofRow.length
          ? fs.readFileSync(path.join(contentRoot, live.file), 'utf8')
          : undefined,
    });
    const errors = [...ofRow, ...outcome.errors];
    if (errors.length) {
      errors.forEach(refuse);
      continue;
    }
    seen.set(draft.slug, draft);
    report.warnings.push(...outcome.warnings);
    report.changes.push(...writtenChanges(draft, outcome.droppedChannels));
    report.skipped.push(...outcome.skipped, ...draft.skipped);
    const where = {source: draft.source, row: draft.row};
    if (outcome.unchanged) report.unchanged.push({file, ...where});
    else {
      const provenance = writtenProvenance(draft, outcome.droppedChannels);
      report.accepted.push({
        file,
        text: outcome.text,
        ...where,
        action: live ? 'update' : 'create',
        ...(live ? {diffs: outcome.diffs} : {}),
        provenance,
      });
    }
  }
  report.refusedRows = refusedRows.size;
  if (!options.dryRun && report.accepted.length) writeAtomically(contentRoot, report.accepted);
  return report;
}

/**
 * The city hubs to write: those a package carries, then, with a gazetteer,
 * those of rows whose city has none. Accepted hubs join the report.
 * @returns city slug → country, for every city that has or will have a hub
 */
function planCities(
  drafts: ImportDrafts,
  live: Map<string, {country?: string}>,
  options: ImportOptions,
  report: ImportReport,
  refuse: (problem: RowProblem) => void,
): Map<string, string | undefined> {
  const cityCountry = new Map<string, string | undefined>(
    [...live].map(([slug, city]) => [slug, city.country]),
  );
  const plan = (city: CityDraft, fromGazetteer: boolean) => {
    if (cityCountry.has(city.slug)) return;
    const file = `directory/${city.slug}/_city.yml`;
    const text = cityYaml(city.data);
    const found = checkDirectoryEntry({
      file,
      text,
      kind: 'city',
      siteDir: options.contentRoot,
      now: options.now,
    }).problems;
    const problems = [...city.problems, ...rowProblems(found, 'error', city)].map((problem) => {
      const field = problem.field.split('.')[0]!;
      const unknown = fromGazetteer && ['summary', 'maintainers'].includes(field);
      return unknown ? withHint(problem, 'mapping.city-defaults', {field}) : problem;
    });
    if (!slugSchema.safeParse(city.slug).success) {
      const where = {source: city.source, row: city.row, column: 'id'};
      problems.push(rowProblem(where, '(slug)', 'slug', 'slug.import-hub', {slug: city.slug}));
    }
    if (problems.length) problems.forEach(refuse);
    else {
      report.accepted.push({file, text, source: city.source, row: city.row, action: 'create'});
      cityCountry.set(city.slug, String(city.data.country));
    }
  };
  for (const city of drafts.cities) plan(city, false);
  const homeless = drafts.organizations.filter(
    (draft) =>
      draft.city && slugSchema.safeParse(draft.city).success && !cityCountry.has(draft.city),
  );
  if (options.gazetteer && homeless.length) {
    const found = citiesFromGazetteer(homeless, options.gazetteer, options.cityDefaults ?? {});
    for (const city of found.cities) plan(city, true);
    for (const problem of found.problems)
      homeless
        .find((draft) => draft.source === problem.source && draft.row === problem.row)
        ?.problems.push(problem);
  }
  return cityCountry;
}
