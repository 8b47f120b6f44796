import * as z from 'zod';
import {parse as parseYaml} from 'yaml';

/**
 * The mapping file of `npm run import -- --from csv <file> --map <mapping.yml>`:
 * which spreadsheet column fills which field of a directory entry, how
 * multi-value cells are split, how words are turned into codes, and the
 * values every imported entry shares (e.g. maintainers, consent date).
 * See tests/__fixtures__/import/awkward.mapping.yml for a commented example.
 */

/** A column reference: its header, or a header with split and value options. */
const columnSpec = z.union([
  z.string().min(1),
  z.strictObject({
    column: z.string().min(1).describe('Header of the spreadsheet column.'),
    split: z.string().optional().describe('Regular expression separating several values in one cell, e.g. "[;,/]".'),
    values: z.record(z.string(), z.string()).optional().describe('Cell text → value, compared without case and surrounding spaces, e.g. {Spanish: es}.'),
  }),
]);

/** A channel filled from one column (several numbers in one cell make several channels). */
const channelSpec = z.strictObject({
  kind: z.enum(['hotline', 'phone', 'email', 'website', 'form', 'signal-username']),
  audience: z.enum(['need-help', 'volunteer', 'press', 'partners', 'general']),
  column: columnSpec,
  hours: columnSpec.optional().describe('Column with OpenStreetMap opening_hours for this channel.'),
  languages: columnSpec.optional().describe('Column with the languages answered on this channel.'),
});

/** The whole mapping file. */
export const importMappingSchema = z.strictObject({
  city: columnSpec.optional().describe('Column holding the city slug (or name mapped through values); or use defaults.city.'),
  slug: columnSpec.optional().describe('Column holding the organisation slug; by default it is made from the name.'),
  fields: z.record(z.string(), columnSpec).default({}).describe('Entry field (dotted path, e.g. summary.en, coverage.area) → column.'),
  channels: z.array(channelSpec).default([]),
  defaults: z.record(z.string(), z.unknown()).default({}).describe('Values for fields no column fills (dotted paths allowed), e.g. consent, maintainers, verified; also city (the city slug of every row) and, for HSDS packages from other systems, audience (of their channels, default general).'),
  country: z.string().regex(/^[A-Z]{2}$/).default('US').describe('ISO 3166-1 country used to read phone numbers written without +country code.'),
});

/** A parsed mapping. */
export type ImportMapping = z.infer<typeof importMappingSchema>;
/** A column reference. */
export type ColumnSpec = z.infer<typeof columnSpec>;

/**
 * Reads and checks a mapping file.
 * @param text - the YAML text
 * @param file - its name, for messages
 * @throws Error with every problem of the file, one per line, when it is not a valid mapping
 */
export function parseMapping(text: string, file: string): ImportMapping {
  let data: unknown;
  try {
    data = parseYaml(text, {version: '1.2'});
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = importMappingSchema.safeParse(data ?? {});
  if (!result.success) {
    throw new Error(result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`).join('\n'));
  }
  return result.data;
}

/** The header name of a column reference. */
export const columnName = (spec: ColumnSpec): string => (typeof spec === 'string' ? spec : spec.column);

/**
 * Reads a cell through a column reference: whitespace collapsed, split into
 * values when asked, each value mapped through `values`.
 * @param spec - the column reference
 * @param row - the record (header → cell)
 * @returns the values (empty when the cell is empty); one value when the spec does not split
 */
export function readCell(spec: ColumnSpec, row: Record<string, string>): string[] {
  const name = columnName(spec);
  const raw = row[name] ?? '';
  const options: {split?: string; values?: Record<string, string>} = typeof spec === 'string' ? {} : spec;
  const parts = options.split ? raw.split(new RegExp(options.split)) : [raw];
  const lookup = new Map(Object.entries(options.values ?? {}).map(([key, value]) => [key.trim().toLowerCase(), value]));
  const out: string[] = [];
  for (const part of parts) {
    // Stray spaces, tabs and line breaks inside a cell become single spaces.
    const clean = part.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    const value = lookup.get(clean.toLowerCase()) ?? clean;
    if (!out.includes(value)) out.push(value);
  }
  return out;
}
