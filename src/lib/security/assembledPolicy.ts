/**
 * Checks a site assembled from separately built locales (`npm run assemble`)
 * against its Content-Security-Policy: each build computed the policy from
 * its own pages, so the assembled site is only correct if every page of
 * every locale carries the same allowed inline script, and if the policy the
 * host serves (`_headers` at the site root) and each page's meta policy
 * allow exactly that script.
 */
import {inlineScripts, sha256Source} from './inlineScripts';

/**
 * The Content-Security-Policy of a `_headers` file (Netlify and Cloudflare Pages format).
 * @param headers - the file's text
 * @returns the policy, or undefined when the file sets none
 */
export function headerPolicy(headers: string): string | undefined {
  return /^\s*Content-Security-Policy:\s*(.+)$/im.exec(headers)?.[1];
}

/**
 * The policy of a page's `<meta http-equiv="Content-Security-Policy">`, as minified or not.
 * @param html - the page
 * @returns the policy, or undefined when the page has none
 */
export function metaPolicy(html: string): string | undefined {
  return /<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*content="([^"]*)"/i.exec(html)?.[1];
}

/** One page of the assembled site. */
export type AssembledPage = {file: string; html: string};

/**
 * Problems with the policy of an assembled site, as sentences; empty when it is consistent.
 * @param pages - every HTML page of the site
 * @param rootHeaders - the `_headers` file at the site root (what Netlify and Cloudflare Pages apply to every path)
 */
export function assembledPolicyProblems(
  pages: readonly AssembledPage[],
  rootHeaders: string,
): string[] {
  const problems: string[] = [];
  const hashes = new Map<string, string[]>();
  for (const page of pages) {
    for (const script of inlineScripts(page.html)) {
      const hash = sha256Source(script);
      hashes.set(hash, [...(hashes.get(hash) ?? []), page.file]);
    }
  }
  if (hashes.size > 1) {
    const list = [...hashes]
      .map(([hash, files]) => `${hash} in ${files.length} page(s), e.g. ${files[0]}`)
      .join('; ');
    problems.push(
      `The locales carry different inline scripts (${list}): build them from the same commit and configuration.`,
    );
  }
  const rootPolicy = headerPolicy(rootHeaders) ?? '';
  if (!rootPolicy)
    problems.push(
      "The root _headers file has no Content-Security-Policy: assemble the default locale's build too.",
    );
  for (const hash of hashes.keys()) {
    if (rootPolicy && !rootPolicy.includes(hash))
      problems.push(`The root _headers policy does not allow the inline script ${hash}.`);
  }
  const missingMeta = pages.filter((page) => {
    const meta = metaPolicy(page.html);
    return (
      meta === undefined ||
      [...hashes.keys()].some((hash) => inlineScripts(page.html).length > 0 && !meta.includes(hash))
    );
  });
  if (missingMeta.length > 0)
    problems.push(
      `${missingMeta.length} page(s) lack a meta policy allowing their inline script, e.g. ${missingMeta[0]!.file}.`,
    );
  return problems;
}
