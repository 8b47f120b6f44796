import {LinkifyIt} from 'linkify-it';

/**
 * Finds the web addresses in a text, for the rules that judge addresses
 * (chat invites, link shorteners, user names before a host, look-alike
 * hosts). Runs in time linear in the text's length.
 *
 * Two finders, because each misses what the other sees:
 * - linkify-it (the link finder of markdown-it) finds `https://…`, `//…` and
 *   addresses without a scheme such as `bit.ly/x` (a known top-level domain is
 *   required there, so version numbers and file names are not addresses);
 * - any `scheme://…` run of characters up to a space or quote, which is how
 *   a browser would read it, even when linkify-it stops early (a host written
 *   with percent escapes such as `chat%2Ewhatsapp%2Ecom`).
 *
 * linkify-it is not linear on a long run of characters without a space:
 * each scheme in the run (`u=https://a.com/?` repeated) is read to the run's
 * end, so 100 KB of it took 7 s (attack finding F5). In a text holding a run
 * longer than {@link LINKIFY_WINDOW}, linkify-it therefore reads pieces: the
 * text is cut before each scheme, and a piece still longer than a window is
 * read in overlapping windows of that length: each window answers for the
 * addresses that start in its first half and sees at least half a window of
 * each, more than the longest host name (253 characters), so every host is
 * read whole. The scheme runs are still read over the whole text, whatever
 * their length.
 */

/** An address found in a text. */
export type UrlCandidate = {
  /** Offset of the address in the text (UTF-16 code units). */
  index: number;
  /** The address as written. */
  text: string;
  /** The address with a scheme (`https://` added to an address written without one). */
  url: string;
};

// Top-level domains of link shorteners and chat services that linkify-it's default list lacks.
const EXTRA_TOP_LEVEL_DOMAINS = ['app', 'dog', 'gle', 'group', 'link', 'page', 'to'];
const linkify = new LinkifyIt({fuzzyLink: true, fuzzyEmail: false, urlAuth: true}).tlds(
  EXTRA_TOP_LEVEL_DOMAINS,
  true,
);
// A scheme of up to 32 characters that does not continue a word, `://`, and everything up to a space, quote or bracket.
const SCHEME_RUN = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/[^\s<>"'`]+/gi;

/**
 * Lists the addresses in a text.
 * @param text - any text (normalise it first, see normalizeText.ts)
 * @returns each address once, in order of appearance
 */
export function findUrlCandidates(text: string): UrlCandidate[] {
  if (!text.includes('.') && !text.includes(':')) return [];
  // The invite, web-address and phone rules read the same text one after the other, and the invite rule reads the
  // addresses inside an address's parameters in between: remember the last few texts.
  const known = recent.get(text);
  if (known) return known;
  const candidates = findAll(text);
  if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
  recent.set(text, candidates);
  return candidates;
}

/** Texts whose addresses are remembered (the oldest is forgotten first). */
const RECENT_TEXTS = 8;
const recent = new Map<string, UrlCandidate[]>();

/**
 * Forgets the remembered texts. For timing: a second run on a remembered text costs nothing, so a benchmark that
 * runs a rule twice would compare a remembered small input with a large one that no longer fits in memory.
 */
export function forgetRecentUrlCandidates(): void {
  recent.clear();
}

/** Characters linkify-it reads at once when the text holds a run that long without a space. */
export const LINKIFY_WINDOW = 512;
/** Characters before a window that linkify-it also sees, so it knows whether an address may start there. */
const LEFT_CONTEXT = 64;

function findAll(text: string): UrlCandidate[] {
  const found = new Map<string, UrlCandidate>();
  for (const match of linkifyMatches(text)) {
    const url =
      match.schema === ''
        ? `https://${match.raw}`
        : match.schema === '//'
          ? `https:${match.raw}`
          : match.raw;
    found.set(`${match.index} ${match.raw}`, {index: match.index, text: match.raw, url});
  }
  const runs = new Map<number, string>();
  for (const match of text.matchAll(SCHEME_RUN)) {
    found.set(`${match.index} ${match[0]}`, {index: match.index, text: match[0], url: match[0]});
    runs.set(match.index, match[0]);
  }
  // A window's reading of a long address is the start of the scheme run found at the same place: keep the run only.
  const candidates = [...found.values()].filter((candidate) => {
    const run = runs.get(candidate.index);
    return (
      run === undefined ||
      run === candidate.text ||
      candidate.text.length < LINKIFY_WINDOW ||
      !run.startsWith(candidate.text)
    );
  });
  return candidates.sort((a, b) => a.index - b.index);
}

type LinkifyMatch = {index: number; raw: string; schema: string};

/** Where an address with a scheme, or a protocol-relative one, may start: where linkify-it reads to the run's end. */
const ADDRESS_START = /[a-z][a-z0-9+.-]{0,31}:\/\/|\/\//gi;

/**
 * linkify-it's matches in the text. A text holding a long run without spaces
 * is cut before each `scheme://` and `//` (each piece is read from its start,
 * so an address inside another one's query is found as well: stricter, and
 * the whole address is still found by SCHEME_RUN), and a piece still longer
 * than a window is read in windows (see above).
 */
function linkifyMatches(text: string): LinkifyMatch[] {
  if (!hasLongRun(text, LINKIFY_WINDOW)) return linkify.match(text) ?? [];
  const matches: LinkifyMatch[] = [];
  let from = 0;
  for (const start of text.matchAll(ADDRESS_START)) {
    if (start.index > from) matches.push(...windowMatches(text, from, start.index));
    from = start.index;
  }
  matches.push(...windowMatches(text, from, text.length));
  return matches;
}

/** linkify-it's matches in text[from, to), read in overlapping windows when longer than one. */
function windowMatches(text: string, from: number, to: number): LinkifyMatch[] {
  const offset = (match: {index: number; raw: string; schema: string}, base: number) => ({
    index: base + match.index,
    raw: match.raw,
    schema: match.schema,
  });
  if (to - from <= LINKIFY_WINDOW)
    return (linkify.match(text.slice(from, to)) ?? []).map((match) => offset(match, from));
  const half = LINKIFY_WINDOW / 2;
  const matches: LinkifyMatch[] = [];
  let coveredUntil = from;
  for (let start = from; start < to; start += half) {
    const pieceStart = Math.max(from, start - LEFT_CONTEXT);
    const last = start + LINKIFY_WINDOW >= to;
    for (const match of linkify.match(
      text.slice(pieceStart, Math.min(to, start + LINKIFY_WINDOW)),
    ) ?? []) {
      const index = pieceStart + match.index;
      // Each window answers for the addresses starting in its first half (the last one: to the end).
      if (index < start || (!last && index >= start + half) || index < coveredUntil) continue;
      matches.push({index, raw: match.raw, schema: match.schema});
      coveredUntil = index + match.raw.length;
    }
    if (last) break;
  }
  return matches;
}

/** Whether the text holds more than `length` characters in a row without a space or line break. */
function hasLongRun(text: string, length: number): boolean {
  let run = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    run = code === 32 || code === 10 || code === 9 || code === 13 ? 0 : run + 1;
    if (run > length) return true;
  }
  return false;
}
