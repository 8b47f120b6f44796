import {checkMirrorsFile} from '../mirrorsFile';

/**
 * mirrors.yml: https: or valid version 3 onion addresses only, who runs
 * each and since when, OpenSSH signing keys; every problem with its field
 * and line.
 */
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINswiup6AghrmfQNYqsaOy/mInkKSiym67niEzaNxpdg';
const ONION = 'pwqqpzp5i7tbh7mhxabcafvfe3g6xf62vpsghgsdk7bp3bst25urdxyd.onion';
const mirror = (url: string, extra = '') =>
  `mirrors:\n  - url: ${url}\n    operator: Riverside Tech Collective\n    since: 2026-02-01\n${extra}`;
const found = (text: string) =>
  checkMirrorsFile(text).problems.map((problem) => [problem.field, problem.rule, problem.line]);
const messages = (text: string) =>
  checkMirrorsFile(text).problems.map(
    (problem) => `${problem.field}: ${problem.message} → ${problem.fix}`,
  );

describe('mirrors.yml', () => {
  it('accepts https mirrors, onion mirrors (http or https), signing keys, and an empty file', () => {
    const text = `signing_keys:\n  - principal: maintainers@sanctuary-commons\n    key: ${KEY} laptop\n    since: 2026-01-15\n${mirror('https://mirror.riverside.net/commons/')}  - url: http://${ONION}/\n    operator: Onion Collective\n    since: 2026-03-01\n  - url: https://${ONION.toUpperCase()}\n    operator: Onion Collective\n    since: 2026-03-01\n`;
    const checked = checkMirrorsFile(text);
    expect(checked.problems).toEqual([]);
    expect(checked.mirrors?.mirrors).toHaveLength(3);
    expect(checkMirrorsFile('').mirrors).toEqual({signing_keys: [], mirrors: []});
  });

  it.each([
    ['http://mirror.riverside.net/', /neither an https: address nor an onion address/],
    ['ftp://mirror.riverside.net/', /neither an https: address nor an onion address/],
    ['mirror.riverside.net', /neither an https: address nor an onion address/],
    ['https://mirror.riverside.net:8443/', /port/],
    ['https://mirror.riverside.net/?ref=1', /query/],
    // A flaw of the address rules keeps its own rule id, so the guide's section for it applies.
    ['https://user@mirror.riverside.net/', /.+/, 'url-user-info'],
    ['http://expyuzz4wqqyqhjn.onion/', /version 2/],
    [`http://${ONION.replace('p', 'q')}/`, /checksum/],
    [`http://${ONION.slice(1)}/`, /not a version 3 onion address/],
    [`http://user@${ONION}/`, /user name, port/],
    [`http://${ONION}:8080/`, /user name, port/],
    [`ws://${ONION}/`, /not an http: or https: onion address/],
    ['https://mirror.example.org/', /reserved example address/],
  ] as [string, RegExp, string?][])('refuses the address %s', (url, message, rule = 'schema') => {
    expect(messages(mirror(url)).join('\n')).toMatch(message);
    expect(found(mirror(url))).toContainEqual(['mirrors[0].url', rule, 2]);
  });

  it('needs who runs a mirror and since when, and refuses unknown keys', () => {
    expect(found('mirrors:\n  - url: https://mirror.riverside.net/\n')).toEqual(
      expect.arrayContaining([
        ['mirrors[0].operator', 'schema', 2],
        ['mirrors[0].since', 'schema', 2],
      ]),
    );
    expect(found(mirror('https://mirror.riverside.net/', '    contact: someone\n'))).toContainEqual(
      ['mirrors[0].contact', 'schema', 5],
    );
    expect(
      found(mirror('https://mirror.riverside.net/').replace('2026-02-01', '1 Feb 2026')),
    ).toContainEqual(['mirrors[0].since', 'schema', 4]);
  });

  it('checks who runs a mirror like any page text: no phone number or e-mail address', () => {
    const text = mirror('https://mirror.riverside.net/').replace(
      'Riverside Tech Collective',
      'Call 612-555-0199 or ana@riverside.net',
    );
    const rules = found(text).map(([, rule]) => rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules).not.toContain('schema');
  });

  it('marks a sample mirror only at a reserved address, and lists a mirror once', () => {
    expect(
      messages(mirror('https://mirror.riverside.net/', '    sample: true\n')).join('\n'),
    ).toMatch(/sample but is a real address/);
    expect(found(mirror('https://mirror.example.org/', '    sample: true\n'))).toEqual([]);
    const twice = `${mirror('https://mirror.riverside.net/')}  - url: https://mirror.riverside.net\n    operator: Again\n    since: 2026-02-01\n`;
    expect(messages(twice).join('\n')).toMatch(/listed twice/);
  });

  it.each([
    ['ssh-dss AAAAB3NzaC1kc3MAAACBAP', /not a key type/],
    ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsw', /key/],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', /not a key type/],
  ])('refuses the signing key %j', (key, message) => {
    const text = `signing_keys:\n  - principal: maintainers@sanctuary-commons\n    key: "${key}"\n    since: 2026-01-15\n`;
    expect(messages(text).join('\n')).toMatch(message);
    expect(found(text)).toContainEqual(['signing_keys[0].key', 'schema', 3]);
  });

  it('refuses a principal ssh-keygen would read as two, and keeps its @ out of the e-mail rule', () => {
    const text = (principal: string) =>
      `signing_keys:\n  - principal: "${principal}"\n    key: ${KEY}\n    since: 2026-01-15\n`;
    expect(found(text('maintainers@sanctuary-commons'))).toEqual([]);
    expect(found(text('a,b'))).toContainEqual(['signing_keys[0].principal', 'schema', 2]);
    expect(found(text('a b'))).toContainEqual(['signing_keys[0].principal', 'schema', 2]);
  });

  it('reports a YAML syntax error with its line, and nothing else', () => {
    const syntax = found('mirrors:\n  - url: [unclosed\n');
    expect(syntax.length).toBeGreaterThan(0);
    expect(new Set(syntax.map(([, rule]) => rule))).toEqual(new Set(['yaml-syntax']));
    expect(checkMirrorsFile('mirrors:\n  - url: [unclosed\n').mirrors).toBeNull();
  });
});
