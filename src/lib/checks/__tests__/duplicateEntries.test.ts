import {
  checkDuplicateEntries,
  findDuplicates,
  identityKeys,
  normaliseName,
  type IdentityEntry,
} from '../duplicateEntries';

const org = (file: string, data: Record<string, unknown>): IdentityEntry => ({
  file,
  city: file.split('/')[1]!,
  data,
});
const existing = [
  org('directory/chicago/northside.yml', {
    name: 'Northside Rapid Response',
    alt_names: ['NRR'],
    maintainers: ['@keeper'],
    channels: [
      {kind: 'hotline', audience: 'need-help', value: '+13125550142'},
      {kind: 'email', audience: 'general', value: 'Help@Northside.org'},
      {kind: 'website', audience: 'general', value: 'https://www.northside.org/hotline/'},
      {kind: 'signal-username', audience: 'general', value: 'northside.01'},
    ],
  }),
  org('directory/denver/other.yml', {
    name: 'Other Group',
    channels: [{kind: 'website', audience: 'general', value: 'https://northside.org/'}],
  }),
];
const newEntry = (data: Record<string, unknown>, file = 'directory/chicago/new.yml') =>
  org(file, {name: 'A New Group', ...data});

describe('normaliseName', () => {
  it('folds case, width, accents, punctuation and spacing', () => {
    expect(normaliseName('Northside Rapid-Response')).toBe(
      normaliseName('NORTHSIDE rapid response'),
    );
    expect(normaliseName('Ｎｏｒｔｈｓｉｄｅ Rapid Response')).toBe(
      normaliseName('Northside Rapid Response'),
    );
    expect(normaliseName('Café Común')).toBe('cafecomun');
    expect(normaliseName('—')).toBe('');
  });
});

describe('findDuplicates', () => {
  it.each([
    ['the same name, differently spelled', {name: 'northside  RAPID-response'}, 'name'],
    ['an alternative name equal to its name', {alt_names: ['Northside Rapid Response!']}, 'name'],
    ['its alternative name as the name', {name: 'N.R.R.'}, 'name'],
    [
      'the hotline written another way',
      {channels: [{kind: 'phone', value: '+1 (312) 555-0142'}]},
      'phone',
    ],
    [
      'the e-mail address in other case',
      {channels: [{kind: 'email', value: 'help@NORTHSIDE.org'}]},
      'email',
    ],
    [
      'the web address without www. and slash',
      {channels: [{kind: 'website', value: 'https://NorthSide.org/hotline?ref=x#top'}]},
      'website',
    ],
    [
      'the web address filed as a form',
      {channels: [{kind: 'form', value: 'https://northside.org/Hotline'}]},
      'website',
    ],
    [
      'the Signal username',
      {channels: [{kind: 'signal-username', value: 'NorthSide.01'}]},
      'signal',
    ],
    [
      'a number filed under another kind',
      {channels: [{kind: 'website', value: '+13125550142'}]},
      'phone',
    ],
  ])('finds %s', (_what, data, kind) => {
    const matches = findDuplicates(newEntry(data), existing);
    expect(matches).toEqual([
      expect.objectContaining({
        file: 'directory/chicago/northside.yml',
        name: 'Northside Rapid Response',
        maintainers: ['@keeper'],
      }),
    ]);
    expect(matches[0]!.shared.map((item) => item.kind)).toContain(kind);
  });

  it('compares contact values across cities, names only within a city', () => {
    expect(
      findDuplicates(
        newEntry(
          {channels: [{kind: 'hotline', value: '+13125550142'}]},
          'directory/denver/new.yml',
        ),
        existing,
      ),
    ).toHaveLength(1);
    expect(
      findDuplicates(
        newEntry({name: 'Northside Rapid Response'}, 'directory/denver/new.yml'),
        existing,
      ),
    ).toEqual([]);
  });

  it('tells a different path on the same host apart, and the site root from a page', () => {
    expect(
      findDuplicates(
        newEntry({channels: [{kind: 'website', value: 'https://northside.org/other'}]}),
        existing,
      ),
    ).toEqual([]);
    expect(
      findDuplicates(
        newEntry({channels: [{kind: 'website', value: 'https://www.northside.org'}]}),
        existing,
      ).map((match) => match.file),
    ).toEqual(['directory/denver/other.yml']);
  });

  it('skips the entry itself, ignored files and values the previous version already had', () => {
    const same = org('directory/chicago/northside.yml', {name: 'Northside Rapid Response'});
    expect(findDuplicates(same, existing)).toEqual([]);
    expect(
      findDuplicates(newEntry({name: 'Northside Rapid Response'}), existing, {
        ignore: ['directory/chicago/northside.yml'],
      }),
    ).toEqual([]);
    const before = newEntry({channels: [{kind: 'website', value: 'https://northside.org/'}]});
    expect(
      findDuplicates(
        newEntry({channels: [{kind: 'website', value: 'https://northside.org/'}]}),
        existing,
        {previous: before},
      ),
    ).toEqual([]);
  });

  it('reads any shape without throwing', () => {
    for (const data of [
      null,
      'text',
      [],
      {name: 7, channels: 'x'},
      {channels: [null, 3, {value: 5}, {kind: 'website', value: 'not a url'}]},
    ]) {
      expect(() => identityKeys({file: 'directory/x/y.yml', city: 'x', data})).not.toThrow();
    }
  });
});

describe('checkDuplicateEntries', () => {
  it('warns on both files, at the shared field, naming the other file', () => {
    const locate = (path: readonly PropertyKey[]) => ({line: path.length + 10, column: 3});
    const copy = {
      ...newEntry({
        name: 'Northside Rapid Response',
        channels: [{kind: 'hotline', value: '+13125550142'}],
      }),
      locate,
    };
    const problems = checkDuplicateEntries([{...existing[0]!, locate}, existing[1]!, copy]);
    expect(
      problems.map((problem) => [problem.file, problem.field, problem.severity, problem.rule]),
    ).toEqual([
      ['directory/chicago/northside.yml', 'name', 'warning', 'duplicate-entry'],
      ['directory/chicago/new.yml', 'name', 'warning', 'duplicate-entry'],
    ]);
    expect(problems[1]!.line).toBe(11);
    expect(problems[1]!.message).toBe(
      'This entry shares the name "Northside Rapid Response" and the phone number "+13125550142" with directory/chicago/northside.yml: it may duplicate or replace that organisation\'s entry, whose maintainers must agree.',
    );
    expect(problems[1]!.fix).toContain(
      'change directory/chicago/northside.yml instead of adding a second file',
    );
  });

  it('stays quiet when nothing is shared', () => {
    expect(checkDuplicateEntries(existing.slice(0, 1))).toEqual([]);
  });
});
