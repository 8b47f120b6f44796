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
 * end, so 100 KB of it took 7 s (attack finding F5). A text holding a run
 * longer than {@link LINKIFY_WINDOW} is therefore given to linkify-it in
 * overlapping windows of that length: each window answers for the addresses
 * that start in its first half and sees at least half a window of each, more
 * than the longest host name (253 characters), so every host is read whole.
 * The scheme runs are still read over the whole text, whatever their length.
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
const linkify = new LinkifyIt({fuzzyLink: true, fuzzyEmail: false, urlAuth: true}).tlds(EXTRA_TOP_LEVEL_DOMAINS, true);
// A scheme of up to 32 characters that does not continue a word, `://`, and everything up to a space, quote or bracket.
const SCHEME_RUN = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/[^\s<>"'`]+/gi;

/**
 * Lists the addresses in a text.
 * @param text - any text (normalise it first, see normalizeText.ts)
 * @returns each address once, in order of appearance
 */
export function findUrlCandidates(text: string): UrlCandidate[] {
  if (!text.includes('.') && !text.includes(':')) return [];
  // The invite and web-address rules read the same text one after the other.
  if (last?.text === text) return last.candidates;
  const candidates = findAll(text);
  last = {text, candidates};
  return candidates;
}

let last: {text: string; candidates: UrlCandidate[]} | undefined;

/** Characters linkify-it reads at once when the text holds a run that long without a space. */
export const LINKIFY_WINDOW = 512;
/** Characters before a window that linkify-it also sees, so it knows whether an address may start there. */
const LEFT_CONTEXT = 64;

function findAll(text: string): UrlCandidate[] {
  const found = new Map<string, UrlCandidate>();
  for (const match of linkifyMatches(text)) {
    const url = match.schema === '' ? `https://${match.raw}` : match.schema === '//' ? `https:${match.raw}` : match.raw;
    found.set(`${match.index} ${match.raw}`, {index: match.index, text: match.raw, url});
  }
  for (const match of text.matchAll(SCHEME_RUN)) {
    found.set(`${match.index} ${match[0]}`, {index: match.index, text: match[0], url: match[0]});
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

type LinkifyMatch = {index: number; raw: string; schema: string};

/** linkify-it's matches in the text, in windows when the text holds a long run without spaces (see above). */
function linkifyMatches(text: string): LinkifyMatch[] {
  if (!hasLongRun(text, LINKIFY_WINDOW)) return linkify.match(text) ?? [];
  const half = LINKIFY_WINDOW / 2;
  const matches: LinkifyMatch[] = [];
  let coveredUntil = 0;
  for (let start = 0; start < text.length; start += half) {
    const from = Math.max(0, start - LEFT_CONTEXT);
    const last = start + LINKIFY_WINDOW >= text.length;
    for (const match of linkify.match(text.slice(from, start + LINKIFY_WINDOW)) ?? []) {
      const index = from + match.index;
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
