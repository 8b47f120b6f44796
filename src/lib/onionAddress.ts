/**
 * Tor onion service addresses, version 3 (Tor rend-spec-v3, "Encoding
 * onion addresses"): 56 base32 characters that encode the service's
 * ed25519 public key (32 bytes), a 2-byte checksum and the version byte 3,
 * followed by `.onion`. The checksum is the first two bytes of
 * SHA3-256(".onion checksum" || pubkey || version), so a mistyped address is
 * caught here rather than by a reader who cannot reach it. Version 2
 * addresses (16 characters) stopped working in Tor 0.4.6 (2021).
 */
import {createHash} from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** RFC 4648 base32 (lower case, no padding) to bytes; null on a foreign character. */
function base32Decode(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = BASE32.indexOf(char);
    if (index < 0) return null;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** Bytes to RFC 4648 base32, lower case, no padding. */
function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

function checksum(publicKey: Uint8Array): Buffer {
  return createHash('sha3-256')
    .update(Buffer.concat([Buffer.from('.onion checksum'), publicKey, Buffer.from([3])]))
    .digest()
    .subarray(0, 2);
}

/** Why a host is not a version 3 onion address, or null when it is one. */
export type OnionFlaw = 'not-onion' | 'version-2' | 'malformed' | 'checksum';

/**
 * Checks a host name as a version 3 onion address.
 * @param host - e.g. `abc…xyz.onion` (case-insensitive; a subdomain before the 56 characters is allowed, as Tor allows)
 * @returns null when valid, else what is wrong
 */
export function onionFlaw(host: string): OnionFlaw | null {
  const lower = host.toLowerCase();
  if (!lower.endsWith('.onion')) return 'not-onion';
  const label = lower.slice(0, -'.onion'.length).split('.').pop() ?? '';
  if (/^[a-z2-7]{16}$/.test(label)) return 'version-2';
  if (!/^[a-z2-7]{56}$/.test(label)) return 'malformed';
  const bytes = base32Decode(label);
  if (!bytes || bytes.length !== 35 || bytes[34] !== 3) return 'malformed';
  return checksum(bytes.subarray(0, 32)).equals(bytes.subarray(32, 34)) ? null : 'checksum';
}

/**
 * The onion address of an ed25519 public key (for tests and fixtures: a real service's address comes from Tor).
 * @param publicKey - 32 bytes
 * @returns e.g. `…56 characters….onion`
 */
export function onionAddressOf(publicKey: Uint8Array): string {
  if (publicKey.length !== 32) throw new Error('An onion service key is 32 bytes.');
  return `${base32Encode(Buffer.concat([publicKey, checksum(publicKey), Buffer.from([3])]))}.onion`;
}
