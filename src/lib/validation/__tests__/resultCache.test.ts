/** The cache's fingerprint: what makes every remembered result stale at once. */
type ResultCacheModule = typeof import('../resultCache');

/** A fresh copy of the module (its fingerprint is computed once per copy), with `versions` as Node's. */
function fingerprintWith(versions: NodeJS.ProcessVersions): string {
  const original = Object.getOwnPropertyDescriptor(process, 'versions')!;
  Object.defineProperty(process, 'versions', {...original, value: versions});
  try {
    let fingerprint = '';
    jest.isolateModules(() => {
      fingerprint = (require('../resultCache') as ResultCacheModule).validatorFingerprint();
    });
    return fingerprint;
  } finally {
    Object.defineProperty(process, 'versions', original);
  }
}

describe('validatorFingerprint', () => {
  it('changes with the Node version and its ICU data, and only with them here', () => {
    const same = fingerprintWith({...process.versions});
    expect(fingerprintWith({...process.versions})).toBe(same);
    expect(fingerprintWith({...process.versions, node: '99.0.0'})).not.toBe(same);
    expect(fingerprintWith({...process.versions, icu: '1.0'})).not.toBe(same);
    expect(fingerprintWith({...process.versions, unicode: '1.0'})).not.toBe(same);
  });
});
