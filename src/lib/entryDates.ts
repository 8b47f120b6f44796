import {freshness} from './freshness';
import {formatField, makeProblem, type Problem} from './problems';
import {DEFAULT_REVIEW_EVERY_MONTHS} from './taxonomy';
import type {YamlSource} from './yamlSource';

/**
 * The checks of a directory entry that depend on the day: a verification or consent date in the future, and an
 * entry due for review (DESIGN.md "Freshness"). They are kept apart from the rest of the entry's checks, which
 * depend only on the file, so that those results can be remembered across days (validation/directoryResults.ts)
 * and only these few comparisons run again each day.
 */

/** The date fields these checks read, by field name. */
const DATE_FIELDS = {'verified.date': ['verified', 'date'], consent: ['consent']} as const;

/** Where an entry's date fields are in its file (1-based), so their problems are placed without the YAML. */
export type DatePlaces = Record<keyof typeof DATE_FIELDS, {line: number; column: number}>;

/**
 * Finds the places of an entry's date fields.
 * @param locate - the parsed file's locator (yamlSource.ts)
 * @returns line and column of `verified.date` and `consent` (of the nearest parent when a field is missing)
 */
export function findDatePlaces(locate: YamlSource['locate']): DatePlaces {
  return {
    'verified.date': locate(DATE_FIELDS['verified.date']),
    consent: locate(DATE_FIELDS.consent),
  };
}

const isDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(value));

/**
 * The day's problems of an organisation entry: `future-date` for a verification or consent date after today
 * (UTC), and a `stale` warning when its review is due. Works on the raw YAML data and skips whatever is
 * malformed (the schema reports that).
 * @param file - path relative to the site root
 * @param data - the entry's YAML as parsed (any shape)
 * @param places - from {@link findDatePlaces}
 * @param now - the reference date
 * @returns the problems, in field order (verified date, consent)
 */
export function checkEntryDates(
  file: string,
  data: unknown,
  places: DatePlaces,
  now: Date,
): Problem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const entry = data as Record<string, unknown>;
  const problems: Problem[] = [];
  const at = (field: keyof typeof DATE_FIELDS) => ({file, ...places[field]});
  const today = now.toISOString().slice(0, 10);
  const verified = (entry.verified ?? {}) as {date?: unknown};
  const verifiedField = formatField(DATE_FIELDS['verified.date']);
  if (isDate(verified.date) && verified.date > today)
    problems.push(
      makeProblem(at('verified.date'), verifiedField, 'future-date', {
        code: 'future-date.verified',
        values: {date: verified.date},
      }),
    );
  if (isDate(entry.consent) && entry.consent > today)
    problems.push(
      makeProblem(at('consent'), formatField(DATE_FIELDS.consent), 'future-date', {
        code: 'future-date.consent',
        values: {date: entry.consent},
      }),
    );
  // An impossible interval is the schema's to report; freshness is then judged with the default.
  const months = entry.review_every_months;
  const every =
    typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= 24
      ? months
      : DEFAULT_REVIEW_EVERY_MONTHS;
  if (isDate(verified.date) && entry.status !== 'closed') {
    const fresh = freshness(verified.date, every, now);
    if (fresh.stale)
      problems.push(
        makeProblem(
          at('verified.date'),
          verifiedField,
          'stale',
          {code: 'stale.due', values: {months: fresh.monthsAgo, date: fresh.dueDate}},
          'warning',
        ),
      );
  }
  return problems;
}
