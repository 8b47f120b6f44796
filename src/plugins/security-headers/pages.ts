import {POLICY_PLACEHOLDER} from '../../lib/security/contentSecurityPolicy';

/** One built page's inline scripts. */
export type PageScripts = {file: string; scripts: string[]};

/**
 * Checks that the build has at most one distinct inline script, the one
 * Docusaurus injects into every page, and that no page has more than one.
 * @param pages - each page's inline scripts (see `inlineScripts`)
 * @returns `null` when that holds, else a message naming the pages and how to fix them
 */
export function unexpectedInlineScripts(pages: readonly PageScripts[]): string | null {
  const first = pages.find((page) => page.scripts.length > 0)?.scripts[0];
  const offending = pages.filter((page) => page.scripts.length > 1 || page.scripts.some((script) => script !== first));
  if (offending.length === 0) return null;
  const listed = offending.slice(0, 10).map((page) => `  - ${page.file}: ${page.scripts.length} inline script(s)`);
  if (offending.length > 10) listed.push(`  … and ${offending.length - 10} more`);
  return [
    'Content-Security-Policy: pages carry inline scripts other than the one Docusaurus injects:',
    ...listed,
    'The policy allows exactly one inline script by its hash. Move the code into a file under src/ (a component or a client module) instead of an inline <script>.',
  ].join('\n');
}

/**
 * Pages whose `<meta http-equiv="Content-Security-Policy">` placeholder is missing.
 * @returns `null` when every page has it, else a message saying how to fix the config
 */
export function pagesWithoutPlaceholder(pages: ReadonlyArray<{file: string; html: string}>): string | null {
  const missing = pages.filter((page) => !page.html.includes(POLICY_PLACEHOLDER)).map((page) => page.file);
  if (missing.length === 0) return null;
  return `Content-Security-Policy: ${missing.length} page(s) have no policy placeholder (first: ${missing[0]}). Keep the headTags meta tag with content "${POLICY_PLACEHOLDER}" in docusaurus.config.ts.`;
}

/**
 * Puts the policy into a page's CSP meta tag. The HTML minifier may have
 * dropped the attribute's quotes, so the whole attribute is rewritten.
 * @param html - the built page
 * @param policy - the meta form of the policy (contains single quotes only)
 */
export function fillMetaPolicy(html: string, policy: string): string {
  return html.replace(new RegExp(`content=(["']?)${POLICY_PLACEHOLDER}\\1`), () => `content="${policy}"`);
}
