/**
 * Pages of a static family (organisations, city hubs, playbooks) are not in
 * the client's route manifest with their own data module: each page carries
 * its route props in its HTML, as a JSON data block in the head
 * (`<script type="application/json">`: never executed, so the
 * Content-Security-Policy does not apply to it). The client reads the block
 * once, at the first render of that page, and keeps it for the life of the
 * document (so the back button can show the page again without the network).
 *
 * Pure helpers, shared by the server render and the browser.
 */

/** Id of the data block; one per page. */
export const PAGE_PROPS_ID = 'sc-page-props';

/**
 * JSON that is safe inside `<script>…</script>`: `<` is written `\u003c`, so
 * no string in the data can close the element or open a comment, and the
 * line separators U+2028/U+2029 are escaped too (JSON allows them raw,
 * older script parsers do not).
 * @param value - any JSON-serialisable value
 */
export function serializePageProps(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Paths compare decoded and without a trailing slash (the site builds with `trailingSlash: false`). */
export function samePath(a: string, b: string): boolean {
  const normal = (value: string) => {
    let decoded = value;
    try {
      decoded = decodeURI(value);
    } catch {
      // A malformed escape: compare as written.
    }
    return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
  };
  return normal(a) === normal(b);
}
