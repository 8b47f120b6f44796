import {createHash} from 'node:crypto';
import {scanBuiltPage} from './builtPage';

/**
 * The text of every executable inline `<script>` (one without `src`) in an
 * HTML document, in document order, as the browser reads it (parse5; see
 * builtPage.ts). JSON data blocks (`type="application/json"`,
 * `application/ld+json`) are skipped: they are not executed, so CSP does not
 * apply to them.
 * @param html - a whole HTML document
 * @returns the scripts' text exactly as the browser hashes it
 */
export function inlineScripts(html: string): string[] {
  return scanBuiltPage(html, {
    pageUrl: new URL('https://site.invalid/'),
    scriptPrefix: '/assets/js/',
  }).inlineScripts.map((script) => script.text);
}

/**
 * A CSP hash source for a script's text (CSP3 §2.3.1 "hash-source":
 * base64 of the SHA-256 of the UTF-8 bytes).
 * @param script - the exact text between `<script>` and `</script>`
 * @returns e.g. `'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='` (with the quotes)
 */
export function sha256Source(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
