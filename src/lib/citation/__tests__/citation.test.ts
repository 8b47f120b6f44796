import {citationKey, cslItem, formatCitations, type CitationInput} from '..';

/** The fixture organisation page, as the build describes it. */
const PAGE: CitationInput = {
  key: citationKey('/directory/minneapolis/fixture-legal-aid'),
  title: 'Fixture Legal Aid',
  authors: ['Fixture Legal Aid'],
  siteName: 'Sanctuary Commons',
  url: 'https://sanctuary-commons.example.org/directory/minneapolis/fixture-legal-aid',
  updated: '2026-11-02',
  commit: 'c11e9238b9b448cb3f722881bea38b9cc65f3709',
  language: 'en',
};

describe('citations of a known page', () => {
  const citations = formatCitations(PAGE);

  it('gives exact BibTeX', () => {
    expect(citations.bibtex).toBe(
      [
        '@misc{sc_directory_minneapolis_fixture_legal_aid,',
        '\tauthor = {{Fixture Legal Aid}},',
        '\tyear = {2026},',
        '\tmonth = {nov 2},',
        '\tnote = {Git commit c11e9238b9b448cb3f722881bea38b9cc65f3709},',
        '\ttitle = {Fixture {Legal} {Aid}},',
        '\turl = {https://sanctuary-commons.example.org/directory/minneapolis/fixture-legal-aid},',
        '\thowpublished = {https://sanctuary-commons.example.org/directory/minneapolis/fixture-legal-aid},',
        '}',
      ].join('\n'),
    );
  });

  it('gives exact CSL-JSON', () => {
    expect(JSON.parse(citations.cslJson)).toEqual([
      {
        id: 'sc_directory_minneapolis_fixture_legal_aid',
        'citation-key': 'sc_directory_minneapolis_fixture_legal_aid',
        type: 'webpage',
        title: 'Fixture Legal Aid',
        author: [{literal: 'Fixture Legal Aid'}],
        'container-title': 'Sanctuary Commons',
        URL: 'https://sanctuary-commons.example.org/directory/minneapolis/fixture-legal-aid',
        issued: {'date-parts': [[2026, 11, 2]]},
        version: 'c11e923',
        note: 'Git commit c11e9238b9b448cb3f722881bea38b9cc65f3709',
        language: 'en',
      },
    ]);
  });

  it('gives APA and Chicago text', () => {
    expect(citations.apa).toBe(
      'Fixture Legal Aid. (2026, November 2). Fixture Legal Aid. Sanctuary Commons. https://sanctuary-commons.example.org/directory/minneapolis/fixture-legal-aid',
    );
    expect(citations.chicago).toBe(
      'Fixture Legal Aid. 2026. “Fixture Legal Aid.” Sanctuary Commons. Revision c11e923. Last modified November 2, 2026. https://sanctuary-commons.example.org/directory/minneapolis/fixture-legal-aid.',
    );
  });

  it('gives RIS with one tag per line and the URL unbroken', () => {
    expect(citations.ris.split('\n')).toEqual([
      'TY  - ELEC',
      'AU  - Fixture Legal Aid',
      'DA  - 2026/11/2/',
      'PY  - 2026',
      'ID  - sc_directory_minneap', // citation-js keeps the first 20 characters of RIS IDs
      'LA  - en',
      'N1  - Git commit c11e9238b9b448cb3f722881bea38b9cc65f3709',
      'TI  - Fixture Legal Aid',
      'UR  - https://sanctuary-commons.example.org/directory/minneapolis/fixture-legal-aid',
      'ER  - ',
    ]);
  });

  it('lists several contributing organisations as authors', () => {
    const many = formatCitations({
      ...PAGE,
      authors: ['North Legal Aid', 'South Rapid Response', 'East Bond Fund'],
    });
    expect(many.apa).toMatch(
      /^North Legal Aid, South Rapid Response, & East Bond Fund\. \(2026, November 2\)/,
    );
    expect(many.chicago).toMatch(
      /^North Legal Aid, South Rapid Response, and East Bond Fund\. 2026\./,
    );
    expect(many.bibtex).toContain(
      'author = {{North Legal Aid} and {South Rapid Response} and {East Bond Fund}}',
    );
  });

  it('cites "n.d." and the access date when the history is unknown (shallow clone)', () => {
    const undated = formatCitations({...PAGE, updated: undefined, accessed: '2026-11-29'});
    expect(undated.apa).toContain('(n.d.)');
    expect(undated.apa).toContain('Retrieved November 29, 2026');
    expect(undated.chicago).toContain('n.d.');
    expect(undated.chicago).toContain('Accessed November 29, 2026');
  });

  it('refuses keys that BibTeX would mangle and dates that are not ISO', () => {
    expect(() => cslItem({...PAGE, key: 'a-b'})).toThrow(/Citation key "a-b"/);
    expect(() => cslItem({...PAGE, updated: '02/11/2026'})).toThrow(/ISO 8601/);
  });
});
