import {checkDirectoryEntry} from '../../directoryEntry';
import {isPersonalMailbox} from '../../rules/personalData';
import {checkCoverageArea} from '../coverageArea';
import {checkNamedPersonAddress} from '../namedPersonAddress';

const NOW = new Date('2026-11-29T12:00:00Z');
const entry = (email: string, area: string) => `name: Test Org
types: [legal-aid]
summary: {en: A test organisation.}
languages: [en]
channels:
  - {kind: email, audience: general, value: ${email}}
coverage:
  area: ${area}
status: active
verified: {date: "2026-11-20", method: phone}
maintainers: ["@sanctuary-commons/test"]
consent: "2026-11-20"
`;

describe('named-person addresses (warning)', () => {
  it.each([
    'maria.lopez@riverside.org',
    'j.smith@riverside.org',
    'ana_garcia@riverside.org',
    'josé.pérez@riverside.org',
  ])('warns for %s', (email) => {
    expect(checkNamedPersonAddress(email)?.message).toBe(
      `"${email}" looks like a named person's address (first.last@).`,
    );
  });
  it.each([
    'info@riverside.org',
    'legal.aid@riverside.org',
    'rapid.response@riverside.org',
    'intake@riverside.org',
    'team2026@riverside.org',
    'a.b.c@riverside.org',
    'city-food@riverside.org',
  ])('does not warn for %s', (email) => {
    expect(checkNamedPersonAddress(email)).toBeNull();
  });
});

describe('a street address in coverage.area (error)', () => {
  it('finds one in a single text or in any locale', () => {
    expect(checkCoverageArea('North Minneapolis')).toEqual([]);
    expect(checkCoverageArea('Near 1234 W Lake St').map((finding) => finding.field)).toEqual([
      'coverage.area',
    ]);
    expect(
      checkCoverageArea({en: 'Phillips', es: 'Cerca de 2500 Bloomington Ave'}).map(
        (finding) => finding.field,
      ),
    ).toEqual(['coverage.area.es']);
    expect(checkCoverageArea(42)).toEqual([]);
  });
});

describe('npm run validate reports them (the same checks the import uses)', () => {
  it('an error for the address in coverage.area (and not also the plain-text warning), a warning for a first.last@ address', () => {
    const {problems} = checkDirectoryEntry({
      file: 'directory/minneapolis/test-org.yml',
      text: entry('maria.lopez@riverside.org', '1234 W Lake St'),
      kind: 'organization',
      siteDir: '/site',
      now: NOW,
    });
    expect(
      problems.map((problem) => [problem.severity, problem.rule, problem.field, problem.line]),
    ).toEqual([
      ['warning', 'named-person-address', 'channels[0].value', 6],
      ['error', 'street-address-in-coverage', 'coverage.area', 8],
    ]);
  });
});

describe('personal mailboxes come from the email-providers package', () => {
  it.each([
    'someone@gmail.com',
    'someone@yahoo.com.mx',
    'someone@hotmail.es',
    'someone@proton.me',
    'someone@GMAIL.COM',
    'someone@outlook.com',
  ])('%s is a personal mailbox', (email) => {
    expect(isPersonalMailbox(email)).toBe(true);
  });
  it.each([
    'help@riverside.org',
    'volunteer@northside.example.org',
    'someone@gmail.com.evil.org',
    'email@example.com',
  ])('%s is not', (email) => {
    expect(isPersonalMailbox(email)).toBe(false);
  });
});
