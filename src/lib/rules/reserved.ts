/**
 * Reserved example values: safe to print in templates and sample entries,
 * refused in real entries so that a template value copied into a real
 * entry is caught.
 *
 * Sources: RFC 2606 §3 (example.com/.net/.org) and §2 (.example, .test,
 * .invalid TLDs); NANPA: 555-0100 through 555-0199 are reserved for
 * fictitious use in every area code.
 */

const RESERVED_HOST = /(^|\.)(example\.(com|net|org))$|\.(example|test|invalid)$/i;

/**
 * Whether a host name is reserved for examples.
 * @param host - a bare host name such as `hotline.example.org`
 * @returns true for `example.com|net|org` and their subdomains, and `.example`, `.test`, `.invalid` hosts
 */
export function isReservedHost(host: string): boolean {
  return RESERVED_HOST.test(host.trim().replace(/\.$/, ''));
}

/**
 * Whether an E.164 number is a NANP fictitious number (+1 NPA 555 0100–0199).
 * @param e164 - a phone number in E.164 form, e.g. `+16125550142`
 */
export function isReservedPhone(e164: string): boolean {
  return /^\+1\d{3}55501\d{2}$/.test(e164);
}

/**
 * Whether a channel value (URL, e-mail address or phone number) uses a reserved example value.
 * @param value - the channel's `value` as written in the YAML
 */
export function usesReservedValue(value: string): boolean {
  if (isReservedPhone(value)) return true;
  const at = value.lastIndexOf('@');
  if (at > 0 && !value.includes('/')) return isReservedHost(value.slice(at + 1));
  try {
    return isReservedHost(new URL(value).hostname);
  } catch {
    return false;
  }
}
