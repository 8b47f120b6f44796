/**
 * Field lists of the Open Referral Human Services Data Specification 3.0
 * tables this project publishes, as defined in the specification's tabular
 * schema (openreferral/specification, `schema/compiled/tabular.json` and
 * `schema/simple/schema.csv`, HSDS 3.0). Only scalar columns are listed:
 * the arrays of the JSON form become their own tables in the tabular form.
 * Used to build `datapackage.json` and by the tests that check the export's
 * shape. Columns beginning with `sc_` are this project's extensions (HSDS
 * allows additional fields); the standard ones are never renamed.
 */

/** A column of an HSDS CSV table. */
export type HsdsField = {
  name: string;
  /** Frictionless Table Schema type. */
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'time';
  description: string;
  format?: 'uuid' | 'email' | 'uri';
  required?: boolean;
  enum?: string[];
};

/** The HSDS 3.0 scalar fields of each table we publish (name → required by HSDS). */
export const HSDS_3_FIELDS: Record<string, Record<string, boolean>> = {
  organization: {
    id: true,
    name: true,
    alternate_name: false,
    description: true,
    email: false,
    website: false,
    tax_status: false,
    tax_id: false,
    year_incorporated: false,
    legal_status: false,
    logo: false,
    uri: false,
    parent_organization_id: false,
  },
  service: {
    id: true,
    organization_id: true,
    program_id: false,
    name: true,
    alternate_name: false,
    description: false,
    url: false,
    email: false,
    status: true,
    interpretation_services: false,
    application_process: false,
    fees_description: false,
    wait_time: false,
    fees: false,
    accreditations: false,
    eligibility_description: false,
    minimum_age: false,
    maximum_age: false,
    assured_date: false,
    assurer_email: false,
    licenses: false,
    alert: false,
    last_modified: false,
  },
  location: {
    id: true,
    location_type: true,
    url: false,
    organization_id: false,
    name: false,
    alternate_name: false,
    description: false,
    transportation: false,
    latitude: false,
    longitude: false,
    external_identifier: false,
    external_identifier_type: false,
  },
  phone: {
    id: true,
    location_id: false,
    service_id: false,
    organization_id: false,
    contact_id: false,
    service_at_location_id: false,
    number: true,
    extension: false,
    type: false,
    description: false,
  },
  language: {
    id: true,
    service_id: false,
    location_id: false,
    phone_id: false,
    name: false,
    code: false,
    note: false,
  },
  schedule: {
    id: true,
    service_id: false,
    location_id: false,
    service_at_location_id: false,
    valid_from: false,
    valid_to: false,
    dtstart: false,
    timezone: false,
    until: false,
    count: false,
    wkst: false,
    freq: false,
    interval: false,
    byday: false,
    byweekno: false,
    bymonthday: false,
    byyearday: false,
    description: false,
    opens_at: false,
    closes_at: false,
    schedule_link: false,
    attending_type: false,
    notes: false,
  },
};

/** RFC 5545 two-letter weekday codes used by HSDS schedules, Monday first. */
export const ICAL_WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
