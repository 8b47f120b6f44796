import {
  installIntentPrefetch,
  withoutIdlePrefetch,
  type ClientApiHolder,
  type DocusaurusClientApi,
} from '../intentPrefetch';

/** A stand-in for Docusaurus' client API that records what it was asked. */
function fakeApi(): DocusaurusClientApi & {calls: string[]} {
  const calls: string[] = [];
  return Object.freeze({
    calls,
    prefetch: (routePath: string) => {
      calls.push(`prefetch ${routePath}`);
      return Promise.resolve();
    },
    preload: (routePath: string) => {
      calls.push(`preload ${routePath}`);
      return Promise.resolve();
    },
  });
}

describe('intent-only prefetch', () => {
  it('declines every idle prefetch and keeps preload', async () => {
    const api = fakeApi();
    const gated = withoutIdlePrefetch(api);
    expect(gated.prefetch('/topics/housing')).toBe(false);
    expect(gated.prefetch('/directory/north/legal-aid')).toBe(false);
    await gated.preload('/topics/housing');
    expect(api.calls).toEqual(['preload /topics/housing']);
    expect(Object.isFrozen(gated)).toBe(true);
  });

  it('gates the API Docusaurus assigns after the module ran (its client entry does)', () => {
    const holder: ClientApiHolder = {};
    installIntentPrefetch(holder);
    const api = fakeApi();
    holder.docusaurus = api;
    expect(holder.docusaurus?.prefetch('/compare/housing')).toBe(false);
    void holder.docusaurus?.preload('/compare/housing');
    expect(api.calls).toEqual(['preload /compare/housing']);
  });

  it('gates an API already there, and a second installation changes nothing', () => {
    const api = fakeApi();
    const holder: ClientApiHolder = {docusaurus: api};
    installIntentPrefetch(holder);
    const first = holder.docusaurus;
    installIntentPrefetch(holder);
    expect(holder.docusaurus).toBe(first);
    expect(holder.docusaurus?.prefetch('/blog')).toBe(false);
    expect(api.calls).toEqual([]);
  });

  it('does not wrap a gated API again', () => {
    const gated = withoutIdlePrefetch(fakeApi());
    expect(withoutIdlePrefetch(gated)).toBe(gated);
  });
});
