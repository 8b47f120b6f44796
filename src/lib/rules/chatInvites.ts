import {normalizeText} from './normalizeText';
import {findUrlCandidates} from './urlCandidates';

/**
 * Safety rule 4 (DESIGN.md): no chat invite links. An invite link published
 * on a public site lets anyone, including infiltrators, join an alert channel.
 *
 * The text is read normalised (normalizeText.ts: no invisible characters,
 * NFKC), and every address in it is also read after WHATWG URL
 * normalisation (`new URL`), which undoes the usual disguises:
 * percent-encoded or full-width host names, backslashes, a trailing dot, an
 * encoded `+`. Redirect and tracking links are followed into their
 * parameters. Every pattern is a fixed host or scheme after a word boundary,
 * so the whole check runs in time linear in the text's length.
 */
// Each pattern is a fixed host or scheme that does not continue a word (a one-character look-behind).
const B = '(?<![a-z0-9-])';
const SCHEME = '(?<![a-z0-9+.-])';
const CHAT_INVITE_PATTERNS: {service: string; pattern: RegExp; global: RegExp}[] = [
  [
    'WhatsApp',
    `${B}(chat\\.whatsapp\\.com\\b|wa\\.me\\/|wa\\.link\\/|whatsapp\\.com\\/(send|accept)\\b|whatsapp\\.com\\/channel\\/)`
      + `|${SCHEME}whatsapp:`,
  ],
  // Group links, contact links (signal.me/#p/…, /#eu/…) and the app's own sgnl: scheme in every form.
  ['Signal', `${B}signal\\.(group|me)\\b|${SCHEME}sgnl:`],
  // Joins, chat-folder links (t.me/addlist/…) and any tg: link (tg://join, tg://resolve?…&invite…).
  ['Telegram', `${B}(t\\.me|telegram\\.me|telegram\\.dog)\\/(\\+|joinchat|addlist)|${SCHEME}tg:(?=[/a-z])`],
  ['Discord', `${B}(discord\\.gg|dsc\\.gg|discord(app)?\\.com\\/invite)\\b`],
  ['Slack', `${B}join\\.slack\\.com\\b|\\.slack\\.com\\/(join|shared_invite)`],
  // matrix.to links, matrix: URIs, and room links of Element web (app.element.io or an organisation's own instance).
  ['Matrix', `${B}matrix\\.to\\/#\\/|${SCHEME}matrix:(?=[a-z])|\\/#\\/room\\/([#!]|%2[13])`],
  ['GroupMe', `${B}groupme\\.com\\/join_group\\b`],
  ['LINE', `${B}line\\.me\\/(R\\/ti\\/g|ti\\/g)\\b`],
  ['Viber', `${B}invite\\.viber\\.com\\b`],
].map(([service, source]) => ({service: service!, pattern: new RegExp(source!, 'i'), global: new RegExp(source!, 'gi')}));

/** An invite link found in a text. */
export type ChatInviteHit = {
  /** The chat service, e.g. `WhatsApp`. */
  service: string;
  /** Offset in the text as given (UTF-16 code units) where the link starts. */
  offset: number;
  /** Offset in the text as given just after the link (or after the part that gave it away). */
  end: number;
};

/** How many redirect parameters deep an address is followed. */
const REDIRECT_DEPTH = 2;

/**
 * Finds the chat service whose invite link appears in a text or URL.
 * @param text - any prose or URL
 * @returns the service name (e.g. `WhatsApp`) or null
 */
export function findChatInvite(text: string): string | null {
  return findChatInvites(text, 1)[0]?.service ?? null;
}

/**
 * Finds the chat invite links in a text or URL, with their place.
 * @param text - any prose or URL
 * @param limit - stop after this many (default: all)
 * @returns the invites found, in order of appearance, one per link
 */
export function findChatInvites(text: string, limit = Number.POSITIVE_INFINITY): ChatInviteHit[] {
  const normalized = normalizeText(text);
  const found: {service: string; start: number; end: number}[] = [];
  for (const {service, global} of CHAT_INVITE_PATTERNS) {
    for (const match of normalized.text.matchAll(global)) {
      found.push({service, start: match.index, end: match.index + match[0].length});
    }
  }
  for (const candidate of findUrlCandidates(normalized.text)) {
    const service = inviteBehind(candidate.url, 0);
    if (service) found.push({service, start: candidate.index, end: candidate.index + candidate.text.length});
  }
  // One hit per link: a pattern inside an address and the address itself overlap; keep the one that starts first.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: ChatInviteHit[] = [];
  let covered = -1;
  for (const {service, start, end} of found) {
    if (start < covered) continue;
    if (hits.length >= limit) break;
    hits.push({service, offset: normalized.originalStart(start), end: normalized.originalEnd(end)});
    covered = end;
  }
  return hits;
}

/**
 * The service of an invite hidden in an address once it is normalised by
 * the URL parser, or in the parameters of a redirect link
 * (l.facebook.com/l.php?u=…, google.com/url?q=…).
 */
function inviteBehind(address: string, depth: number): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/\.$/, '');
  const form = `${url.protocol}//${host}${decodeSafely(url.pathname)}${url.search}${decodeSafely(url.hash)}`;
  for (const {service, pattern} of CHAT_INVITE_PATTERNS) if (pattern.test(form)) return service;
  if (depth >= REDIRECT_DEPTH) return null;
  for (const value of url.searchParams.values()) {
    if (!/[./:]/.test(value)) continue;
    const normalized = normalizeText(value).text;
    for (const {service, pattern} of CHAT_INVITE_PATTERNS) if (pattern.test(normalized)) return service;
    for (const candidate of findUrlCandidates(normalized)) {
      const service = inviteBehind(candidate.url, depth + 1);
      if (service) return service;
    }
  }
  return null;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The fix shown whenever a chat invite link is refused. */
export const CHAT_INVITE_FIX =
  'Remove the invite link. Describe how people can ask to join (e.g. through the organisation\'s need-help or volunteer channel) so that a person vets each new member.';
