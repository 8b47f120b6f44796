import {processMap, processWeakMap} from '../processCache';

/** A fresh copy of a module, as Docusaurus gives each locale (its config is loaded without the require cache). */
function freshCopy<T extends object>(modulePath: string): T {
  let loaded: T | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<T>(modulePath);
  });
  return loaded!;
}

describe('process-wide caches', () => {
  it('give every fresh copy of a module the same map', () => {
    const first = freshCopy<typeof import('../processCache')>('../processCache');
    const second = freshCopy<typeof import('../processCache')>('../processCache');
    expect(first).not.toBe(second);
    first.processMap<string, number>('test-shared').set('a', 1);
    expect(second.processMap<string, number>('test-shared').get('a')).toBe(1);
    expect(processMap('test-shared')).toBe(first.processMap('test-shared'));
  });

  it('keep maps and weak maps apart, saying so', () => {
    processWeakMap('test-weak');
    expect(() => processMap('test-weak')).toThrow(/is a WeakMap/);
    processMap('test-strong');
    expect(() => processWeakMap('test-strong')).toThrow(/is a Map/);
  });

  it('let a second locale find the coalition and the citations the first one loaded', () => {
    const first = freshCopy<typeof import('../../plugins/coalitionCache')>(
      '../../plugins/coalitionCache',
    );
    const second = freshCopy<typeof import('../../plugins/coalitionCache')>(
      '../../plugins/coalitionCache',
    );
    const site = `${__dirname}/__fixtures__/no-such-site-${process.pid}`;
    const coalition = {
      cities: [],
      organizations: [],
      playbooks: [],
      translations: [],
      collections: [],
      problems: [],
      files: [],
    };
    processMap<string, unknown>('coalition').set(site, coalition);
    expect(first.getCoalition(site)).toBe(coalition);
    expect(second.getCoalition(site)).toBe(coalition);
    second.forgetCoalition(site);
    expect(processMap('coalition').has(site)).toBe(false);
    // The Git history (and so every citation made from it) is read once for all locales.
    const historyA = freshCopy<typeof import('../../plugins/historyCache')>(
      '../../plugins/historyCache',
    );
    const historyB = freshCopy<typeof import('../../plugins/historyCache')>(
      '../../plugins/historyCache',
    );
    const root = `${__dirname}/../../..`;
    expect(historyB.getGitHistory(root)).toBe(historyA.getGitHistory(root));
  });
});
