/**
 * The plain-language hours helper of the contribute form: turns choices a
 * person can make without knowing the syntax ("Monday to Friday, 9 to 5",
 * "24/7", "by appointment") into an OpenStreetMap `opening_hours` value
 * (https://wiki.openstreetmap.org/wiki/Key:opening_hours). The result is
 * validated afterwards by the same rule as every file (`rules/hours.ts`).
 * Pure: no opening_hours library here, so the form stays light until it checks.
 */

/** Weekday abbreviations of the opening_hours syntax, Monday first. */
export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
/** One weekday of the opening_hours syntax, e.g. `Mo`. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Open on `days` from `from` to `to` (24-hour `HH:MM`, as an `<input type="time">` gives them). */
export type WeeklyRule = {days: Weekday[]; from: string; to: string};

/** What a person chose in the hours helper. */
export type HoursChoice =
  | {mode: 'none'}
  | {mode: 'always'}
  | {mode: 'appointment'}
  | {mode: 'weekly'; rules: WeeklyRule[]; byAppointment: boolean}
  | {mode: 'custom'; value: string};

/**
 * Writes a set of weekdays the short way: runs of three or more as a range
 * (`Mo-Fr`), the rest as a list (`Mo,We,Sa-Su` → `Mo,We,Sa,Su`).
 * @param days - weekdays in any order, duplicates ignored
 * @returns e.g. `Mo-Fr` or `Mo,We,Fr`; empty string for no days
 */
export function formatDays(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))]
    .filter((index) => index >= 0)
    .sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < indexes.length;) {
    let end = start;
    while (end + 1 < indexes.length && indexes[end + 1] === indexes[end]! + 1) end += 1;
    const run = indexes.slice(start, end + 1).map((index) => WEEKDAYS[index]!);
    parts.push(run.length >= 3 ? `${run[0]}-${run.at(-1)}` : run.join(','));
    start = end + 1;
  }
  return parts.join(',');
}

/**
 * The `opening_hours` value for a choice.
 * @param choice - what the person picked
 * @returns the value (e.g. `Mo-Fr 09:00-17:00; Sa 10:00-14:00`, `24/7`,
 *   `"by appointment"`), or undefined for "no hours" and for weekly rules
 *   without any complete day-and-time line. Rules missing days or a time are skipped.
 */
export function toOpeningHours(choice: HoursChoice): string | undefined {
  switch (choice.mode) {
    case 'none':
      return undefined;
    case 'always':
      return '24/7';
    case 'appointment':
      // A comment-only rule: open state unknown, explained as "by appointment".
      return '"by appointment"';
    case 'custom':
      return choice.value.trim() || undefined;
    case 'weekly': {
      const comment = choice.byAppointment ? ' "by appointment"' : '';
      const rules = choice.rules
        .filter(
          (rule) =>
            rule.days.length > 0 &&
            /^\d{2}:\d{2}$/.test(rule.from) &&
            /^\d{2}:\d{2}$/.test(rule.to),
        )
        .map((rule) => `${formatDays(rule.days)} ${rule.from}-${rule.to}${comment}`);
      return rules.length > 0 ? rules.join('; ') : undefined;
    }
  }
}
