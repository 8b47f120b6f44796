import {stringify} from 'csv-stringify/sync';
import type {Coalition, LoadedOrganization} from '../../coalition';
import type {Channel} from '../../schema/organization';
import type {BuildInfo} from '../buildInfo';
import {FORMULA_GUARD, FORMULA_GUARD_RULE, guardCell} from '../csvCells';
import {DIRECTORY_LICENSE, toJsonText} from '../envelope';
import {hsdsId} from './ids';
import {openingHoursToRows} from './schedules';
import {HSDS_TABLES, hsdsTable, type HsdsTable} from './tables';

/**
 * The directory as an Open Referral HSDS 3.0 tabular data package: one CSV
 * per table and a Frictionless `datapackage.json`. Pure: coalition in,
 * file name → text out. See tables.ts for what each column holds.
 */

/** A row of a table: column → cell text (missing columns are written empty). */
type Row = Record<string, string>;

const KIND_WORDS: Record<Channel['kind'], string> = {
  hotline: 'Hotline',
  phone: 'Phone',
  email: 'E-mail',
  website: 'Website',
  form: 'Form',
  'signal-username': 'Signal',
};
const AUDIENCE_WORDS: Record<Channel['audience'], string> = {
  'need-help': 'people who need help',
  volunteer: 'volunteers',
  press: 'the press',
  partners: 'partner organisations',
  general: 'everyone',
};
const HSDS_STATUS = {active: 'active', paused: 'temporarily closed', closed: 'defunct'} as const;
const languageNames = new Intl.DisplayNames('en', {type: 'language', fallback: 'code'});
const json = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

/** Stable key of an organisation inside ids: `<city>/<slug>`. */
const keyOf = (org: LoadedOrganization) => `${org.city}/${org.slug}`;

/**
 * The rows of every table.
 * @param coalition - the loaded coalition (organisations and the cities they belong to)
 * @returns table name → rows, in entry order
 */
export function hsdsRows(
  coalition: Pick<Coalition, 'cities' | 'organizations'>,
): Record<string, Row[]> {
  const tables: Record<string, Row[]> = Object.fromEntries(
    HSDS_TABLES.map((table) => [table.name, []]),
  );
  const timezones = new Map(coalition.cities.map((city) => [city.slug, city.data.timezone]));
  const usedCities = new Set(coalition.organizations.map((org) => org.city));
  for (const org of coalition.organizations) {
    const data = org.data;
    const organizationId = hsdsId('organization', keyOf(org));
    const emails = data.channels.filter((channel) => channel.kind === 'email');
    tables.organization!.push({
      id: organizationId,
      name: data.name,
      alternate_name: (data.alt_names ?? []).join('; '),
      description: data.summary.en,
      email: (emails.find((channel) => channel.audience === 'general') ?? emails[0])?.value ?? '',
      website: data.channels.find((channel) => channel.kind === 'website')?.value ?? '',
      sc_slug: org.slug,
      sc_city: org.city,
      sc_types: json(data.types),
      sc_alt_names: json(data.alt_names),
      sc_summary: json(data.summary),
      sc_description: json(data.description),
      sc_languages: json(data.languages),
      sc_coverage: json(data.coverage),
      sc_status: data.status,
      sc_verified_date: data.verified.date,
      sc_verified_method: data.verified.method,
      sc_review_every_months: String(data.review_every_months),
      sc_maintainers: json(data.maintainers),
      sc_consent: data.consent,
      sc_sample: String(data.sample === true),
    });
    data.channels.forEach((channel, index) => {
      const key = `${keyOf(org)}#${index}`;
      const serviceId = hsdsId('service', key);
      const isPhone = channel.kind === 'hotline' || channel.kind === 'phone';
      tables.service!.push({
        id: serviceId,
        organization_id: organizationId,
        name: `${data.name}: ${KIND_WORDS[channel.kind]} (${channel.audience})`,
        description: `${KIND_WORDS[channel.kind]} for ${AUDIENCE_WORDS[channel.audience]}.`,
        url: channel.kind === 'website' || channel.kind === 'form' ? channel.value : '',
        email: channel.kind === 'email' ? channel.value : '',
        status: HSDS_STATUS[data.status],
        assured_date: data.verified.date,
        sc_kind: channel.kind,
        sc_audience: channel.audience,
        sc_value: channel.value,
        sc_international: json(channel.international),
        sc_label: channel.label ?? '',
      });
      const phoneId = isPhone ? hsdsId('phone', key) : '';
      if (isPhone) {
        // Safety rule 11: a number of another country is said to be one wherever it is published.
        const international = channel.international
          ? `; an international call from the city: ${channel.international.en}`
          : '';
        tables.phone!.push({
          id: phoneId,
          service_id: serviceId,
          organization_id: organizationId,
          number: channel.value,
          extension: channel.extension ?? '',
          type: 'voice',
          description: `${channel.label ?? `${KIND_WORDS[channel.kind]} for ${AUDIENCE_WORDS[channel.audience]}`}${international}`,
        });
      }
      const source = channel.languages ? 'channel' : 'organization';
      for (const tag of channel.languages ?? data.languages) {
        tables.language!.push({
          id: hsdsId('language', `${key}:${tag}`),
          service_id: serviceId,
          phone_id: phoneId,
          name: languageNames.of(tag) ?? tag,
          code: tag.split('-')[0]!,
          note:
            source === 'channel'
              ? 'Answered on this channel.'
              : "One of the organisation's languages.",
          sc_bcp47: tag,
          sc_source: source,
        });
      }
      if (channel.hours !== undefined) {
        openingHoursToRows(channel.hours).forEach((row, rowIndex) => {
          tables.schedule!.push({
            id: hsdsId('schedule', `${key}:${rowIndex}`),
            service_id: serviceId,
            ...row,
            // Frictionless `time` fields are HH:MM:SS (Table Schema, type time, default format).
            opens_at: `${row.opens_at}:00`,
            closes_at: `${row.closes_at}:00`,
            description: channel.hours!,
            sc_timezone: timezones.get(org.city) ?? '',
            sc_opening_hours: channel.hours!,
          });
        });
      }
    });
  }
  for (const city of coalition.cities.filter((candidate) => usedCities.has(candidate.slug))) {
    const data = city.data;
    tables.sc_city!.push({
      id: city.slug,
      name: data.name,
      region: data.region,
      country: data.country,
      latitude: String(data.coordinates[0]),
      longitude: String(data.coordinates[1]),
      timezone: data.timezone,
      summary: json(data.summary),
      maintainers: json(data.maintainers),
      policy: json(data.policy),
    });
  }
  return tables;
}

/**
 * A table's CSV text: header row, then rows; RFC 4180 quoting by csv-stringify, UTF-8 without BOM, LF line ends;
 * cells that could start a spreadsheet formula get a `'` in front (csvCells.ts, declared in datapackage.json).
 * @param table - the table definition (its fields are the columns)
 * @param rows - the rows
 */
export function tableCsv(table: HsdsTable, rows: Row[]): string {
  const columns = table.fields.map((field) => field.name);
  // Every line break is quoted, whatever the record delimiter (csv-stringify only quotes the delimiter itself).
  return stringify(
    rows.map((row) => columns.map((column) => guardCell(row[column] ?? ''))),
    {header: true, columns, quoted_match: /[\r\n]/},
  );
}

/**
 * The Frictionless Data Package descriptor (profile tabular-data-package).
 * @param info - build metadata (in `created` and the `sc_` keys)
 */
export function datapackage(info: BuildInfo): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'sanctuary-commons-hsds',
    title: 'Sanctuary Commons directory (Open Referral HSDS 3.0)',
    description:
      "Organisations of the Sanctuary Commons coalition directory in the Human Services Data Specification 3.0 tabular format. Each contact channel is a service. Columns beginning with sc_ are extensions that keep every field of the directory, so the package can be imported back without loss. Entries with sc_sample true are fictional. A cell that could start a spreadsheet formula begins with an added ' (see sc_formula_guard); phone numbers are written exactly, in E.164.",
    version: info.schema_version,
    created: info.generated_at,
    sc_commit: info.commit,
    ...(info.commit_note ? {sc_commit_note: info.commit_note} : {}),
    sc_hsds_version: '3.0',
    // How to read back cells that could start a spreadsheet formula (src/lib/import/fromHsds.ts reads this key).
    sc_formula_guard: {prefix: FORMULA_GUARD, rule: FORMULA_GUARD_RULE},
    licenses: [
      {name: DIRECTORY_LICENSE.id, path: DIRECTORY_LICENSE.url, title: 'CC0 1.0 Universal'},
    ],
    resources: HSDS_TABLES.map((table) => ({
      name: table.name,
      path: table.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: table.description,
      schema: {
        fields: table.fields.map((field) => ({
          name: field.name,
          type: field.type,
          ...(field.format ? {format: field.format} : {}),
          description: field.description,
          ...(field.required || field.enum
            ? {
                constraints: {
                  ...(field.required ? {required: true} : {}),
                  ...(field.enum ? {enum: field.enum} : {}),
                },
              }
            : {}),
        })),
        primaryKey: 'id',
        ...(table.foreignKeys ? {foreignKeys: table.foreignKeys} : {}),
      },
    })),
  };
}

/**
 * Every file of the package.
 * @param coalition - the loaded coalition
 * @param info - build metadata
 * @returns file name (e.g. `organizations.csv`, `datapackage.json`) → text
 */
export function hsdsPackage(
  coalition: Pick<Coalition, 'cities' | 'organizations'>,
  info: BuildInfo,
): Record<string, string> {
  const rows = hsdsRows(coalition);
  const files: Record<string, string> = {'datapackage.json': toJsonText(datapackage(info))};
  for (const table of HSDS_TABLES)
    files[table.path] = tableCsv(hsdsTable(table.name), rows[table.name] ?? []);
  return files;
}
