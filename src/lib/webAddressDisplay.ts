/**
 * How a web address is shown on a page: its real host first, as the URL
 * parser reads it (`new URL(value).host`), so the words a visitor reads
 * name the site the link opens, whatever the address says before an "@"
 * or in look-alike letters. A non-ASCII host is shown in its ASCII
 * (Punycode, `xn--…`) form, as browsers show a host they do not trust: one
 * spelling per host, that no other host can share. Pure, for pages and tests.
 */

/** The parts of a web address shown on a page. */
export type DisplayedAddress = {
  /** The host the link opens, e.g. `www.ilrc.org` or `xn--pple-43d.com` (with a port when one is given). */
  host: string;
  /** What follows the host (path, query, fragment), empty for the home page. */
  rest: string;
};

/**
 * Splits a web address for display.
 * @param value - an absolute address, e.g. `https://www.ilrc.org/red-cards`
 * @returns its host and the rest, or null when the value is not an address with a host
 */
export function displayWebAddress(value: string): DisplayedAddress | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!url.host) return null;
  const rest = `${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}${url.search}${url.hash}`;
  return {host: url.host, rest};
}
