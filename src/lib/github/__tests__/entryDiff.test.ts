import type {Nodes} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {diffEntry, entryDiffLines, isContactChange, renderEntryChanges} from '../entryDiff';
import {readEntryVersion, MAX_ENTRY_BYTES} from '../entryVersions';

const org = (overrides: Record<string, unknown> = {}) => ({
  name: 'Northside Legal Help',
  types: ['legal-aid'],
  summary: {en: 'Free consultations.'},
  languages: ['en', 'es'],
  channels: [
    {kind: 'hotline', audience: 'need-help', value: '+16125550142', hours: 'Mo-Fr 09:00-17:00'},
    {kind: 'website', audience: 'general', value: 'https://northside.example.org/'},
    {kind: 'email', audience: 'press', value: 'press@northside.example.org'},
  ],
  coverage: {area: 'North Minneapolis'},
  status: 'active',
  maintainers: ['@northside'],
  ...overrides,
});

const lines = (
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
) =>
  entryDiffLines({
    file: 'directory/minneapolis/northside.yml',
    ...(before ? {before: {data: before}} : {}),
    ...(after ? {after: {data: after}} : {}),
    cityCountry: 'US',
  });

/** Node types of the rendered Markdown: a contact value must never become a link. */
function nodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  const walk = (node: Nodes) => {
    types.add(node.type);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown));
  return types;
}

describe('entryDiffLines', () => {
  it("spells out a changed number old → new, with country and line type, and flags one outside the city's country", () => {
    const after = org({
      channels: [
        {kind: 'hotline', audience: 'need-help', value: '+18765551234', hours: 'Mo-Fr 09:00-17:00'},
        ...org().channels.slice(1),
      ],
    });
    expect(lines(org(), after)).toEqual([
      '**`directory/minneapolis/northside.yml`** (changed)',
      '',
      "- hotline (need-help): `+1 612 555 0142` (US, fixed line or mobile) → `+1 876 555 1234` (JM, mobile; not in the city's country (US))",
      '',
    ]);
  });

  it('shows changed hours, languages, audience and status, and flags added and removed channels', () => {
    const after = org({
      status: 'paused',
      languages: ['en', 'so'],
      channels: [
        {
          kind: 'hotline',
          audience: 'general',
          value: '+16125550142',
          hours: '24/7',
          languages: ['so'],
        },
        {kind: 'website', audience: 'general', value: 'https://northside.example.org/'},
        {kind: 'signal-username', audience: 'volunteer', value: 'northside.01'},
      ],
    });
    const text = lines(org(), after).join('\n');
    expect(text).toContain(
      '- hotline (need-help) → hotline (general) `+1 612 555 0142` (US, fixed line or mobile); hours `Mo-Fr 09:00-17:00` → `24/7`; languages added: `[so]`',
    );
    expect(text).toContain('- ➕ **new channel** signal-username (volunteer): `northside.01`');
    expect(text).toContain('- ✖ **removed channel** email (press): `press@northside.example.org`');
    expect(text).toContain('- `status`: `active` → `paused`');
    expect(text).toContain('- `languages`: `[en, es]` → `[en, so]`');
  });

  it('lists every field of a new entry, every contact spelled out', () => {
    const text = lines(undefined, org()).join('\n');
    expect(text).toContain('(new)');
    for (const expected of [
      '- `name`: `Northside Legal Help`',
      '- channel hotline (need-help): `+1 612 555 0142` (US, fixed line or mobile); hours `Mo-Fr 09:00-17:00`',
      '- channel website (general): `https://northside.example.org/`',
      '- channel email (press): `press@northside.example.org`',
      '- `types`: `[legal-aid]`',
      '- `summary.en`: `Free consultations.`',
      '- `coverage.area`: `North Minneapolis`',
      '- `maintainers`: `[@northside]`',
    ])
      expect(text).toContain(expected);
  });

  it('lists the contacts a removed entry takes away', () => {
    expect(lines(org(), undefined).join('\n')).toContain(
      '- removed channel hotline (need-help): `+1 612 555 0142` (US, fixed line or mobile)',
    );
  });

  it('never turns a contact value into a link, a mention or HTML', () => {
    const after = org({
      name: '@everyone <b>x</b>',
      channels: [
        {kind: 'website', audience: 'general', value: 'https://evil.example/#1'},
        {kind: 'email', audience: 'press', value: '@maintainers@evil.example'},
      ],
    });
    const markdown = lines(org(), after).join('\n');
    const types = nodeTypes(markdown);
    expect(types.has('link')).toBe(false);
    expect(types.has('html')).toBe(false);
    expect(markdown).toContain('`https://evil.example/#1`');
  });

  it('shows a number written in another form than E.164 as written, and a value that is not a number', () => {
    const after = org({
      channels: [
        {kind: 'hotline', audience: 'need-help', value: '+1 (612) 555-0199'},
        {kind: 'phone', audience: 'general', value: 'call us'},
      ],
    });
    const text = lines(undefined, after).join('\n');
    expect(text).toContain(
      '`+1 612 555 0199` (US, fixed line or mobile, written `+1 (612) 555-0199`)',
    );
    expect(text).toContain('`call us` (not a phone number libphonenumber recognises)');
  });

  it('pairs a channel that moved by its value, and says the order changed', () => {
    const [hotline, website, email] = org().channels;
    const changes = diffEntry(org(), org({channels: [website, hotline, email]}));
    expect(changes).toEqual([{type: 'channel-order', after: expect.any(Array)}]);
    expect(renderEntryChanges(changes, {mode: 'changed'})).toEqual([
      '- the channels are now shown in this order: website (general), hotline (need-help), email (press)',
    ]);
  });

  it('shows a long text around its first difference, so a change past the cut is seen', () => {
    const long = 'a'.repeat(400);
    const text = lines(org({summary: {en: `${long}b`}}), org({summary: {en: `${long}c`}})).join(
      '\n',
    );
    expect(text).toMatch(
      /`summary\.en`: …`a+b` \(from character 341, 401 characters\) → …`a+c` \(from character 341, 401 characters\)/,
    );
  });

  it('says when a field is added or removed, and when nothing but formatting changed', () => {
    const {coverage: _coverage, ...withoutCoverage} = org();
    const text = lines(org(), {...withoutCoverage, sample: true}).join('\n');
    expect(text).toContain('- `coverage.area` removed (was `North Minneapolis`)');
    expect(text).toContain('- `sample` added: `true`');
    expect(lines(org(), org())).toContain(
      '- no field changed (only formatting, comments or the file name)',
    );
  });

  it('compares any shape of data without failing, and says when a version cannot be read', () => {
    expect(
      lines(org(), org({channels: 'not a list', extra: {deep: [{x: 1}]}})).join('\n'),
    ).toContain('- `extra.deep[0].x` added: `1`');
    const unreadable = entryDiffLines({
      file: 'directory/x/y.yml',
      before: {data: org()},
      after: readEntryVersion('directory/x/y.yml', 'name: [unclosed'),
    });
    expect(unreadable.join('\n')).toMatch(/⚠ the proposed version could not be read: line 1: YAML/);
    expect(readEntryVersion('f.yml', `name: ${'x'.repeat(MAX_ENTRY_BYTES)}`)).toEqual({
      error: expect.stringMatching(/bytes, more than the 65536/),
    });
    expect(readEntryVersion('f.yml', '- a list')).toEqual({
      error: 'the file is not a YAML map of fields.',
    });
    expect(readEntryVersion('f.yml', 'a: !!js/function "x"')).toEqual({
      error: expect.stringContaining('tag'),
    });
  });
});

describe('isContactChange (what a report never cuts)', () => {
  it.each([
    ['channels[3].value'],
    ['channels[0].label'],
    ['channels[1].international'],
    ['channels'],
    ['channels.value'],
    ['name'],
    ['maintainers'],
    ['status'],
    ['policy.source_url'],
    ['contact.email'],
    ['x.signal'],
    ['alt_names'],
  ])('treats the field %s as a contact', (field) =>
    expect(isContactChange(field, 'a', 'b')).toBe(true),
  );

  it.each([
    ['a phone number', 'Call +1 876 555 0123 now'],
    ['Arabic-Indic digits', 'اتصل ٦١٢٥٥٥٠١٠٠'],
    ['an e-mail', 'help@evil.example'],
    ['a full-width at sign', 'help＠evil.example'],
    ['a link', 'see https://evil.example'],
    ['www.', 'www.evil.example'],
  ])('treats a bulk field carrying %s as a contact', (_what, text) => {
    expect(isContactChange('summary.en', 'Old text', text)).toBe(true);
  });

  it('leaves plain prose and short numbers as bulk detail', () => {
    expect(
      isContactChange('summary.en', 'Legal help for families.', 'Legal help for 40 families.'),
    ).toBe(false);
    expect(isContactChange('description.es', undefined, 'Ayuda legal.')).toBe(false);
  });
});
