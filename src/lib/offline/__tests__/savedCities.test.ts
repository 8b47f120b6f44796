import {
  cityOfPage,
  emptyIndex,
  isStorable,
  parseIndex,
  withCity,
  withoutCity,
  cacheNameOf,
  type SavedCity,
} from '../savedCities';

const scope = 'https://example.org/commons/';
const city = (key: string, urls: string[], savedAt = '2026-03-01T10:00:00.000Z'): SavedCity => ({
  key,
  name: key.split(':')[1]!,
  locale: key.split(':')[0]!,
  url: urls[0]!,
  scope,
  savedAt,
  urls,
});

const chicago = city('en:chicago', [
  `${scope}directory/chicago`,
  `${scope}directory/chicago/hotline`,
  `${scope}assets/js/main.js`,
  `${scope}assets/css/styles.css`,
]);
const denver = city('en:denver', [
  `${scope}directory/denver`,
  `${scope}assets/js/main.js`,
  `${scope}assets/css/styles.css`,
]);

describe('the index of saved cities', () => {
  it('keeps files another saved city needs when one city is removed, and forgets the rest', () => {
    const index = withCity(withCity(emptyIndex(), chicago).index, denver).index;
    const {index: after, orphans} = withoutCity(index, 'en:chicago');
    expect(Object.keys(after.cities)).toEqual(['en:denver']);
    expect(orphans.sort()).toEqual([
      `${scope}directory/chicago`,
      `${scope}directory/chicago/hotline`,
    ]);
    const last = withoutCity(after, 'en:denver');
    expect(last.index.cities).toEqual({});
    expect(last.orphans.sort()).toEqual(denver.urls.slice().sort());
  });

  it('saving a city again forgets what its earlier copy held and the new one does not', () => {
    const first = withCity(emptyIndex(), chicago).index;
    const again = withCity(first, {
      ...chicago,
      urls: [`${scope}directory/chicago`, `${scope}assets/js/main.2.js`],
    });
    expect(again.orphans.sort()).toEqual([
      `${scope}assets/css/styles.css`,
      `${scope}assets/js/main.js`,
      `${scope}directory/chicago/hotline`,
    ]);
  });

  it('removing a city that is not saved changes nothing', () => {
    const index = withCity(emptyIndex(), chicago).index;
    expect(withoutCity(index, 'es:chicago')).toEqual({index, orphans: []});
  });

  it('reads what another version or a broken storage left as an empty or partial index, never throwing', () => {
    expect(parseIndex(null)).toEqual(emptyIndex());
    expect(parseIndex('not json')).toEqual(emptyIndex());
    expect(parseIndex('[]')).toEqual(emptyIndex());
    expect(
      parseIndex(
        JSON.stringify({
          cities: {
            'en:x': {key: 'en:y'},
            'en:chicago': chicago,
            'en:z': {...chicago, key: 'en:z', urls: [1]},
          },
        }),
      ),
    ).toEqual({version: 1, cities: {'en:chicago': chicago}});
  });

  it('finds the saved city of a page from its address, whatever its query or trailing slash', () => {
    const index = withCity(emptyIndex(), chicago).index;
    expect(cityOfPage(index, `${scope}directory/chicago/hotline?utm=x#top`)?.key).toBe(
      'en:chicago',
    );
    expect(cityOfPage(index, `${scope}directory/chicago/`)?.key).toBe('en:chicago');
    expect(cityOfPage(index, `${scope}directory/denver`)).toBeUndefined();
  });
});

describe('what the worker may store', () => {
  it.each([
    [`${scope}directory/chicago`, true],
    [`${scope}assets/js/main.js`, true],
    ['https://example.org/other/page', false],
    ['https://evil.example.net/commons/x', false],
    ['http://example.org/commons/x', false],
    ['https://user:pw@example.org/commons/x', false],
    [`${scope}__offline-index.json`, false],
    ['data:text/html,hi', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isStorable(url, scope)).toBe(allowed);
  });

  it('keeps one cache per worker scope, so each language is removed alone', () => {
    expect(cacheNameOf('https://example.org/es/')).not.toBe(cacheNameOf('https://example.org/'));
  });
});
