/**
 * Safety rule 4 (DESIGN.md): no chat invite links. An invite link published
 * on a public site lets anyone, including infiltrators, join an alert channel.
 *
 * URLs are compared after WHATWG URL normalisation (`new URL`), which undoes
 * the usual disguises: percent-encoded or full-width host names, soft
 * hyphens, backslashes, a trailing dot, an encoded `+`.
 */
const CHAT_INVITE_PATTERNS: {service: string; pattern: RegExp}[] = [
  {service: 'WhatsApp', pattern: /(^|[^a-z0-9-])(chat\.whatsapp\.com\b|wa\.me\/|wa\.link\/|api\.whatsapp\.com\/send\b|whatsapp\.com\/channel\/)/i},
  {service: 'Signal', pattern: /(^|[^a-z0-9-])signal\.(group|me)\b|sgnl:\/\//i},
  {service: 'Telegram', pattern: /(^|[^a-z0-9-])(t\.me|telegram\.me|telegram\.dog)\/(\+|joinchat)|tg:\/\/join/i},
  {service: 'Discord', pattern: /(^|[^a-z0-9-])(discord\.gg|dsc\.gg|discord(app)?\.com\/invite)\b/i},
  {service: 'Slack', pattern: /(^|[^a-z0-9-])join\.slack\.com\b|\.slack\.com\/(join|shared_invite)/i},
  {service: 'Matrix', pattern: /(^|[^a-z0-9-])matrix\.to\/#\//i},
  {service: 'GroupMe', pattern: /(^|[^a-z0-9-])groupme\.com\/join_group\b/i},
  {service: 'LINE', pattern: /(^|[^a-z0-9-])line\.me\/(R\/ti\/g|ti\/g)\b/i},
  {service: 'Viber', pattern: /(^|[^a-z0-9-])invite\.viber\.com\b/i},
];

// Characters that hide inside host names and disappear on normalisation.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The forms of a text or URL worth testing: as written, without invisible
 * characters, and, for anything that parses as a URL, its normalised host
 * and decoded path.
 */
function variants(text: string, depth = 0): string[] {
  const cleaned = text.replace(INVISIBLE, '').normalize('NFKC');
  const out = [text, cleaned];
  for (const candidate of cleaned.match(/(?:https?:|sgnl:|tg:)?\/\/[^\s<>"')\]]+|\b[^\s<>"')\]/]+\.[^\s<>"')\]/]+\/[^\s<>"')\]]*/gi) ?? []) {
    try {
      const url = new URL(/^[a-z]+:/i.test(candidate) ? candidate : `https://${candidate.replace(/^\/\//, '')}`);
      let path = url.pathname;
      try {
        path = decodeURIComponent(path);
      } catch {
        // keep the encoded path
      }
      out.push(`${url.hostname.replace(/\.$/, '')}${path}${url.search}${url.hash}`);
      // Redirect and tracking links carry the real address in a parameter (l.facebook.com/l.php?u=…, google.com/url?q=…).
      if (depth < 2) for (const value of url.searchParams.values()) if (/[./]/.test(value)) out.push(...variants(value, depth + 1));
    } catch {
      // not a URL
    }
  }
  return out;
}

/**
 * Finds the chat service whose invite link appears in a text or URL.
 * @param text - any prose or URL
 * @returns the service name (e.g. `WhatsApp`) or null
 */
export function findChatInvite(text: string): string | null {
  const forms = variants(text);
  for (const {service, pattern} of CHAT_INVITE_PATTERNS) if (forms.some((form) => pattern.test(form))) return service;
  return null;
}

/** The fix shown whenever a chat invite link is refused. */
export const CHAT_INVITE_FIX =
  'Remove the invite link. Describe how people can ask to join (e.g. through the organisation\'s need-help or volunteer channel) so that a person vets each new member.';
