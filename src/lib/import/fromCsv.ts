import {parse} from 'csv-parse/sync';
import {lineLocator} from '../lineLocator';
import {cleanCell, type ChangeRule} from './changes';
import {countryCode} from './countries';
import {columnName, columnsOf, type ColumnSpec, type ImportMapping} from './mapping';
import {rowProblem} from './rowProblem';
import {skippedItem} from './skipped';
import {
  newDraft,
  setPath,
  slugFromName,
  type ChannelSource,
  type ImportDrafts,
  type OrganizationDraft,
} from './draft';

/**
 * Spreadsheet CSV → organisation drafts, through a mapping file.
 * Parsing is `csv-parse` (RFC 4180 quoting, multi-line cells, a UTF-8 BOM
 * from spreadsheet programs). Every value keeps a record of its cell: when
 * the written value differs, the draft lists the change and its rule
 * (changes.ts); phone numbers are read later, in the country of the row's
 * city (see channels.ts).
 */

/** Entry fields whose value is a list (a mapped cell may hold several values). */
const LIST_FIELDS = new Set([
  'alt_names',
  'types',
  'languages',
  'maintainers',
  'coverage.counties',
]);
/** Entry fields whose value is a number. */
const NUMBER_FIELDS = new Set(['review_every_months']);
/** Entry fields whose value is true/false. */
const BOOLEAN_FIELDS = new Set(['sample']);
const TRUE_WORDS = /^(true|yes|y|1|sí|si|oui)$/i;
const FALSE_WORDS = /^(false|no|n|0|non)$/i;

/**
 * Parses CSV text into records.
 * @param text - the file's text
 * @returns header names and records (header → cell)
 * @throws Error naming the line when the CSV is malformed (e.g. an unclosed quote)
 */
export function parseCsvRecords(text: string): {
  headers: string[];
  records: Record<string, string>[];
} {
  assertUtf8(text, 'The file');
  const rows: string[][] = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  const width = Math.max(0, ...rows.map((cells) => cells.length));
  // Every column gets a distinct name, so no cell hides behind another: a header without a name is "(column 5)",
  // a second "Phone" is "Phone (2)"; the mapping can name them, and unmapped ones are listed with their counts.
  const headers: string[] = [];
  for (let index = 0; index < width; index += 1) {
    const header = (rows[0]?.[index] ?? '').trim() || `(column ${index + 1})`;
    let name = header;
    for (let copy = 2; headers.includes(name); copy += 1) name = `${header} (${copy})`;
    headers.push(name);
  }
  const records = rows
    .slice(1)
    .map((cells) =>
      Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? ''])),
    );
  return {headers, records};
}

/**
 * Refuses text that was not UTF-8: read as UTF-8, its bytes became U+FFFD, and every accented name would be written wrong.
 * @param text - the file's text as read
 * @param what - the file, for the message
 * @throws Error naming the line, and how to save the file as UTF-8
 */
export function assertUtf8(text: string, what: string): void {
  const at = text.indexOf('\uFFFD');
  if (at === -1) return;
  const {line} = lineLocator(text)(at);
  throw new Error(
    `${what} is not UTF-8 text (line ${line} has a character that cannot be read). ` +
      'Save it as "CSV UTF-8" (spreadsheet programs offer it under Save as), then import again.',
  );
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
export function readValues(
  spec: ColumnSpec,
  record: Record<string, string>,
): {cell: string; values: CellValue[]} {
  const cell = record[columnName(spec)] ?? '';
  const options: {split?: string; values?: Record<string, string>} =
    typeof spec === 'string' ? {} : spec;
  const parts = options.split ? cell.split(new RegExp(options.split)) : [cell];
  const lookup = new Map(
    Object.entries(options.values ?? {}).map(([key, value]) => [
      cleanCell(key).toLowerCase(),
      value,
    ]),
  );
  const values: CellValue[] = [];
  for (const part of parts) {
    const clean = cleanCell(part);
    if (!clean) continue;
    const mapped = lookup.get(clean.toLowerCase());
    const value = mapped ?? clean;
    if (values.some((known) => known.value === value)) continue;
    const rule: ChangeRule | undefined =
      mapped !== undefined && mapped !== clean
        ? 'value-map'
        : parts.length > 1
          ? 'split'
          : clean !== cell
            ? 'trim-space'
            : undefined;
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
export function draftsFromCsv(
  text: string,
  mapping: ImportMapping,
  source: string,
  onProgress?: (done: number, total: number) => void,
): ImportDrafts {
  const {headers, records} = parseCsvRecords(text);
  const drafts: ImportDrafts = {
    organizations: [],
    cities: [],
    problems: [],
    skipped: [],
    rows: records.length,
  };
  const wanted = columnsOf(mapping);
  for (const name of [...new Set(wanted)].filter((candidate) => !headers.includes(candidate))) {
    drafts.problems.push(
      rowProblem(
        {source, row: 1, column: name},
        '(mapping)',
        'mapping-column',
        'mapping-column.missing',
        {
          column: name,
          headers: headers.join(', '),
        },
      ),
    );
  }
  // Columns no mapping key names: listed with how many cells hold something, so nothing is left behind unseen.
  for (const header of headers.filter((candidate) => !wanted.includes(candidate))) {
    const count = records.filter((record) => cleanCell(record[header] ?? '') !== '').length;
    if (!count) continue;
    const where = {source, row: 1, column: header};
    drafts.skipped.push(skippedItem(where, 'skip.unmapped-column', {column: header}, {count}));
  }
  records.forEach((record, index) => {
    drafts.organizations.push(draftFromRecord(record, mapping, source, index + 2));
    onProgress?.(index + 1, records.length);
  });
  return drafts;
}

/** One record → one draft. */
function draftFromRecord(
  record: Record<string, string>,
  mapping: ImportMapping,
  source: string,
  row: number,
): OrganizationDraft {
  const draft = newDraft(source, row);
  const {data, columns} = draft;
  for (const [path, value] of Object.entries(mapping.defaults))
    if (path !== 'city') setPath(data, path, value);

  for (const [path, spec] of Object.entries(mapping.fields)) {
    const column = columnName(spec);
    const {cell, values} = readValues(spec, record);
    columns[path] = column;
    draft.provenance[path] = {source, row, column};
    if (!values.length) continue;
    draft.fromSource.add(path.split('.')[0]!);
    const change = (field: string, item: CellValue, to: string, rule?: ChangeRule) => {
      if (to === cell) return;
      draft.changes.push({
        source,
        row,
        column,
        field,
        cell,
        from: item.from,
        to,
        rule: rule ?? item.rule ?? 'trim-space',
      });
    };
    if (LIST_FIELDS.has(path)) {
      setPath(
        data,
        path,
        values.map((item) => item.value),
      );
      values.forEach((item, at) => change(`${path}[${at}]`, item, item.value));
    } else if (NUMBER_FIELDS.has(path)) {
      const number = /^\d+$/.test(values[0]!.value) ? Number(values[0]!.value) : values[0]!.value;
      setPath(data, path, number);
      change(path, values[0]!, String(number), typeof number === 'number' ? 'number' : undefined);
    } else if (BOOLEAN_FIELDS.has(path)) {
      // Only words that say yes or no: anything else stays text, which the schema refuses.
      const text = values[0]!.value;
      const yes = TRUE_WORDS.test(text) ? true : FALSE_WORDS.test(text) ? false : text;
      setPath(data, path, yes);
      change(path, values[0]!, String(yes), typeof yes === 'boolean' ? 'boolean' : undefined);
    } else {
      const joined = values.map((item) => item.value).join(' ');
      setPath(data, path, joined);
      change(
        path,
        {from: cell, value: joined, rule: values.length > 1 ? 'split' : values[0]!.rule},
        joined,
      );
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
    const column = slugSpec ? columnName(slugSpec) : columns.name;
    draft.problems.push(rowProblem({source, row, column}, '(slug)', 'slug', 'slug.from-name'));
  }
  return draft;
}

/** The channels of one mapping entry: one per value of its column (several numbers in one cell make several channels). */
function readChannels(
  draft: OrganizationDraft,
  spec: ImportMapping['channels'][number],
  record: Record<string, string>,
): void {
  const {source, row} = draft;
  const column = columnName(spec.column);
  const sides = (['hours', 'languages', 'label', 'extension'] as const).flatMap((subfield) =>
    spec[subfield]
      ? [
          {
            subfield,
            spec: spec[subfield]!,
            column: columnName(spec[subfield]!),
            ...readValues(spec[subfield]!, record),
          },
        ]
      : [],
  );
  const {cell, values} = readValues(spec.column, record);
  for (const item of values) {
    const kind = spec.kind === 'any' ? kindOf(item.value) : spec.kind;
    const fieldSources = Object.fromEntries(
      sides.map((side) => [side.subfield, {source, row, column: side.column}]),
    );
    const channel: ChannelSource = {
      source,
      row,
      column,
      kind,
      audience: spec.audience,
      text: item.value,
      cell,
      changes: [],
      fieldSources,
    };
    const change = (
      subfield: string,
      at: {cell: string; column: string},
      from: string,
      to: string,
      rule: ChangeRule,
    ) => {
      if (to !== at.cell)
        channel.changes!.push({
          source,
          row,
          column: at.column,
          subfield,
          cell: at.cell,
          from,
          to,
          rule,
        });
    };
    for (const side of sides.filter((candidate) => candidate.values.length)) {
      const texts = side.values.map((value) => value.value);
      const rule: ChangeRule =
        side.values.length > 1 ? 'split' : (side.values[0]!.rule ?? 'trim-space');
      if (side.subfield === 'languages') {
        channel.languages = texts;
        side.values.forEach((value, at) =>
          change(`languages[${at}]`, side, value.from, value.value, value.rule ?? 'trim-space'),
        );
      } else if (side.subfield === 'extension') {
        // One extension per number: other values of the cell are listed, not guessed between.
        channel.extension = texts[0]!;
        change('extension', side, side.cell, texts[0]!, side.values[0]!.rule ?? 'trim-space');
        for (const other of texts.slice(1)) {
          const where = {source, row, column: side.column};
          draft.skipped.push(skippedItem(where, 'skip.second-extension', {}, {value: other}));
        }
      } else {
        const joined = texts.join(side.subfield === 'hours' ? '; ' : ' ');
        channel[side.subfield] = joined;
        change(side.subfield, side, side.cell, joined, rule);
      }
    }
    // A value split from its cell, or mapped, is recorded here; phone numbers are read (and recorded) later.
    if (item.rule && kind !== 'hotline' && kind !== 'phone')
      change('value', {cell, column}, item.from, item.value, item.rule);
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
function readPlace(
  draft: OrganizationDraft,
  mapping: ImportMapping,
  record: Record<string, string>,
): void {
  const {source, row} = draft;
  const region = mapping.region_column
    ? readValues(mapping.region_column, record).values[0]?.value
    : undefined;
  if (mapping.country_column) {
    const read = readValues(mapping.country_column, record).values[0];
    const column = columnName(mapping.country_column);
    const code = read ? countryCode(read.value) : undefined;
    if (code) draft.country = {code, column};
    else if (read) {
      draft.problems.push(
        rowProblem({source, row, column}, '(country)', 'country', 'country.unknown', {
          value: read.value,
        }),
      );
    }
  }
  if (!mapping.city) {
    draft.city = String(mapping.defaults.city ?? '');
    if (!draft.city) {
      draft.problems.push(rowProblem({source, row}, '(city)', 'city', 'city.none'));
    }
    return;
  }
  const column = columnName(mapping.city);
  draft.columns.city = column;
  const read = readValues(mapping.city, record).values[0];
  if (!read) {
    draft.problems.push(rowProblem({source, row, column}, '(city)', 'city', 'city.empty'));
    return;
  }
  // "San Diego, CA" names the city and its region; without a region column the part after the comma is the region.
  const withRegion = !region && read.rule !== 'value-map' && /^[^,]+,[^,]+$/.test(read.value);
  const [name, inCell] = withRegion
    ? (read.value.split(',').map((part) => part.trim()) as [string, string])
    : [read.value, undefined];
  // A name that is not yet a slug ("San Diego", "Ciudad Juárez") is slugified: san-diego, ciudad-juarez.
  draft.city = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name) ? name : slugFromName(name);
  const placeRegion = region ?? inCell;
  // A spelling mapped through city.values ("Cd. Juárez" → ciudad-juarez) is looked up in the gazetteer by the mapped name.
  const country = draft.country ? {country: draft.country.code} : {};
  const lookup = read.rule === 'value-map' ? read.value : name;
  draft.place = {name: lookup, ...(placeRegion ? {region: placeRegion} : {}), ...country, column};
}
