import {normalizeText} from './normalizeText';
import {findUrlCandidates} from './urlCandidates';
import {decodeSafely, parseUrl} from './urlParsing';

/**
 * Safety rule 4 (DESIGN.md): no chat invite links. An invite link published
 * on a public site lets anyone, including infiltrators, join an alert channel;
 * a meeting link lets them into the meeting. Covered: WhatsApp, Signal,
 * Telegram, Discord, Slack, Matrix/Element, GroupMe, LINE, Viber, SimpleX,
 * Messenger and Instagram group links, Skype, KakaoTalk open chats, Wire,
 * WeChat groups, Revolt, Guilded, Keybase teams, Google Chat rooms, VK and
 * Zalo chats, Zulip, Gather, Rocket.Chat and Mattermost invites, Facebook
 * groups and Google Groups, and meetings of Jitsi Meet, Whereby, Talky,
 * Zoom (registration links too), Microsoft Teams, Google Meet and Webex.
 * Any other service's invitation is caught by its shape: a path segment
 * `join`, `invite` or `invitation` followed by a token with a digit.
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
    `${B}(chat\\.whatsapp\\.com\\b|invite\\.whatsapp\\.com\\b|wa\\.me\\/|wa\\.link\\/|whatsapp\\.com\\/(send|accept|message)\\b|whatsapp\\.com\\/channel\\/)` +
      `|${SCHEME}whatsapp:`,
  ],
  // Group links, contact links (signal.me/#p/…, /#eu/…) and the app's own sgnl: scheme in every form.
  ['Signal', `${B}signal\\.(group|me)\\b|${SCHEME}sgnl:`],
  // Joins (also t.me//+…, and t.me/s/+…, the web preview of a private channel), chat-folder links
  // (t.me/addlist/…) and any tg: link (tg://join, tg://resolve?…&invite…).
  [
    'Telegram',
    `${B}(t\\.me|tg\\.me|tx\\.me|telegram\\.me|telegram\\.dog)\\/{1,4}(s\\/{1,4})?(\\+|joinchat|addlist)|${SCHEME}tg:(?=[/a-z])`,
  ],
  // Invites, their API form, and the listing sites that hand them out (discord.me, discord.io).
  [
    'Discord',
    `${B}(discord\\.gg|dsc\\.gg|discord\\.(me|io)\\/|discord(app)?\\.com\\/(api\\/(v\\d{1,2}\\/)?)?invites?\\b` +
      `|top\\.gg\\/servers\\/\\d{1,20}\\/join\\b|disboard\\.org\\/server\\/join\\/)`,
  ],
  [
    'Slack',
    `${B}join\\.slack\\.com\\b|\\.slack\\.com\\/join\\b|slack\\.com\\/[^\\s"'<>]{0,80}shared_invite`,
  ],
  // matrix.to links, matrix: URIs, and room links of Element web (app.element.io or an organisation's own instance).
  ['Matrix', `${B}matrix\\.to\\/#\\/|${SCHEME}matrix:(?=[a-z])|\\/#\\/room\\/([#!]|%2[13])`],
  ['GroupMe', `${B}groupme\\.com\\/join_group\\b`],
  ['LINE', `${B}line\\.me\\/(R\\/ti\\/g|ti\\/g)\\b`],
  // Group invites and community links.
  ['Viber', `${B}(invite\\.viber\\.com|chats\\.viber\\.com|vb\\.me)\\b`],
  ['Revolt', `${B}(rvlt\\.gg\\/|revolt\\.chat\\/invite\\/)`],
  ['VK', `${B}vk\\.(me|com)\\/join\\/`],
  ['Zalo', `${B}zalo\\.me\\/g\\/`],
  // Zulip invitations, on zulipchat.com, chat.zulip.org or an own server (the generic /join/ shape below).
  ['Zulip', `${B}(zulipchat\\.com|zulip\\.org)\\/join\\/`],
  ['Gather', `${B}gather\\.town\\/invite\\b`],
  ['Guilded', `${B}guilded\\.gg\\/i\\/`],
  ['Keybase', `${B}keybase\\.io\\/team\\/`],
  ['Google Chat', `${B}chat\\.google\\.com\\/room\\/`],
  ['Rocket.Chat', `${B}rocket\\.chat\\/invite\\b`],
  ['Mattermost', `\\/signup_user_complete\\/?\\?id=`],
  // One-time invitations and contact addresses, on the web and in the app's simplex: scheme.
  // Short links (v6.3+) are a one- or two-letter path and a # token: simplex.chat/g#…, /i#…, /a#…, smp4.simplex.im/a#….
  [
    'SimpleX',
    `${B}simplex\\.(chat|im)\\/((invitation|contact)\\b|[a-z]{1,2}\\/?#)|${SCHEME}simplex:`,
  ],
  ['Messenger', `${B}(m\\.me|messenger\\.com)\\/(j|ch)\\/`],
  ['Instagram', `${B}ig\\.me\\/j\\/`],
  ['Skype', `${B}join\\.skype\\.com\\/`],
  ['KakaoTalk', `${B}open\\.kakao\\.com\\/(o|me)\\/`],
  ['Wire', `${B}wire\\.com\\/conversation-join\\b|${B}wire\\.link\\/`],
  ['WeChat', `${B}weixin\\.qq\\.com\\/g\\/`],
  // Meeting links let anyone who has them into the meeting: a room of Jitsi Meet (meet.jit.si/<room>, 8x8.vc),
  // a Zoom meeting (…zoom.us/j/…, with or without its pwd=), a Teams or Google Meet meeting, a Webex room.
  ['Jitsi Meet', `${B}(meet\\.jit\\.si|8x8\\.vc|jitsi\\.riot\\.im)\\/[^\\s/?#"'<>]`],
  // Rooms of Whereby and Talky: the room name is the whole address.
  ['Whereby', `${B}whereby\\.com\\/[^\\s/?#"'<>]`],
  ['Talky', `${B}talky\\.io\\/[^\\s/?#"'<>]`],
  ['Zoom', `${B}zoom(gov)?\\.us\\/(j|my|w|s|wc\\/join|meeting\\/register|webinar\\/register)\\/`],
  [
    'Microsoft Teams',
    `${B}teams\\.microsoft\\.com\\/(l\\/meetup-join\\b|meet\\/)|${B}teams\\.live\\.com\\/meet\\/`,
  ],
  ['Google Meet', `${B}meet\\.google\\.com\\/([a-z]{3}-[a-z]{4}-[a-z]{3}\\b|lookup\\/)`],
  // Groups whose join requests an infiltrator can send: Facebook groups and Google Groups.
  ['Facebook group', `${B}(facebook|fb)\\.com\\/groups\\/`],
  ['Google Groups', `${B}groups\\.google\\.com\\/`],
  // Any other service's invitation: a path segment join, invite or invitation followed by a token that holds a
  // digit (/join/Ab3dEf…, /invite/x7…): a page such as /join/volunteers has no digit and is not taken for one.
  ['chat', `\\/(join|invite|invitation)\\/[a-z_-]{0,40}\\d[\\w-]{0,40}`],
  ['Webex', `${B}webex\\.com\\/(meet|join)\\/|\\.webex\\.com\\/[a-z0-9]{1,20}\\/j\\.php`],
].map(([service, source]) => ({
  service: service!,
  pattern: new RegExp(source!, 'i'),
  global: new RegExp(source!, 'gi'),
}));

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
    if (service)
      found.push({service, start: candidate.index, end: candidate.index + candidate.text.length});
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
  const url = parseUrl(address);
  if (!url) return null;
  const host = url.hostname.replace(/\.$/, '');
  const form = `${url.protocol}//${host}${decodeSafely(url.pathname)}${url.search}${decodeSafely(url.hash)}`;
  for (const {service, pattern} of CHAT_INVITE_PATTERNS) if (pattern.test(form)) return service;
  if (depth >= REDIRECT_DEPTH) return null;
  for (const value of url.searchParams.values()) {
    if (!/[./:]/.test(value)) continue;
    const normalized = normalizeText(value).text;
    for (const {service, pattern} of CHAT_INVITE_PATTERNS)
      if (pattern.test(normalized)) return service;
    for (const candidate of findUrlCandidates(normalized)) {
      const service = inviteBehind(candidate.url, depth + 1);
      if (service) return service;
    }
  }
  return null;
}
