/**
 * Link shorteners: services whose short address forwards to another one.
 * A shortened link hides where it leads from the reviewers, and its owner
 * can point it somewhere else after the review, so contributed content
 * must write the full address instead.
 *
 * No maintained npm package lists them; this is a short list of the
 * general-purpose shorteners in wide use (2025), plus the short domains of
 * large platforms that forward to arbitrary pages. A subdomain of a listed
 * host is a shortener too (`maps.app.goo.gl`). Link-in-bio pages
 * (`linktr.ee`, `lnk.bio`, `bio.link`, `beacons.ai`, `msha.ke`) are listed
 * too: they forward to addresses their owner can change at any time. So are
 * QR-code redirectors (`qrco.de`) and the short domains of platforms
 * (`youtu.be`, `1drv.ms`, `g.co`, `git.io`): the full address is always
 * available and says where the link leads.
 * Adding a host is a reviewed change to this file.
 */
export const URL_SHORTENER_HOSTS: readonly string[] = [
  '1drv.ms',
  'adf.ly',
  'aka.ms',
  'amzn.to',
  'beacons.ai',
  'bio.link',
  'bit.do',
  'bit.ly',
  'bitly.com',
  'bl.ink',
  'buff.ly',
  'campsite.bio',
  'clck.ru',
  'cli.re',
  'cutt.ly',
  'db.tt',
  'dlvr.it',
  'fb.me',
  'forms.gle',
  'g.co',
  'git.io',
  'goo.gl',
  'ift.tt',
  'is.gd',
  'j.mp',
  'l.ead.me',
  'linkin.bio',
  'linktr.ee',
  'lnk.bio',
  'lnkd.in',
  'lnkfi.re',
  'msha.ke',
  'ow.ly',
  'page.link',
  'q-r.to',
  'qr.ae',
  'qr.net',
  'qrco.de',
  'rb.gy',
  'rebrand.ly',
  's.id',
  'short.gy',
  'shorturl.at',
  'shorturl.gg',
  'snip.ly',
  'surl.li',
  't.co',
  't.ly',
  'tinu.be',
  'tiny.cc',
  'tiny.one',
  'tinyurl.com',
  'tr.im',
  'trib.al',
  'u.to',
  'urlz.fr',
  'v.gd',
  'wp.me',
  'x.co',
  'youtu.be',
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
