import {parse as parseYaml} from 'yaml';
import {checkDirectoryEntry} from '../directoryEntry';
import {checkPhoneCountry} from '../checks/phoneCountry';
import type {Problem} from '../problems';
import {withMappingFix} from './mappingFixes';
import {skippedItem} from './skipped';
import {organizationYaml} from './toYaml';
import {mergeForUpdate, updatedYaml, type FieldDiff} from './update';
import type {Change, OrganizationDraft, RowProblem, Skipped, Where} from './draft';

/**
 * One draft through the validator's own code (`checkDirectoryEntry`: the
 * schema and safety rules of `npm run validate`), as a new file or as an
 * update of a live one, leaving out the channels that fail when asked.
 */

/** What checking a draft gives. */
export type DraftOutcome = {
  /** The file's text (a new file, or the live file with its changed fields replaced). */
  text: string;
  errors: RowProblem[];
  /** Warnings, in the validator's words, with the row and column they come from. */
  warnings: RowProblem[];
  /** The channels left out (--skip-invalid-channels), each with its reasons. */
  skipped: Skipped[];
  /** Their numbers in the draft. */
  droppedChannels: number[];
  /** With a live file: the changed fields. */
  diffs: FieldDiff[];
  /** With a live file: nothing changed. */
  unchanged: boolean;
};

/** How a draft is checked. */
export type DraftCheck = {
  /** Path of the file relative to the content root. */
  file: string;
  contentRoot: string;
  now?: Date;
  skipInvalidChannels?: boolean;
  /** The live file's text, when the row updates it (--update). */
  liveText?: string;
  /** Problems the import found in channels (a number in the wrong country…), left out with their channel. */
  channelProblems: RowProblem[];
  /** The country of the row's city (ISO 3166-1 alpha-2), for the validator's phone-country rule (safety rule 11). */
  cityCountry?: string;
};

const CHANNEL = /^channels\[(\d+)\]/;
const channelOf = (field: string) => Number(CHANNEL.exec(field)?.[1] ?? -1);

/**
 * Checks a draft; with `skipInvalidChannels`, leaves out every channel
 * that fails (when only channels fail) and checks again.
 * @param draft - the row
 * @param check - the file, the content root and the options
 */
export function checkDraft(draft: OrganizationDraft, check: DraftCheck): DraftOutcome {
  const dropped: number[] = [];
  const skipped: Skipped[] = [];
  // The errors of channels left out: a row refused anyway (no channel left…) is refused with them too.
  const droppedErrors: RowProblem[] = [];
  for (;;) {
    const kept = keptIndices(draft, dropped);
    const data = {...draft.data};
    if (Array.isArray(data.channels)) {
      const channels = kept.map((index) => (data.channels as unknown[])[index]);
      if (channels.length) data.channels = channels;
      else delete data.channels;
    }
    let text = organizationYaml(data);
    let diffs: FieldDiff[] = [];
    if (check.liveText !== undefined) {
      diffs = mergeForUpdate(
        parseYaml(check.liveText) as Record<string, unknown>,
        data,
        draft.fromSource,
      ).diffs;
      text = diffs.length ? updatedYaml(check.liveText, diffs) : check.liveText;
    }
    const entry = checkDirectoryEntry({
      file: check.file,
      text,
      kind: 'organization',
      siteDir: check.contentRoot,
      now: check.now,
    });
    // The same phone-country rule as npm run validate (it also judges a channel's international reason).
    const country =
      check.cityCountry && entry.locate
        ? checkPhoneCountry(
            {file: check.file, data: entry.data, locate: entry.locate},
            check.cityCountry,
          )
        : [];
    const found = [...entry.problems, ...country];
    // Problems are reported against the draft's own channel numbers, before any was left out.
    const renumbered = found.map((problem): Problem => {
      const at = channelOf(problem.field);
      return at === -1
        ? problem
        : {...problem, field: problem.field.replace(CHANNEL, `channels[${kept[at] ?? at}]`)};
    });
    const pre = check.channelProblems.filter(
      (problem) => !dropped.includes(channelOf(problem.field)),
    );
    // A number the import could not read is explained once, by the import's own message.
    const unreadable = new Set(
      pre.filter((problem) => problem.rule === 'phone-unreadable').map((problem) => problem.field),
    );
    // A number abroad is explained once too, by the import's message (which names what decided the country).
    const abroad = new Set(
      pre.filter((problem) => problem.rule === 'phone-country').map((problem) => problem.field),
    );
    const validatorErrors = rowProblems(renumbered, 'error', draft)
      .filter((problem) => !unreadable.has(problem.field))
      .filter((problem) => !(problem.rule === 'phone-country' && abroad.has(problem.field)))
      .map((problem) => withMappingFix(problem, draft));
    const errors = [...pre, ...validatorErrors];
    const channelErrors = errors.filter((problem) => CHANNEL.test(problem.field));
    const failing = [...new Set(channelErrors.map((problem) => channelOf(problem.field)))].filter(
      (index) => !dropped.includes(index),
    );
    if (check.skipInvalidChannels && failing.length && channelErrors.length === errors.length) {
      for (const index of failing) skipped.push(leftOut(draft, index, channelErrors));
      droppedErrors.push(...channelErrors);
      dropped.push(...failing);
      continue;
    }
    const unchanged = check.liveText !== undefined && diffs.length === 0;
    const warnings = rowProblems(renumbered, 'warning', draft);
    if (errors.length)
      return {
        text,
        errors: [...droppedErrors, ...errors],
        warnings,
        skipped: [],
        droppedChannels: dropped,
        diffs,
        unchanged,
      };
    return {text, errors, warnings, skipped, droppedChannels: dropped, diffs, unchanged};
  }
}

/** A channel left out by --skip-invalid-channels, with every reason. */
function leftOut(draft: OrganizationDraft, index: number, channelErrors: RowProblem[]): Skipped {
  const channel = (draft.data.channels as Record<string, unknown>[])[index]!;
  const reasons = channelErrors
    .filter((problem) => channelOf(problem.field) === index)
    .map((problem) => problem.message)
    .join(' ');
  const where = {source: draft.source, row: draft.row, column: draft.columns[`channels[${index}]`]};
  const values = {kind: String(channel.kind), value: String(channel.value), reasons};
  return skippedItem(where, 'skip.channel-left-out', values, {value: String(channel.value)});
}

/** Draft channel numbers of the channels written, in order (those left out removed). */
function keptIndices(draft: OrganizationDraft, dropped: number[]): number[] {
  const count = Array.isArray(draft.data.channels) ? draft.data.channels.length : 0;
  return [...Array(count).keys()].filter((index) => !dropped.includes(index));
}

/** A channel field renumbered to the written file, or null when its channel was left out. */
function writtenField(field: string, kept: number[]): string | null {
  const at = channelOf(field);
  if (at === -1) return field;
  const written = kept.indexOf(at);
  return written === -1 ? null : field.replace(CHANNEL, `channels[${written}]`);
}

/**
 * The draft's changes with the channel numbers of the written file (changes of channels left out removed).
 * @param draft - the row
 * @param dropped - draft numbers of the channels left out
 */
export function writtenChanges(draft: OrganizationDraft, dropped: number[]): Change[] {
  const kept = keptIndices(draft, dropped);
  return draft.changes.flatMap((change) => {
    const field = writtenField(change.field, kept);
    return field === null ? [] : [{...change, field}];
  });
}

/**
 * The draft's provenance with the channel numbers of the written file.
 * @param draft - the row
 * @param dropped - draft numbers of the channels left out
 */
export function writtenProvenance(
  draft: OrganizationDraft,
  dropped: number[],
): Record<string, Where> {
  const kept = keptIndices(draft, dropped);
  const out: Record<string, Where> = {};
  for (const [field, where] of Object.entries(draft.provenance)) {
    const written = writtenField(field, kept);
    if (written !== null) out[written] = where;
  }
  return out;
}

/** The source column of a field: the longest mapped prefix. */
function columnOf(field: string, columns: Record<string, string>): string | undefined {
  const prefixes = Object.keys(columns).filter(
    (key) => field === key || field.startsWith(`${key}.`) || field.startsWith(`${key}[`),
  );
  const prefix = prefixes.sort((a, b) => b.length - a.length)[0];
  return prefix ? columns[prefix] || undefined : undefined;
}

/**
 * The validator's problems of one severity as row problems, with the row and column they come from
 * (warnings such as "stale" never refuse a row).
 * @param problems - the validator's problems
 * @param severity - error or warning
 * @param where - the row (its columns name the source column of each field)
 */
export function rowProblems(
  problems: Problem[],
  severity: Problem['severity'],
  where: {source: string; row: number; columns?: Record<string, string>},
): RowProblem[] {
  return problems
    .filter((problem) => problem.severity === severity)
    .map((problem) => ({
      source: where.source,
      row: where.row,
      column: columnOf(problem.field, where.columns ?? {}),
      field: problem.field,
      rule: problem.rule,
      message: problem.message,
      fix: problem.fix,
      ...(problem.code ? {code: problem.code, values: problem.values ?? {}} : {}),
    }));
}
