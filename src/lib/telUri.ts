/**
 * The `tel:` URI of a directory phone channel (RFC 3966): the E.164 number,
 * and `;ext=<digits>` when the channel has an extension, so a phone dials
 * the extension after the call connects.
 * @param value - E.164 number, e.g. `+16125550142`
 * @param extension - digits, e.g. `204`, if any
 * @returns e.g. `tel:+16125550142;ext=204`
 */
export function telUri(value: string, extension?: string): string {
  return extension ? `tel:${value};ext=${extension}` : `tel:${value}`;
}
