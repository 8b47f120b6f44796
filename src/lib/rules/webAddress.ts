import {findChatInvite} from './chatInvites';
import {codedFinding, type CodedFinding} from './codedFinding';
import {describeCodePoint} from './hiddenCharacters';
import {hostToUnicode, lookAlikeInHost, mixedScriptsOf} from './hostScripts';
import {isUrlShortener} from './urlShorteners';
import {decodeSafely, parseUrl} from './urlParsing';

/**
 * Web addresses that do not lead where they seem to (issue 13: no
 * contribution path can publish a wrong contact). Applies wherever an
 * address is accepted or written: Markdown links, addresses in text,
 * channel values, a city's policy source, front matter.
 *
 * `checkWebAddress` is the one check of where an address leads; every
 * field that holds an address and every link runs it, so every rule below
 * applies everywhere (attack finding F3):
 * - A chat invite or meeting link (chatInvites.ts), even behind a redirect.
 * - A user name before the host (`https://known.org@other.example/`,
 *   `https://user:pass@host/`): the browser opens the host after the "@".
 * - A host name mixing scripts (hostScripts.ts): a look-alike of another host.
 * - A host name with a character that imitates another (hostScripts.ts
 *   `lookAlikeInHost`): a dotless ı, an IPA ɡ, a small capital, a fraction
 *   slash that makes `known.gov⁄x.evil.example` look like a path of known.gov.
 * - A link shortener (urlShorteners.ts): it hides the destination and can
 *   be repointed after review.
 * - A host that is an IP address (`https://1.2.3.4/`, `https://[::1]/`, and the
 *   spellings the URL parser reads as one: `0x7f.1`, `2130706433`): it names
 *   no organisation, and a reader cannot tell whose machine it is.
 */

/** The rule ids of the web-address checks. */
export type WebAddressRule =
  | 'chat-invite'
  | 'url-user-info'
  | 'url-shortener'
  | 'mixed-script-host'
  | 'look-alike-host'
  | 'ip-address-host';

/** What is wrong with an address: its rule, catalogue code and values, and the English words for the contributor. */
export type WebAddressFlaw = CodedFinding<WebAddressRule>;

/** Longest address quoted in a message; the rest is cut with "…". */
const QUOTED_LENGTH = 120;

/**
 * Shortens an address for a message.
 * @param url - any text
 */
export function quoteUrl(url: string): string {
  return url.length > QUOTED_LENGTH ? `${url.slice(0, QUOTED_LENGTH)}…` : url;
}

/**
 * The host of an address in a stable, unambiguous form: the ASCII host
 * (Punycode for non-ASCII names, as browsers show a suspicious one), with its
 * Unicode form in parentheses when it differs.
 * @param hostname - `new URL(…).hostname`
 */
export function describeHost(hostname: string): string {
  const unicode = hostToUnicode(hostname);
  return unicode === hostname ? quoteUrl(hostname) : `${quoteUrl(hostname)} (${quoteUrl(unicode)})`;
}

/**
 * Checks where an address leads.
 * @param url - an absolute address (any scheme; only addresses with a host are judged)
 * @returns the first flaw found, or null (also for text that is not an address)
 */
export function checkWebAddress(url: string): WebAddressFlaw | null {
  const slash = slashInAuthority(url);
  if (slash) {
    return codedFinding('look-alike-host', 'look-alike-host.sign', {
      url: quoteUrl(url),
      host: quoteUrl(slash.authority),
      codePoint: codePointOf(slash.char),
      char: slash.char,
    });
  }
  const parsed = parseUrl(url);
  const host = parsed?.hostname;
  if (!parsed || !host) return null;
  const shown = quoteUrl(url);
  const invite = findChatInvite(url);
  if (invite)
    return codedFinding('chat-invite', 'chat-invite.address', {url: shown, service: invite});
  if (parsed.username || parsed.password) {
    const userInfo = quoteUrl(
      decodeSafely(parsed.password ? `${parsed.username}:${parsed.password}` : parsed.username),
    );
    return codedFinding('url-user-info', 'url-user-info.found', {
      url: shown,
      host: describeHost(host),
      userInfo,
    });
  }
  const scripts = mixedScriptsOf(host);
  if (scripts) {
    return codedFinding('mixed-script-host', 'mixed-script-host.found', {
      url: shown,
      host: describeHost(host),
      ...scriptNames(scripts),
    });
  }
  const lookAlike = lookAlikeInHost(host);
  if (lookAlike) {
    return codedFinding(
      'look-alike-host',
      lookAlike.kind === 'letter' ? 'look-alike-host.letter' : 'look-alike-host.sign',
      {
        url: shown,
        host: describeHost(host),
        codePoint: codePointOf(lookAlike.char),
        char: lookAlike.char,
      },
    );
  }
  // The WHATWG parser rewrites every IPv4 spelling (hex, octal, one number) as a dotted quad, IPv6 in brackets.
  if (/^\[.*\]$|^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    return codedFinding('ip-address-host', 'ip-address-host.found', {
      url: shown,
      host: quoteUrl(host),
    });
  }
  if (isUrlShortener(host)) {
    return codedFinding('url-shortener', 'url-shortener.found', {url: shown, host});
  }
  return null;
}

/** The code point of a character, e.g. `U+FF0F` (its Unicode name is left out: it is English). */
function codePointOf(char: string): string {
  return describeCodePoint(char.codePointAt(0)!).replace(/ .*/, '');
}

/** The scripts a host name mixes, for a message: all but the last (comma-separated), and the last. */
function scriptNames(scripts: readonly string[]): {scripts: string; last: string} {
  return {scripts: scripts.slice(0, -1).join(', '), last: scripts.at(-1) ?? ''};
}

/**
 * A slash look-alike written in the host part of an address (attack review 2, A7):
 * `https://minneapolismn.gov／hotline.evil.example/` reads as a page of minneapolismn.gov, but a Markdown
 * autolink keeps the full-width solidus (U+FF0F) in its address, which the URL parser then refuses or maps
 * elsewhere. Read on the address as written, before any normalisation folds the sign into a real slash.
 */
function slashInAuthority(url: string): {char: string; authority: string} | null {
  const authority = /^[a-z][a-z0-9+.-]{0,30}:\/\/([^/?#\\]{0,300})/i.exec(url)?.[1];
  const char = authority
    ? /[\uFF0F\uFF3C\u2044\u2215\u29F8\u2571\uFE68]/u.exec(authority)?.[0]
    : undefined;
  return char ? {char, authority: authority!} : null;
}

/** Longest host name DNS allows (RFC 1035: 253 characters, labels of at most 63). */
const HOST_LENGTH = 253;
const LABEL_LENGTH = 63;

/**
 * Checks an address given as a contact or a source (a website or form
 * channel, a city's policy source): an `https:` URL with a real host name,
 * nothing hidden in it, and none of the flaws of `checkWebAddress`.
 * @param value - the address as written
 * @returns what is wrong (the message starts with the quoted address), or null
 */
export function checkHttpsAddress(value: string): CodedFinding<'schema'> | WebAddressFlaw | null {
  const hidden = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u.exec(value);
  if (hidden) {
    return codedFinding('schema', 'schema.address-hidden-character', {
      url: quoteUrl(value),
      character: describeCodePoint(hidden[0].codePointAt(0)!),
    });
  }
  const url = parseUrl(value) ?? new URL('invalid:');
  const labels = url.hostname.split('.');
  const realHost =
    url.hostname.length <= HOST_LENGTH &&
    labels.length > 1 &&
    labels.every((label) => label.length <= LABEL_LENGTH);
  if (url.protocol !== 'https:' || !realHost) {
    return codedFinding('schema', 'schema.address-not-https', {url: quoteUrl(value)});
  }
  return checkWebAddress(value);
}
