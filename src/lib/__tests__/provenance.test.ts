import type {GitHistory} from '../gitHistory';
import {pageProvenance, type ProvenanceContext} from '../provenance';

const COMMIT = 'c11e9238b9b448cb3f722881bea38b9cc65f3709';
const PAGE = {
  file: 'directory/minneapolis/fixture-legal-aid.yml',
  sitePath: '/directory/minneapolis/fixture-legal-aid',
  title: 'Fixture Legal Aid',
  authors: ['Fixture Legal Aid'],
  language: 'en',
};

function context(history: GitHistory): ProvenanceContext {
  return {
    history,
    siteUrl: 'https://sanctuary-commons.example.org/',
    siteName: 'Sanctuary Commons',
    repositoryUrl: 'https://github.com/sanctuary-commons/sanctuary-commons',
    branch: 'main',
    buildDate: '2026-11-29',
  };
}

describe('pageProvenance', () => {
  it('dates and cites a page from its file history, with a link to that history on GitHub', () => {
    const history: GitHistory = {
      available: true,
      head: 'f'.repeat(40),
      prefix: 'site/',
      files: new Map([
        [
          PAGE.file,
          {
            created: '2026-01-05T23:30:00-05:00',
            updated: '2026-11-02T10:00:00+00:00',
            commit: COMMIT,
            commits: 4,
          },
        ],
      ]),
      events: [],
    };
    const result = pageProvenance(context(history), PAGE);
    // Git dates are reported as UTC calendar days.
    expect(result.history).toEqual({
      status: 'available',
      created: '2026-01-06',
      updated: '2026-11-02',
      commit: COMMIT,
      commits: 4,
    });
    expect(result.historyUrl).toBe(
      'https://github.com/sanctuary-commons/sanctuary-commons/commits/main/site/directory/minneapolis/fixture-legal-aid.yml',
    );
    expect(result.citation.fileName).toBe('sc_directory_minneapolis_fixture_legal_aid');
    expect(JSON.parse(result.citation.cslJson)[0]).toMatchObject({
      issued: {'date-parts': [[2026, 11, 2]]},
      version: 'c11e923',
      URL: 'https://sanctuary-commons.example.org/directory/minneapolis/fixture-legal-aid',
    });
  });

  it('on a shallow clone says so, cites "n.d." with the access date and the build commit, and never invents a date', () => {
    const result = pageProvenance(
      context({available: false, reason: 'shallow', head: COMMIT, prefix: ''}),
      PAGE,
    );
    expect(result.history).toEqual({status: 'unavailable', reason: 'shallow'});
    const item = JSON.parse(result.citation.cslJson)[0];
    expect(item.issued).toBeUndefined();
    expect(item.accessed).toEqual({'date-parts': [[2026, 11, 29]]});
    expect(item.note).toBe(`Git commit ${COMMIT}`);
    expect(result.citation.apa).toContain('(n.d.)');
  });

  it('marks a file that is not committed yet as untracked', () => {
    const result = pageProvenance(
      context({available: true, head: COMMIT, prefix: '', files: new Map(), events: []}),
      PAGE,
    );
    expect(result.history).toEqual({status: 'unavailable', reason: 'untracked'});
  });
});
