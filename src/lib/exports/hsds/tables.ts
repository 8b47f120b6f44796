import type {HsdsField} from './spec';

/**
 * The tables of the Sanctuary Commons HSDS data package: which HSDS 3.0
 * columns we fill, and the `sc_` extension columns that carry what HSDS
 * cannot say, so that export → import → export loses nothing.
 * Extension columns holding lists or per-language text are JSON.
 */

/** One table (a CSV file) of the package. */
export type HsdsTable = {
  name: string;
  path: string;
  description: string;
  fields: HsdsField[];
  foreignKeys?: {fields: string; reference: {resource: string; fields: string}}[];
};

const id = (what: string): HsdsField => ({
  name: 'id',
  type: 'string',
  format: 'uuid',
  required: true,
  description: `Identifier of the ${what}: a UUID v5 derived from the entry's city and slug, so it is stable across exports.`,
});
const ref = (name: string, what: string): HsdsField => ({
  name,
  type: 'string',
  format: 'uuid',
  description: `Identifier of the ${what}.`,
});
const ext = (name: string, description: string, type: HsdsField['type'] = 'string'): HsdsField => ({
  name,
  type,
  description: `Extension (Sanctuary Commons): ${description}`,
});
const fk = (field: string, resource: string) => ({
  fields: field,
  reference: {resource, fields: 'id'},
});

/** Every table, in the order of `datapackage.json`. */
export const HSDS_TABLES: HsdsTable[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    description: 'One row per organisation of the directory.',
    fields: [
      id('organization'),
      {
        name: 'name',
        type: 'string',
        required: true,
        description: 'Public name of the organisation.',
      },
      {
        name: 'alternate_name',
        type: 'string',
        description: 'Other names, joined with "; " (exact list in sc_alt_names).',
      },
      {
        name: 'description',
        type: 'string',
        required: true,
        description: 'Summary in English (all languages in sc_summary).',
      },
      {
        name: 'email',
        type: 'string',
        format: 'email',
        description:
          'The first e-mail channel for a general audience, else the first e-mail channel.',
      },
      {name: 'website', type: 'string', format: 'uri', description: 'The first website channel.'},
      ext('sc_slug', 'organisation slug (its file name, directory/<city>/<slug>.yml).'),
      ext('sc_city', 'city slug (its folder in directory/).'),
      ext('sc_types', 'taxonomy slugs as a JSON array; the first is the main type.'),
      ext('sc_alt_names', 'other names as a JSON array.'),
      ext('sc_summary', 'summary per language as a JSON object, e.g. {"en": "…", "es": "…"}.'),
      ext(
        'sc_description',
        'longer Markdown description per language as a JSON object (empty when none).',
      ),
      ext('sc_languages', 'BCP-47 codes of the languages staff speak, as a JSON array.'),
      ext(
        'sc_coverage',
        'area and counties served, as a JSON object {"area": {"en": "…", "es": "…"}, "counties": […]} (area per locale, English always).',
      ),
      ext('sc_status', 'active, paused or closed (services.status carries the HSDS equivalent).'),
      ext('sc_verified_date', 'ISO 8601 date of the last verification.', 'date'),
      ext('sc_verified_method', 'phone, email, in-person or self-reported.'),
      ext('sc_review_every_months', 'months between verifications.', 'integer'),
      ext(
        'sc_maintainers',
        'GitHub users or teams who keep the entry up to date, as a JSON array.',
      ),
      ext('sc_consent', 'ISO 8601 date on which the organisation agreed to be listed.', 'date'),
      ext(
        'sc_sample',
        'true for fictional starter entries: exclude them from analysis.',
        'boolean',
      ),
    ],
  },
  {
    name: 'service',
    path: 'services.csv',
    description:
      "One row per contact channel of an organisation (a hotline, a volunteer e-mail, a website…), in the entry's order.",
    fields: [
      id('service'),
      {...ref('organization_id', 'organisation that provides the service'), required: true},
      {
        name: 'name',
        type: 'string',
        required: true,
        description: 'Organisation name, channel kind and audience.',
      },
      {name: 'description', type: 'string', description: 'What the channel is for, in words.'},
      {
        name: 'url',
        type: 'string',
        format: 'uri',
        description: 'The link of a website or form channel.',
      },
      {
        name: 'email',
        type: 'string',
        format: 'email',
        description: 'The address of an e-mail channel.',
      },
      {
        name: 'status',
        type: 'string',
        required: true,
        enum: ['active', 'inactive', 'defunct', 'temporarily closed'],
        description:
          'active (organisation active), temporarily closed (paused) or defunct (closed).',
      },
      {
        name: 'assured_date',
        type: 'date',
        description: 'ISO 8601 date on which the entry was last verified.',
      },
      ext('sc_kind', 'channel kind: hotline, phone, email, website, form or signal-username.'),
      ext(
        'sc_audience',
        'who the channel is for: need-help, volunteer, press, partners or general.',
      ),
      ext(
        'sc_value',
        'the channel value exactly as in the entry (also the only place of a Signal username).',
      ),
      ext(
        'sc_international',
        "for a phone number of another country than the city's: why people in the city must call it, per language, as a JSON object (empty for other channels).",
      ),
      ext(
        'sc_label',
        'the channel\'s own short name (e.g. "Family unity direct line"), empty when none.',
      ),
    ],
    foreignKeys: [fk('organization_id', 'organization')],
  },
  {
    name: 'location',
    path: 'locations.csv',
    description:
      'Intentionally empty: entries have no street addresses (safety rule: no meeting places or addresses of people), and a city centre is not where a service is.',
    fields: [
      id('location'),
      {
        name: 'location_type',
        type: 'string',
        required: true,
        enum: ['physical', 'postal', 'virtual'],
        description: 'physical, postal or virtual.',
      },
      ref('organization_id', 'organisation'),
      {name: 'name', type: 'string', description: 'Name of the location.'},
    ],
  },
  {
    name: 'phone',
    path: 'phones.csv',
    description: 'One row per hotline or phone channel.',
    fields: [
      id('phone'),
      ref('service_id', 'service (channel) the number belongs to'),
      ref('organization_id', 'organisation'),
      {
        name: 'number',
        type: 'string',
        required: true,
        description: 'E.164 phone number, e.g. +16125550142.',
      },
      {
        name: 'extension',
        type: 'string',
        description: 'Digits dialled after the number (RFC 3966 ext), empty when none.',
      },
      {name: 'type', type: 'string', description: 'RFC 6350 phone type: voice.'},
      {
        name: 'description',
        type: 'string',
        description:
          "The channel's label when it has one, else its kind and audience; for a number of another country than the city's, that the call is international, and why (in English).",
      },
    ],
    foreignKeys: [fk('service_id', 'service'), fk('organization_id', 'organization')],
  },
  {
    name: 'language',
    path: 'languages.csv',
    description:
      "Languages answered on each channel: its own list, or the organisation's when it has none (see sc_source).",
    fields: [
      id('language'),
      ref('service_id', 'service (channel)'),
      ref('phone_id', 'phone, for hotline and phone channels'),
      {name: 'name', type: 'string', description: 'English name of the language.'},
      {
        name: 'code',
        type: 'string',
        description: 'ISO 639 code (the primary subtag of the BCP-47 tag).',
      },
      {
        name: 'note',
        type: 'string',
        description:
          'Whether the language is listed for the channel or inherited from the organisation.',
      },
      ext('sc_bcp47', 'the full BCP-47 tag, e.g. es-MX.'),
      ext(
        'sc_source',
        "channel when the channel lists its own languages, organization when they are the organisation's.",
      ),
    ],
    foreignKeys: [fk('service_id', 'service'), fk('phone_id', 'phone')],
  },
  {
    name: 'schedule',
    path: 'schedules.csv',
    description:
      "Weekly opening hours of channels, from their OpenStreetMap opening_hours value, in the city's local time.",
    fields: [
      id('schedule'),
      ref('service_id', 'service (channel)'),
      {
        name: 'freq',
        type: 'string',
        enum: ['WEEKLY', 'MONTHLY'],
        description: 'RFC 5545 frequency: WEEKLY.',
      },
      {
        name: 'byday',
        type: 'string',
        description: 'RFC 5545 weekdays, comma separated, e.g. MO,TU,WE.',
      },
      {
        name: 'opens_at',
        type: 'time',
        description:
          'Opening time HH:MM:SS, local time of the city (sc_timezone); no UTC offset because it changes with daylight saving time.',
      },
      {
        name: 'closes_at',
        type: 'time',
        description:
          'Closing time HH:MM:SS, local time; earlier than opens_at when the interval runs past midnight; 23:59:00 for open all day.',
      },
      {
        name: 'description',
        type: 'string',
        description: 'The original OpenStreetMap opening_hours value, exactly.',
      },
      {
        name: 'notes',
        type: 'string',
        description:
          'What the weekly rows cannot say (public holidays, dates, unknown times), when anything.',
      },
      ext('sc_timezone', "IANA time zone of the times (the city's)."),
      ext(
        'sc_opening_hours',
        'the original opening_hours value (the exact rule; the rows are its weekly pattern).',
      ),
    ],
    foreignKeys: [fk('service_id', 'service')],
  },
  {
    name: 'sc_city',
    path: 'sc_cities.csv',
    description:
      'Extension (Sanctuary Commons): the city hubs the organisations belong to, so that an import into an empty directory can create directory/<city>/_city.yml.',
    fields: [
      {
        name: 'id',
        type: 'string',
        required: true,
        description: 'City slug (its folder in directory/).',
      },
      {name: 'name', type: 'string', required: true, description: 'Name of the city.'},
      {name: 'region', type: 'string', description: 'State, province or region.'},
      {name: 'country', type: 'string', description: 'ISO 3166-1 alpha-2 code.'},
      {
        name: 'latitude',
        type: 'number',
        description: 'City centre latitude, WGS 84 (never a building).',
      },
      {name: 'longitude', type: 'number', description: 'City centre longitude, WGS 84.'},
      {name: 'timezone', type: 'string', description: 'IANA time zone.'},
      {name: 'summary', type: 'string', description: 'Summary per language, JSON object.'},
      {
        name: 'maintainers',
        type: 'string',
        description: 'GitHub users or teams who review the city, JSON array.',
      },
      {
        name: 'policy',
        type: 'string',
        description:
          'Sanctuary policy {summary, source_url, as_of}, JSON object (empty when none).',
      },
    ],
  },
];

/**
 * A table's definition by name.
 * @throws Error for a name that is not a table of the package (a programming error)
 */
export function hsdsTable(name: string): HsdsTable {
  const table = HSDS_TABLES.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`Unknown HSDS table ${name}`);
  return table;
}
