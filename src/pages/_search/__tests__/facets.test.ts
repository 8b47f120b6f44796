import {matchKnownValues, toPagefindFilters} from '../facets';

describe('search facets from the URL', () => {
  const none = {kind: [], city: [], topic: [], language: []};
  it('maps directory-style slugs onto the values the index knows', () => {
    const selection = {...none, city: ['los-angeles', 'Chicago', 'atlantis']};
    const all = {city: {'Los Angeles': 3, Chicago: 2}};
    expect(matchKnownValues(selection, all).city).toEqual(['Los Angeles', 'Chicago', 'atlantis']);
    expect(toPagefindFilters(matchKnownValues(selection, all))).toEqual({city: {any: ['Los Angeles', 'Chicago', 'atlantis']}});
  });
  it('leaves the selection alone before the filter index is loaded', () => {
    const selection = {...none, city: ['los-angeles']};
    expect(matchKnownValues(selection, null)).toBe(selection);
  });
});
