/**
 * The userland `punycode` package (punycode.js, RFC 3492), imported by its
 * file path so that Node does not pick its deprecated built-in module of
 * the same name; works in the browser too.
 */
declare module 'punycode/punycode.js' {
  const punycode: {
    /** Decodes a Punycode string (the part of a label after `xn--`) into Unicode. */
    decode(input: string): string;
    /** Encodes a Unicode string as Punycode (without `xn--`). */
    encode(input: string): string;
    /** Converts the `xn--` labels of a domain name to Unicode. */
    toUnicode(domain: string): string;
    /** Converts the non-ASCII labels of a domain name to `xn--` labels. */
    toASCII(domain: string): string;
  };
  export default punycode;
}
