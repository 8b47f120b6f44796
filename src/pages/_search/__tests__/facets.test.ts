import {
  PAGE_SIZE,
  matchKnownValues,
  restOfFirstPage,
  toPagefindFilters,
  withoutBlankValues,
} from '../facets';

describe('search facets from the URL', () => {
  const none = {kind: [], city: [], topic: [], language: []};
  it('maps directory-style slugs onto the values the index knows', () => {
    const selection = {...none, city: ['los-angeles', 'Chicago', 'atlantis']};
    const all = {city: {'Los Angeles': 3, Chicago: 2}};
    expect(matchKnownValues(selection, all).city).toEqual(['Los Angeles', 'Chicago', 'atlantis']);
    expect(toPagefindFilters(matchKnownValues(selection, all))).toEqual({
      city: {any: ['Los Angeles', 'Chicago', 'atlantis']},
    });
  });
  it('leaves the selection alone before the filter index is loaded', () => {
    const selection = {...none, city: ['los-angeles']};
    expect(matchKnownValues(selection, null)).toBe(selection);
  });
});

describe('withoutBlankValues', () => {
  it('drops the empty fields a plain form sends (the directory search: ?kind=organization&topic=&city=Chicago)', () => {
    const selection = withoutBlankValues({
      kind: ['organization'],
      city: ['Chicago'],
      topic: [''],
      language: [' '],
    });
    expect(selection).toEqual({kind: ['organization'], city: ['Chicago'], topic: [], language: []});
    expect(toPagefindFilters(selection)).toEqual({
      kind: {any: ['organization']},
      city: {any: ['Chicago']},
    });
    // A link written before the data values took the US spelling still selects organisations.
    expect(
      withoutBlankValues({kind: ['organisation'], city: [], topic: [], language: []}).kind,
    ).toEqual(['organization']);
  });
});

describe('restOfFirstPage', () => {
  it('fetches the rest of the first page once its first result is on screen', () => {
    expect(restOfFirstPage(1, 250)).toEqual({start: 1, end: PAGE_SIZE});
    expect(restOfFirstPage(1, 4)).toEqual({start: 1, end: 4});
  });
  it('fetches nothing before the first result, for a single result, or once the page is full', () => {
    expect(restOfFirstPage(0, 250)).toBeNull();
    expect(restOfFirstPage(1, 1)).toBeNull();
    expect(restOfFirstPage(0, 0)).toBeNull();
    expect(restOfFirstPage(PAGE_SIZE, 250)).toBeNull();
    expect(restOfFirstPage(4, 4)).toBeNull();
  });
  it('leaves pages added by "more results" alone', () => {
    expect(restOfFirstPage(2 * PAGE_SIZE, 250)).toBeNull();
  });
});
