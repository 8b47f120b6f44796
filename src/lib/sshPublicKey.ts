/**
 * OpenSSH public keys as written in `authorized_keys` and `allowed_signers`
 * files (`<type> <base64 blob> [comment]`; the blob is the key in the SSH wire
 * format, RFC 4253 §6.6, starting with its type as a length-prefixed string).
 * Used for the maintainers' signing keys in `mirrors.yml`, which readers and
 * mirror operators check signed bundles with (`ssh-keygen -Y verify`).
 */
import {createHash} from 'node:crypto';

/** Key types `ssh-keygen -Y sign` can sign with (OpenSSH 8.1+). DSA is refused: OpenSSH removed it. */
export const SIGNING_KEY_TYPES = [
  'ssh-ed25519',
  'sk-ssh-ed25519@openssh.com',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'ssh-rsa',
] as const;

/** A parsed key: its type, its blob (base64, as written) and its SHA-256 fingerprint as `ssh-keygen -l` prints it. */
export type SshPublicKey = {type: string; blob: string; fingerprint: string};

/**
 * Parses one public key line.
 * @param line - `<type> <base64>` with an optional comment after
 * @returns the key, or a sentence saying what is wrong
 */
export function parseSshPublicKey(line: string): SshPublicKey | {error: string} {
  const [type = '', blob = '', ...rest] = line.trim().split(/\s+/);
  if (rest.length > 0 && rest.join(' ').length > 200) return {error: 'its comment is too long.'};
  if (!(SIGNING_KEY_TYPES as readonly string[]).includes(type)) {
    return {
      error: `"${type.slice(0, 40)}" is not a key type ssh-keygen signs with (${SIGNING_KEY_TYPES.join(', ')}).`,
    };
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blob) || blob.length % 4 !== 0)
    return {error: 'the key after its type is not base64.'};
  const bytes = Buffer.from(blob, 'base64');
  const length = bytes.length >= 4 ? bytes.readUInt32BE(0) : -1;
  if (
    length < 0 ||
    4 + length > bytes.length ||
    bytes.subarray(4, 4 + length).toString('latin1') !== type
  ) {
    return {
      error: `the key's data does not start with its type (${type}): it was cut or belongs to another key.`,
    };
  }
  if (type === 'ssh-ed25519') {
    const keyLength = bytes.length >= 8 + length ? bytes.readUInt32BE(4 + length) : -1;
    if (keyLength !== 32 || bytes.length !== 8 + length + 32)
      return {error: 'an ssh-ed25519 key holds 32 bytes; this one does not.'};
  }
  const fingerprint = `SHA256:${createHash('sha256').update(bytes).digest('base64').replace(/=+$/, '')}`;
  return {type, blob, fingerprint};
}
