/**
 * Safety rule 4 (DESIGN.md): no chat invite links. An invite link published
 * on a public site lets anyone, including infiltrators, join an alert channel.
 */
const CHAT_INVITE_PATTERNS: {service: string; pattern: RegExp}[] = [
  {service: 'WhatsApp', pattern: /\b(chat\.whatsapp\.com|wa\.me|api\.whatsapp\.com\/send)\b/i},
  {service: 'Signal', pattern: /\bsignal\.(group|me)\b|sgnl:\/\//i},
  {service: 'Telegram', pattern: /\b(t\.me|telegram\.me|telegram\.dog)\/(\+|joinchat)|tg:\/\/join/i},
  {service: 'Discord', pattern: /\b(discord\.gg|discord(app)?\.com\/invite)\b/i},
  {service: 'Slack', pattern: /\bjoin\.slack\.com\b|\.slack\.com\/(join|shared_invite)/i},
];

/**
 * Finds the chat service whose invite link appears in a text or URL.
 * @param text - any prose or URL
 * @returns the service name (e.g. `WhatsApp`) or null
 */
export function findChatInvite(text: string): string | null {
  for (const {service, pattern} of CHAT_INVITE_PATTERNS) if (pattern.test(text)) return service;
  return null;
}

/** The fix shown whenever a chat invite link is refused. */
export const CHAT_INVITE_FIX =
  'Remove the invite link. Describe how people can ask to join (e.g. through the organisation\'s need-help or volunteer channel) so that a person vets each new member.';
