/**
 * Reading an address the way a browser does, shared by the rules that judge
 * where an address leads (webAddress.ts, chatInvites.ts, hostInText.ts,
 * reserved.ts), so that they all see the same host.
 */

/**
 * Parses an absolute address with the WHATWG URL parser (the browser's), which
 * undoes the usual disguises: percent-encoded or full-width host names,
 * backslashes, IPv4 numbers in hexadecimal.
 * @param text - any text
 * @returns the parsed address, or null when the text is not an absolute address
 */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * Decodes percent escapes (`%2F` → `/`) for reading an address as a person would.
 * @param text - a part of an address
 * @returns the decoded text, or the text unchanged when an escape is malformed (`%E0%A4%A`)
 */
export function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
