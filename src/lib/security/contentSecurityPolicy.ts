/**
 * The site's Content-Security-Policy (DESIGN.md safety rule 6: no third party
 * at runtime). One definition, delivered two ways:
 * - as an HTTP header through `_headers`, for hosts that read that file
 *   (Netlify, Cloudflare Pages);
 * - as a `<meta http-equiv>` tag in every page, for hosts that do not.
 *
 * Directive reference: CSP Level 3, https://www.w3.org/TR/CSP3/
 */

/** How the policy reaches the browser. */
export type PolicyDelivery = 'header' | 'meta';

/** What varies between builds. */
export type PolicyInputs = {
  /** `'sha256-…'` sources of the inline scripts allowed to run (computed from the built HTML). */
  scriptHashes: readonly string[];
  /** Extra origins the page may fetch from, e.g. a search service the maintainers switched on. Default none. */
  extraConnectSources?: readonly string[];
};

/**
 * Directives that a `<meta>` policy cannot carry: browsers ignore them there
 * and log an error for each (CSP3 §3.3 "meta element").
 */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The policy's directives, in a stable order.
 * @param inputs - inline script hashes and optional extra connect sources
 * @returns directive name → list of sources
 */
export function policyDirectives({
  scriptHashes,
  extraConnectSources = [],
}: PolicyInputs): Array<[string, string[]]> {
  return [
    ['default-src', ["'self'"]],
    // Only our own bundles, Docusaurus's single inline theme script (by hash),
    // and WebAssembly compilation for the Pagefind search index. No 'unsafe-inline', no eval.
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...scriptHashes]],
    // React and Docusaurus render a few style="…" attributes. Styles cannot run
    // code, and img-src/font-src below stop a style from reaching another host.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Infima draws icons with data: SVG URLs in its CSS.
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...extraConnectSources]],
    ['manifest-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/**
 * The policy as a header or meta value.
 * @param inputs - see {@link PolicyInputs}
 * @param delivery - `'header'` keeps every directive; `'meta'` drops those a meta tag cannot carry
 * @returns e.g. `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; …`
 */
export function contentSecurityPolicy(inputs: PolicyInputs, delivery: PolicyDelivery): string {
  return policyDirectives(inputs)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Stands in for the policy in `docusaurus.config.ts` (the meta tag) and in
 * `static/_headers` until the build knows the inline script's hash; the
 * security-headers plugin replaces it after the build.
 */
export const POLICY_PLACEHOLDER = 'SANCTUARY_CONTENT_SECURITY_POLICY';
