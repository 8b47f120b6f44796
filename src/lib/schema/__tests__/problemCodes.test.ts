import * as z from 'zod';
import {PROBLEM_TEXTS, problemTextIn} from '../../checks/problemTexts';
import {FILE_TEXTS} from '../../checks/texts/files';
import {checkDirectoryEntry} from '../../directoryEntry';
import {parseJsonSource} from '../../jsonSource';
import type {Problem} from '../../problems';
import {parseYamlSource, zodProblems} from '../../yamlSource';
import {blogAuthorSchema} from '../blogAuthors';
import {citySchema} from '../city';
import {collectionSchema, collectionsFileSchema} from '../collection';
import {guideFrontMatterSchema} from '../guide';
import {sameAsEnglishSchema} from '../interfaceTranslation';
import {mirrorSchema, mirrorsFileSchema, signingKeySchema} from '../mirrors';
import {channelSchema, organizationSchema} from '../organization';
import {docIdSchema, localImageSchema, sitePathSchema} from '../paths';
import {playbookFrontMatterSchema} from '../playbook';
import {postFrontMatterSchema} from '../post';
import {oneIssuePerUnknownKey} from '../strict';
import {translationFrontMatterSchema} from '../translation';

/**
 * Every problem of reading a contributed file carries a catalogue code (checks/texts/files.ts) of its own rule,
 * with the values its texts quote, so the CLI, the pull-request report and the /contribute form read it in
 * English, Spanish and French from one entry. Each probe below is a hostile value that must give one code.
 */

const FILE = 'directory/testville/x.yml';
const nowhere = {locate: () => ({line: 1, column: 1})};

/** A field's schema is checked under the key `field` (a problem at the file itself is worded apart). */
function problemsOf(schema: z.ZodType, input: unknown, split = false, atFile = false): Problem[] {
  const result = (atFile ? schema : z.object({field: schema})).safeParse(
    atFile ? input : {field: input},
    {reportInput: true},
  );
  if (result.success) return [];
  return zodProblems(FILE, nowhere, split ? oneIssuePerUnknownKey(result.error) : result.error);
}

/** Fails with the problems that have no code, a code of another rule, or no Spanish or French text. */
function expectCoded(problems: readonly Problem[]): void {
  const flawed = problems.flatMap((problem) => {
    if (!problem.code) return [`no code: ${problem.rule} ${problem.message}`];
    if (PROBLEM_TEXTS[problem.code].rule !== problem.rule)
      return [`${problem.code} reported under ${problem.rule}`];
    return (['es', 'fr'] as const)
      .filter((locale) => problemTextIn(problem, locale).isFallback)
      .map(
        (locale) => `${problem.code} has no ${locale} text with ${JSON.stringify(problem.values)}`,
      );
  });
  expect(flawed).toEqual([]);
}

const channel = (extra: Record<string, unknown>) => ({
  kind: 'website',
  audience: 'general',
  value: 'https://valid.example.org/',
  ...extra,
});
const phone = (value: string, extra: Record<string, unknown> = {}) =>
  channel({kind: 'hotline', value, ...extra});
const ONION = 'pwqqpzp5i7tbh7mhxabcafvfe3g6xf62vpsghgsdk7bp3bst25urdxyd.onion';
const MISTYPED_ONION = ONION.replace('xabc', 'xbbc');
const mirror = (url: string, extra: Record<string, unknown> = {}) => ({
  url,
  operator: 'A collective',
  since: '2026-01-01',
  ...extra,
});

/** [what, schema, input, the code it must give, whether the input is the whole file]. */
const PROBES: [string, z.ZodType, unknown, string, boolean?][] = [
  ['missing field', channelSchema, {kind: 'website', audience: 'general'}, 'schema.missing'],
  [
    'missing choice',
    channelSchema,
    {value: 'https://a.example.org/', audience: 'general'},
    'schema.missing-choice',
  ],
  ['text as number', channelSchema, channel({label: 5}), 'schema.not-string'],
  ['number as text', organizationSchema.shape.review_every_months, 'six', 'schema.not-number'],
  ['fraction', organizationSchema.shape.review_every_months, 2.5, 'schema.not-int'],
  ['boolean as text', organizationSchema.shape.sample, 'yes', 'schema.not-boolean'],
  ['list as text', organizationSchema.shape.languages, 'en', 'schema.not-array'],
  ['map as list', organizationSchema.shape.verified, ['2026-01-01'], 'schema.not-object'],
  [
    'null as a union',
    organizationSchema.shape.coverage,
    {area: {en: 'North'}, counties: null},
    'schema.not-array',
  ],
  ['file as list', organizationSchema, ['a'], 'schema.file-wrong-type', true],
  ['not in the enum', channelSchema, channel({kind: 'fax'}), 'schema.not-allowed'],
  ['unknown key', channelSchema, channel({colour: 'red'}), 'schema.unknown-key'],
  ['unknown keys', channelSchema, channel({colour: 'red', size: 1}), 'schema.unknown-keys'],
  ['unknown key in the file', organizationSchema, {colour: 'red'}, 'schema.file-unknown-key', true],
  [
    'unknown keys in the file',
    organizationSchema,
    {colour: 'red', size: 1},
    'schema.file-unknown-keys',
    true,
  ],
  ['empty text', channelSchema, channel({label: ' '}), 'schema.empty'],
  ['too small', organizationSchema.shape.review_every_months, 0, 'schema.too-small'],
  ['too large', organizationSchema.shape.review_every_months, 25, 'schema.too-large'],
  ['too few (one)', collectionsFileSchema.shape.collections, [], 'schema.too-few-item'],
  [
    'too long',
    mirrorsFileSchema,
    {mirrors: Array.from({length: 501}, () => ({}))},
    'schema.too-large',
  ],
  ['longer than', channelSchema, channel({label: 'x'.repeat(61)}), 'schema.too-long-text'],
  [
    'description',
    playbookFrontMatterSchema.shape.description,
    'x'.repeat(301),
    'schema.description-too-long',
  ],
  ['formula', channelSchema, channel({label: '=HYPERLINK("x")'}), 'schema.formula'],
  ['slug', collectionSchema.shape.id, 'Not A Slug', 'schema.not-slug'],
  ['date', organizationSchema.shape.consent, '2026-13-45', 'schema.not-date'],
  ['language tag', organizationSchema.shape.languages, ['English'], 'schema.not-language-tag'],
  ['GitHub handle', organizationSchema.shape.maintainers, ['alice'], 'schema.not-github-handle'],
  [
    'https',
    citySchema.shape.policy,
    {summary: {en: 'S'}, source_url: 'http://city.example.org/', as_of: '2026-01-01'},
    'schema.not-https',
  ],
  [
    'extension as number',
    channelSchema,
    phone('+16125550142', {extension: 204}),
    'schema.extension-not-quoted',
  ],
  [
    'extension',
    channelSchema,
    phone('+16125550142', {extension: 'ext. 204'}),
    'schema.not-extension',
  ],
  ['hours', channelSchema, phone('+16125550142', {hours: 'Mo-Fr 09:00-'}), 'schema.hours'],
  [
    'international',
    channelSchema,
    channel({international: 'Why'}),
    'schema.international-not-phone',
  ],
  [
    'extension on e-mail',
    channelSchema,
    channel({kind: 'email', value: 'a@example.org', extension: '1'}),
    'schema.extension-not-phone',
  ],
  [
    'hidden character',
    channelSchema,
    channel({value: 'https://valid\u200B.example.org/'}),
    'schema.channel-hidden',
  ],
  [
    'invite',
    channelSchema,
    channel({value: 'https://chat.whatsapp.com/AbCdEf'}),
    'chat-invite.address',
  ],
  ['e-mail', channelSchema, channel({kind: 'email', value: 'not-an-address'}), 'schema.not-email'],
  [
    'mixed-script e-mail',
    channelSchema,
    channel({kind: 'email', value: 'help@xn--pypal-4ve.com'}),
    'schema.email-mixed-script',
  ],
  [
    'Signal',
    channelSchema,
    channel({kind: 'signal-username', value: 'alice'}),
    'schema.not-signal-username',
  ],
  ['no type', organizationSchema.shape.types, [], 'schema.needs-type'],
  ['no language', organizationSchema.shape.languages, [], 'schema.needs-language'],
  ['no channel', organizationSchema.shape.channels, [], 'schema.needs-channel'],
  ['no maintainer', organizationSchema.shape.maintainers, [], 'schema.needs-maintainer'],
  ['no city maintainer', citySchema.shape.maintainers, [], 'schema.needs-city-maintainer'],
  ['country', citySchema.shape.country, 'usa', 'schema.not-country-code'],
  ['country without a plan', citySchema.shape.country, 'ZZ', 'schema.country-without-plan'],
  ['latitude', citySchema.shape.coordinates, [91, 0], 'schema.not-latitude'],
  ['longitude', citySchema.shape.coordinates, [0, -181], 'schema.not-longitude'],
  ['a building', citySchema.shape.coordinates, [44.9781, -93.265], 'schema.coordinate-precision'],
  ['not a pair', citySchema.shape.coordinates, '44.978, -93.265', 'schema.not-coordinates'],
  ['time zone', citySchema.shape.timezone, 'Central', 'schema.not-time-zone'],
  [
    'handle',
    blogAuthorSchema,
    {name: 'Editors', socials: {github: 'not a handle!'}},
    'schema.not-handle-or-link',
  ],
  [
    'image twice',
    blogAuthorSchema,
    {name: 'E', image_url: '/img/a.png', imageURL: '/img/a.png'},
    'schema.image-url-twice',
  ],
  ['no name', blogAuthorSchema, {title: 'Editors'}, 'schema.author-needs-name'],
  [
    'step id',
    collectionSchema.shape.steps,
    [{doc: 'elsewhere/x'}, {doc: 'guides/a'}],
    'schema.not-step-id',
  ],
  ['one step', collectionSchema.shape.steps, [{doc: 'guides/a'}], 'schema.needs-two-steps'],
  [
    'edit link',
    guideFrontMatterSchema,
    {title: 'T', custom_edit_url: 'https://evil.example.net/'},
    'schema.custom-edit-url',
  ],
  ['message id', sameAsEnglishSchema, ['no-hash'], 'schema.not-message-id'],
  ['onion v2', mirrorSchema.shape.url, 'http://abcdefghijklmnop.onion/', 'schema.onion-version-2'],
  ['onion malformed', mirrorSchema.shape.url, 'http://abc.onion/', 'schema.onion-malformed'],
  ['onion checksum', mirrorSchema.shape.url, `http://${MISTYPED_ONION}/`, 'schema.onion-checksum'],
  ['onion scheme', mirrorSchema.shape.url, `ftp://${ONION}/`, 'schema.onion-scheme'],
  ['onion port', mirrorSchema.shape.url, `http://${ONION}:8080/`, 'schema.onion-extras'],
  [
    'sample but real',
    mirrorSchema,
    mirror('https://mirror.riverside.net/', {sample: true}),
    'schema.mirror-sample-real',
  ],
  [
    'real but example',
    mirrorSchema,
    mirror('https://mirror.example.org/'),
    'schema.mirror-reserved',
  ],
  ['mirror http', mirrorSchema.shape.url, 'http://mirror.example.net/', 'schema.mirror-not-https'],
  [
    'mirror query',
    mirrorSchema.shape.url,
    'https://mirror.example.net/?a=1',
    'schema.mirror-extras',
  ],
  [
    'principal',
    signingKeySchema,
    {principal: 'a b', key: 'x', since: '2026-01-01'},
    'schema.not-ssh-principal',
  ],
  [
    'ssh key',
    signingKeySchema,
    {principal: 'ab', key: 'not a key', since: '2026-01-01'},
    'schema.not-ssh-key',
  ],
  [
    'draft',
    guideFrontMatterSchema,
    {title: 'T', draft: true, unlisted: true},
    'schema.unlisted-draft',
  ],
  [
    'toc',
    guideFrontMatterSchema,
    {title: 'T', toc_min_heading_level: 4, toc_max_heading_level: 2},
    'schema.toc-levels',
  ],
  ['site path', sitePathSchema, 'https://evil.example.net/', 'schema.not-site-path'],
  ['doc id', docIdSchema, '../x', 'schema.not-doc-id'],
  ['remote image', localImageSchema, 'https://images.example.net/a.png', 'remote-image.image-key'],
  ['image path', localImageSchema, '/img/a.svg', 'schema.not-local-image'],
  ['no city', playbookFrontMatterSchema.shape.cities, [], 'schema.needs-city'],
  ['playbook id', playbookFrontMatterSchema.shape.related, ['guides/x'], 'schema.not-playbook-id'],
  [
    'inline author',
    postFrontMatterSchema,
    {title: 'T', authors: [{name: 'Ann'}]},
    'schema.inline-author',
  ],
  [
    'inline tag',
    postFrontMatterSchema,
    {title: 'T', authors: ['editors'], tags: [{label: 'x'}]},
    'schema.inline-tag',
  ],
  [
    'revision',
    translationFrontMatterSchema.shape.translated_from_revision,
    'abc',
    'schema.not-revision-id',
  ],
  [
    'wrong kind',
    postFrontMatterSchema,
    {title: 'T', authors: ['editors'], unknown: 1},
    'schema.unknown-keys-listed',
  ],
];

describe('schema problems carry a catalogue code of their rule, readable in Spanish and French', () => {
  // The table is passed by index: a zod schema as a test.each argument stalled Jest between two tests.
  it.each(PROBES.map(([what], index) => [what, index] as const))('%s', (_what, index) => {
    const [, schema, input, code, atFile] = PROBES[index]!;
    const problems = problemsOf(schema, input, false, atFile);
    expect(problems.map((problem) => problem.code)).toContain(code);
    expectCoded(problems);
  });

  it('one problem per unknown key, naming the keys allowed (or not, for a plain strict object)', () => {
    const listed = problemsOf(
      postFrontMatterSchema,
      {title: 'T', authors: ['e'], colour: 1},
      true,
      true,
    );
    expect(listed.map((problem) => [problem.code, problem.field])).toEqual([
      ['schema.unknown-key-listed', 'colour'],
    ]);
    expect(listed[0]!.message).toBe('"colour" is not an allowed key here.');
    expect(listed[0]!.fix).toMatch(/^Remove it, or check its spelling: .* takes only title, /);
    const plain = problemsOf(channelSchema, channel({colour: 'red'}), true);
    expect(plain.map((problem) => problem.code)).toEqual(['schema.unknown-key-unlisted']);
    expectCoded([...listed, ...plain]);
  });

  it('a mirror listed twice, and a remote image under its own rule', () => {
    const twice = problemsOf(mirrorsFileSchema, {
      mirrors: [
        mirror('https://mirror.example.net/', {sample: true}),
        mirror('https://mirror.example.net', {sample: true}),
      ],
    });
    expect(twice.map((problem) => problem.code)).toContain('schema.mirror-twice');
    const remote = problemsOf(localImageSchema, 'https://images.example.net/a.png');
    expect(remote.map((problem) => [problem.rule, problem.message])).toEqual([
      [
        'remote-image',
        '"https://images.example.net/a.png" is an image on another site: every reader\'s browser would request it.',
      ],
    ]);
    expectCoded([...twice, ...remote]);
  });

  it('keeps the English words readers and tests know, the field first', () => {
    const [missing] = problemsOf(
      channelSchema,
      {kind: 'website', audience: 'general'},
      false,
      true,
    );
    expect(missing).toMatchObject({
      message: '"value" is missing.',
      fix: 'Add "value" (string); see the template in templates/.',
      values: {field: 'value', key: 'value', expected: 'string'},
    });
    const [longer] = problemsOf(channelSchema, channel({label: 'x'.repeat(61)}), false, true);
    expect([longer!.message, longer!.fix]).toEqual([
      '"label" is longer than 60 characters.',
      'Shorten it to 60 characters or fewer.',
    ]);
    expect(problemTextIn(longer!, 'es').message).toBe(
      'El campo “label” tiene más de 60 caracteres.',
    );
  });
});

describe('reading a file: syntax and whole-file problems carry codes', () => {
  it('YAML syntax, duplicate keys, tags and aliases', () => {
    const problems = [
      ...parseYamlSource(FILE, 'a: [1\n').problems,
      ...parseYamlSource(FILE, 'a: 1\na: 2\n').problems,
      ...parseYamlSource(FILE, 'a: !!js/function x\n').problems,
      ...parseYamlSource(FILE, `a: &x [${'1,'.repeat(5)}]\nb: [${'*x,'.repeat(150)}]\n`).problems,
    ];
    expect(new Set(problems.map((problem) => problem.code))).toEqual(
      new Set([
        'yaml-syntax.error',
        'yaml-syntax.duplicate-key',
        'yaml-syntax.tag',
        'yaml-syntax.unreadable',
      ]),
    );
    expectCoded(problems);
  });

  it('JSON syntax, an empty file and duplicate keys', () => {
    const problems = [
      ...parseJsonSource('i18n/es/code.json', '{"a": 1,}').problems,
      ...parseJsonSource('i18n/es/code.json', ' ').problems,
      ...parseJsonSource('i18n/es/code.json', '{"a": 1, "a": 2}').problems,
    ];
    expect(new Set(problems.map((problem) => problem.code))).toEqual(
      new Set(['json-syntax.invalid', 'json-syntax.empty', 'json-syntax.duplicate-key']),
    );
    expectCoded(problems);
  });

  it('a directory entry: not a map, Markdown in a summary, an image in a description, a sample with a real contact', () => {
    const check = (text: string) =>
      checkDirectoryEntry({file: FILE, text, kind: 'organization', siteDir: '/site'}).problems;
    const notMap = check('- a\n- b\n');
    const entry = check(
      [
        'summary:',
        '  en: "# A heading"',
        'description:',
        '  en: "See ![map](/img/map.png)."',
        'channels:',
        '  - kind: website',
        '    audience: general',
        '    value: https://real-organisation.org/',
        'sample: true',
        '',
      ].join('\n'),
    );
    const codes = [...notMap, ...entry].map((problem) => problem.code);
    for (const code of [
      'schema.not-a-map',
      'plain-text-markdown.found',
      'prose-image.found',
      'sample-real-value.found',
    ])
      expect(codes).toContain(code);
    expectCoded([...notMap, ...entry].filter((problem) => problem.code?.startsWith('schema.')));
  });
});

describe('the catalogue of file problems', () => {
  it('every schema code is given by a probe above (a code nothing gives is a message no one can see)', () => {
    const probed = new Set(PROBES.map(([, , , code]) => code));
    const elsewhere = new Set([
      'schema.not-a-map',
      'schema.not-chosen',
      'schema.unknown-key-listed',
      'schema.unknown-key-unlisted',
      'schema.mirror-twice',
      // zod's own words, for issue kinds no schema of ours raises (invalid_key, not_multiple_of…).
      'schema.invalid',
      // A type name zod has besides those with their own code (e.g. "bigint"), which no schema of ours uses.
      'schema.wrong-type',
      // The form asks for a city before it checks; bad-format needs a zod format check without our message.
      'schema.bad-format',
      'schema.too-long',
      // needs-two-steps says it for the one list of ours with a minimum above one.
      'schema.too-few-items',
    ]);
    const unprobed = Object.keys(FILE_TEXTS).filter(
      (code) => code.startsWith('schema.') && !probed.has(code) && !elsewhere.has(code),
    );
    expect(unprobed).toEqual([]);
  });
});
