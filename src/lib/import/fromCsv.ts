import {parse} from 'csv-parse/sync';
import {parsePhoneNumberFromString, type CountryCode} from 'libphonenumber-js/max';
import {columnName, readCell, type ImportMapping} from './mapping';
import {setPath, slugFromName, type ImportDrafts, type OrganizationDraft} from './draft';

/**
 * Spreadsheet CSV → organisation drafts, through a mapping file.
 * Parsing is `csv-parse` (RFC 4180 quoting, multi-line cells, a UTF-8 BOM
 * from spreadsheet programs); phone numbers written the local way are
 * turned into E.164 by libphonenumber-js before the validator checks them.
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

/**
 * Turns a phone number written the local way ("(612) 555-0142") into E.164.
 * @param value - the cell value
 * @param country - default country for numbers without +country code
 * @returns the E.164 number, or the value unchanged when it is not a valid number (the validator then says why)
 */
export function normalizePhone(value: string, country: string): string {
  const parsed = parsePhoneNumberFromString(value, country as CountryCode);
  // An unreadable number is kept as written, so the report shows what the spreadsheet says.
  return parsed?.isValid() ? parsed.number : value;
}

/**
 * Maps every CSV record to an organisation draft.
 * @param text - the CSV text
 * @param mapping - the parsed mapping file
 * @param source - file name for the report
 * @param onProgress - called after each record with (done, total)
 */
export function draftsFromCsv(text: string, mapping: ImportMapping, source: string, onProgress?: (done: number, total: number) => void): ImportDrafts {
  const {headers, records} = parseCsvRecords(text);
  const drafts: ImportDrafts = {organizations: [], cities: [], problems: []};
  // A mapping that names a column the file lacks is one problem for the whole file, not one per row.
  const wanted = [mapping.city, mapping.slug, ...Object.values(mapping.fields), ...mapping.channels.flatMap((channel) => [channel.column, channel.hours, channel.languages])]
    .filter((spec) => spec !== undefined && typeof spec !== 'undefined')
    .map((spec) => columnName(spec!));
  const missing = [...new Set(wanted.filter((name) => !headers.includes(name)))];
  for (const name of missing) {
    drafts.problems.push({source, row: 1, column: name, field: '(mapping)', message: `The mapping names a column "${name}" that the file does not have.`, fix: `Rename the column in the mapping to one of: ${headers.join(', ')}.`});
  }
  if (missing.length) return drafts;

  records.forEach((record, index) => {
    const row = index + 2;
    const data: Record<string, unknown> = {};
    const columns: Record<string, string> = {};
    for (const [path, value] of Object.entries(mapping.defaults)) if (path !== 'city') setPath(data, path, value);
    for (const [path, spec] of Object.entries(mapping.fields)) {
      const values = readCell(spec, record);
      columns[path] = columnName(spec);
      if (!values.length) continue;
      if (LIST_FIELDS.has(path)) setPath(data, path, values);
      else if (NUMBER_FIELDS.has(path)) setPath(data, path, Number(values[0]));
      else if (BOOLEAN_FIELDS.has(path)) setPath(data, path, /^(true|yes|1)$/i.test(values[0]!));
      else setPath(data, path, values.join(' '));
    }
    const channels: Record<string, unknown>[] = [];
    for (const spec of mapping.channels) {
      const hours = spec.hours ? readCell(spec.hours, record).join('; ') : '';
      const languages = spec.languages ? readCell(spec.languages, record) : [];
      for (const value of readCell(spec.column, record)) {
        columns[`channels[${channels.length}]`] = columnName(spec.column);
        channels.push({
          kind: spec.kind,
          audience: spec.audience,
          value: spec.kind === 'hotline' || spec.kind === 'phone' ? normalizePhone(value, mapping.country) : value,
          ...(hours ? {hours} : {}),
          ...(languages.length ? {languages} : {}),
        });
      }
    }
    if (channels.length) data.channels = channels;
    const city = mapping.city ? readCell(mapping.city, record)[0] ?? '' : String(mapping.defaults.city ?? '');
    // An empty Slug cell falls back to a slug made from the name.
    const slug = (mapping.slug ? readCell(mapping.slug, record)[0] : undefined) || slugFromName(String(data.name ?? ''));
    const draft: OrganizationDraft = {source, row, city, slug, data, columns, problems: []};
    if (!city) draft.problems.push({source, row, column: mapping.city ? columnName(mapping.city) : undefined, field: '(city)', message: 'The row names no city.', fix: 'Fill the city column with a city slug such as minneapolis, or set defaults.city in the mapping.'});
    if (!slug) draft.problems.push({source, row, column: mapping.slug ? columnName(mapping.slug) : columns.name, field: '(slug)', message: 'No slug could be made from the name (it has no Latin letters or digits).', fix: 'Add a Slug column (lowercase letters, digits and hyphens) and map it with slug: in the mapping.'});
    drafts.organizations.push(draft);
    onProgress?.(index + 1, records.length);
  });
  return drafts;
}
