import {formatField, makeProblem, type CodedText, type Problem} from '../problems';
import {checkPhone, describePhone, isDomesticPhone} from '../rules/phone';
import {PHONE_CHANNEL_KINDS} from '../taxonomy';
import type {RuleId} from './ruleIds';
import type {Check} from './check';
import {checkedEntries} from '../siteFiles/entities';

/**
 * Safety rule 11 (DESIGN.md): "A phone number belongs to its city's country unless the entry says
 * why not." A number of another country looks like any other on the page, yet from the city it is
 * an international call that many callers cannot afford or cannot make; +1 876 (Jamaica) even looks
 * domestic to a caller in the US. Such a number is refused unless its channel says why it is
 * international (`international: <reason>`), and a channel that says so about a domestic number is
 * refused too, because the page would warn callers of a cost that is not there.
 *
 * Pure: used by `loadCoalition`, the issue-to-pull-request bot (`validateProposedEntry`), the
 * import and the /contribute form, wherever an organisation is checked with its city known.
 */

/** Safety rule 11 over the whole directory: each organisation's numbers against its city hub's country. */
export const phoneCountryCheck: Check<'directory'> = {
  id: 'phone-country',
  reads: ['directory'],
  run(files) {
    const entries = checkedEntries(files);
    const countries = new Map<string, string>();
    for (const {city, isCity, result} of entries)
      if (isCity && result.city) countries.set(city, result.city.country);
    return entries.flatMap(({file, city, isCity, result}) => {
      const country = countries.get(city);
      // Checked even when the schema fails, so one run shows every flaw of the file.
      return !isCity && country && result.locate
        ? checkPhoneCountry({file, data: result.data, locate: result.locate}, country)
        : [];
    });
  },
};

/** Rule id of a number that is not of the city's country and not marked international. */
export const PHONE_COUNTRY_RULE = 'phone-country' as const;
/** Rule id of a number marked international that is a domestic call from the city. */
export const PHONE_INTERNATIONAL_UNNEEDED_RULE = 'phone-international-unneeded' as const;

/** One organisation file, as read from YAML (before the schema). */
export type PhoneCountryEntry = {
  /** Path relative to the site root, e.g. `directory/chicago/x.yml`. */
  file: string;
  /** The parsed YAML; malformed channels are skipped (the schema reports them). */
  data: unknown;
  /** Line and column (1-based) of a path inside the file. */
  locate: (path: readonly PropertyKey[]) => {line: number; column: number};
};

/**
 * Checks that every phone and hotline number of an organisation is a domestic call from its city's
 * country (`isDomesticPhone`: libphonenumber's plan of that country), or is marked international
 * with a reason. Numbers `checkPhone` refuses are left to it, so a number gets one problem.
 * @param entry - the organisation file
 * @param cityCountry - the city's `country` (ISO 3166-1 alpha-2, `_city.yml`)
 * @returns problems `phone-country` (at `channels[i].value`) and `phone-international-unneeded`
 *   (at `channels[i].international`), errors both
 */
export function checkPhoneCountry(entry: PhoneCountryEntry, cityCountry: string): Problem[] {
  const problems: Problem[] = [];
  const channels = (entry.data as {channels?: unknown} | null)?.channels;
  if (!Array.isArray(channels)) return problems;
  const add = <R extends RuleId>(path: (string | number)[], rule: R, text: CodedText<R>) =>
    problems.push(
      makeProblem({file: entry.file, ...entry.locate(path)}, formatField(path), rule, text),
    );
  channels.forEach((channel: unknown, index) => {
    if (!channel || typeof channel !== 'object') return;
    const {kind, value, international} = channel as {
      kind?: unknown;
      value?: unknown;
      international?: unknown;
    };
    if (
      typeof kind !== 'string' ||
      !PHONE_CHANNEL_KINDS.has(kind) ||
      typeof value !== 'string' ||
      checkPhone(value) !== null
    )
      return;
    const domestic = isDomesticPhone(value, cityCountry);
    // Any reason given counts; whether it is good text is the schema's to say.
    const marked = international !== undefined && international !== null;
    if (!domestic && !marked) {
      const country = describePhone(value).country;
      add(
        ['channels', index, 'value'],
        PHONE_COUNTRY_RULE,
        country && country !== cityCountry
          ? {
              code: 'phone-country.other',
              values: {
                value,
                numberCountry: countryName(country),
                cityCountry: countryName(cityCountry),
              },
            }
          : {code: 'phone-country.none', values: {value, cityCountry: countryName(cityCountry)}},
      );
    }
    if (domestic && marked) {
      add(['channels', index, 'international'], PHONE_INTERNATIONAL_UNNEEDED_RULE, {
        code: 'phone-international-unneeded.found',
        values: {value, cityCountry: countryName(cityCountry)},
      });
    }
  });
  return problems;
}

/** The fix of a number of another country: correct it, or say why people must call it. */
export const PHONE_COUNTRY_FIX =
  'Check the number with the organisation. If it is wrong, correct it. If people in the city really must call this number, add international: "<why>" to the channel (e.g. "The consulate\'s national hotline, answered in Mexico"); the page then says that the call is international, and why.';

let regionNames: Intl.DisplayNames | undefined;

/** English name and code of a country for messages, e.g. `Jamaica (JM)` (the runtime's ICU names). */
function countryName(code: string): string {
  let name: string | undefined;
  try {
    regionNames ??= new Intl.DisplayNames('en', {type: 'region', fallback: 'none'});
    name = regionNames.of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}
