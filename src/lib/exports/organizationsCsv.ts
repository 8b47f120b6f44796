import {stringify} from 'csv-stringify/sync';
import {CHANNEL_KINDS} from '../taxonomy';
import type {Coalition} from '../coalition';
import type {BuildInfo} from './buildInfo';
import {guardCell} from './csvCells';
import {organizationRecords, type OrganizationRecord, type SiteLocation} from './organizations';

/**
 * `organizations.csv`: one row per organisation for spreadsheets, written by
 * `csv-stringify` (RFC 4180: fields with commas, quotes or line breaks are
 * quoted, quotes doubled; UTF-8 with a byte-order mark so spreadsheet
 * programs read non-Latin text correctly). Cells that could start a
 * spreadsheet formula, phone numbers included, get a `'` in front
 * (csvCells.ts).
 */

/**
 * Joins the values of a list field in one cell. Slugs, BCP-47 codes, E.164
 * numbers, e-mail addresses, https: links and GitHub handles cannot contain
 * it; free-text lists (other names, counties) could, so `channels_json` and
 * organizations.json remain the exact form.
 */
export const LIST_SEPARATOR = ' | ';

/** A CSV column: its header, what it means, and how to read it from a record. */
export type CsvColumn = {
  name: string;
  description: string;
  value: (record: OrganizationRecord, info: BuildInfo) => string;
};

const list = (values: readonly string[] | undefined) => (values ?? []).join(LIST_SEPARATOR);
const channelValues = (kind: string) => (record: OrganizationRecord) =>
  list(record.channels.filter((channel) => channel.kind === kind).map((channel) => channel.value));

/** The columns of organizations.csv, in order (also the CSV part of the codebook). */
export const ORGANIZATION_CSV_COLUMNS: CsvColumn[] = [
  {name: 'id', description: 'City slug and organisation slug, <city>/<slug>.', value: (r) => r.id},
  {name: 'slug', description: 'Organisation slug (file name without .yml).', value: (r) => r.slug},
  {name: 'city', description: 'City slug (folder name).', value: (r) => r.city},
  {name: 'city_name', description: 'Display name of the city.', value: (r) => r.city_name ?? ''},
  {
    name: 'sample',
    description: 'true for fictional starter entries: exclude them from analysis.',
    value: (r) => String(r.sample),
  },
  {name: 'name', description: 'Public name.', value: (r) => r.name},
  {
    name: 'alt_names',
    description: `Other names, joined with "${LIST_SEPARATOR}".`,
    value: (r) => list(r.alt_names),
  },
  {
    name: 'types',
    description: `Taxonomy slugs, joined with "${LIST_SEPARATOR}"; the first is the main type.`,
    value: (r) => list(r.types),
  },
  {name: 'summary_en', description: 'Summary in English.', value: (r) => r.summary.en},
  {
    name: 'summary_es',
    description: 'Summary in Spanish (empty when not translated).',
    value: (r) => r.summary.es ?? '',
  },
  {
    name: 'summary_fr',
    description: 'Summary in French (empty when not translated).',
    value: (r) => r.summary.fr ?? '',
  },
  {
    name: 'description_en',
    description: 'Longer description in English (Markdown, may span lines).',
    value: (r) => r.description?.en ?? '',
  },
  {
    name: 'languages',
    description: `BCP-47 codes of the languages staff speak, joined with "${LIST_SEPARATOR}".`,
    value: (r) => list(r.languages),
  },
  ...CHANNEL_KINDS.map((kind) => ({
    name: kind.replace(/-/g, '_'),
    description: `Values of every ${kind} channel, joined with "${LIST_SEPARATOR}" (audience, extension, label, hours, languages, and why a number of another country than the city's is listed, are in channels_json).`,
    value: channelValues(kind),
  })),
  {
    name: 'channels_json',
    description:
      "Every channel with kind, audience, value, extension, label, hours, languages and, for a phone number of another country than the city's, international (why it is listed, per language), as a JSON array (the exact form).",
    value: (r) => JSON.stringify(r.channels),
  },
  {
    name: 'coverage_area',
    description: 'Area served, in words, in English.',
    value: (r) => r.coverage.area.en,
  },
  {
    name: 'coverage_area_es',
    description: 'Area served in Spanish (empty when not translated).',
    value: (r) => r.coverage.area.es ?? '',
  },
  {
    name: 'coverage_area_fr',
    description: 'Area served in French (empty when not translated).',
    value: (r) => r.coverage.area.fr ?? '',
  },
  {
    name: 'coverage_counties',
    description: `Counties served, joined with "${LIST_SEPARATOR}".`,
    value: (r) => list(r.coverage.counties),
  },
  {name: 'status', description: 'active, paused or closed.', value: (r) => r.status},
  {
    name: 'verified_date',
    description: 'ISO 8601 date of the last verification.',
    value: (r) => r.verified.date,
  },
  {
    name: 'verified_method',
    description: 'phone, email, in-person or self-reported.',
    value: (r) => r.verified.method,
  },
  {
    name: 'review_every_months',
    description: 'Months between verifications.',
    value: (r) => String(r.review_every_months),
  },
  {
    name: 'maintainers',
    description: `GitHub users or teams, joined with "${LIST_SEPARATOR}".`,
    value: (r) => list(r.maintainers),
  },
  {
    name: 'consent',
    description: 'ISO 8601 date on which the organisation agreed to be listed.',
    value: (r) => r.consent,
  },
  {name: 'url', description: 'Address of the contact page.', value: (r) => r.url},
  {
    name: 'schema_version',
    description: 'Version of the export format.',
    value: (_r, info) => info.schema_version,
  },
  {
    name: 'generated_at',
    description: 'ISO 8601 date-time of the build.',
    value: (_r, info) => info.generated_at,
  },
  {
    name: 'commit',
    description: 'Git commit of the content, or unknown.',
    value: (_r, info) => info.commit,
  },
];

/**
 * The text of `organizations.csv`: a header row, then one row per organisation.
 * @param coalition - the loaded coalition
 * @param info - build metadata (repeated on every row: CSV has no header block)
 * @param site - site URL and directory path
 */
export function organizationsCsv(
  coalition: Pick<Coalition, 'cities' | 'organizations'>,
  info: BuildInfo,
  site: SiteLocation,
): string {
  const rows = organizationRecords(coalition, site).map((record) =>
    ORGANIZATION_CSV_COLUMNS.map((column) => guardCell(column.value(record, info))),
  );
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare LF: quote every line break, or spreadsheets split the row.
  return stringify(rows, {
    header: true,
    columns: ORGANIZATION_CSV_COLUMNS.map((column) => column.name),
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}
