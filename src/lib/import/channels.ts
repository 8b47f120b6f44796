import {getCountryCallingCode, isSupportedCountry, type CountryCode} from 'libphonenumber-js/max';
import {describePhone} from '../rules/phone';
import {cleanCell} from './changes';
import {readPhoneText} from './phoneText';
import type {OrganizationDraft} from './draft';

/**
 * Turns a draft's contact sources into the entry's `channels`, once the
 * row's city (and so its country) is known: numbers without + country code
 * are read in the city's country; a number that rings in another country
 * than its city is refused with the reason (DESIGN.md safety rule 11).
 * Every difference from the cell is recorded as a change; words left in a
 * cell beside numbers are recorded as skipped.
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

/**
 * Fills `draft.data.channels` from `draft.channels`.
 * @param draft - the draft (changed in place: channels, columns, changes, skipped, problems)
 * @param country - where numbers are read, and what decided it
 */
export function buildChannels(draft: OrganizationDraft, country: PhoneCountry): void {
  const channels: Record<string, unknown>[] = [];
  const {source, row} = draft;
  for (const channelSource of draft.channels) {
    const {kind, text, cell} = channelSource;
    // A cell of another table (an HSDS phones.csv row) is named with its file and row; the problem stays the organisation's.
    const elsewhere = channelSource.source !== draft.source || channelSource.row !== draft.row;
    const column = elsewhere ? `${channelSource.source} row ${channelSource.row}, ${channelSource.column ?? ''}` : channelSource.column;
    const cellAt = {source: channelSource.source, row: channelSource.row, column: channelSource.column};
    const base = {
      kind, audience: channelSource.audience,
      ...(channelSource.hours !== undefined ? {hours: channelSource.hours} : {}),
      ...(channelSource.languages ? {languages: channelSource.languages} : {}),
    };
    const add = (channel: Record<string, unknown>) => {
      const index = channels.length;
      channels.push(channel);
      draft.columns[`channels[${index}]`] = column ?? '';
      draft.provenance[`channels[${index}]`] = {source: channelSource.source, row: channelSource.row, ...(channelSource.column ? {column: channelSource.column} : {})};
      for (const [subfield, where] of Object.entries(channelSource.fieldSources ?? {})) {
        draft.provenance[`channels[${index}].${subfield}`] = where;
        if (where.column) draft.columns[`channels[${index}].${subfield}`] = where.column;
      }
      for (const change of channelSource.changes ?? []) {
        const {subfield, ...rest} = change;
        draft.changes.push({...rest, field: `channels[${index}].${subfield}`});
        if (change.column && subfield !== 'value') draft.columns[`channels[${index}].${subfield.replace(/\[\d+\]$/, '')}`] = change.column;
      }
      return index;
    };
    if (kind === 'email') {
      const reading = readEmailText(text);
      if (reading.emails.length > 1 || (reading.emails.length === 1 && reading.emails[0] !== cleanCell(text))) {
        // Words beside an address are often its owner's name ("Maria Lopez <maria@…>"): never published as a label.
        for (const word of reading.words) {
          draft.skipped.push({...cellAt, what: 'text beside an e-mail address', reason: "not imported: it may be a person's name", value: word});
        }
        for (const email of reading.emails) {
          const index = add({...base, value: email, ...(channelSource.label ? {label: channelSource.label} : {})});
          if (email !== cell) draft.changes.push({...cellAt, field: `channels[${index}].value`, cell, from: text, to: email, rule: reading.emails.length > 1 ? 'split' : 'contact-extract'});
        }
        continue;
      }
    }
    if (kind !== 'hotline' && kind !== 'phone') {
      add({...base, value: text, ...(channelSource.label ? {label: channelSource.label} : {}), ...(channelSource.extension ? {extension: channelSource.extension} : {})});
      continue;
    }
    const reading = readPhoneText(text, country.code);
    if (!reading.phones.length) {
      // Not a number libphonenumber can read: kept as written, so the validator refuses it and the report shows the cell.
      const index = add({...base, value: cleanCell(text), ...(channelSource.extension ? {extension: channelSource.extension} : {}), ...(channelSource.label ? {label: channelSource.label} : {})});
      if (!text.trim().startsWith('+')) {
        draft.problems.push({
          source, row, column, field: `channels[${index}].value`, rule: 'phone-unreadable',
          message: `"${cleanCell(text)}" is not a phone number that can be read in ${countryName(country.code)}.`,
          fix: country.from === 'city'
            ? `Write it with + and its country code in the sheet, or check the digits; numbers without + are read in the country of the city ${country.city}.`
            : country.from === 'column'
              ? 'Write it with + and its country code in the sheet, or correct the row\'s country column (country_column: in the mapping).'
              : 'Write it with + and its country code in the sheet, or set country: (or country_column:) in the mapping to the country where it rings.',
        });
      }
      continue;
    }
    for (const word of reading.leftover) draft.skipped.push({...cellAt, what: 'text beside a number', reason: word.reason, value: word.text});
    for (const phone of reading.phones) {
      const extension = channelSource.extension ?? phone.extension;
      const label = channelSource.label ?? phone.label;
      const index = add({...base, value: phone.value, ...(extension ? {extension} : {}), ...(label ? {label} : {})});
      if (phone.value !== cell) draft.changes.push({...cellAt, field: `channels[${index}].value`, cell, from: phone.text, to: phone.value, rule: phone.value === cleanCell(cell) ? 'trim-space' : 'phone-e164'});
      if (phone.extension && !channelSource.extension) draft.changes.push({...cellAt, field: `channels[${index}].extension`, cell, from: phone.text, to: phone.extension, rule: 'phone-extension'});
      if (phone.label && !channelSource.label) draft.changes.push({...cellAt, field: `channels[${index}].label`, cell, from: text, to: phone.label, rule: 'phone-label'});
      if (channelSource.extension && phone.extension && channelSource.extension !== phone.extension) {
        draft.problems.push({source, row, column, field: `channels[${index}].extension`, rule: 'phone-extension', message: `The number is written with extension ${phone.extension}, but the extension column says ${channelSource.extension}.`, fix: 'Keep the extension in one place: remove it from the number, or correct the extension column.'});
      }
      const problem = countryProblem(phone.value, country);
      if (problem) draft.problems.push({source, row, column, field: `channels[${index}].value`, rule: 'phone-country', ...problem});
    }
  }
  if (channels.length) draft.data.channels = channels;
}

/**
 * Why a number does not belong to the row's country, or null when it does.
 * A toll-free number under the same country calling code (+1 800 in Canada) belongs.
 * @param value - E.164 number
 * @param country - the row's country and what decided it
 */
export function countryProblem(value: string, country: PhoneCountry): {message: string; fix: string} | null {
  const facts = describePhone(value);
  if (facts.country === country.code) return null;
  if (facts.type === 'TOLL_FREE' && facts.callingCode === callingCodeOf(country.code)) return null;
  const where = country.from === 'city' ? `the row's city ${country.city} is in ${countryName(country.code)}` : `the row is read as ${countryName(country.code)} (${country.from === 'column' ? 'its country column' : "the mapping's country:"})`;
  return {
    message: `${facts.international} rings in ${facts.country ? countryName(facts.country) : 'no single country'}, but ${where}.`,
    fix: "Check the number and the row's city; a number belongs to its city's country. If the organisation really publishes a number abroad, leave it out of the sheet and add it by hand with the reason.",
  };
}

/** The country calling code of a country, e.g. `1` for US, `52` for MX (libphonenumber metadata), or '' when unknown. */
function callingCodeOf(code: string): string {
  return isSupportedCountry(code) ? String(getCountryCallingCode(code as CountryCode)) : '';
}

// An address as RFC 5321 bounds it, in running text (the same broad shape as the personal-data rule).
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;

/**
 * The e-mail addresses in a cell ("info@x.org, intake@x.org", "mailto:help@x.org",
 * "help@x.org (Spanish)"), and the words left beside them.
 * @param text - one piece of a cell
 */
export function readEmailText(text: string): {emails: string[]; words: string[]; mailto: boolean} {
  const emails = [...text.matchAll(EMAIL)].map((match) => match[0]);
  const rest = text.replace(EMAIL, '\u0000');
  const mailto = /mailto:\s*\u0000/i.test(rest);
  const words = rest.replace(/mailto:\s*(?=\u0000)/gi, '').split('\u0000').map((part) => part.replace(/^[\s,;/|()[\]"'<>:-]+|[\s,;/|()[\]"'<>:-]+$/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return {emails: [...new Set(emails)], words, mailto};
}
