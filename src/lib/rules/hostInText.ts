import {normalizeText} from './normalizeText';
import {findUrlCandidates} from './urlCandidates';
import {parseUrl} from './urlParsing';
import {describeHost, quoteUrl} from './webAddress';

/**
 * The one check of a text that names a site (a link's text, a channel's label) against the site it belongs
 * to (attack findings F10 and, in review 2, A7): readers trust the address they see, so text that shows
 * `minneapolismn.gov` beside a link to another host sends them to a fake page.
 *
 * The text is read normalised (normalizeText.ts: no invisible characters, NFKC, so full-width letters,
 * the full-width full stop and the full-width solidus read as ASCII), and then the dots and slashes a reader
 * takes for an address's punctuation are read as such too: the ideographic full stop `。` (U+3002; NFKC
 * maps the half-width ｡ U+FF61 to it), which browsers also accept as a dot in a host name (UTS #46), and
 * the fraction and division slashes and the big solidus (U+2044, U+2215, U+29F8).
 */
const ADDRESS_PUNCTUATION: Readonly<Record<string, string>> = {
  '\u3002': '.',
  '\uFF61': '.',
  '\uFF0E': '.',
  '\u2044': '/',
  '\u2215': '/',
  '\u29F8': '/',
  '\uFF0F': '/',
};
const ADDRESS_PUNCTUATION_PATTERN = new RegExp(
  `[${Object.keys(ADDRESS_PUNCTUATION).join('')}]`,
  'g',
);

/** A site a text shows: the address as written (normalised) and its host. */
export type HostInText = {text: string; host: string};

/**
 * The sites (web addresses or bare host names) a text shows, as a reader reads them.
 * @param text - any short text: a link's text, a label
 * @returns each address or host name found, with its host (lowercase, no trailing dot), in order
 */
export function hostsInText(text: string): HostInText[] {
  const read = normalizeText(text).text.replace(
    ADDRESS_PUNCTUATION_PATTERN,
    (char) => ADDRESS_PUNCTUATION[char]!,
  );
  if (!/[./:]/.test(read)) return [];
  return findUrlCandidates(read).flatMap((candidate) => {
    const host = hostOf(candidate.url);
    return host ? [{text: candidate.text, host}] : [];
  });
}

/**
 * Whether a text shows an address (a URL or a host name) of another host than the one given.
 * A host and its subdomains count as the same (`ilrc.org` for `https://www.ilrc.org/…`).
 * @param text - the text as shown (a link's text, a channel's label)
 * @param url - where the link or channel leads (only absolute http(s) addresses are compared)
 * @returns what the text shows (quoted) and the host the link leads to, or null when they agree
 */
export function deceptiveLinkText(text: string, url: string): {text: string; host: string} | null {
  const target = hostOf(url);
  if (!target) return null;
  const shown = hostsInText(text).find((found) => !sameSite(found.host, target));
  return shown ? {text: `"${quoteUrl(shown.text)}"`, host: describeHost(target)} : null;
}

/** The host of an http(s) address, lowercase and without a trailing dot, or null. */
export function hostOf(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed && /^https?:$/.test(parsed.protocol) && parsed.hostname
    ? parsed.hostname.replace(/\.$/, '')
    : null;
}

/** Whether two hosts are one site: equal, or one a subdomain of the other (www.ilrc.org and ilrc.org). */
export function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
