import {parse} from 'csv-parse/sync';
import {cleanCell, type ChangeRule} from './changes';
import {countryCode} from './countries';
import {columnName, columnsOf, type ColumnSpec, type ImportMapping} from './mapping';
import {newDraft, setPath, slugFromName, type ChannelSource, type ImportDrafts, type OrganizationDraft, type Skipped} from './draft';

/**
 * Spreadsheet CSV → organisation drafts, through a mapping file.
 * Parsing is `csv-parse` (RFC 4180 quoting, multi-line cells, a UTF-8 BOM
 * from spreadsheet programs). Every value keeps a record of its cell: when
 * the written value differs, the draft lists the change and its rule
 * (changes.ts); phone numbers are read later, in the country of the row's
 * city (see channels.ts).
 */

/** Entry fields whose value is a list (a mapped cell may hold several values). */
const LIST_FIELDS = new Set(['alt_names', 'types', 'languages', 'maintainers', 'coverage.counties']);
/** Entry fields whose value is a number. */
const NUMBER_FIELDS = new Set(['review_every_months']);
/** Entry fields whose value is true/false. */
const BOOLEAN_FIELDS = new Set(['sample']);

/**
 * Parses CSV text into records.
 * @param text - the file's text
 * @returns header names and records (header → cell)
 * @throws Error naming the line when the CSV is malformed (e.g. an unclosed quote)
 */
export function parseCsvRecords(text: string): {headers: string[]; records: Record<string, string>[]} {
  const rows: string[][] = parse(text, {bom: true, relax_column_count: true, skip_empty_lines: true});
  const headers = (rows[0] ?? []).map((header) => header.trim());
  const records = rows.slice(1).map((cells) => Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? ''])));
  return {headers, records};
}

/** One value read from a cell: the part of the cell it comes from, the value, and the rule that changed it (if any). */
export type CellValue = {from: string; value: string; rule?: ChangeRule};

/**
 * Reads a cell through a column reference: split into parts when asked,
 * whitespace collapsed, each part mapped through `values`; empty parts and
 * repeated values are dropped.
 * @param spec - the column reference
 * @param record - the record (header → cell)
 * @returns the raw cell and its values, each with the rule that made it differ from the cell
 */
export function readValues(spec: ColumnSpec, record: Record<string, string>): {cell: string; values: CellValue[]} {
  const cell = record[columnName(spec)] ?? '';
  const options: {split?: string; values?: Record<string, string>} = typeof spec === 'string' ? {} : spec;
  const parts = options.split ? cell.split(new RegExp(options.split)) : [cell];
  const lookup = new Map(Object.entries(options.values ?? {}).map(([key, value]) => [cleanCell(key).toLowerCase(), value]));
  const values: CellValue[] = [];
  for (const part of parts) {
    const clean = cleanCell(part);
    if (!clean) continue;
    const mapped = lookup.get(clean.toLowerCase());
    const value = mapped ?? clean;
    if (values.some((known) => known.value === value)) continue;
    const rule: ChangeRule | undefined = mapped !== undefined && mapped !== clean ? 'value-map' : parts.length > 1 ? 'split' : clean !== cell ? 'trim-space' : undefined;
    values.push({from: part, value, ...(value !== cell && rule ? {rule} : {})});
  }
  return {cell, values};
}

/**
 * Maps every CSV record to an organisation draft. Problems of the mapping
 * (a column the file lacks) are reported once, and every row is still read,
 * so one run shows everything.
 * @param text - the CSV text
 * @param mapping - the parsed mapping file
 * @param source - file name for the report
 * @param onProgress - called after each record with (done, total)
 */
export function draftsFromCsv(text: string, mapping: ImportMapping, source: string, onProgress?: (done: number, total: number) => void): ImportDrafts {
  const {headers, records} = parseCsvRecords(text);
  const drafts: ImportDrafts = {organizations: [], cities: [], problems: [], skipped: [], rows: records.length};
  const wanted = columnsOf(mapping);
  for (const name of [...new Set(wanted)].filter((candidate) => !headers.includes(candidate))) {
    drafts.problems.push({
      source, row: 1, column: name, field: '(mapping)', rule: 'mapping-column',
      message: `The mapping names a column "${name}" that the file does not have.`,
      fix: `Change "${name}" in the mapping to one of the file's headers: ${headers.join(', ')}.`,
    });
  }
  // Columns no mapping key names: listed with how many cells hold something, so nothing is left behind unseen.
  for (const header of headers.filter((candidate) => candidate && !wanted.includes(candidate))) {
    const count = records.filter((record) => cleanCell(record[header] ?? '') !== '').length;
    if (count) drafts.skipped.push({source, row: 1, column: header, what: `column "${header}"`, reason: 'no mapping key names it', count});
  }
  records.forEach((record, index) => {
    drafts.organizations.push(draftFromRecord(record, mapping, source, index + 2));
    onProgress?.(index + 1, records.length);
  });
  return drafts;
}

/** One record → one draft. */
function draftFromRecord(record: Record<string, string>, mapping: ImportMapping, source: string, row: number): OrganizationDraft {
  const draft = newDraft(source, row);
  const {data, columns} = draft;
  for (const [path, value] of Object.entries(mapping.defaults)) if (path !== 'city') setPath(data, path, value);

  for (const [path, spec] of Object.entries(mapping.fields)) {
    const column = columnName(spec);
    const {cell, values} = readValues(spec, record);
    columns[path] = column;
    draft.provenance[path] = {source, row, column};
    if (!values.length) continue;
    draft.fromSource.add(path.split('.')[0]!);
    const change = (field: string, item: CellValue, to: string, rule?: ChangeRule) => {
      if (to !== cell) draft.changes.push({source, row, column, field, cell, from: item.from, to, rule: rule ?? item.rule ?? 'trim-space'});
    };
    if (LIST_FIELDS.has(path)) {
      setPath(data, path, values.map((item) => item.value));
      values.forEach((item, at) => change(`${path}[${at}]`, item, item.value));
    } else if (NUMBER_FIELDS.has(path)) {
      const number = /^\d+$/.test(values[0]!.value) ? Number(values[0]!.value) : values[0]!.value;
      setPath(data, path, number);
      change(path, values[0]!, String(number), typeof number === 'number' ? 'number' : undefined);
    } else if (BOOLEAN_FIELDS.has(path)) {
      const yes = /^(true|yes|1)$/i.test(values[0]!.value);
      setPath(data, path, yes);
      change(path, values[0]!, String(yes), 'boolean');
    } else {
      const joined = values.map((item) => item.value).join(' ');
      setPath(data, path, joined);
      change(path, {from: cell, value: joined, rule: values.length > 1 ? 'split' : values[0]!.rule}, joined);
    }
  }
  for (const spec of mapping.channels) readChannels(draft, spec, record);

  readPlace(draft, mapping, record);
  const slugSpec = mapping.slug;
  const slugCell = slugSpec ? readValues(slugSpec, record).values[0]?.value : undefined;
  // An empty Slug cell falls back to a slug made from the name.
  draft.slug = slugCell || slugFromName(String(data.name ?? ''));
  if (slugSpec) columns.slug = columnName(slugSpec);
  if (!draft.slug) {
    draft.problems.push({
      source, row, column: slugSpec ? columnName(slugSpec) : columns.name, field: '(slug)', rule: 'slug',
      message: 'No slug could be made from the name (it has no Latin letters or digits).',
      fix: 'Add a Slug column (lowercase letters, digits and hyphens) and name it with slug: in the mapping.',
    });
  }
  return draft;
}

/** The channels of one mapping entry: one per value of its column (several numbers in one cell make several channels). */
function readChannels(draft: OrganizationDraft, spec: ImportMapping['channels'][number], record: Record<string, string>): void {
  const {source, row} = draft;
  const extra = (columnSpec: ColumnSpec | undefined) => (columnSpec ? readValues(columnSpec, record) : undefined);
  const hours = extra(spec.hours);
  const languages = extra(spec.languages);
  const label = extra(spec.label);
  const extension = extra(spec.extension);
  const {cell, values} = readValues(spec.column, record);
  for (const item of values) {
    const fieldSources: Record<string, {source: string; row: number; column: string}> = {};
    for (const [subfield, columnSpec] of [['hours', spec.hours], ['languages', spec.languages], ['label', spec.label], ['extension', spec.extension]] as const) {
      if (columnSpec) fieldSources[subfield] = {source, row, column: columnName(columnSpec)};
    }
    const kind = spec.kind === 'any' ? kindOf(item.value) : spec.kind;
    const channel: ChannelSource = {source, row, column: columnName(spec.column), kind, audience: spec.audience, text: item.value, cell, changes: [], fieldSources};
    const side = (subfield: string, read: ReturnType<typeof extra>, columnSpec: ColumnSpec | undefined, joined: string) => {
      if (!read || !columnSpec || joined === read.cell) return;
      channel.changes!.push({source, row, column: columnName(columnSpec), subfield, cell: read.cell, from: read.cell, to: joined, rule: read.values.length > 1 ? 'split' : read.values[0]?.rule ?? 'trim-space'});
    };
    if (hours?.values.length) {
      channel.hours = hours.values.map((value) => value.value).join('; ');
      side('hours', hours, spec.hours, channel.hours);
    }
    if (languages?.values.length) {
      channel.languages = languages.values.map((value) => value.value);
      languages.values.forEach((value, at) => {
        if (value.value !== languages.cell) channel.changes!.push({source, row, column: columnName(spec.languages!), subfield: `languages[${at}]`, cell: languages.cell, from: value.from, to: value.value, rule: value.rule ?? 'trim-space'});
      });
    }
    if (label?.values.length) {
      channel.label = label.values.map((value) => value.value).join(' ');
      side('label', label, spec.label, channel.label);
    }
    if (extension?.values.length) {
      channel.extension = extension.values[0]!.value;
      side('extension', extension, spec.extension, channel.extension);
    }
    // A value split from its cell, or mapped, is recorded here; phone numbers are read (and recorded) later.
    if (item.rule && kind !== 'hotline' && kind !== 'phone') channel.changes!.push({source, row, column: columnName(spec.column), subfield: 'value', cell, from: item.from, to: item.value, rule: item.rule});
    draft.channels.push(channel);
  }
}

/**
 * The kind of a value of a mixed "Contact" column (kind: any): an e-mail address, a link, else a phone number
 * (which the phone reading then reads, or refuses with the cell).
 */
function kindOf(value: string): string {
  if (/^(mailto:)?[^\s@]+@[^\s@]+\.[^\s@]+$/i.test(value.trim())) return 'email';
  if (/^(https?:\/\/|www\.)/i.test(value.trim())) return 'website';
  return 'phone';
}

/** The row's city (slug, and the name, region and country the sheet gives) and its country column. */
function readPlace(draft: OrganizationDraft, mapping: ImportMapping, record: Record<string, string>): void {
  const {source, row} = draft;
  const region = mapping.region_column ? readValues(mapping.region_column, record).values[0]?.value : undefined;
  if (mapping.country_column) {
    const read = readValues(mapping.country_column, record).values[0];
    const column = columnName(mapping.country_column);
    const code = read ? countryCode(read.value) : undefined;
    if (code) draft.country = {code, column};
    else if (read) {
      draft.problems.push({
        source, row, column, field: '(country)', rule: 'country',
        message: `"${read.value}" is not a country the import knows (an ISO 3166-1 code such as MX, or its English name).`,
        fix: `Map it under country_column.values in the mapping, e.g. {"${read.value}": MX}.`,
      });
    }
  }
  if (!mapping.city) {
    draft.city = String(mapping.defaults.city ?? '');
    if (!draft.city) draft.problems.push({source, row, field: '(city)', rule: 'city', message: 'The row names no city.', fix: 'Map a city column with city: in the mapping, or set defaults.city.'});
    return;
  }
  const column = columnName(mapping.city);
  draft.columns.city = column;
  const read = readValues(mapping.city, record).values[0];
  if (!read) {
    draft.problems.push({source, row, column, field: '(city)', rule: 'city', message: 'The city cell is empty.', fix: 'Fill the city column with a city name or slug such as minneapolis, or set defaults.city in the mapping.'});
    return;
  }
  // "San Diego, CA" names the city and its region; without a region column the part after the comma is the region.
  const [name, inCell] = !region && read.rule !== 'value-map' && /^[^,]+,[^,]+$/.test(read.value) ? read.value.split(',').map((part) => part.trim()) as [string, string] : [read.value, undefined];
  // A name that is not yet a slug ("San Diego", "Ciudad Juárez") is slugified: san-diego, ciudad-juarez.
  draft.city = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name) ? name : slugFromName(name);
  const placeRegion = region ?? inCell;
  // A spelling mapped through city.values ("Cd. Juárez" → ciudad-juarez) is looked up in the gazetteer by the mapped name.
  const country = draft.country ? {country: draft.country.code} : {};
  draft.place = {name: read.rule === 'value-map' ? read.value : name, ...(placeRegion ? {region: placeRegion} : {}), ...country, column};
}

export type {Skipped};
