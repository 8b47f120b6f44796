/**
 * The image addresses of a `srcset` or `imagesrcset` attribute, split the way
 * the HTML Standard's "parse a srcset attribute" algorithm splits them
 * (https://html.spec.whatwg.org/multipage/images.html#parse-a-srcset-attribute):
 * an address is a run of non-whitespace (trailing commas removed), and its
 * descriptors run to the next comma outside parentheses. An address may
 * contain commas (`a,b.png 1x`), which a plain split on commas would cut.
 */

const WHITESPACE = /[\t\n\f\r ]/;

/**
 * Lists the candidate addresses of a srcset value.
 * @param value - the attribute value, e.g. `a.png 1x, //cdn.example/b.png 2x`
 * @returns the addresses in order, exactly as written
 */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let index = 0;
  while (index < value.length) {
    while (index < value.length && (WHITESPACE.test(value[index]!) || value[index] === ','))
      index += 1;
    if (index >= value.length) break;
    const start = index;
    while (index < value.length && !WHITESPACE.test(value[index]!)) index += 1;
    let url = value.slice(start, index);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Descriptors: up to the next comma that is not inside parentheses.
      let depth = 0;
      while (index < value.length) {
        const character = value[index]!;
        if (character === '(') depth += 1;
        else if (character === ')') depth = Math.max(0, depth - 1);
        else if (character === ',' && depth === 0) break;
        index += 1;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}
