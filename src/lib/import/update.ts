import {isDeepStrictEqual} from 'node:util';
import {parseDocument} from 'yaml';
import {organizationSchema} from '../schema/organization';
import {blockDescriptions} from './toYaml';

/**
 * `--update`: re-importing a corrected sheet into a live tree. An entry
 * that already exists is matched by slug (or HSDS id), only the fields
 * whose value changed are rewritten (comments and the other fields stay as
 * they are), and the difference is spelled out field by field, contact
 * values in full, for the pull request.
 */

/** One changed field of an entry. */
export type FieldDiff = {field: string; before?: unknown; after?: unknown; lines: string[]};

const ORDER = Object.keys(organizationSchema.shape);

/**
 * The fields to write, and their differences.
 * @param existing - the live entry's data
 * @param incoming - the imported entry's data
 * @param fromSource - top-level fields the sheet carries (the others come from the mapping's defaults and fill only fields the live entry lacks)
 * @returns the merged entry and the changed fields (empty when nothing changed)
 */
export function mergeForUpdate(
  existing: Record<string, unknown>,
  incoming: Record<string, unknown>,
  fromSource: Set<string>,
): {merged: Record<string, unknown>; diffs: FieldDiff[]} {
  const merged: Record<string, unknown> = {...existing};
  const diffs: FieldDiff[] = [];
  const keys = [...ORDER, ...Object.keys(incoming).filter((key) => !ORDER.includes(key))];
  for (const key of keys) {
    if (!(key in incoming)) continue;
    // A field the sheet does not carry (the mapping's defaults: verification and consent dates, status, maintainers…)
    // never overwrites the live entry's value.
    if (key in existing && !fromSource.has(key)) continue;
    if (isDeepStrictEqual(existing[key], incoming[key])) continue;
    merged[key] = incoming[key];
    diffs.push({
      field: key,
      before: existing[key],
      after: incoming[key],
      lines: diffLines(key, existing[key], incoming[key]),
    });
  }
  return {merged, diffs};
}

/**
 * The YAML of an updated entry: the live file with only the changed fields replaced.
 * @param text - the live file's text
 * @param diffs - the changed fields
 */
export function updatedYaml(text: string, diffs: FieldDiff[]): string {
  const document = parseDocument(text, {version: '1.2'});
  for (const diff of diffs) document.set(diff.field, document.createNode(diff.after));
  blockDescriptions(document);
  return document.toString({lineWidth: 0});
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A channel in one line, its contact value in full: `hotline (need-help) +16125550142 ext. 204 "Family line" [Mo-Fr 09:00-17:00]`. */
function channelLine(channel: unknown): string {
  const c = (channel ?? {}) as Record<string, unknown>;
  return [
    `${String(c.kind)} (${String(c.audience)})`,
    String(c.value),
    c.extension ? `ext. ${String(c.extension)}` : '',
    c.label ? `"${String(c.label)}"` : '',
    c.hours ? `[${String(c.hours)}]` : '',
    Array.isArray(c.languages) ? `languages ${c.languages.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Lines describing a field's change; channels are compared one by one and spelled out. */
function diffLines(field: string, before: unknown, after: unknown): string[] {
  if (field !== 'channels' || !Array.isArray(before) || !Array.isArray(after)) {
    return [
      `${field}: ${before === undefined ? '(none)' : show(before)} → ${after === undefined ? '(none)' : show(after)}`,
    ];
  }
  const lines: string[] = [];
  const length = Math.max(before.length, after.length);
  for (let index = 0; index < length; index += 1) {
    const old = before[index];
    const now = after[index];
    if (isDeepStrictEqual(old, now)) continue;
    if (old === undefined) lines.push(`channels[${index}] added: ${channelLine(now)}`);
    else if (now === undefined) lines.push(`channels[${index}] removed: ${channelLine(old)}`);
    else lines.push(`channels[${index}] changed: ${channelLine(old)} → ${channelLine(now)}`);
  }
  return lines;
}
