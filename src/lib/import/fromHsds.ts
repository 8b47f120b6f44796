import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {checkOpeningHours} from '../rules/hours';
import {cleanCell, type ChangeRule} from './changes';
import {languageCode} from './countries';
import {regularSchedulesToOpeningHours, schedulesToOpeningHours} from './hsdsSchedule';
import type {ImportMapping} from './mapping';
import {newDraft, setPath, slugFromName, type ChannelChange, type ChannelSource, type ImportDrafts, type OrganizationDraft, type RowProblem, type Skipped} from './draft';
import {LABEL_MAX} from './phoneText';

/**
 * An Open Referral HSDS tabular package (a folder of CSV files: HSDS 3.0
 * and 3.1, and the 1.x/2.0 layout of `regular_schedules` and
 * `holiday_schedules`) → organisation drafts.
 *
 * A package exported by this project carries `sc_` extension columns and is
 * read back without loss. A package from another system is read through
 * the standard columns: the organisation's e-mail and website, every phone
 * of the organisation, its services, its locations and their
 * service-at-location links (numbers in any format, read like a sheet's),
 * service e-mails and links, 3.1 `url` rows, languages (codes or names), and
 * schedules written as opening_hours only when that is exact. What HSDS
 * lacks (types, maintainers, consent, verification method…) comes from the
 * mapping's `defaults`. Every table, field and value read but not used is
 * listed (`skipped`), with counts; addresses and contacts (named people)
 * are never imported.
 */

type Row = Record<string, string>;
/** A table read from the package, with the spreadsheet row number of each record. */
type Table = {file: string; rows: Row[]; headers: string[]};
/** Spreadsheet row number of a record (kept in the `__row` key). */
const rowOf = (record: Row) => Number(record.__row);

const HSDS_STATUS_TO_ENTRY: Record<string, string> = {active: 'active', 'temporarily closed': 'paused', inactive: 'paused', defunct: 'closed'};

/** The tables the import reads, by HSDS name: file names of every version, and the columns it uses. */
const READ: Record<string, {files: string[]; used: string[]}> = {
  organization: {files: ['organizations.csv'], used: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'url']},
  service: {files: ['services.csv'], used: ['id', 'organization_id', 'url', 'email', 'status', 'assured_date']},
  phone: {files: ['phones.csv'], used: ['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'language', 'description']},
  language: {files: ['languages.csv'], used: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'language']},
  schedule: {files: ['schedules.csv'], used: ['id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from', 'valid_to', 'dtstart', 'timezone', 'until', 'count', 'wkst', 'freq', 'interval', 'byday', 'byweekno', 'bymonthday', 'byyearday', 'opens_at', 'closes_at', 'description']},
  regular_schedule: {files: ['regular_schedules.csv'], used: ['id', 'service_id', 'location_id', 'service_at_location_id', 'weekday', 'opens_at', 'closes_at']},
  holiday_schedule: {files: ['holiday_schedules.csv'], used: ['id', 'service_id', 'location_id', 'service_at_location_id', 'closed', 'opens_at', 'closes_at', 'start_date', 'end_date']},
  location: {files: ['locations.csv'], used: ['id', 'organization_id']},
  service_at_location: {files: ['service_at_location.csv', 'services_at_location.csv'], used: ['id', 'service_id', 'location_id']},
  url: {files: ['url.csv'], used: ['id', 'label', 'url', 'organization_id', 'service_id']},
  sc_city: {files: ['sc_cities.csv'], used: ['id', 'name', 'region', 'country', 'latitude', 'longitude', 'timezone', 'summary', 'maintainers', 'policy']},
};

/** Tables never imported, with the reason (safety rule 5: no addresses, no named people). */
const NEVER: Record<string, string> = {
  'contacts.csv': 'contacts are named people; the directory publishes no personal data',
  'addresses.csv': 'street addresses are never published (safety rule 5)',
  'physical_addresses.csv': 'street addresses are never published (safety rule 5)',
  'postal_addresses.csv': 'street addresses are never published (safety rule 5)',
};

/**
 * Reads one CSV table of the package (absent tables are empty).
 * @throws Error naming the file and line when a CSV is malformed
 */
function readTable(dir: string, files: string[]): Table {
  const file = files.find((candidate) => fs.existsSync(path.join(dir, candidate))) ?? files[0]!;
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return {file, rows: [], headers: []};
  try {
    const text = fs.readFileSync(full, 'utf8');
    const rows: string[][] = parse(text, {bom: true, skip_empty_lines: true, relax_column_count: true});
    const headers = (rows[0] ?? []).map((header) => header.trim());
    return {file, headers, rows: rows.slice(1).map((cells, index) => ({...Object.fromEntries(headers.map((header, at) => [header, cells[at] ?? ''])), __row: String(index + 2)}))};
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Files a package's `datapackage.json` lists as resources but that are not in
 * the folder (Frictionless Data Package: `resources[].path`). A package
 * without a descriptor (another system's bare CSV tables) lists none.
 * @throws Error when datapackage.json exists but is not JSON
 */
function missingResources(dir: string): string[] {
  const descriptor = path.join(dir, 'datapackage.json');
  if (!fs.existsSync(descriptor)) return [];
  let resources: unknown;
  try {
    resources = (JSON.parse(fs.readFileSync(descriptor, 'utf8')) as {resources?: unknown}).resources;
  } catch (error) {
    throw new Error(`${descriptor} is not valid JSON: ${(error as Error).message}`);
  }
  const paths = Array.isArray(resources) ? resources.map((resource) => (resource as {path?: unknown})?.path).filter((file): file is string => typeof file === 'string') : [];
  return paths.filter((file) => !fs.existsSync(path.join(dir, file)));
}

const group = (rows: Row[], key: string) => {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const value = (row[key] ?? '').trim();
    if (value) map.set(value, [...(map.get(value) ?? []), row]);
  }
  return map;
};

/**
 * Reads an HSDS package folder.
 * @param dir - folder holding organizations.csv (and services.csv, phones.csv …)
 * @param mapping - mapping defaults (values for fields HSDS has no column for; `city`, and `audience` of channels)
 * @param onProgress - called after each organisation with (done, total)
 * @throws Error when the folder has no organizations.csv, lacks a table its datapackage.json lists, or a CSV is malformed
 */
export function draftsFromHsds(dir: string, mapping: Pick<ImportMapping, 'defaults'> = {defaults: {}}, onProgress?: (done: number, total: number) => void): ImportDrafts {
  if (!fs.existsSync(path.join(dir, 'organizations.csv'))) throw new Error(`${dir} has no organizations.csv: it is not an HSDS tabular package.`);
  const missing = missingResources(dir);
  if (missing.length > 0) {
    // A table the package promises but lacks would silently drop data (e.g. every phone channel).
    throw new Error(`${dir}/datapackage.json lists ${missing.join(', ')}, but ${missing.length === 1 ? 'that file is' : 'those files are'} missing: the package is incomplete. Export it again, or remove the resource from datapackage.json if the table is really empty.`);
  }
  const tables = Object.fromEntries(Object.entries(READ).map(([name, spec]) => [name, readTable(dir, spec.files)])) as Record<keyof typeof READ, Table>;
  const drafts: ImportDrafts = {organizations: [], cities: [], problems: [], skipped: notRead(dir, tables), rows: tables.organization.rows.length};
  const defaults = mapping.defaults;
  const audience = String(defaults.audience ?? 'general');

  const services = new Map(tables.service.rows.map((row) => [row.id ?? '', row]));
  const locations = new Map(tables.location.rows.map((row) => [row.id ?? '', row]));
  const links = new Map(tables.service_at_location.rows.map((row) => [row.id ?? '', row]));
  const servicesByOrg = group(tables.service.rows, 'organization_id');
  const languagesBy = {service: group(tables.language.rows, 'service_id'), location: group(tables.language.rows, 'location_id'), phone: group(tables.language.rows, 'phone_id')};
  const schedulesBy = {
    service: group(tables.schedule.rows, 'service_id'), location: group(tables.schedule.rows, 'location_id'), link: group(tables.schedule.rows, 'service_at_location_id'),
    regular: group(tables.regular_schedule.rows, 'service_id'), regularLocation: group(tables.regular_schedule.rows, 'location_id'),
    holiday: group(tables.holiday_schedule.rows, 'service_id'), holidayLocation: group(tables.holiday_schedule.rows, 'location_id'),
  };
  const urlsByOrg = group(tables.url.rows, 'organization_id');
  const urlsByService = group(tables.url.rows, 'service_id');

  // Each phone belongs to one organisation: through its service, then directly, then its service-at-location, then its location.
  const phonesByOrg = new Map<string, Row[]>();
  for (const phone of tables.phone.rows) {
    const link = links.get(phone.service_at_location_id ?? '');
    const org = services.get(phone.service_id ?? '')?.organization_id || phone.organization_id || services.get(link?.service_id ?? '')?.organization_id || locations.get(phone.location_id || link?.location_id || '')?.organization_id || '';
    if (!org) {
      drafts.skipped.push({source: tables.phone.file, row: rowOf(phone), column: 'number', what: 'phone', reason: phone.contact_id ? "a contact's number (a named person): never imported" : 'linked to no organisation, service or location', value: phone.number});
      continue;
    }
    phonesByOrg.set(org, [...(phonesByOrg.get(org) ?? []), phone]);
  }

  for (const city of tables.sc_city.rows) {
    const problems: RowProblem[] = [];
    const data: Record<string, unknown> = {
      name: city.name, region: city.region, country: city.country,
      coordinates: [Number(city.latitude), Number(city.longitude)], timezone: city.timezone,
    };
    for (const key of ['summary', 'maintainers', 'policy']) {
      const value = jsonCell(city[key], {source: tables.sc_city.file, row: rowOf(city), column: key, field: key}, problems);
      if (value !== undefined) data[key] = value;
    }
    drafts.cities.push({source: tables.sc_city.file, row: rowOf(city), slug: city.id ?? '', data, problems});
  }

  const context: OrgContext = {tables, services, servicesByOrg, phonesByOrg, languagesBy, schedulesBy, urlsByOrg, urlsByService, links, audience};
  tables.organization.rows.forEach((org, index) => {
    drafts.organizations.push(draftFromOrganization(org, context, defaults));
    onProgress?.(index + 1, tables.organization.rows.length);
  });
  return drafts;
}

type OrgContext = {
  tables: Record<keyof typeof READ, Table>;
  services: Map<string, Row>;
  servicesByOrg: Map<string, Row[]>;
  phonesByOrg: Map<string, Row[]>;
  languagesBy: Record<'service' | 'location' | 'phone', Map<string, Row[]>>;
  schedulesBy: Record<'service' | 'location' | 'link' | 'regular' | 'regularLocation' | 'holiday' | 'holidayLocation', Map<string, Row[]>>;
  urlsByOrg: Map<string, Row[]>;
  urlsByService: Map<string, Row[]>;
  links: Map<string, Row>;
  audience: string;
};

/** One organisation row → a draft. */
function draftFromOrganization(org: Row, context: OrgContext, defaults: Record<string, unknown>): OrganizationDraft {
  const {tables} = context;
  const source = tables.organization.file;
  const row = rowOf(org);
  const draft = newDraft(source, row);
  const {data} = draft;
  const problems = draft.problems;
  const at = (column: string, field: string) => ({source, row, column, field});
  const json = (column: string, field: string) => {
    const value = jsonCell(org[column], at(column, field), problems);
    if (value !== undefined) draft.fromSource.add(field);
    return value;
  };
  const sourced = (field: string, value: unknown, column: string, rule?: ChangeRule) => {
    data[field] = value;
    draft.fromSource.add(field);
    draft.columns[field] = column;
    const cell = org[column] ?? '';
    if (typeof value === 'string' && value !== cell) draft.changes.push({source, row, column, field, cell, from: cell, to: value, rule: rule ?? 'trim-space'});
  };
  // city and audience are import settings (which folder, which audience for another system's channels), not entry fields.
  for (const [key, value] of Object.entries(defaults)) if (key !== 'city' && key !== 'audience') setPath(data, key, value);
  const own = 'sc_slug' in org;
  draft.hsdsId = org.id || undefined;

  if (org.name?.trim()) sourced('name', cleanCell(org.name), 'name');
  const altNames = json('sc_alt_names', 'alt_names');
  if (altNames !== undefined) data.alt_names = altNames;
  else if (org.alternate_name?.trim()) {
    // One HSDS alternate_name is one other name: it is not split on a guess.
    const name = cleanCell(org.alternate_name);
    data.alt_names = [name];
    draft.fromSource.add('alt_names');
    draft.columns.alt_names = 'alternate_name';
    if (name !== org.alternate_name) draft.changes.push({source, row, column: 'alternate_name', field: 'alt_names[0]', cell: org.alternate_name, from: org.alternate_name, to: cleanCell(org.alternate_name), rule: 'trim-space'});
  }
  for (const [column, field] of [['sc_types', 'types'], ['sc_description', 'description'], ['sc_coverage', 'coverage'], ['sc_maintainers', 'maintainers'], ['sc_languages', 'languages']] as const) {
    const value = json(column, field);
    if (value !== undefined) data[field] = value;
  }
  const summary = json('sc_summary', 'summary');
  if (summary !== undefined) data.summary = summary;
  else if (org.description?.trim()) {
    const text = cleanCell(org.description);
    draft.columns.summary = 'description';
    if (text.length <= 280) {
      data.summary = {en: text};
      draft.fromSource.add('summary');
      if (text !== org.description) draft.changes.push({source, row, column: 'description', field: 'summary.en', cell: org.description, from: org.description, to: text, rule: 'trim-space'});
    } else {
      problems.push({...at('description', 'summary.en'), rule: 'summary-length', message: `The description is ${text.length} characters; a summary is at most 280.`, fix: 'Shorten the description in the package, or give every organisation a summary with defaults.summary in the mapping.'});
    }
  }
  if (org.sc_status) sourced('status', org.sc_status, 'sc_status');
  if (org.sc_verified_date || org.sc_verified_method) {
    data.verified = {date: org.sc_verified_date, method: org.sc_verified_method};
    draft.fromSource.add('verified');
  }
  if (org.sc_review_every_months) {
    data.review_every_months = Number(org.sc_review_every_months);
    draft.fromSource.add('review_every_months');
  }
  if (org.sc_consent) sourced('consent', org.sc_consent, 'sc_consent');
  if (org.sc_sample === 'true') data.sample = true;

  const spoken: string[] = [];
  const speak = (codes: string[]) => codes.forEach((code) => spoken.includes(code) || spoken.push(code));
  const orgServices = context.servicesByOrg.get(org.id ?? '') ?? [];
  const add = (channel: ChannelSource) => {
    // One contact reached through several links (the organisation's e-mail also on a service) is one channel.
    const twin = draft.channels.find((known) => known.kind === channel.kind && cleanCell(known.text) === cleanCell(channel.text) && (known.extension ?? '') === (channel.extension ?? ''));
    if (twin) {
      draft.skipped.push({source: channel.source, row: channel.row, column: channel.column, what: `${channel.kind} repeated`, reason: `the same contact is already a channel (${twin.source} row ${twin.row})`, value: channel.text});
      return;
    }
    draft.channels.push(channel);
  };

  if (own) {
    for (const service of orgServices) ownChannel(service, context, add, draft);
  } else {
    const base = (table: Table, record: Row, column: string, kind: string): ChannelSource => ({source: table.file, row: rowOf(record), column, kind, audience: context.audience, text: record[column] ?? '', cell: record[column] ?? '', changes: []});
    if (org.email?.trim()) add(base(tables.organization, org, 'email', 'email'));
    const website = 'website' in org ? 'website' : 'url';
    if (org[website]?.trim()) add(base(tables.organization, org, website, 'website'));
    for (const url of context.urlsByOrg.get(org.id ?? '') ?? []) add(withLabel(base(tables.url, url, 'url', 'website'), url.label, tables.url.file, rowOf(url), draft));
    for (const phone of context.phonesByOrg.get(org.id ?? '') ?? []) {
      const channel = phoneChannel(phone, context, draft);
      if (channel) add(channel);
    }
    for (const service of orgServices) {
      if (service.email?.trim()) add(base(tables.service, service, 'email', 'email'));
      if (service.url?.trim()) add(base(tables.service, service, 'url', 'website'));
      for (const url of context.urlsByService.get(service.id ?? '') ?? []) add(withLabel(base(tables.url, url, 'url', 'website'), url.label, tables.url.file, rowOf(url), draft));
      speak(languagesOf(context.languagesBy.service.get(service.id ?? '') ?? [], tables.language.file, draft, 'languages'));
      if (!data.status && service.status) {
        const status = HSDS_STATUS_TO_ENTRY[service.status.trim().toLowerCase()] ?? service.status;
        data.status = status;
        draft.fromSource.add('status');
        draft.columns.status = 'services.status';
        if (status !== service.status) draft.changes.push({source: tables.service.file, row: rowOf(service), column: 'status', field: 'status', cell: service.status, from: service.status, to: status, rule: 'hsds-status'});
      }
      if (service.assured_date && !draft.fromSource.has('verified')) {
        setPath(data, 'verified.date', service.assured_date.trim());
        draft.fromSource.add('verified');
      }
    }
    for (const phone of context.phonesByOrg.get(org.id ?? '') ?? []) {
      if (phone.location_id) speak(languagesOf(context.languagesBy.location.get(phone.location_id) ?? [], tables.language.file, draft, 'languages'));
    }
    for (const channel of draft.channels) speak(channel.languages ?? []);
    // The package's languages win over the mapping's default (which only fills an organisation that lists none).
    if (spoken.length && !draft.fromSource.has('languages')) {
      data.languages = spoken;
      draft.fromSource.add('languages');
    }
  }

  draft.city = org.sc_city || String(defaults.city ?? '');
  draft.slug = org.sc_slug || slugFromName(org.name ?? '');
  if (!draft.city) problems.push({...at('sc_city', '(city)'), rule: 'city', message: 'The organisation names no city.', fix: 'Set defaults.city in a mapping file passed with --map (or add an sc_city column with a city slug).'});
  if (!draft.slug) problems.push({...at('name', '(slug)'), rule: 'slug', message: 'No slug could be made from the name.', fix: 'Give the organisation a name with Latin letters or digits, or add an sc_slug column (lowercase letters, digits and hyphens).'});
  return draft;
}

/** A channel of a package of ours: the service's sc_ columns, with its phone's extension. */
function ownChannel(service: Row, context: OrgContext, add: (channel: ChannelSource) => void, draft: OrganizationDraft): void {
  const {tables} = context;
  const phone = tables.phone.rows.find((candidate) => candidate.service_id === service.id);
  const rows = context.schedulesBy.service.get(service.id ?? '') ?? [];
  const hours = rows[0]?.sc_opening_hours || (rows[0]?.description && !checkOpeningHours(rows[0].description) ? rows[0].description : undefined);
  const languages = context.languagesBy.service.get(service.id ?? '') ?? [];
  const own = languages.some((language) => 'sc_source' in language) ? languages.filter((language) => language.sc_source === 'channel').map((language) => language.sc_bcp47 || language.code!) : [];
  add({
    source: tables.service.file, row: rowOf(service), column: 'sc_value', kind: service.sc_kind!, audience: service.sc_audience!, text: service.sc_value ?? '', cell: service.sc_value ?? '',
    ...(hours ? {hours} : {}), ...(own.length ? {languages: own} : {}), ...(service.sc_label ? {label: service.sc_label} : {}), ...(phone?.extension ? {extension: phone.extension} : {}), changes: [],
  });
  if (rows.length && !hours) draft.skipped.push({source: tables.schedule.file, row: rowOf(rows[0]!), column: 'sc_opening_hours', what: 'hours', reason: 'the schedule rows carry no opening_hours value'});
}

/** A website channel's label from a url row's label column (3.1). */
function withLabel(channel: ChannelSource, label: string | undefined, file: string, row: number, draft: OrganizationDraft): ChannelSource {
  const text = cleanCell(label ?? '');
  if (!text) return channel;
  if (text.length > LABEL_MAX) {
    draft.skipped.push({source: file, row, column: 'label', what: 'url.label', reason: `longer than a label (${text.length} characters)`, value: text});
    return channel;
  }
  return {...channel, label: text, fieldSources: {label: {source: file, row, column: 'label'}}, changes: text !== label ? [{source: file, row, column: 'label', subfield: 'label', cell: label!, from: label!, to: text, rule: 'trim-space'}] : []};
}

/** One HSDS phone row → a channel (its number read later in the city's country), with extension, label, languages and hours. */
function phoneChannel(phone: Row, context: OrgContext, draft: OrganizationDraft): ChannelSource | undefined {
  const {tables} = context;
  const file = tables.phone.file;
  const row = rowOf(phone);
  const type = (phone.type ?? '').trim().toLowerCase();
  if (type && !['voice', 'cell', 'text', 'textphone'].includes(type)) {
    draft.skipped.push({source: file, row, column: 'type', what: `phone of type ${type}`, reason: 'the directory lists voice numbers only', value: phone.number});
    return undefined;
  }
  const changes: ChannelChange[] = [];
  const channel: ChannelSource = {
    source: file, row, column: 'number', kind: 'phone', audience: context.audience, text: phone.number ?? '', cell: phone.number ?? '', changes,
    fieldSources: {extension: {source: file, row, column: 'extension'}, label: {source: file, row, column: 'description'}},
  };
  const extension = (phone.extension ?? '').trim();
  if (extension) {
    channel.extension = extension.replace(/\.0+$/, '');
    if (channel.extension !== phone.extension) changes.push({source: file, row, column: 'extension', subfield: 'extension', cell: phone.extension!, from: phone.extension!, to: channel.extension, rule: extension === channel.extension ? 'trim-space' : 'number'});
  }
  const description = cleanCell(phone.description ?? '');
  if (description && description.length <= LABEL_MAX) {
    channel.label = description;
    if (description !== phone.description) changes.push({source: file, row, column: 'description', subfield: 'label', cell: phone.description!, from: phone.description!, to: description, rule: 'trim-space'});
  } else if (description) {
    draft.skipped.push({source: file, row, column: 'description', what: 'phones.description', reason: `longer than a label (${description.length} characters)`, value: description});
  }
  const languages = [
    ...languagesOf(context.languagesBy.phone.get(phone.id ?? '') ?? [], tables.language.file, draft, 'languages'),
    ...languageList(phone.language, file, row, draft),
  ];
  if (languages.length) {
    channel.languages = [...new Set(languages)];
  }
  // Hours: the rows of the phone's service-at-location (the most specific), else of its service, else of its location.
  const link = context.links.get(phone.service_at_location_id ?? '');
  const serviceId = phone.service_id || link?.service_id || '';
  const locationId = phone.location_id || link?.location_id || '';
  const by = context.schedulesBy;
  const rows = by.link.get(phone.service_at_location_id ?? '') ?? by.service.get(serviceId) ?? by.location.get(locationId) ?? [];
  const regular = by.regular.get(serviceId) ?? by.regularLocation.get(locationId) ?? [];
  const holidays = by.holiday.get(serviceId) ?? by.holidayLocation.get(locationId) ?? [];
  if (rows.length || regular.length || holidays.length) {
    const reading = rows.length ? schedulesToOpeningHours(rows) : regularSchedulesToOpeningHours(regular, holidays);
    const scheduleFile = rows.length ? tables.schedule.file : tables.regular_schedule.file;
    const first = rows[0] ?? regular[0] ?? holidays[0]!;
    if (reading.hours) {
      channel.hours = reading.hours;
      channel.fieldSources!.hours = {source: scheduleFile, row: rowOf(first)};
      const cells = [...rows, ...regular, ...holidays].map((schedule) => `row ${rowOf(schedule)}`).join(', ');
      changes.push({source: scheduleFile, row: rowOf(first), column: 'byday', subfield: 'hours', cell: `${scheduleFile} ${cells}`, from: `${scheduleFile} ${cells}`, to: reading.hours, rule: 'hsds-schedule'});
    } else {
      draft.skipped.push({source: scheduleFile, row: rowOf(first), what: 'hours', reason: `not written, because ${reading.reason}`, value: phone.number});
    }
  }
  return channel;
}

/** HSDS language rows (3.x code/name, 2.0 language) → BCP-47 codes; unknown names are listed as skipped. */
function languagesOf(rows: Row[], file: string, draft: OrganizationDraft, field: string): string[] {
  const codes: string[] = [];
  for (const language of rows) {
    const column = language.sc_bcp47 ? 'sc_bcp47' : language.code ? 'code' : language.name ? 'name' : 'language';
    const text = (language[column] ?? '').trim();
    if (!text) continue;
    const code = column === 'sc_bcp47' ? text : languageCode(text);
    if (!code) {
      draft.skipped.push({source: file, row: rowOf(language), column, what: 'language', reason: 'not a language name or ISO 639 code the import knows', value: text});
      continue;
    }
    if (code !== language[column]) draft.changes.push({source: file, row: rowOf(language), column, field: `${field}[${codes.length}]`, cell: language[column]!, from: text, to: code, rule: 'language-name'});
    codes.push(code);
  }
  return codes;
}

/** A 2.0 phones.language cell ("en, es") → codes. */
function languageList(cell: string | undefined, file: string, row: number, draft: OrganizationDraft): string[] {
  const codes: string[] = [];
  for (const part of (cell ?? '').split(/[,;]/).map((piece) => piece.trim()).filter(Boolean)) {
    const code = languageCode(part);
    if (code) codes.push(code);
    else draft.skipped.push({source: file, row, column: 'language', what: 'language', reason: 'not a language name or ISO 639 code the import knows', value: part});
  }
  return codes;
}

/** Tables and fields of the package the import does not use, with how many rows or values each holds. */
function notRead(dir: string, tables: Record<string, Table>): Skipped[] {
  const skipped: Skipped[] = [];
  const readFiles = new Set(Object.values(tables).map((table) => table.file));
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.csv')).sort()) {
    if (readFiles.has(file)) continue;
    const rows = readTable(dir, [file]).rows.length;
    skipped.push({source: file, row: 1, what: `table ${file}`, reason: NEVER[file] ?? 'no directory field holds it', count: rows});
  }
  for (const [name, table] of Object.entries(tables)) {
    if (!table.rows.length) continue;
    const used = new Set([...READ[name]!.used, ...table.headers.filter((header) => header.startsWith('sc_'))]);
    for (const header of table.headers.filter((candidate) => !used.has(candidate))) {
      const count = table.rows.filter((record) => (record[header] ?? '').trim() !== '').length;
      if (count) skipped.push({source: table.file, row: 1, column: header, what: `field ${name}.${header}`, reason: name === 'location' ? 'locations are never published (no addresses or meeting places)' : 'no directory field holds it', count});
    }
  }
  return skipped;
}

/** Parses a JSON cell; an empty cell is undefined; bad JSON becomes a problem. */
function jsonCell(cell: string | undefined, where: Omit<RowProblem, 'message' | 'fix'>, problems: RowProblem[]): unknown {
  if (cell === undefined || cell.trim() === '') return undefined;
  try {
    return JSON.parse(cell);
  } catch {
    problems.push({...where, rule: 'hsds-json', message: `The ${where.column} cell is not valid JSON.`, fix: 'Write it as JSON, e.g. ["en","es"] for a list or {"en":"…"} for text per language.'});
    return undefined;
  }
}
