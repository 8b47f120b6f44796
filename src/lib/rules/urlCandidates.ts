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

function findAll(text: string): UrlCandidate[] {
  const found = new Map<string, UrlCandidate>();
  for (const match of linkify.match(text) ?? []) {
    const url = match.schema === '' ? `https://${match.raw}` : match.schema === '//' ? `https:${match.raw}` : match.raw;
    found.set(`${match.index} ${match.raw}`, {index: match.index, text: match.raw, url});
  }
  for (const match of text.matchAll(SCHEME_RUN)) {
    found.set(`${match.index} ${match[0]}`, {index: match.index, text: match[0], url: match[0]});
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}
