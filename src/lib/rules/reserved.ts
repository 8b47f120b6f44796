/**
 * Reserved example values: safe to print in templates and sample entries,
 * refused in real entries so that a template value copied into a real
 * entry is caught.
 *
 * Sources: RFC 2606 §3 (example.com/.net/.org) and §2 (.example, .test,
 * .invalid TLDs); NANPA: 555-0100 through 555-0199 are reserved for
 * fictitious use in geographic area codes (not toll-free, premium or personal ones).
 */
import {parsePhoneNumberFromString} from 'libphonenumber-js/max';
import {parseUrl} from './urlParsing';

const RESERVED_HOST = /(^|\.)(example\.(com|net|org))$|\.(example|test|invalid)$/i;

/**
 * Whether a host name is reserved for examples.
 * @param host - a bare host name such as `hotline.example.org`
 * @returns true for `example.com|net|org` and their subdomains, and `.example`, `.test`, `.invalid` hosts
 */
export function isReservedHost(host: string): boolean {
  return RESERVED_HOST.test(host.trim().replace(/\.$/, ''));
}

/** Line types of a geographic NANP area code (libphonenumber's): a place's fixed lines and mobiles. */
const GEOGRAPHIC_TYPES = new Set(['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** Answers by area code (at most 800 NPAs exist). */
const geographicAreaCodes = new Map<string, boolean>();

/**
 * Whether a NANP area code (NPA) is geographic: it belongs to a place, and its numbers are that
 * place's fixed lines and mobiles (Google's libphonenumber metadata, `libphonenumber-js/max`).
 * Not geographic: toll-free 8YY (800, 833…888), premium 900, personal 5XX (500, 521…) and 622, Canada's
 * non-geographic 600, service codes (N11), unassigned codes (555, 700, 456…). A code whose plan lists
 * only the exchanges in use (Trinidad's 868 lists no 555) is geographic when the code names a place.
 * @param npa - three digits, e.g. `612`
 */
export function isGeographicAreaCode(npa: string): boolean {
  const known = geographicAreaCodes.get(npa);
  if (known !== undefined) return known;
  const parsed = /^[2-9]\d{2}$/.test(npa)
    ? parsePhoneNumberFromString(`+1${npa}5550100`)
    : undefined;
  const type = parsed?.isValid() ? parsed.getType() : undefined;
  const geographic =
    parsed !== undefined &&
    (type !== undefined
      ? GEOGRAPHIC_TYPES.has(type)
      : parsed.country !== undefined && !parsed.isValid());
  geographicAreaCodes.set(npa, geographic);
  return geographic;
}

/**
 * Whether an E.164 number is a NANP fictitious number: +1 NPA 555 0100–0199 under a geographic area
 * code. NANPA reserves 555-0100…0199 for fiction in geographic area codes only: under toll-free
 * (800, 888…), premium (900), personal (5XX) and other non-geographic codes the same digits can be a
 * real line a caller would pay for or reach a stranger on, so they are not reserved (and get every
 * check a real number gets).
 * @param e164 - a phone number in E.164 form, e.g. `+16125550142`
 */
export function isReservedPhone(e164: string): boolean {
  const match = /^\+1(\d{3})55501\d{2}$/.exec(e164);
  return match !== null && isGeographicAreaCode(match[1]!);
}

/**
 * Whether a channel value (URL, e-mail address or phone number) uses a reserved example value.
 * @param value - the channel's `value` as written in the YAML
 */
export function usesReservedValue(value: string): boolean {
  if (isReservedPhone(value)) return true;
  const at = value.lastIndexOf('@');
  if (at > 0 && !value.includes('/')) return isReservedHost(value.slice(at + 1));
  const url = parseUrl(value);
  return url !== null && isReservedHost(url.hostname);
}
