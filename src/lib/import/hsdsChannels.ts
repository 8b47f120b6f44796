import {checkOpeningHours} from '../rules/hours';
import {cleanCell} from './changes';
import {languageCode} from './countries';
import {regularSchedulesToOpeningHours, schedulesToOpeningHours} from './hsdsSchedule';
import {rowOf, type HsdsPackage, type Row, type Table} from './hsdsPackage';
import {LABEL_MAX} from './phoneText';
import {rowProblem} from './rowProblem';
import {skippedItem} from './skipped';
import type {Change, ChannelChange, ChannelSource, OrganizationDraft, Where} from './draft';

/**
 * The contacts of an HSDS organisation as channel sources: each phone row
 * (with its extension, a short description as label, its languages and
 * hours written exactly or not at all), links and e-mail addresses, and
 * the services of a package of ours. Numbers are read later, in the
 * country of the organisation's city (channels.ts).
 */

/** A language read from an HSDS row: its code, the cell it comes from, and how the code differs from the cell. */
export type LanguageRead = {code: string; where?: Where; change?: Omit<Change, 'field'>};

/**
 * A contact cell of a row as a channel source.
 * @param table - the table of the row
 * @param record - the row
 * @param column - the column holding the contact
 * @param kind - the channel kind
 * @param audience - the channel audience (the mapping's defaults.audience)
 */
export function cellChannel(
  table: Table,
  record: Row,
  column: string,
  kind: string,
  audience: string,
): ChannelSource {
  const text = record[column] ?? '';
  return {
    source: table.file,
    row: rowOf(record),
    column,
    kind,
    audience,
    text,
    cell: text,
    changes: [],
  };
}

/**
 * A channel of a package of ours: the service's sc_ columns, with its phone's extension.
 * @param service - the services.csv row
 * @param pkg - the package
 * @param draft - the organisation's draft (hours without an opening_hours value are listed as skipped)
 */
export function ownChannel(
  service: Row,
  pkg: HsdsPackage,
  draft: OrganizationDraft,
): ChannelSource {
  const {tables} = pkg;
  const phone = tables.phone.rows.find((candidate) => candidate.service_id === service.id);
  const rows = pkg.schedulesBy.service.get(service.id ?? '') ?? [];
  const described =
    rows[0]?.description && !checkOpeningHours(rows[0].description)
      ? rows[0].description
      : undefined;
  const hours = rows[0]?.sc_opening_hours || described;
  const languages = pkg.languagesBy.service.get(service.id ?? '') ?? [];
  const marked = languages.some((language) => 'sc_source' in language);
  const own = marked
    ? languages
        .filter((language) => language.sc_source === 'channel')
        .map((language) => language.sc_bcp47 || language.code!)
    : [];
  if (rows.length && !hours) {
    const where = {source: tables.schedule.file, row: rowOf(rows[0]!), column: 'sc_opening_hours'};
    draft.skipped.push(skippedItem(where, 'skip.hours-no-value'));
  }
  const text = service.sc_value ?? '';
  return {
    source: tables.service.file,
    row: rowOf(service),
    column: 'sc_value',
    kind: service.sc_kind!,
    audience: service.sc_audience!,
    text,
    cell: text,
    changes: [],
    ...(hours ? {hours} : {}),
    ...(own.length ? {languages: own} : {}),
    ...(service.sc_label ? {label: service.sc_label} : {}),
    ...(phone?.extension ? {extension: phone.extension} : {}),
    ...international(service, tables.service.file, draft),
  };
}

/**
 * The sc_international cell of a service of ours: why a number of another country is listed, per language (JSON).
 * Bad JSON is a problem of the row, never dropped silently.
 */
function international(
  service: Row,
  file: string,
  draft: OrganizationDraft,
): {international?: unknown} {
  const cell = service.sc_international ?? '';
  if (cell.trim() === '') return {};
  try {
    return {international: JSON.parse(cell) as unknown};
  } catch {
    const where = {source: file, row: rowOf(service), column: 'sc_international'};
    draft.problems.push(
      rowProblem(where, '(channel).international', 'hsds-json', 'hsds-json.international'),
    );
    return {};
  }
}

/**
 * A website channel with the label of its 3.1 url row (a label too long is listed as skipped).
 * @param channel - the channel of the url row
 * @param url - the url row
 * @param file - the url table's file
 * @param draft - the organisation's draft
 */
export function withUrlLabel(
  channel: ChannelSource,
  url: Row,
  file: string,
  draft: OrganizationDraft,
): ChannelSource {
  const label = url.label ?? '';
  const text = cleanCell(label);
  const row = rowOf(url);
  if (!text) return channel;
  if (text.length > LABEL_MAX) {
    const where = {source: file, row, column: 'label'};
    draft.skipped.push(
      skippedItem(where, 'skip.url-label-long', {length: text.length}, {value: text}),
    );
    return channel;
  }
  const changes: ChannelChange[] =
    text === label
      ? []
      : [
          {
            source: file,
            row,
            column: 'label',
            subfield: 'label',
            cell: label,
            from: label,
            to: text,
            rule: 'trim-space',
          },
        ];
  return {
    ...channel,
    label: text,
    fieldSources: {label: {source: file, row, column: 'label'}},
    changes,
  };
}

/**
 * One HSDS phone row → a channel source, with extension, label, languages and hours; undefined for a line the directory does not list (fax…).
 * @param phone - the phones.csv row
 * @param pkg - the package
 * @param audience - the channel audience
 * @param draft - the organisation's draft (what is not imported is listed there)
 */
export function phoneChannel(
  phone: Row,
  pkg: HsdsPackage,
  audience: string,
  draft: OrganizationDraft,
): ChannelSource | undefined {
  const {tables} = pkg;
  const file = tables.phone.file;
  const row = rowOf(phone);
  const type = (phone.type ?? '').trim().toLowerCase();
  if (type && !['voice', 'cell', 'text', 'textphone'].includes(type)) {
    const where = {source: file, row, column: 'type'};
    draft.skipped.push(skippedItem(where, 'skip.phone-type', {type}, {value: phone.number}));
    return undefined;
  }
  const changes: ChannelChange[] = [];
  const channel: ChannelSource = {
    source: file,
    row,
    column: 'number',
    kind: 'phone',
    audience,
    text: phone.number ?? '',
    cell: phone.number ?? '',
    changes,
    fieldSources: {
      extension: {source: file, row, column: 'extension'},
      label: {source: file, row, column: 'description'},
    },
  };
  const extension = (phone.extension ?? '').trim();
  if (extension) {
    // HSDS 2.0 types the extension as a number: "204.0" from a spreadsheet is 204.
    channel.extension = extension.replace(/\.0+$/, '');
    const rule = extension === channel.extension ? 'trim-space' : 'number';
    if (channel.extension !== phone.extension) {
      changes.push({
        source: file,
        row,
        column: 'extension',
        subfield: 'extension',
        cell: phone.extension!,
        from: phone.extension!,
        to: channel.extension,
        rule,
      });
    }
  }
  const description = cleanCell(phone.description ?? '');
  if (description && description.length <= LABEL_MAX) {
    channel.label = description;
    if (description !== phone.description) {
      const cell = phone.description!;
      changes.push({
        source: file,
        row,
        column: 'description',
        subfield: 'label',
        cell,
        from: cell,
        to: description,
        rule: 'trim-space',
      });
    }
  } else if (description) {
    const where = {source: file, row, column: 'description'};
    const values = {length: description.length};
    draft.skipped.push(
      skippedItem(where, 'skip.phone-description-long', values, {value: description}),
    );
  }
  const languages = unique([
    ...languagesOf(pkg.languagesBy.phone.get(phone.id ?? '') ?? [], tables.language.file, draft),
    ...languageList(phone.language, file, row, draft),
  ]);
  if (languages.length) {
    channel.languages = languages.map((language) => language.code);
    languages.forEach((language, index) => {
      if (language.where) channel.fieldSources![`languages[${index}]`] = language.where;
      if (language.change) changes.push({...language.change, subfield: `languages[${index}]`});
    });
  }
  phoneHours(phone, pkg, channel, draft);
  return channel;
}

/** Hours of a phone: the rows of its service-at-location (the most specific), else of its service, else of its location. */
function phoneHours(
  phone: Row,
  pkg: HsdsPackage,
  channel: ChannelSource,
  draft: OrganizationDraft,
): void {
  const {tables, schedulesBy: by} = pkg;
  const link = pkg.links.get(phone.service_at_location_id ?? '');
  const serviceId = phone.service_id || link?.service_id || '';
  const locationId = phone.location_id || link?.location_id || '';
  const rows =
    by.link.get(phone.service_at_location_id ?? '') ??
    by.service.get(serviceId) ??
    by.location.get(locationId) ??
    [];
  const regular = by.regular.get(serviceId) ?? by.regularLocation.get(locationId) ?? [];
  const holidays = by.holiday.get(serviceId) ?? by.holidayLocation.get(locationId) ?? [];
  if (!rows.length && !regular.length && !holidays.length) return;
  const reading = rows.length
    ? schedulesToOpeningHours(rows)
    : regularSchedulesToOpeningHours(regular, holidays);
  const file = rows.length ? tables.schedule.file : tables.regular_schedule.file;
  const first = rowOf(rows[0] ?? regular[0] ?? holidays[0]!);
  if (!reading.hours) {
    const values = {why: reading.reason ?? ''};
    draft.skipped.push(
      skippedItem({source: file, row: first}, 'skip.hours-not-written', values, {
        value: phone.number,
      }),
    );
    return;
  }
  channel.hours = reading.hours;
  channel.fieldSources!.hours = {source: file, row: first};
  const cells = `${file} ${[...rows, ...regular, ...holidays].map((schedule) => `row ${rowOf(schedule)}`).join(', ')}`;
  channel.changes!.push({
    source: file,
    row: first,
    column: 'byday',
    subfield: 'hours',
    cell: cells,
    from: cells,
    to: reading.hours,
    rule: 'hsds-schedule',
  });
}

/**
 * HSDS language rows (3.x code or name, 2.0 language) → BCP-47 codes; an unknown name is listed as skipped.
 * @param rows - languages.csv rows
 * @param file - the languages table's file
 * @param draft - the organisation's draft
 */
export function languagesOf(rows: Row[], file: string, draft: OrganizationDraft): LanguageRead[] {
  const read: LanguageRead[] = [];
  for (const language of rows) {
    const column = language.sc_bcp47
      ? 'sc_bcp47'
      : language.code
        ? 'code'
        : language.name
          ? 'name'
          : 'language';
    const cell = language[column] ?? '';
    const text = cell.trim();
    if (!text) continue;
    const code = column === 'sc_bcp47' ? text : languageCode(text);
    if (!code) {
      const where = {source: file, row: rowOf(language), column};
      draft.skipped.push(skippedItem(where, 'skip.language-unknown', {}, {value: text}));
      continue;
    }
    const where = {source: file, row: rowOf(language), column};
    read.push({
      code,
      where,
      ...(code !== cell
        ? {change: {...where, cell, from: text, to: code, rule: 'language-name' as const}}
        : {}),
    });
  }
  return read;
}

/** A 2.0 phones.language cell ("en, es") → codes. */
function languageList(
  cell: string | undefined,
  file: string,
  row: number,
  draft: OrganizationDraft,
): LanguageRead[] {
  const read: LanguageRead[] = [];
  for (const part of (cell ?? '')
    .split(/[,;]/)
    .map((piece) => piece.trim())
    .filter(Boolean)) {
    const code = languageCode(part);
    if (!code) {
      const where = {source: file, row, column: 'language'};
      draft.skipped.push(skippedItem(where, 'skip.language-unknown', {}, {value: part}));
      continue;
    }
    const where = {source: file, row, column: 'language'};
    read.push({
      code,
      where,
      ...(code !== cell
        ? {change: {...where, cell: cell!, from: part, to: code, rule: 'language-name' as const}}
        : {}),
    });
  }
  return read;
}

/**
 * Languages without repeats, the first reading of each kept.
 * @param languages - languages in order
 */
export function unique(languages: LanguageRead[]): LanguageRead[] {
  return languages.filter(
    (language, index) => languages.findIndex((other) => other.code === language.code) === index,
  );
}
