import type {CodedText} from '../problems';
import {describePhone, isDomesticPhone} from '../rules/phone';
import {cleanCell} from './changes';
import {readEmailText} from './emailText';
import {readPhoneText} from './phoneText';
import {rowProblem} from './rowProblem';
import {skippedItem} from './skipped';
import type {ChannelSource, OrganizationDraft, Where} from './draft';

/**
 * Turns a draft's contact sources into the entry's `channels`, once the
 * row's city (and so its country) is known: numbers without + country code
 * are read in the city's country; a number that rings in another country
 * than its city is refused with the reason (DESIGN.md safety rule 11).
 * Every difference from the cell is recorded as a change; words left in a
 * cell beside numbers or addresses are recorded as skipped.
 */

const regionNames = new Intl.DisplayNames('en', {type: 'region'});
const countryName = (code: string) => `${regionNames.of(code) ?? code} (${code})`;

/** Where the row's numbers are read. */
export type PhoneCountry = {
  /** ISO 3166-1 alpha-2 country in which numbers without + are read. */
  code: string;
  /** What decided it, for messages and fixes: the city hub, the row's country column, or the mapping's country:. */
  from: 'city' | 'column' | 'mapping';
  /** The city's slug, when a city hub decided. */
  city?: string;
};

/** One channel source being written: where its cell is, and how to add a channel (returning its index). */
type Writing = {
  draft: OrganizationDraft;
  from: ChannelSource;
  /** The cell, for changes and skipped values. */
  cellAt: Where;
  /** The column as the organisation's problems name it ("phones.csv row 4, number" for a cell of another table). */
  column?: string;
  add: (channel: Record<string, unknown>) => number;
};

/**
 * Fills `draft.data.channels` from `draft.channels`.
 * @param draft - the draft (changed in place: channels, columns, provenance, changes, skipped, problems)
 * @param country - where numbers are read, and what decided it
 */
export function buildChannels(draft: OrganizationDraft, country: PhoneCountry): void {
  const channels: Record<string, unknown>[] = [];
  for (const from of draft.channels) {
    // A cell of another table (an HSDS phones.csv row) is named with its file and row; the problem stays the organisation's.
    const elsewhere = from.source !== draft.source || from.row !== draft.row;
    const column = elsewhere ? `${from.source} row ${from.row}, ${from.column ?? ''}` : from.column;
    const base = {
      kind: from.kind,
      audience: from.audience,
      ...(from.hours !== undefined ? {hours: from.hours} : {}),
      ...(from.languages ? {languages: from.languages} : {}),
      ...(from.international !== undefined ? {international: from.international} : {}),
    };
    const add = (channel: Record<string, unknown>) => {
      channels.push({...base, ...channel});
      const index = channels.length - 1;
      record(draft, from, index, column);
      return index;
    };
    const writing: Writing = {
      draft,
      from,
      cellAt: {source: from.source, row: from.row, column: from.column},
      column,
      add,
    };
    if (from.kind === 'hotline' || from.kind === 'phone') phoneChannels(writing, country);
    else if (from.kind !== 'email' || !emailChannels(writing))
      add({value: from.text, ...given(from)});
  }
  if (channels.length) {
    draft.data.channels = channels;
    draft.fromSource.add('channels');
  }
}

/** The label and extension a column gave the channel, if any. */
const given = (from: ChannelSource) => ({
  ...(from.extension ? {extension: from.extension} : {}),
  ...(from.label ? {label: from.label} : {}),
});

/** Records where a written channel comes from: columns, provenance, and the changes made while reading it. */
function record(
  draft: OrganizationDraft,
  from: ChannelSource,
  index: number,
  column: string | undefined,
): void {
  draft.columns[`channels[${index}]`] = column ?? '';
  draft.provenance[`channels[${index}]`] = {
    source: from.source,
    row: from.row,
    ...(from.column ? {column: from.column} : {}),
  };
  for (const [subfield, where] of Object.entries(from.fieldSources ?? {})) {
    draft.provenance[`channels[${index}].${subfield}`] = where;
    if (where.column) draft.columns[`channels[${index}].${subfield}`] = where.column;
  }
  for (const {subfield, ...change} of from.changes ?? []) {
    draft.changes.push({...change, field: `channels[${index}].${subfield}`});
    if (change.column && subfield !== 'value')
      draft.columns[`channels[${index}].${subfield.replace(/\[\d+\]$/, '')}`] = change.column;
  }
}

/**
 * An e-mail cell holding several addresses, or an address inside other text (mailto:, brackets):
 * one channel per address, each listed. Words beside an address are often its owner's name: never published.
 * @returns false when the cell is one address as it is (the caller writes it)
 */
function emailChannels({draft, from, cellAt, add}: Writing): boolean {
  const {emails, words} = readEmailText(from.text);
  if (!emails.length || (emails.length === 1 && emails[0] === cleanCell(from.text))) return false;
  for (const word of words)
    draft.skipped.push(skippedItem(cellAt, 'skip.email-words', {}, {value: word}));
  for (const email of emails) {
    const index = add({value: email, ...(from.label ? {label: from.label} : {})});
    const rule = emails.length > 1 ? 'split' : 'contact-extract';
    if (email !== from.cell)
      draft.changes.push({
        ...cellAt,
        field: `channels[${index}].value`,
        cell: from.cell,
        from: from.text,
        to: email,
        rule,
      });
  }
  return true;
}

/** The numbers of a phone cell, read in the row's country, with their extension and label; refused when unreadable or abroad. */
function phoneChannels({draft, from, cellAt, column, add}: Writing, country: PhoneCountry): void {
  const {source, row} = draft;
  const reading = readPhoneText(from.text, country.code);
  if (!reading.phones.length) {
    // Not a number libphonenumber can read: kept as written, so the validator refuses it and the report shows the cell.
    const index = add({value: cleanCell(from.text), ...given(from)});
    if (!from.text.trim().startsWith('+')) {
      draft.problems.push(
        rowProblem(
          {source, row, column},
          `channels[${index}].value`,
          'phone-unreadable',
          unreadableCode(country),
          {
            value: cleanCell(from.text),
            country: countryName(country.code),
            ...(country.from === 'city' ? {city: country.city ?? ''} : {}),
          },
        ),
      );
    }
    return;
  }
  for (const word of reading.leftover)
    draft.skipped.push(skippedItem(cellAt, word.code, word.values, {value: word.text}));
  for (const phone of reading.phones) {
    const extension = from.extension ?? phone.extension;
    const label = from.label ?? phone.label;
    const index = add({
      value: phone.value,
      ...(extension ? {extension} : {}),
      ...(label ? {label} : {}),
    });
    const change = (
      field: string,
      text: string,
      to: string,
      rule: 'trim-space' | 'phone-e164' | 'phone-extension' | 'phone-label',
    ) =>
      draft.changes.push({
        ...cellAt,
        field: `channels[${index}].${field}`,
        cell: from.cell,
        from: text,
        to,
        rule,
      });
    if (phone.value !== from.cell)
      change(
        'value',
        phone.text,
        phone.value,
        phone.value === cleanCell(from.cell) ? 'trim-space' : 'phone-e164',
      );
    if (phone.extension && !from.extension)
      change('extension', phone.text, phone.extension, 'phone-extension');
    if (phone.label && !from.label) change('label', from.text, phone.label, 'phone-label');
    if (from.extension && phone.extension && from.extension !== phone.extension) {
      draft.problems.push(
        rowProblem(
          {source, row, column},
          `channels[${index}].extension`,
          'phone-extension',
          'phone-extension.conflict',
          {
            extension: phone.extension,
            column: from.extension,
          },
        ),
      );
    }
    // A number the source itself marks international (a package of ours) is judged by the validator's rule with its reason.
    const problem = from.international === undefined ? countryProblem(phone.value, country) : null;
    if (problem)
      draft.problems.push(
        rowProblem(
          {source, row, column},
          `channels[${index}].value`,
          'phone-country',
          problem.code,
          problem.values,
        ),
      );
  }
}

/** The code of a number that cannot be read: its fix names the setting that decided its country. */
function unreadableCode(country: PhoneCountry) {
  const codes = {
    city: 'phone-unreadable.city',
    column: 'phone-unreadable.column',
    mapping: 'phone-unreadable.mapping',
  } as const;
  return codes[country.from];
}

/**
 * Why a number does not belong to the row's country, or null when it does: the validator's rule
 * (`isDomesticPhone`: valid in that country's numbering plan, so +1 800 belongs in Canada and +1 876 not in the US).
 * @param value - E.164 number
 * @param country - the row's country and what decided it
 */
export function countryProblem(
  value: string,
  country: PhoneCountry,
): CodedText<'phone-country'> | null {
  if (isDomesticPhone(value, country.code)) return null;
  const facts = describePhone(value);
  const values = {
    number: facts.international,
    country: countryName(country.code),
    ...(country.from === 'city' ? {city: country.city ?? ''} : {}),
    ...(facts.country ? {ringsIn: countryName(facts.country)} : {}),
  };
  const code = {
    city: ['phone-country.import-city', 'phone-country.import-city-nowhere'],
    column: ['phone-country.import-column', 'phone-country.import-column-nowhere'],
    mapping: ['phone-country.import-mapping', 'phone-country.import-mapping-nowhere'],
  } as const;
  return {code: code[country.from][facts.country ? 0 : 1], values};
}
