import {parsePhoneNumberFromString} from 'libphonenumber-js/max';
import {formatField, makeProblem, type Problem} from '../problems';
import {confusableSkeleton} from '../rules/confusableSkeleton';
import {checkedEntries} from '../siteFiles/entities';
import type {Check} from './check';

/**
 * A directory entry that duplicates another: the same organisation under a second file name, or a
 * second entry that takes over another's contact. Either way the people who maintain the existing
 * entry must see it: a new file with the same name (or website, e-mail or number) and a different
 * hotline is a way to replace a listed hotline without touching the file its maintainers review.
 *
 * Two entries are duplicates when they share:
 * - a name (or alternative name), normalised: NFKC, case-folded, accents and every character that is
 *   not a letter or digit removed ("Northside Rapid-Response" = "northside rapid response"), within
 *   one city (chapters of one network in different cities may share a name), and compared on its
 *   confusable skeleton (UTS #39, rules/confusableSkeleton.ts) so that look-alike letters do not make
 *   another name: `Rаpid` with a Cyrillic а, `sampIe` with a capital I (nameKeys);
 * - a contact value, in any city: a web address by host and path (no `www.`, scheme, query, fragment
 *   or trailing slash, case-folded), an e-mail address (case-folded), a phone number (E.164 as
 *   libphonenumber reads it), a Signal username (case-folded).
 *
 * Pure: used by `loadCoalition` (a warning on each file, so `npm run validate` shows it), the
 * issue-to-pull-request bot and the pull-request report (which ask the existing entry's maintainers).
 */

/** Rule id of the warning. */
export const DUPLICATE_ENTRY_RULE = 'duplicate-entry' as const;

/** What two entries share. */
export type IdentityKind = 'name' | 'website' | 'email' | 'phone' | 'signal';

/** One value that identifies an entry. */
export type IdentityKey = {
  kind: IdentityKind;
  /** The normalised value compared (prefixed by the city for names). */
  key: string;
  /** The value as written, for messages. */
  shown: string;
  /** Where it is in the file, e.g. `['channels', 2, 'value']`. */
  path: (string | number)[];
};

/** An organisation file as read (any shape: the schema may have refused it). */
export type IdentityEntry = {
  /** Path relative to the site root, e.g. `directory/chicago/x.yml`. */
  file: string;
  /** City folder. */
  city: string;
  /** The parsed YAML. */
  data: unknown;
};

/** An existing entry that a given entry duplicates, and what they share. */
export type DuplicateMatch = {
  file: string;
  name?: string;
  /** The existing entry's `maintainers` as written (any shape). */
  maintainers?: unknown;
  shared: {kind: IdentityKind; shown: string; path: (string | number)[]}[];
};

const PHONE_KINDS = new Set(['hotline', 'phone']);
const URL_KINDS = new Set(['website', 'form']);

/**
 * A name as compared: NFKC, lower case, no accents, letters and digits only.
 * @param name - a name as written
 * @returns the compared form; empty when the name has no letter or digit
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The forms a name is compared in (attack review 2, A6). The skeleton maps a capital I to l but leaves a
 * small i, so case folding and the skeleton do not commute: the skeleton of the name as written finds
 * `sampIe` = `sample`, the skeleton of the case-folded name finds `ImmIgrаnt` = `immigrant`. Each form
 * is compared only with the same form of other names (the prefix keeps them apart).
 * @param name - a name as written
 * @returns the compared forms, none when the name has no letter or digit
 */
export function nameKeys(name: string): string[] {
  const text = name.normalize('NFKC');
  const forms = [
    normaliseName(text),
    `skeleton:${normaliseName(confusableSkeleton(text))}`,
    `folded-skeleton:${normaliseName(confusableSkeleton(text.toLowerCase()))}`,
  ];
  return forms[0] ? [...new Set(forms)] : [];
}

/**
 * A web address as compared: host (IDNA, as WHATWG URL reads it) without `www.` and path without a
 * trailing slash, lower case; scheme, user info, port, query and fragment ignored.
 * @returns undefined when the value is not a URL
 */
function webKey(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (!url.hostname) return undefined;
  const host = url.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  let pathname = url.pathname;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is compared as written.
  }
  return `${host}${pathname.replace(/\/+$/, '')}`.toLowerCase();
}

function phoneKey(value: string): string {
  const parsed = parsePhoneNumberFromString(value.trim());
  return parsed ? parsed.number : value.replace(/[^\d+]/g, '');
}

/**
 * The values that identify an organisation: its names (prefixed by its city) and its contact values.
 * @param entry - the file, city and parsed data (any shape)
 * @returns one key per value; duplicates within the entry are kept (each has its own place)
 */
export function identityKeys(entry: IdentityEntry): IdentityKey[] {
  const keys: IdentityKey[] = [];
  const data = entry.data as {name?: unknown; alt_names?: unknown; channels?: unknown} | null;
  if (!data || typeof data !== 'object') return keys;
  const addName = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'string') return;
    for (const normal of nameKeys(value))
      keys.push({kind: 'name', key: `${entry.city}/${normal}`, shown: value, path});
  };
  addName(data.name, ['name']);
  if (Array.isArray(data.alt_names))
    data.alt_names.forEach((alt, index) => addName(alt, ['alt_names', index]));
  if (!Array.isArray(data.channels)) return keys;
  data.channels.forEach((channel: unknown, index) => {
    if (!channel || typeof channel !== 'object') return;
    const {kind, value} = channel as {kind?: unknown; value?: unknown};
    if (typeof value !== 'string' || !value.trim()) return;
    const path = ['channels', index, 'value'];
    const text = value.normalize('NFKC').trim();
    if ((typeof kind === 'string' && PHONE_KINDS.has(kind)) || /^\+\d/.test(text)) {
      keys.push({kind: 'phone', key: phoneKey(text), shown: value, path});
    } else if (
      kind === 'email' ||
      (/^[^@\s/]+@[^@\s/]+$/.test(text) && !URL_KINDS.has(String(kind)))
    ) {
      keys.push({
        kind: 'email',
        key: text.toLowerCase().replace(/^mailto:/, ''),
        shown: value,
        path,
      });
    } else if (kind === 'signal-username') {
      keys.push({kind: 'signal', key: text.toLowerCase().replace(/^@/, ''), shown: value, path});
    } else {
      const web = webKey(text);
      if (web) keys.push({kind: 'website', key: web, shown: value, path});
    }
  });
  return keys;
}

/** Each kind of shared value in words, for messages. */
export const IDENTITY_KIND_WORDS: Readonly<Record<IdentityKind, string>> = {
  name: 'the name',
  website: 'the web address',
  email: 'the e-mail address',
  phone: 'the phone number',
  signal: 'the Signal username',
};

/**
 * The existing entries a given entry duplicates.
 * @param entry - the new or changed entry
 * @param existing - the entries to compare with (the entry's own file, and `ignore`, are skipped)
 * @param options.previous - the entry's previous version: values it already had are not reported
 *   (an entry that always shared a value with another is not a new duplicate)
 * @param options.ignore - files that are not compared (a renamed entry's old path)
 * @returns one match per existing file, in the order given, with every shared value
 */
export function findDuplicates(
  entry: IdentityEntry,
  existing: readonly IdentityEntry[],
  options: {previous?: IdentityEntry; ignore?: readonly string[]} = {},
): DuplicateMatch[] {
  const old = new Set(
    options.previous ? identityKeys(options.previous).map((key) => `${key.kind}:${key.key}`) : [],
  );
  const mine = identityKeys(entry).filter((key) => !old.has(`${key.kind}:${key.key}`));
  if (mine.length === 0) return [];
  const skip = new Set([entry.file, ...(options.ignore ?? [])]);
  const matches: DuplicateMatch[] = [];
  for (const other of existing) {
    if (skip.has(other.file)) continue;
    const theirs = new Set(identityKeys(other).map((key) => `${key.kind}:${key.key}`));
    const shared = uniqueByPlace(mine.filter((key) => theirs.has(`${key.kind}:${key.key}`))).map(
      ({kind, shown, path}) => ({kind, shown, path}),
    );
    if (shared.length === 0) continue;
    const data = other.data as {name?: unknown; maintainers?: unknown} | null;
    matches.push({
      file: other.file,
      ...(typeof data?.name === 'string' ? {name: data.name} : {}),
      maintainers: data?.maintainers,
      shared,
    });
  }
  return matches;
}

/**
 * What a duplicate shares, in words, e.g. `the name "Northside Rapid Response" and the phone number "+16125550142"`.
 * @param shared - from {@link findDuplicates}
 */
export function sharedText(shared: DuplicateMatch['shared']): string {
  const parts = shared
    .slice(0, 4)
    .map((item) => `${IDENTITY_KIND_WORDS[item.kind]} "${item.shown}"`);
  const more = shared.length > 4 ? ` and ${shared.length - 4} more` : '';
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}${more}`
    : `${parts[0]}${more}`;
}

/**
 * Warns on every organisation that shares a normalised name (same city) or a contact value (any
 * city) with another. Each file gets its own warning, so a run on only the new file shows it.
 * Linear in the number of values: entries are grouped by key, not compared pairwise.
 * @param entries - every organisation, with a way to find a field's line and column
 * @returns warnings `duplicate-entry`, at the first shared field
 */
export function checkDuplicateEntries(
  entries: readonly (IdentityEntry & {
    locate?: (path: readonly PropertyKey[]) => {line: number; column: number};
  })[],
): Problem[] {
  const byKey = new Map<string, number[]>();
  const keysOf = entries.map((entry, index) => {
    const keys = identityKeys(entry);
    for (const key of new Set(keys.map((item) => `${item.kind}:${item.key}`))) {
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    }
    return keys;
  });
  const problems: Problem[] = [];
  entries.forEach((entry, index) => {
    const others = new Map<number, IdentityKey[]>();
    for (const key of keysOf[index]!) {
      // A value shared by many entries names the first few: each warning lists at most five files anyway.
      for (const other of (byKey.get(`${key.kind}:${key.key}`) ?? []).slice(0, 6)) {
        if (other === index) continue;
        const list = others.get(other) ?? [];
        // One value is named once, however many of its compared forms match (a name has three).
        if (!list.some((item) => item.kind === key.kind && samePath(item.path, key.path)))
          list.push(key);
        others.set(other, list);
      }
    }
    for (const [other, shared] of [...others].slice(0, 5)) {
      const first = shared[0]!;
      const otherFile = entries[other]!.file;
      problems.push(
        makeProblem(
          {file: entry.file, ...(entry.locate?.(first.path) ?? {line: 1, column: 1})},
          formatField(first.path),
          DUPLICATE_ENTRY_RULE,
          {code: 'duplicate-entry.shared', values: {shared: sharedText(shared), other: otherFile}},
          'warning',
        ),
      );
    }
  });
  return problems;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

/** The keys of distinct values: a name matched in several of its forms counts once. */
function uniqueByPlace(keys: IdentityKey[]): IdentityKey[] {
  return keys.filter(
    (key, index) =>
      keys.findIndex((other) => other.kind === key.kind && samePath(other.path, key.path)) ===
      index,
  );
}

/** Every organisation as read (even when its schema failed): the same name in a city, or a shared contact value. */
export const duplicateEntriesCheck: Check<'directory'> = {
  id: 'duplicate-entries',
  reads: ['directory'],
  run: (files) =>
    checkDuplicateEntries(
      checkedEntries(files).flatMap(({file, city, isCity, result: {data, locate}}) =>
        !isCity && data && locate ? [{file, city, data, locate}] : [],
      ),
    ),
};
