import {confusableSkeleton} from '../../rules/confusableSkeleton';
import {
  checkDuplicateEntries,
  findDuplicates,
  nameKeys,
  type IdentityEntry,
} from '../duplicateEntries';

// Attack review 2, A6: a second entry whose name only looks like another's (look-alike letters) must get the
// duplicate-entry warning, so the existing entry's maintainers are asked.
const org = (file: string, name: string, website: string): IdentityEntry => ({
  file,
  city: file.split('/')[1]!,
  data: {name, channels: [{kind: 'website', audience: 'general', value: website}]},
});
const original = org(
  'directory/minneapolis/fixture-rapid-response.yml',
  'Fixture Rapid Response (sample)',
  'https://rapid.example.org/',
);

describe('look-alike names are duplicates (attack review 2, A6)', () => {
  it.each([
    ['a Cyrillic а', 'Fixture R\u0430pid Response (sample)'],
    ['a capital I for l', 'Fixture Rapid Response (sampIe)'],
    ['a digit 1 for l', 'Fixture Rapid Response (samp1e)'],
    ['a Greek omicron', 'Fixture Rapid Resp\u03BFnse (sample)'],
    ['capitals and a Cyrillic А', 'FIXTURE R\u0410PID RESPONSE (SAMPLE)'],
    ['a Cyrillic а and a capital I together', 'Fixture R\u0430pid Response (sampIe)'],
    ['a dotless i', 'F\u0131xture Rapid Response (sample)'],
    ['rn for m', 'Fixture Rapid Response (sarnple)'],
    ['full-width letters', 'Ｆｉｘｔｕｒｅ Rapid Response (sample)'],
    ['a zero-width space', 'Fixture Ra\u200Bpid Response (sample)'],
    ['a mathematical letter', 'Fixture \uD835\uDC11apid Response (sample)'],
    ['case and a Cyrillic і', 'fixture rap\u0456d response (sample)'],
  ])('%s', (_what, name) => {
    const copy = org(
      'directory/minneapolis/fixture-rr-two.yml',
      name,
      'https://other.example.org/',
    );
    expect(findDuplicates(copy, [original])).toEqual([
      expect.objectContaining({
        file: original.file,
        shared: [{kind: 'name', shown: name, path: ['name']}],
      }),
    ]);
    const warnings = checkDuplicateEntries([original, copy]);
    expect(warnings.map((warning) => [warning.file, warning.rule, warning.field])).toEqual([
      [original.file, 'duplicate-entry', 'name'],
      [copy.file, 'duplicate-entry', 'name'],
    ]);
    expect(warnings[1]!.message).toBe(
      `This entry shares the name "${name}" with ${original.file}: it may duplicate or replace that organisation's entry, whose maintainers must agree.`,
    );
  });

  it.each([
    'Fixture Legal Aid (sample)',
    'Fixture Rapid Responders (sample)',
    'Immigrant Law Center',
  ])('tells a different name apart: %s', (name) => {
    const other = org('directory/minneapolis/x.yml', name, 'https://other.example.org/');
    expect(findDuplicates(other, [original])).toEqual([]);
  });

  it('still matches names that differ only in case', () => {
    const a = org('directory/minneapolis/a.yml', 'Immigrant Law Center', 'https://a.example.org/');
    const b = org('directory/minneapolis/b.yml', 'IMMIGRANT LAW CENTER', 'https://b.example.org/');
    expect(findDuplicates(b, [a])).toHaveLength(1);
  });

  it('computes the UTS #39 skeleton', () => {
    expect(confusableSkeleton('R\u0430pid')).toBe(confusableSkeleton('Rapid'));
    expect(confusableSkeleton('sampIe')).toBe(confusableSkeleton('sample'));
    expect(confusableSkeleton('paypal')).not.toBe(confusableSkeleton('paypol'));
    expect(nameKeys('  ')).toEqual([]);
  });
});
