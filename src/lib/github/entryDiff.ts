import {contactValueText, isPhoneValue} from './contactText';
import {codePath, escapeMarkdown, inlineCode} from './markdown';

/**
 * The field-by-field difference between two versions of a directory entry
 * (an organisation or a city hub), for the people who approve it: every
 * changed field old → new, every contact spelled out in full with its
 * country and line type, channels that are added or removed flagged.
 * Used by the issue-to-pr bot (pull-request body) and the pr-report bot
 * (sticky comment). Both versions are untrusted data: nothing here assumes
 * they passed the schema, and everything shown is inert Markdown.
 */

/** A directory file's fields, as parsed YAML (any shape). */
export type EntryData = Record<string, unknown>;

/** One version of an entry: its data, or why it could not be read. */
export type EntryVersion = {data: EntryData} | {error: string};

/** A channel as compared: its kind, audience and value, and every other field as display text. */
export type ChannelView = {
  position: number;
  kind: string;
  audience: string;
  value: string;
  other: Map<string, string>;
};

/** One difference between two versions. `before`/`after` are absent for an added/removed field or channel. */
export type EntryChange =
  | {type: 'field'; field: string; before?: string; after?: string}
  | {type: 'channel'; before?: ChannelView; after?: ChannelView}
  | {type: 'channel-order'; after: ChannelView[]};

/** A changed directory file with the versions to compare (absent on the side where the file does not exist). */
export type EntryVersions = {
  file: string;
  /** For a rename, the path on the default branch. */
  previousFile?: string;
  before?: EntryVersion;
  after?: EntryVersion;
  /** ISO country of the entry's city on the default branch, to flag a phone number from elsewhere. */
  cityCountry?: string;
};

/** Longest value shown in full; longer values are shown around their first difference. */
const MAX_SHOWN = 240;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) =>
  value === null ||
  ['string', 'number', 'boolean', 'bigint'].includes(typeof value) ||
  value instanceof Date;

function scalarText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value === null) return 'null';
  return String(value);
}

/** A list of scalars on one line; items that contain a comma or bracket are quoted so two lists never read alike. */
function listText(items: unknown[]): string {
  return `[${items
    .map((item) => {
      const text = scalarText(item);
      return /[,[\]"]|^\s|\s$/.test(text) || text === '' ? JSON.stringify(text) : text;
    })
    .join(', ')}]`;
}

function keyPath(prefix: string, key: string): string {
  const part = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
  return prefix ? `${prefix}.${part}` : part;
}

/**
 * Every leaf of a value as `path → text`: maps by key (`coverage.area`), lists of scalars as one
 * field (`types: [legal-aid, health]`), lists of maps by index (`policy.items[0].x`).
 */
function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.every(isScalar)) out.set(prefix, listText(value));
    else value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, out));
  } else if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix) out.set(prefix, '{}');
    for (const key of keys) flatten(value[key], keyPath(prefix, key), out);
  } else {
    out.set(prefix, scalarText(value));
  }
  return out;
}

/** The channels of an entry, when `channels` is a list of maps; undefined otherwise (then compared as plain fields). */
function channelsOf(data: EntryData | undefined): ChannelView[] | undefined {
  const channels = data?.channels;
  if (channels === undefined) return [];
  if (!Array.isArray(channels) || !channels.every(isRecord)) return undefined;
  return channels.map((channel, position) => {
    const {kind, audience, value, ...rest} = channel;
    return {
      position,
      kind: scalarText(kind ?? ''),
      audience: scalarText(audience ?? ''),
      value: scalarText(value ?? '').trim(),
      other: flatten(rest, '', new Map()),
    };
  });
}

/**
 * Pairs the channels of two versions: first the same value (whatever else changed), then the same
 * kind and audience in order; what is left was removed or added.
 */
function pairChannels(before: ChannelView[], after: ChannelView[]): EntryChange[] {
  const pairs: [ChannelView | undefined, ChannelView | undefined][] = [];
  const left = new Set(before);
  const right = new Set(after);
  const match = (same: (a: ChannelView, b: ChannelView) => boolean) => {
    for (const b of after) {
      if (!right.has(b)) continue;
      const a = before.find((candidate) => left.has(candidate) && same(candidate, b));
      if (!a) continue;
      pairs.push([a, b]);
      left.delete(a);
      right.delete(b);
    }
  };
  match((a, b) => a.value === b.value && a.kind === b.kind);
  match((a, b) => a.value === b.value);
  match((a, b) => a.kind === b.kind && a.audience === b.audience);
  for (const a of left) pairs.push([a, undefined]);
  for (const b of right) pairs.push([undefined, b]);
  const changes: EntryChange[] = pairs
    .filter(([a, b]) => !a || !b || !sameChannel(a, b))
    .sort(
      ([a1, b1], [a2, b2]) =>
        (b1?.position ?? 1000 + a1!.position) - (b2?.position ?? 1000 + a2!.position),
    )
    .map(([a, b]) => ({type: 'channel', ...(a ? {before: a} : {}), ...(b ? {after: b} : {})}));
  // The page lists channels in file order: a kept channel that moved is a change too.
  const kept = pairs.filter((pair): pair is [ChannelView, ChannelView] =>
    Boolean(pair[0] && pair[1]),
  );
  const order = (side: 0 | 1) =>
    [...kept].sort((x, y) => x[side].position - y[side].position).map((pair) => pair[0]);
  if (order(0).some((channel, index) => channel !== order(1)[index]))
    changes.push({type: 'channel-order', after});
  return changes;
}

function sameChannel(a: ChannelView, b: ChannelView): boolean {
  if (
    a.kind !== b.kind ||
    a.audience !== b.audience ||
    a.value !== b.value ||
    a.other.size !== b.other.size
  )
    return false;
  return [...a.other].every(([key, value]) => b.other.get(key) === value);
}

/**
 * Compares two versions of an entry.
 * @param before - the version on the default branch, or undefined for a new entry
 * @param after - the proposed version, or undefined for a removed entry
 * @returns every difference: channels first (paired by value, then by kind and audience), then other fields in file order
 */
export function diffEntry(
  before: EntryData | undefined,
  after: EntryData | undefined,
): EntryChange[] {
  const oldChannels = channelsOf(before);
  const newChannels = channelsOf(after);
  const channelsApart = oldChannels !== undefined && newChannels !== undefined;
  const strip = (data: EntryData | undefined) => {
    if (!data || !channelsApart) return data ?? {};
    const {channels: _channels, ...rest} = data;
    return rest;
  };
  const oldFields = flatten(strip(before), '', new Map());
  const newFields = flatten(strip(after), '', new Map());
  const changes: EntryChange[] = [];
  // The name first: it says which entry this is; then the contacts, the reason for this diff.
  const name = {before: oldFields.get('name'), after: newFields.get('name')};
  if (name.before !== name.after) changes.push({type: 'field', field: 'name', ...name});
  oldFields.delete('name');
  newFields.delete('name');
  if (channelsApart) changes.push(...pairChannels(oldChannels, newChannels));
  for (const [field, value] of newFields) {
    const previous = oldFields.get(field);
    if (previous !== value)
      changes.push({
        type: 'field',
        field,
        ...(previous === undefined ? {} : {before: previous}),
        after: value,
      });
  }
  for (const [field, value] of oldFields) {
    if (!newFields.has(field)) changes.push({type: 'field', field, before: value});
  }
  return changes;
}

/**
 * Two long values shown around their first difference, so a change past the cut is never hidden.
 * @returns the shown parts, each as inline code
 */
function shownPair(before: string, after: string): [string, string] {
  if (before.length <= MAX_SHOWN && after.length <= MAX_SHOWN)
    return [inlineCode(before), inlineCode(after)];
  let common = 0;
  while (common < before.length && common < after.length && before[common] === after[common])
    common += 1;
  const start = Math.max(0, common - 60);
  const part = (text: string) => {
    const slice = text.slice(start, start + MAX_SHOWN);
    const note = `${start > 0 ? `from character ${start + 1}, ` : ''}${text.length} characters`;
    return `${start > 0 ? '…' : ''}${inlineCode(slice)}${start + MAX_SHOWN < text.length ? '…' : ''} (${note})`;
  };
  return [part(before), part(after)];
}

function shown(value: string): string {
  return value.length <= MAX_SHOWN
    ? inlineCode(value)
    : `${inlineCode(value.slice(0, MAX_SHOWN))}… (${value.length} characters)`;
}

function channelHead(channel: ChannelView): string {
  return `${escapeMarkdown(channel.kind.slice(0, 40) || '(no kind)')} (${escapeMarkdown(channel.audience.slice(0, 40) || 'no audience')})`;
}

function channelExtras(channel: ChannelView): string {
  return [...channel.other]
    .map(([key, value]) => `; ${escapeMarkdown(key.slice(0, 60))} ${shown(value)}`)
    .join('');
}

function channelLine(
  change: Extract<EntryChange, {type: 'channel'}>,
  cityCountry?: string,
): string {
  const {before, after} = change;
  const value = (channel: ChannelView) =>
    contactValueText(channel.kind, channel.value, cityCountry);
  if (!before)
    return `- ➕ **new channel** ${channelHead(after!)}: ${value(after!)}${channelExtras(after!)}`;
  if (!after)
    return `- ✖ **removed channel** ${channelHead(before)}: ${value(before)}${channelExtras(before)}`;
  const head =
    channelHead(before) === channelHead(after)
      ? channelHead(after)
      : `${channelHead(before)} → ${channelHead(after)}`;
  const contact =
    before.value === after.value
      ? `${head} ${value(after)}`
      : `${head}: ${value(before)} → ${value(after)}`;
  const keys = [...new Set([...after.other.keys(), ...before.other.keys()])];
  const details = keys.flatMap((key) => {
    const [was, now] = [before.other.get(key), after.other.get(key)];
    if (was === now) return [];
    const name = escapeMarkdown(key.slice(0, 60));
    if (was === undefined) return [`${name} added: ${shown(now!)}`];
    if (now === undefined) return [`${name} removed (was ${shown(was)})`];
    const [a, b] = shownPair(was, now);
    return [`${name} ${a} → ${b}`];
  });
  return `- ${contact}${details.length ? `; ${details.join('; ')}` : ''}`;
}

/**
 * One rendered difference: its Markdown list item, and whether it is a contact (never left out of a report
 * without saying so). `urgent` marks the changes a report shows before any other contact: a channel whose
 * value changed or that was removed, a phone channel, the name.
 */
export type EntryDiffLine = {text: string; contact: boolean; urgent?: boolean};

/**
 * Fields that say who or what an entry is, or how to reach it: a change to one of them is always spelled
 * out, however long the report (the channels in any shape, the name, maintainers, status, sample flag,
 * any address-like key). Matched on the flattened path (`channels[0].value`, `policy.source_url`).
 */
const CONTACT_FIELD = new RegExp(
  [
    '^(?:channels|name|maintainers|status|sample|alt_names)(?:[.[]|$)',
    '(?:^|[.\\]])(?:[^.[\\]]*_)?(?:url|website|email|e_?mail|phone|signal|value|label|international)(?:[.[]|$)',
  ].join('|'),
  'i',
);

/**
 * Text that looks like a contact wherever it is: an address sign, a scheme, `www.`, or a run of seven
 * digits (any script) with only spaces and phone punctuation between them. Linear: the separator class
 * excludes digits, so each run is read once.
 */
const CONTACT_TEXT =
  /[@\uFF20]|:\/\/|\bwww\.|\b(?:tel|mailto|sms|sgnl|signal):|(?:\p{Nd}[\s().\-\u2010-\u2015/_~·]*){7}/iu;

/**
 * Whether a changed field is a contact (always shown) rather than bulk detail (which a report may cut).
 * @param field - the flattened path, e.g. `policy.source_url`
 * @param values - its old and new text
 */
export function isContactChange(field: string, ...values: (string | undefined)[]): boolean {
  return (
    CONTACT_FIELD.test(field) ||
    values.some((value) => value !== undefined && CONTACT_TEXT.test(value))
  );
}

/**
 * The changes as Markdown list items, each marked contact or detail. Every channel change is a contact
 * (value, label, international flag, hours: everything the card shows next to the number).
 * @param changes - from {@link diffEntry}
 * @param options.mode - `new` lists every field as it will be; `removed` every field as it was; `changed` old → new
 * @param options.cityCountry - the city's country, to flag a phone number from elsewhere
 * @returns one item per change; every untrusted value is inline code or escaped text
 */
export function renderEntryChangeLines(
  changes: EntryChange[],
  options: {mode: 'new' | 'changed' | 'removed'; cityCountry?: string},
): EntryDiffLine[] {
  const lines: EntryDiffLine[] = [];
  const contact = (text: string, urgent = false) =>
    lines.push({text, contact: true, ...(urgent ? {urgent} : {})});
  for (const change of changes) {
    if (change.type === 'channel') {
      const {before, after} = change;
      const urgent =
        !after ||
        (before !== undefined && before.value !== after.value) ||
        [before, after].some((channel) => channel && isPhoneValue(channel.kind, channel.value));
      if (options.mode === 'changed') {
        contact(channelLine(change, options.cityCountry), urgent);
      } else {
        const channel = (change.after ?? change.before)!;
        const value = contactValueText(channel.kind, channel.value, options.cityCountry);
        contact(
          `- ${options.mode === 'new' ? 'channel' : 'removed channel'} ${channelHead(channel)}: ${value}${channelExtras(channel)}`,
          urgent,
        );
      }
    } else if (change.type === 'channel-order') {
      if (options.mode === 'changed')
        contact(
          `- the channels are now shown in this order: ${change.after.map(channelHead).join(', ')}`,
        );
    } else {
      const field = inlineCode(change.field);
      let text: string;
      if (change.before !== undefined && change.after !== undefined) {
        const [a, b] = shownPair(change.before, change.after);
        text = `- ${field}: ${a} → ${b}`;
      } else if (change.after !== undefined) {
        text =
          options.mode === 'changed'
            ? `- ${field} added: ${shown(change.after)}`
            : `- ${field}: ${shown(change.after)}`;
      } else {
        const was = shown(change.before!);
        text =
          options.mode === 'changed' ? `- ${field} removed (was ${was})` : `- ${field}: ${was}`;
      }
      const isContact = isContactChange(change.field, change.before, change.after);
      lines.push({text, contact: isContact, ...(change.field === 'name' ? {urgent: true} : {})});
    }
  }
  return lines;
}

/**
 * The changes as a Markdown list.
 * @param changes - from {@link diffEntry}
 * @param options - as for {@link renderEntryChangeLines}
 * @returns Markdown lines (list items); every untrusted value is inline code or escaped text
 */
export function renderEntryChanges(
  changes: EntryChange[],
  options: {mode: 'new' | 'changed' | 'removed'; cityCountry?: string},
): string[] {
  return renderEntryChangeLines(changes, options).map((line) => line.text);
}

/** A changed directory file's difference in parts, so a report can cut bulk detail and never a contact. */
export type EntryDiffParts = {
  /** The heading line (file and what happened to it). */
  head: string;
  /** Why a version could not be read or found; non-empty means the fields were not compared. */
  unreadable: string[];
  /** The changes, contact or detail. */
  lines: EntryDiffLine[];
};

/**
 * A changed directory file, field by field, in parts.
 * @param versions - the file, its versions and its city's country
 */
export function entryDiffParts(versions: EntryVersions): EntryDiffParts {
  const {file, previousFile, before, after, cityCountry} = versions;
  const what = !before
    ? 'new'
    : !after
      ? 'removed'
      : previousFile
        ? `moved from ${codePath(previousFile)}`
        : 'changed';
  const head = `**${codePath(file)}** (${what})`;
  const unreadable = (side: string, version: EntryVersion | undefined) =>
    version && 'error' in version
      ? [
          `- ⚠ ${side} could not be read: ${escapeMarkdown(version.error)} Its fields are not compared; look at the file itself.`,
        ]
      : [];
  const problems = [
    ...unreadable('the version on the default branch', before),
    ...unreadable('the proposed version', after),
  ];
  if (!before && !after)
    problems.push('- ⚠ the file was found neither on the default branch nor in the change.');
  if (problems.length) return {head, unreadable: problems, lines: []};
  const oldData = before && 'data' in before ? before.data : undefined;
  const newData = after && 'data' in after ? after.data : undefined;
  const mode = !before ? 'new' : !after ? 'removed' : 'changed';
  return {
    head,
    unreadable: [],
    lines: renderEntryChangeLines(diffEntry(oldData, newData), {mode, cityCountry}),
  };
}

/** Said when two versions differ only in formatting. */
export const NO_FIELD_CHANGED = '- no field changed (only formatting, comments or the file name)';

/**
 * A changed directory file, field by field, as Markdown: a heading line, then the list.
 * @param versions - the file, its versions and its city's country
 * @returns Markdown lines, ending with an empty line
 */
export function entryDiffLines(versions: EntryVersions): string[] {
  const {head, unreadable, lines} = entryDiffParts(versions);
  if (unreadable.length) return [head, '', ...unreadable, ''];
  return [head, '', ...(lines.length ? lines.map((line) => line.text) : [NO_FIELD_CHANGED]), ''];
}
