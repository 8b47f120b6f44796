import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {FORMULA_GUARD, unguardCell} from '../exports/csvCells';
import type {Skipped} from './draft';
import {assertUtf8} from './fromCsv';
import {skippedItem} from './skipped';
import type {ImportSkipCode} from '../checks/texts/workflow';

/**
 * Reading an Open Referral HSDS tabular package (a folder of CSV files):
 * the tables the import uses, in the file names of every version (1.x/2.0
 * and 3.0/3.1), indexed by the links between them; and, with counts,
 * every table and field the import does not use.
 */

/** A record of a table: column → cell, and `__row`, its spreadsheet row number (the header is row 1). */
export type Row = Record<string, string>;
/** A table read from the package. */
export type Table = {file: string; rows: Row[]; headers: string[]};
/** Spreadsheet row number of a record. */
export const rowOf = (record: Row) => Number(record.__row);

/** The tables the import reads, by HSDS name: file names of every version, and the columns it uses. */
const READ = {
  organization: {
    files: ['organizations.csv'],
    used: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'url'],
  },
  service: {
    files: ['services.csv'],
    used: ['id', 'organization_id', 'url', 'email', 'status', 'assured_date'],
  },
  phone: {
    files: ['phones.csv'],
    used: [
      'id',
      'location_id',
      'service_id',
      'organization_id',
      'contact_id',
      'service_at_location_id',
      'number',
      'extension',
      'type',
      'language',
      'description',
    ],
  },
  language: {
    files: ['languages.csv'],
    used: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'language'],
  },
  schedule: {
    files: ['schedules.csv'],
    used: [
      'id',
      'service_id',
      'location_id',
      'service_at_location_id',
      'valid_from',
      'valid_to',
      'dtstart',
      'timezone',
      'until',
      'count',
      'wkst',
      'freq',
      'interval',
      'byday',
      'byweekno',
      'bymonthday',
      'byyearday',
      'opens_at',
      'closes_at',
      'description',
    ],
  },
  regular_schedule: {
    files: ['regular_schedules.csv'],
    used: [
      'id',
      'service_id',
      'location_id',
      'service_at_location_id',
      'weekday',
      'opens_at',
      'closes_at',
    ],
  },
  holiday_schedule: {
    files: ['holiday_schedules.csv'],
    used: [
      'id',
      'service_id',
      'location_id',
      'service_at_location_id',
      'closed',
      'opens_at',
      'closes_at',
      'start_date',
      'end_date',
    ],
  },
  location: {files: ['locations.csv'], used: ['id', 'organization_id']},
  service_at_location: {
    files: ['service_at_location.csv', 'services_at_location.csv'],
    used: ['id', 'service_id', 'location_id'],
  },
  url: {files: ['url.csv'], used: ['id', 'label', 'url', 'organization_id', 'service_id']},
  sc_city: {
    files: ['sc_cities.csv'],
    used: [
      'id',
      'name',
      'region',
      'country',
      'latitude',
      'longitude',
      'timezone',
      'summary',
      'maintainers',
      'policy',
    ],
  },
} as const;

/** The name of a table the import reads. */
export type TableName = keyof typeof READ;

/** Tables never imported, with the reason as a skip code (safety rule 5: no addresses, no named people). */
const NEVER: Record<string, ImportSkipCode> = {
  'contacts.csv': 'skip.table-contacts',
  'addresses.csv': 'skip.table-addresses',
  'physical_addresses.csv': 'skip.table-addresses',
  'postal_addresses.csv': 'skip.table-addresses',
};

/** Rows grouped by a column's value (empty values left out). */
export type Groups = Map<string, Row[]>;

/** The package's tables and the links between them. */
export type HsdsPackage = {
  tables: Record<TableName, Table>;
  services: Map<string, Row>;
  links: Map<string, Row>;
  servicesByOrg: Groups;
  /** Each phone under its one organisation: through its service, else directly, else its service-at-location, else its location. */
  phonesByOrg: Groups;
  languagesBy: {service: Groups; location: Groups; phone: Groups};
  schedulesBy: {
    service: Groups;
    location: Groups;
    link: Groups;
    regular: Groups;
    regularLocation: Groups;
    holiday: Groups;
    holidayLocation: Groups;
  };
  urlsByOrg: Groups;
  urlsByService: Groups;
  /** Tables, fields and rows read but not used. */
  skipped: Skipped[];
};

/**
 * Reads a package folder.
 * @param dir - folder holding organizations.csv (and services.csv, phones.csv …)
 * @throws Error when the folder has no organizations.csv, lacks a table its datapackage.json lists, or a CSV is malformed
 */
export function readPackage(dir: string): HsdsPackage {
  if (!fs.existsSync(path.join(dir, 'organizations.csv')))
    throw new Error(`${dir} has no organizations.csv: it is not an HSDS tabular package.`);
  const descriptor = readDescriptor(dir);
  const missing = missingResources(dir, descriptor);
  if (missing.length > 0) {
    // A table the package promises but lacks would silently drop data (e.g. every phone channel).
    throw new Error(
      `${dir}/datapackage.json lists ${missing.join(', ')}, but ${missing.length === 1 ? 'that file is' : 'those files are'} missing: ` +
        'the package is incomplete. Export it again, or remove the resource from datapackage.json if the table is really empty.',
    );
  }
  const read = Object.fromEntries(
    Object.entries(READ).map(([name, spec]) => [name, readTable(dir, spec.files)]),
  ) as Record<TableName, Table>;
  // Our packages put ' before cells that could start a spreadsheet formula, and say so in datapackage.json; their tables
  // without the descriptor are recognised by the sc_slug column. Another system's cells stay as written.
  const guarded = descriptor
    ? descriptor.sc_formula_guard?.prefix === FORMULA_GUARD
    : read.organization.headers.includes('sc_slug');
  const tables = guarded
    ? (Object.fromEntries(
        Object.entries(read).map(([name, table]) => [name, unguarded(table)]),
      ) as Record<TableName, Table>)
    : read;
  const skipped = notRead(dir, tables);
  const byId = (table: Table) => new Map(table.rows.map((row) => [row.id ?? '', row]));
  const services = byId(tables.service);
  const locations = byId(tables.location);
  const links = byId(tables.service_at_location);
  const schedules = tables.schedule.rows;
  const phonesByOrg: Groups = new Map();
  for (const phone of tables.phone.rows) {
    const link = links.get(phone.service_at_location_id ?? '');
    const org =
      services.get(phone.service_id ?? '')?.organization_id ||
      phone.organization_id ||
      services.get(link?.service_id ?? '')?.organization_id ||
      locations.get(phone.location_id || link?.location_id || '')?.organization_id ||
      '';
    if (org) phonesByOrg.set(org, [...(phonesByOrg.get(org) ?? []), phone]);
    else {
      const code = phone.contact_id ? 'skip.phone-of-contact' : 'skip.phone-unlinked';
      const where = {source: tables.phone.file, row: rowOf(phone), column: 'number'};
      skipped.push(skippedItem(where, code, {}, {value: phone.number}));
    }
  }
  return {
    tables,
    services,
    links,
    phonesByOrg,
    skipped,
    servicesByOrg: group(tables.service.rows, 'organization_id'),
    languagesBy: {
      service: group(tables.language.rows, 'service_id'),
      location: group(tables.language.rows, 'location_id'),
      phone: group(tables.language.rows, 'phone_id'),
    },
    schedulesBy: {
      service: group(schedules, 'service_id'),
      location: group(schedules, 'location_id'),
      link: group(schedules, 'service_at_location_id'),
      regular: group(tables.regular_schedule.rows, 'service_id'),
      regularLocation: group(tables.regular_schedule.rows, 'location_id'),
      holiday: group(tables.holiday_schedule.rows, 'service_id'),
      holidayLocation: group(tables.holiday_schedule.rows, 'location_id'),
    },
    urlsByOrg: group(tables.url.rows, 'organization_id'),
    urlsByService: group(tables.url.rows, 'service_id'),
  };
}

function group(rows: Row[], key: string): Groups {
  const map: Groups = new Map();
  for (const row of rows) {
    const value = (row[key] ?? '').trim();
    if (value) map.set(value, [...(map.get(value) ?? []), row]);
  }
  return map;
}

/**
 * Reads one CSV table of the package (absent tables are empty).
 * @throws Error naming the file and line when a CSV is malformed
 */
function readTable(dir: string, files: readonly string[]): Table {
  const file = files.find((candidate) => fs.existsSync(path.join(dir, candidate))) ?? files[0]!;
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return {file, rows: [], headers: []};
  try {
    const text = fs.readFileSync(full, 'utf8');
    assertUtf8(text, file);
    const rows: string[][] = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
    const headers = (rows[0] ?? []).map((header) => header.trim());
    const records = rows.slice(1).map((cells, index) => ({
      ...Object.fromEntries(headers.map((header, at) => [header, cells[at] ?? ''])),
      __row: String(index + 2),
    }));
    return {file, headers, rows: records};
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`, {cause: error});
  }
}

/** What the importer reads from a package's `datapackage.json`. */
type Descriptor = {resources?: unknown; sc_formula_guard?: {prefix?: unknown}};

/**
 * Reads a package's `datapackage.json`; a package without one (another system's bare CSV tables) gives null.
 * @throws Error when datapackage.json exists but is not JSON
 */
function readDescriptor(dir: string): Descriptor | null {
  const file = path.join(dir, 'datapackage.json');
  if (!fs.existsSync(file)) return null;
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) ?? {}) as Descriptor;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, {cause: error});
  }
}

/**
 * Files the descriptor lists as resources (Frictionless Data Package: `resources[].path`) but that are not in the folder.
 * A package without a descriptor lists none.
 */
function missingResources(dir: string, descriptor: Descriptor | null): string[] {
  const resources = descriptor?.resources;
  const paths = Array.isArray(resources)
    ? resources.map((resource) => (resource as {path?: unknown})?.path)
    : [];
  return paths
    .filter((file): file is string => typeof file === 'string')
    .filter((file) => !fs.existsSync(path.join(dir, file)));
}

/** A table with the formula guard of our exports taken off every cell (see src/lib/exports/csvCells.ts). */
function unguarded(table: Table): Table {
  const rows = table.rows.map(
    (row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, cell]) => [
          column,
          column === '__row' ? cell : unguardCell(cell),
        ]),
      ) as Row,
  );
  return {...table, rows};
}

/** Tables and fields of the package the import does not use, with how many rows or values each holds. */
function notRead(dir: string, tables: Record<TableName, Table>): Skipped[] {
  const skipped: Skipped[] = [];
  const readFiles = new Set(Object.values(tables).map((table) => table.file));
  for (const file of fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .sort()) {
    if (readFiles.has(file)) continue;
    const rows = readTable(dir, [file]).rows.length;
    const code = NEVER[file] ?? 'skip.table-unused';
    skipped.push(skippedItem({source: file, row: 1}, code, {file}, {count: rows}));
  }
  for (const [name, table] of Object.entries(tables) as [TableName, Table][]) {
    if (!table.rows.length) continue;
    const used = new Set<string>([
      ...READ[name].used,
      ...table.headers.filter((header) => header.startsWith('sc_')),
    ]);
    for (const header of table.headers.filter((candidate) => !used.has(candidate))) {
      const count = table.rows.filter((record) => (record[header] ?? '').trim() !== '').length;
      const code = name === 'location' ? 'skip.field-location' : 'skip.field-unused';
      const where = {source: table.file, row: 1, column: header};
      if (count) skipped.push(skippedItem(where, code, {field: `${name}.${header}`}, {count}));
    }
  }
  return skipped;
}
