import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {parse as parseYaml} from 'yaml';
import {CHANGE_RULES} from '../changes';
import {draftsFromCsv} from '../fromCsv';
import {draftsFromHsds} from '../fromHsds';
import {importEntries, type ImportOptions, type ImportReport} from '../importEntries';
import {parseMapping, type ImportMapping} from '../mapping';
import {FIXTURE_GAZETTEER} from './gazetteerFixture';

/**
 * Zero silent change (issue 14, point 1): every value an import writes is
 * its source cell exactly, or the report lists the difference with a
 * documented rule and the cell it comes from. The cells are read here
 * independently of the importer (csv-parse on the fixture file), and every
 * leaf of every written file is compared.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'tests/__fixtures__/import');
const mappingOf = (name: string) =>
  parseMapping(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), name);

/** The cell of a CSV fixture (or an HSDS table), read independently: file, spreadsheet row, column. */
function cell(dir: string, file: string, row: number, column: string): string | undefined {
  const records: Record<string, string>[] = parse(fs.readFileSync(path.join(dir, file), 'utf8'), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  return records[row - 2]?.[column];
}

/** Every leaf of a value, with its field path (`channels[0].value`). */
function leaves(value: unknown, at = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${at}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leaves(item, at ? `${at}.${key}` : key));
  return [[at, value]];
}

/** The mapping's default at a field path, if any. */
function defaultAt(mapping: Pick<ImportMapping, 'defaults'>, field: string): unknown {
  let node: unknown = mapping.defaults;
  for (const key of field.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Every difference between the written files and their cells that the report does not list.
 * @param only - compare only these fields (a pattern), e.g. the channels of an HSDS package
 */
function unlistedDifferences(
  report: ImportReport,
  dir: string,
  mapping: Pick<ImportMapping, 'defaults' | 'channels'>,
  only = /./,
): string[] {
  const problems: string[] = [];
  for (const planned of report.accepted.filter((file) => !file.file.endsWith('_city.yml'))) {
    const written = parseYaml(planned.text) as Record<string, unknown>;
    for (const [field, value] of leaves(written)) {
      if (!only.test(field)) continue;
      const text = String(value);
      const place = `${planned.file} ${field} = ${JSON.stringify(value)}`;
      const key = Object.keys(planned.provenance ?? {})
        .filter(
          (prefix) =>
            field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`),
        )
        .sort((a, b) => b.length - a.length)[0];
      const from = key ? planned.provenance![key]! : undefined;
      // The change of this field of this file: listed against its own cell (its row, or the table row it comes from).
      const change = report.changes.find(
        (candidate) =>
          candidate.field === field &&
          ((candidate.source === planned.source && candidate.row === planned.row) ||
            (candidate.source === from?.source && candidate.row === from?.row)),
      );
      if (change) {
        if (!(change.rule in CHANGE_RULES))
          problems.push(`${place}: change rule ${change.rule} is not documented`);
        if (change.to !== text)
          problems.push(`${place}: the report says it was written "${change.to}"`);
        const source = change.column
          ? cell(dir, change.source, change.row, change.column)
          : undefined;
        if (change.rule !== 'hsds-schedule' && source !== undefined && source !== change.cell)
          problems.push(
            `${place}: the report names the cell "${change.cell}", but the file has "${source}"`,
          );
        continue;
      }
      // A channel's kind and audience are the mapping's words for the column, not cells.
      if (/^channels\[\d+\]\.(kind|audience)$/.test(field)) continue;
      if (from?.column) {
        const source = cell(dir, from.source, from.row, from.column);
        if (source !== text)
          problems.push(
            `${place}: its cell ${from.source} row ${from.row} "${from.column}" holds ${JSON.stringify(source)}, and no change is listed`,
          );
        continue;
      }
      const fallback = defaultAt(mapping, field);
      if (fallback === undefined || String(fallback) !== text)
        problems.push(
          `${place}: neither a cell nor a default of the mapping, and no change is listed`,
        );
    }
  }
  return problems;
}

describe('zero silent change: every written value is its cell, or the difference is listed', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-zero-'));
    fs.mkdirSync(path.join(root, 'directory/minneapolis'), {recursive: true});
    fs.copyFileSync(
      path.join(ROOT, 'tests/__fixtures__/site/directory/minneapolis/_city.yml'),
      path.join(root, 'directory/minneapolis/_city.yml'),
    );
  });
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}));

  const sheets: [string, string, Partial<ImportOptions>][] = [
    ['awkward.csv', 'awkward.mapping.yml', {}],
    ['extensions.csv', 'extensions.mapping.yml', {skipInvalidChannels: true}],
    ['border.csv', 'border.mapping.yml', {gazetteer: FIXTURE_GAZETTEER}],
  ];
  it.each(sheets)('%s', (sheet, mappingFile, options) => {
    const mapping = mappingOf(mappingFile);
    const report = importEntries(
      draftsFromCsv(fs.readFileSync(path.join(FIXTURES, sheet), 'utf8'), mapping, sheet),
      {
        contentRoot: root,
        dryRun: true,
        country: mapping.country,
        cityDefaults: mapping.city_defaults,
        duplicates: mapping.duplicates,
        ...options,
      },
    );
    expect(
      report.accepted.filter((file) => !file.file.endsWith('_city.yml')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(unlistedDifferences(report, FIXTURES, mapping)).toEqual([]);
  });

  it.each(['hsds-location-phones', 'hsds-2'])(
    'HSDS package %s: every contact value, extension, label, hours and language',
    (name) => {
      const mapping = mappingOf('hsds.mapping.yml');
      const dir = path.join(FIXTURES, name);
      const report = importEntries(draftsFromHsds(dir, mapping), {contentRoot: root, dryRun: true});
      expect(report.accepted.length).toBeGreaterThanOrEqual(1);
      expect(
        unlistedDifferences(
          report,
          dir,
          {...mapping, channels: []},
          /^(channels\[\d+\]\.(value|extension|label|hours|languages\[\d+\])|languages\[\d+\])$/,
        ),
      ).toEqual([]);
    },
  );

  it('fails on a difference the report does not list (the check is not a formality)', () => {
    const mapping = mappingOf('extensions.mapping.yml');
    const report = importEntries(
      draftsFromCsv(
        fs.readFileSync(path.join(FIXTURES, 'extensions.csv'), 'utf8'),
        mapping,
        'extensions.csv',
      ),
      {contentRoot: root, dryRun: true},
    );
    const forged = {
      ...report,
      changes: report.changes.filter((change) => change.rule !== 'phone-extension'),
    };
    expect(unlistedDifferences(forged, FIXTURES, mapping)).toEqual(
      expect.arrayContaining([expect.stringContaining('channels[0].extension = "204"')]),
    );
    const tampered = {
      ...report,
      accepted: report.accepted.map((file) => ({
        ...file,
        text: file.text.replace('Intake line', 'Intake line (edited)'),
      })),
    };
    expect(unlistedDifferences(tampered, FIXTURES, mapping)).toEqual(
      expect.arrayContaining([expect.stringContaining('Intake line (edited)')]),
    );
  });
});
