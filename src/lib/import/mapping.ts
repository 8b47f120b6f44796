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
    split: z
      .string()
      .optional()
      .describe('Regular expression separating several values in one cell, e.g. "[;,/]".'),
    values: z
      .record(z.string(), z.string())
      .optional()
      .describe(
        'Cell text → value, compared without case and surrounding spaces, e.g. {Spanish: es}.',
      ),
  }),
]);

/** A channel filled from one column (several numbers in one cell make several channels). */
const channelSpec = z.strictObject({
  kind: z
    .enum(['hotline', 'phone', 'email', 'website', 'form', 'signal-username', 'any'])
    .describe(
      'The channel kind; any: decided for each value (an e-mail address, a link, else a phone number), for a "Contact" column that mixes them.',
    ),
  audience: z.enum(['need-help', 'volunteer', 'press', 'partners', 'general']),
  column: columnSpec,
  hours: columnSpec
    .optional()
    .describe('Column with OpenStreetMap opening_hours for this channel.'),
  languages: columnSpec.optional().describe('Column with the languages answered on this channel.'),
  label: columnSpec
    .optional()
    .describe(
      'Column with a short label for this channel (60 characters at most), e.g. "Family unity direct line".',
    ),
  extension: columnSpec
    .optional()
    .describe('Column with the phone extension (digits) of this channel.'),
});

/** The whole mapping file. */
export const importMappingSchema = z.strictObject({
  city: columnSpec
    .optional()
    .describe(
      'Column holding the city slug (or name mapped through values); or use defaults.city.',
    ),
  slug: columnSpec
    .optional()
    .describe('Column holding the organisation slug; by default it is made from the name.'),
  fields: z
    .record(z.string(), columnSpec)
    .default({})
    .describe('Entry field (dotted path, e.g. summary.en, coverage.area) → column.'),
  channels: z.array(channelSpec).default([]),
  defaults: z
    .record(z.string(), z.unknown())
    .default({})
    .describe(
      'Values for fields no column fills (dotted paths allowed), e.g. consent, maintainers, verified; also city (the city slug of every row) and, for HSDS packages from other systems, audience (of their channels, default general).',
    ),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('US')
    .describe(
      "ISO 3166-1 country in which phone numbers without + country code are read when the row's city has no hub yet and no country column says otherwise.",
    ),
  country_column: columnSpec
    .optional()
    .describe(
      "Column holding each row's ISO 3166-1 country (or a name mapped through values), used to read its numbers and to find its city with --create-cities.",
    ),
  region_column: columnSpec
    .optional()
    .describe(
      "Column holding each row's state, province or region, used to find its city with --create-cities.",
    ),
  duplicates: z
    .enum(['refuse', 'suffix-city'])
    .default('refuse')
    .describe(
      'Two rows that make the same slug: refuse the second (default), or suffix its slug with its city (e.g. casa-del-migrante-tijuana).',
    ),
  city_defaults: z
    .strictObject({
      summary: z
        .record(z.string(), z.string())
        .optional()
        .describe('Summary per locale of every city hub --create-cities writes.'),
      maintainers: z
        .array(z.string())
        .optional()
        .describe('GitHub users or teams who review the new city folders.'),
    })
    .default({})
    .describe('Fields of the city hubs --create-cities writes that no gazetteer knows.'),
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
    throw new Error(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
  const result = importMappingSchema.safeParse(data ?? {});
  if (!result.success) {
    throw new Error(
      result.error.issues
        .map((issue) => `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`)
        .join('\n'),
    );
  }
  return result.data;
}

/** The header name of a column reference. */
export const columnName = (spec: ColumnSpec): string =>
  typeof spec === 'string' ? spec : spec.column;

/**
 * Every column a mapping reads, by header name.
 * @param mapping - the parsed mapping
 */
export function columnsOf(mapping: ImportMapping): string[] {
  const specs = [
    mapping.city,
    mapping.slug,
    mapping.country_column,
    mapping.region_column,
    ...Object.values(mapping.fields),
    ...mapping.channels.flatMap((channel) => [
      channel.column,
      channel.hours,
      channel.languages,
      channel.label,
      channel.extension,
    ]),
  ];
  return specs.filter((spec): spec is ColumnSpec => spec !== undefined).map(columnName);
}
