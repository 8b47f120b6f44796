import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {checkOpeningHours} from '../rules/hours';
import {FORMULA_GUARD, unguardCell} from '../exports/csvCells';
import {rowsToOpeningHours} from '../exports/hsds/schedules';
import {HSDS_TABLES} from '../exports/hsds/tables';
import type {ImportMapping} from './mapping';
import {setPath, slugFromName, type ImportDrafts, type OrganizationDraft, type RowProblem} from './draft';

/**
 * An HSDS 3.0 tabular package (a folder of CSV files) → organisation drafts.
 *
 * A package exported by this project carries `sc_` extension columns and is
 * read back without loss. A package from another system is read through
 * the standard columns: each service becomes channels (its phones, url and
 * email), languages become the organisation's languages, weekly schedules
 * become opening_hours; what HSDS lacks (types, maintainers, consent,
 * verification…) comes from the mapping file's `defaults`, or the row is
 * refused and the report says which field to supply.
 */

type Row = Record<string, string>;
/** A table read from the package, with the spreadsheet row number of each record. */
type Table = {file: string; rows: Row[]};
/** Spreadsheet row number of a record (kept in the `__row` key). */
const rowOf = (record: Row) => Number(record.__row);

const HSDS_STATUS_TO_ENTRY: Record<string, string> = {active: 'active', 'temporarily closed': 'paused', inactive: 'paused', defunct: 'closed'};

/**
 * Reads one CSV table of the package (absent tables are empty).
 * @throws Error naming the file and line when a CSV is malformed
 */
function readTable(dir: string, file: string): Table {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return {file, rows: []};
  try {
    const records: Row[] = parse(fs.readFileSync(full, 'utf8'), {bom: true, columns: true, skip_empty_lines: true, relax_column_count: true});
    return {file, rows: records.map((record, index) => ({...record, __row: String(index + 2)}))};
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** What this importer reads from a package's `datapackage.json`. */
type Descriptor = {resources?: unknown; sc_formula_guard?: {prefix?: unknown}};

/**
 * Reads a package's `datapackage.json`; a package without one (another system's bare CSV tables) gives null.
 * @throws Error when datapackage.json exists but is not JSON
 */
function readDescriptor(dir: string): Descriptor | null {
  const descriptor = path.join(dir, 'datapackage.json');
  if (!fs.existsSync(descriptor)) return null;
  try {
    return (JSON.parse(fs.readFileSync(descriptor, 'utf8')) ?? {}) as Descriptor;
  } catch (error) {
    throw new Error(`${descriptor} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Files the descriptor lists as resources (Frictionless Data Package: `resources[].path`) but that are not in the folder. */
function missingResources(dir: string, descriptor: Descriptor | null): string[] {
  const resources = descriptor?.resources;
  const paths = Array.isArray(resources) ? resources.map((resource) => (resource as {path?: unknown})?.path).filter((file): file is string => typeof file === 'string') : [];
  return paths.filter((file) => !fs.existsSync(path.join(dir, file)));
}

/** A table with the formula guard of our exports taken off every cell (see src/lib/exports/csvCells.ts). */
function unguarded(table: Table): Table {
  return {file: table.file, rows: table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, column === '__row' ? cell : unguardCell(cell)])))};
}

/**
 * Reads an HSDS package folder.
 * @param dir - folder holding organizations.csv (and services.csv, phones.csv …)
 * @param defaults - mapping defaults (values for fields HSDS has no column for) and default city
 * @param onProgress - called after each organisation with (done, total)
 * @throws Error when the folder has no organizations.csv, lacks a table its datapackage.json lists, or a CSV is malformed
 */
export function draftsFromHsds(dir: string, defaults: Pick<ImportMapping, 'defaults'> = {defaults: {}}, onProgress?: (done: number, total: number) => void): ImportDrafts {
  if (!fs.existsSync(path.join(dir, 'organizations.csv'))) throw new Error(`${dir} has no organizations.csv: it is not an HSDS tabular package.`);
  const descriptor = readDescriptor(dir);
  const missing = missingResources(dir, descriptor);
  if (missing.length > 0) {
    // A table the package promises but lacks would silently drop data (e.g. every phone channel).
    throw new Error(`${dir}/datapackage.json lists ${missing.join(', ')}, but ${missing.length === 1 ? 'that file is' : 'those files are'} missing: the package is incomplete. Export it again, or remove the resource from datapackage.json if the table is really empty.`);
  }
  const read = (name: string) => readTable(dir, HSDS_TABLES.find((candidate) => candidate.name === name)!.path);
  // Our packages put ' before cells that could start a spreadsheet formula, and say so in datapackage.json;
  // their tables without the descriptor are recognised by the sc_slug column. Another system's cells stay as written.
  const organizationTable = read('organization');
  const firstOrganization = organizationTable.rows[0];
  const guarded = descriptor ? descriptor.sc_formula_guard?.prefix === FORMULA_GUARD : firstOrganization !== undefined && 'sc_slug' in firstOrganization;
  const table = (name: string) => (guarded ? unguarded(read(name)) : read(name));
  const organizations = guarded ? unguarded(organizationTable) : organizationTable;
  const services = table('service');
  const phones = table('phone');
  const languages = table('language');
  const schedules = table('schedule');
  const cities = table('sc_city');
  const drafts: ImportDrafts = {organizations: [], cities: [], problems: []};

  const byKey = <T extends Row>(rows: T[], key: string) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row[key] ?? '', [...(map.get(row[key] ?? '') ?? []), row]);
    return map;
  };
  const servicesByOrg = byKey(services.rows, 'organization_id');
  const phonesByService = byKey(phones.rows, 'service_id');
  const languagesByService = byKey(languages.rows, 'service_id');
  const schedulesByService = byKey(schedules.rows, 'service_id');

  for (const city of cities.rows) {
    const problems: RowProblem[] = [];
    const data: Record<string, unknown> = {
      name: city.name, region: city.region, country: city.country,
      coordinates: [Number(city.latitude), Number(city.longitude)], timezone: city.timezone,
    };
    for (const key of ['summary', 'maintainers', 'policy']) {
      const value = jsonCell(city[key], {source: cities.file, row: rowOf(city), column: key, field: key}, problems);
      if (value !== undefined) data[key] = value;
    }
    drafts.cities.push({source: cities.file, row: rowOf(city), slug: city.id ?? '', data, problems});
  }

  organizations.rows.forEach((org, index) => {
    const problems: RowProblem[] = [];
    const at = (column: string, field: string) => ({source: organizations.file, row: rowOf(org), column, field});
    const json = (column: string, field: string) => jsonCell(org[column], at(column, field), problems);
    const data: Record<string, unknown> = {};
    // city and audience are import settings (which folder, which audience for another system's channels), not entry fields.
    for (const [key, value] of Object.entries(defaults.defaults)) if (key !== 'city' && key !== 'audience') setPath(data, key, value);
    const columns: Record<string, string> = {name: 'name', summary: 'description', alt_names: 'alternate_name'};

    data.name = org.name;
    const altNames = json('sc_alt_names', 'alt_names') ?? (org.alternate_name ? org.alternate_name.split(';').map((name) => name.trim()).filter(Boolean) : undefined);
    if (altNames !== undefined) data.alt_names = altNames;
    const types = json('sc_types', 'types');
    if (types !== undefined) data.types = types;
    data.summary = json('sc_summary', 'summary') ?? {en: org.description};
    const description = json('sc_description', 'description');
    if (description !== undefined) data.description = description;
    const coverage = json('sc_coverage', 'coverage');
    if (coverage !== undefined) data.coverage = coverage;
    if (org.sc_status) data.status = org.sc_status;
    if (org.sc_verified_date || org.sc_verified_method) data.verified = {date: org.sc_verified_date, method: org.sc_verified_method};
    if (org.sc_review_every_months) data.review_every_months = Number(org.sc_review_every_months);
    const maintainers = json('sc_maintainers', 'maintainers');
    if (maintainers !== undefined) data.maintainers = maintainers;
    if (org.sc_consent) data.consent = org.sc_consent;
    if (org.sc_sample === 'true') data.sample = true;

    const channels: Record<string, unknown>[] = [];
    const spoken: string[] = [];
    for (const service of servicesByOrg.get(org.id ?? '') ?? []) {
      const serviceLanguages = languagesByService.get(service.id ?? '') ?? [];
      const tags = serviceLanguages.map((language) => language.sc_bcp47 || language.code).filter(Boolean);
      for (const tag of tags) if (!spoken.includes(tag)) spoken.push(tag);
      const own = serviceLanguages.some((language) => 'sc_source' in language)
        ? serviceLanguages.filter((language) => language.sc_source === 'channel').map((language) => language.sc_bcp47 || language.code)
        : [];
      const rows = schedulesByService.get(service.id ?? '') ?? [];
      const hours = rows[0]?.sc_opening_hours || (rows[0]?.description && !checkOpeningHours(rows[0].description) ? rows[0].description : undefined) || rowsToOpeningHours(rows) || undefined;
      const extra = {...(hours ? {hours} : {}), ...(own.length ? {languages: own} : {})};
      if (rows.length && !hours) {
        problems.push({source: schedules.file, row: rowOf(rows[0]!), column: 'byday', field: `channels[${channels.length}].hours`, message: 'The schedule is not a simple weekly one and has no opening_hours value.', fix: 'Write the hours in OpenStreetMap opening_hours syntax in the schedule\'s description, e.g. "Mo-Fr 09:00-17:00".'});
      }
      if (service.sc_kind) {
        columns[`channels[${channels.length}]`] = 'sc_value';
        const where = {source: services.file, row: rowOf(service), column: 'sc_international', field: `channels[${channels.length}].international`};
        const international = jsonCell(service.sc_international, where, problems);
        channels.push({kind: service.sc_kind, audience: service.sc_audience, value: service.sc_value, ...extra, ...(international === undefined ? {} : {international})});
        continue;
      }
      // Another system's service: every way to reach it becomes a channel.
      const audience = String(defaults.defaults.audience ?? 'general');
      for (const phone of phonesByService.get(service.id ?? '') ?? []) {
        columns[`channels[${channels.length}]`] = 'phones.number';
        channels.push({kind: 'phone', audience, value: phone.number, ...extra});
      }
      if (service.url) {
        columns[`channels[${channels.length}]`] = 'services.url';
        channels.push({kind: 'website', audience, value: service.url});
      }
      if (service.email) {
        columns[`channels[${channels.length}]`] = 'services.email';
        channels.push({kind: 'email', audience, value: service.email});
      }
      if (!data.status && service.status) data.status = HSDS_STATUS_TO_ENTRY[service.status] ?? service.status;
      if (!data.verified && service.assured_date) setPath(data, 'verified.date', service.assured_date);
    }
    if (!servicesByOrg.has(org.id ?? '')) {
      if (org.website) channels.push({kind: 'website', audience: 'general', value: org.website});
      if (org.email) channels.push({kind: 'email', audience: 'general', value: org.email});
    }
    if (channels.length) data.channels = channels;
    const orgLanguages = json('sc_languages', 'languages') ?? (spoken.length ? spoken : undefined);
    if (orgLanguages !== undefined) data.languages = orgLanguages;

    const city = org.sc_city || String(defaults.defaults.city ?? '');
    const slug = org.sc_slug || slugFromName(org.name ?? '');
    if (!city) problems.push({...at('sc_city', '(city)'), message: 'The organisation names no city.', fix: 'Add an sc_city column with a city slug, or set defaults.city in a mapping file passed with --map.'});
    if (!slug) problems.push({...at('name', '(slug)'), message: 'No slug could be made from the name.', fix: 'Add an sc_slug column (lowercase letters, digits and hyphens).'});
    const draft: OrganizationDraft = {source: organizations.file, row: rowOf(org), city, slug, data, columns, problems};
    drafts.organizations.push(draft);
    onProgress?.(index + 1, organizations.rows.length);
  });
  return drafts;
}

/** Parses a JSON cell; an empty cell is undefined; bad JSON becomes a problem. */
function jsonCell(cell: string | undefined, where: Omit<RowProblem, 'message' | 'fix'>, problems: RowProblem[]): unknown {
  if (cell === undefined || cell.trim() === '') return undefined;
  try {
    return JSON.parse(cell);
  } catch {
    problems.push({...where, message: `The ${where.column} cell is not valid JSON.`, fix: 'Write it as JSON, e.g. ["en","es"] for a list or {"en":"…"} for text per language.'});
    return undefined;
  }
}
