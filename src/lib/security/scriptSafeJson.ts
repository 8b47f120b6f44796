/**
 * JSON that is safe to put between `<script type="application/ld+json">` and
 * `</script>`. The HTML parser ends a script element at the first `</script`
 * whatever the JSON means, and `<!--` followed by `<script` changes how it
 * finds that end (HTML "script data escaped" states), so a title holding
 * `</script><script>…` would close the data block and inject markup.
 *
 * `<`, `>` and `&` can only occur inside JSON strings (the JSON grammar has no
 * other place for them), and a JSON string may write any character as a
 * `\uXXXX` escape (RFC 8259 §7), so replacing them there gives text that
 * parses to the identical value. U+2028 and U+2029 are escaped too: they are
 * line terminators in older JavaScript, should the text ever be read as code.
 * This browser-safe module has no Node imports: theme components use it.
 */

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * Escapes the characters of a JSON text that could end or confuse its script element.
 * @param json - valid JSON text (e.g. the output of `JSON.stringify`)
 * @returns the same JSON with `<`, `>`, `&`, U+2028 and U+2029 written as `\uXXXX`; `JSON.parse` gives the same value
 */
export function escapeJsonForScript(json: string): string {
  return json.replace(UNSAFE_IN_SCRIPT, (character) => ESCAPES[character]!);
}

/**
 * Serialises a value as JSON for an inline data block (`<script type="application/ld+json">`).
 * @param value - any JSON-serialisable value; `undefined` becomes `null`
 * @returns JSON text without `<`, `>` or `&`
 */
export function scriptSafeJson(value: unknown): string {
  return escapeJsonForScript(JSON.stringify(value) ?? 'null');
}
