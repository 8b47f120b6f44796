/**
 * Link shorteners: services whose short address forwards to another one.
 * A shortened link hides where it leads from the reviewers, and its owner
 * can point it somewhere else after the review, so contributed content
 * must write the full address instead.
 *
 * No maintained npm package lists them; this is a short list of the
 * general-purpose shorteners in wide use (2025), plus the short domains of
 * large platforms that forward to arbitrary pages. A subdomain of a listed
 * host is a shortener too (`maps.app.goo.gl`). Shorteners that can only lead
 * to their own platform's fixed page (`youtu.be`) are not listed.
 * Adding a host is a reviewed change to this file.
 */
export const URL_SHORTENER_HOSTS: readonly string[] = [
  'adf.ly',
  'aka.ms',
  'amzn.to',
  'bit.do',
  'bit.ly',
  'bitly.com',
  'bl.ink',
  'buff.ly',
  'clck.ru',
  'cutt.ly',
  'db.tt',
  'dlvr.it',
  'fb.me',
  'forms.gle',
  'goo.gl',
  'is.gd',
  'j.mp',
  'lnkd.in',
  'ow.ly',
  'page.link',
  'qr.ae',
  'rb.gy',
  'rebrand.ly',
  's.id',
  'shorturl.at',
  'snip.ly',
  't.co',
  't.ly',
  'tiny.cc',
  'tinyurl.com',
  'tr.im',
  'trib.al',
  'u.to',
  'v.gd',
  'x.co',
];

const SHORTENERS = new Set(URL_SHORTENER_HOSTS);
const MOST_LABELS = Math.max(...URL_SHORTENER_HOSTS.map((host) => host.split('.').length));

/**
 * Whether a host name belongs to a link shortener.
 * @param host - a host name as `new URL(…).hostname` gives it (lowercase, no port); a trailing dot is ignored
 * @returns true for a listed host or one of its subdomains
 */
export function isUrlShortener(host: string): boolean {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  // Only the last few labels can match: constant work per host, however long.
  for (let count = 2; count <= Math.min(MOST_LABELS, labels.length); count += 1) {
    if (SHORTENERS.has(labels.slice(-count).join('.'))) return true;
  }
  return false;
}
