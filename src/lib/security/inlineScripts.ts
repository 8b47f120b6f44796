import {createHash} from 'node:crypto';
import {Parser} from 'htmlparser2';

/**
 * The text of every inline `<script>` (one without `src`) in an HTML document,
 * in document order. JSON data blocks (`type="application/json"`,
 * `application/ld+json`) are skipped: they are not executed, so CSP does not
 * apply to them.
 * @param html - a whole HTML document
 * @returns the scripts' text exactly as it appears between the tags
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  let current: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'script' || 'src' in attributes) return;
        const type = (attributes.type ?? '').trim().toLowerCase();
        const executable = type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript');
        if (executable) current = '';
      },
      ontext(text) {
        if (current !== null) current += text;
      },
      onclosetag(name) {
        if (name === 'script' && current !== null) {
          scripts.push(current);
          current = null;
        }
      },
    },
    {decodeEntities: false},
  );
  parser.end(html);
  return scripts;
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
