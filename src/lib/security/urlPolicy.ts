import type {CodeOf, ProblemValues} from '../checks/problemTexts';
import {codedFinding, type CodedFinding} from '../rules/codedFinding';

/**
 * Which addresses a built page may use (DESIGN.md safety rule 6: no request
 * leaves the site). Addresses are resolved with the WHATWG URL parser, as a
 * browser resolves them, so every spelling of another host is caught:
 * `//host`, `/\host`, `https:host`, tabs or newlines inside the scheme,
 * `%2e%2e` segments, upper case.
 *
 * - A resource (image, style sheet, font, frame, form target…) must be on
 *   this site; a `data:` address is allowed for images only (the policy's
 *   `img-src 'self' data:`).
 * - A script must be one of the site's own bundles: a path (no scheme, no
 *   host) under `<baseUrl>assets/js/`.
 * - A navigation (`<a href>`) may go anywhere except `javascript:` and
 *   `vbscript:`, which run code rather than open a page.
 * - A preconnect or DNS prefetch hint may also name an origin the
 *   maintainers let pages query (`connectOrigins`, e.g. Algolia's hosts when
 *   hosted search is on).
 */

/** How an address is used; it decides what the address may point to. `connect`: a preconnect or DNS prefetch hint. */
export type UrlUse = 'navigation' | 'script' | 'image' | 'resource' | 'connect';

/** Rule ids of the problems an address can have. */
export type UrlRule = 'remote-resource' | 'external-script' | 'script-url' | 'data-url';

/**
 * What is wrong with an address, for a report: its rule, catalogue code and values, and the English message
 * and fix. The catalogue's message starts with `{subject}: `, what the address is; the caller adds `subject`
 * to the values (e.g. `src="…"`), and `message` here is the English text after that prefix.
 */
export type UrlFinding = CodedFinding<UrlRule>;

/** Where the page is: its address on the site, and where the site's bundles live. */
export type PageLocation = {
  /** The page's absolute address on the site (its origin is the site's), e.g. `https://example.org/es/docs/a`. */
  pageUrl: URL;
  /** Path prefix of the site's script bundles, e.g. `/es/assets/js/`. */
  scriptPrefix: string;
  /**
   * Other origins the maintainers let pages query (the policy's extra connect-src, e.g. a hosted search
   * service): a preconnect or DNS prefetch hint to one of them is allowed, nothing else from them.
   */
  connectOrigins?: ReadonlySet<string>;
};

// The URL parser drops ASCII tabs and newlines anywhere and C0 controls or spaces at the ends.
const URL_IGNORED = /[\t\n\r]/g;
const HAS_SCHEME = /^[\u0000-\u0020]*[a-z][a-z0-9+.-]*:/i;
const RUNS_CODE = new Set(['javascript:', 'vbscript:']);

/** Fills the subject of an address's problem for the English text, which callers prefix themselves. */
const SUBJECT = '\u0000';

function urlFinding(rule: UrlRule, code: CodeOf<UrlRule>, values: ProblemValues): UrlFinding {
  const finding = codedFinding(rule, code, {...values, subject: SUBJECT});
  return {...finding, values, message: finding.message.replace(`${SUBJECT}: `, '')};
}

/**
 * Resolves an address against the page, as a browser would.
 * @returns the URL, or null when the parser rejects it (a browser fetches nothing then)
 */
function resolve(value: string, base: URL): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** The problem of a script from elsewhere than the site's bundles, by where it comes from. */
function externalScript(url: URL, page: PageLocation): UrlFinding {
  const prefix = page.scriptPrefix;
  if (url.origin === page.pageUrl.origin)
    return urlFinding('external-script', 'external-script.same-site', {prefix});
  return url.protocol === 'data:'
    ? urlFinding('external-script', 'external-script.data', {prefix})
    : urlFinding('external-script', 'external-script.other-site', {
        prefix,
        host: url.host || url.protocol,
      });
}

/**
 * Checks one address.
 * @param value - the attribute value (or CSS address) exactly as written, entities decoded
 * @param use - how the element uses it
 * @param page - the page's location and the bundles' path prefix
 * @returns null when allowed, else the rule it breaks with a message and a fix
 */
export function checkUrl(value: string, use: UrlUse, page: PageLocation): UrlFinding | null {
  const url = resolve(value, page.pageUrl);
  if (!url) return null;
  const sameOrigin = url.origin === page.pageUrl.origin;
  if (RUNS_CODE.has(url.protocol))
    return urlFinding('script-url', 'script-url.runs', {protocol: url.protocol});
  // Browsers refuse to open a data: address as a page (they only download it), so such links are allowed:
  // the citation links use them with a download attribute.
  if (use === 'navigation') return null;
  if (use === 'script') {
    const isPath = !HAS_SCHEME.test(value.replace(URL_IGNORED, ''));
    if (sameOrigin && isPath && url.pathname.startsWith(page.scriptPrefix)) return null;
    return externalScript(url, page);
  }
  if (use === 'connect' && page.connectOrigins?.has(url.origin)) return null;
  if (url.protocol === 'data:')
    return use === 'image' ? null : urlFinding('data-url', 'data-url.embed', {});
  if (sameOrigin && (url.protocol === 'https:' || url.protocol === 'http:')) return null;
  return url.host
    ? urlFinding('remote-resource', 'remote-resource.other-site', {host: url.host})
    : urlFinding('remote-resource', 'remote-resource.scheme', {protocol: url.protocol});
}
