import {createHash} from 'node:crypto';
import {onionAddressOf, onionFlaw} from '../onionAddress';
import {parseSshPublicKey} from '../sshPublicKey';

describe('version 3 onion addresses', () => {
  // The Tor Project's own onion service: a real address, so the checksum is Tor's, not only ours.
  const real = '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion';
  const made = onionAddressOf(createHash('sha256').update('test').digest());

  it('accepts real and generated addresses, in any case and with a subdomain', () => {
    expect(onionFlaw(real)).toBeNull();
    expect(onionFlaw(made)).toBeNull();
    expect(onionFlaw(real.toUpperCase())).toBeNull();
    expect(onionFlaw(`www.${real}`)).toBeNull();
  });

  it('refuses a mistyped character (checksum), version 2, wrong lengths and letters, and other hosts', () => {
    const typo = `${real[0] === 'a' ? 'b' : 'a'}${real.slice(1)}`;
    expect(onionFlaw(typo)).toBe('checksum');
    expect(onionFlaw('expyuzz4wqqyqhjn.onion')).toBe('version-2');
    expect(onionFlaw(`${real.slice(0, 55)}.onion`)).toBe('malformed');
    expect(onionFlaw(`${real.slice(0, 55)}1.onion`)).toBe('malformed');
    expect(onionFlaw('example.org')).toBe('not-onion');
  });

  it('refuses an address whose version byte is not 3', () => {
    const bytes = Buffer.alloc(35);
    bytes[34] = 4;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
    let bits = '';
    for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
    const label = bits
      .match(/.{5}/g)!
      .map((chunk) => alphabet[parseInt(chunk, 2)])
      .join('');
    expect(onionFlaw(`${label}.onion`)).toBe('malformed');
  });
});

describe('OpenSSH public keys', () => {
  const ed25519 =
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINswiup6AghrmfQNYqsaOy/mInkKSiym67niEzaNxpdg';

  it('reads a key and its fingerprint as ssh-keygen -l prints it', () => {
    const parsed = parseSshPublicKey(`${ed25519} someone@laptop`);
    expect(parsed).toMatchObject({type: 'ssh-ed25519'});
    expect('fingerprint' in parsed && parsed.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it.each([
    ['ssh-dss AAAAB3NzaC1kc3MAAACBAP', /not a key type/],
    ['ssh-ed25519 not-base64!', /not base64/],
    [
      'ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAINswiup6AghrmfQNYqsaOy/mInkKSiym67niEzaNxpdg',
      /does not start with its type/,
    ],
    ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsw', /32 bytes|does not start/],
    ['', /not a key type/],
  ])('refuses %j', (line, message) => {
    const parsed = parseSshPublicKey(line);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});
