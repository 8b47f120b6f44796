import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {channelSchema} from '../../schema/organization';
import {telUri} from '../../telUri';
import {draftsFromCsv} from '../fromCsv';
import {importEntries} from '../importEntries';
import {parseMapping} from '../mapping';
import {formatImportReport} from '../report';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(ROOT, 'tests/__fixtures__/import');
const csvText = fs.readFileSync(path.join(FIXTURES, 'extensions.csv'), 'utf8');
const mapping = parseMapping(
  fs.readFileSync(path.join(FIXTURES, 'extensions.mapping.yml'), 'utf8'),
  'extensions.mapping.yml',
);

describe('a sheet with extensions and labels', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-ext-'));
    fs.mkdirSync(path.join(root, 'directory/minneapolis'), {recursive: true});
    fs.copyFileSync(
      path.join(ROOT, 'tests/__fixtures__/site/directory/minneapolis/_city.yml'),
      path.join(root, 'directory/minneapolis/_city.yml'),
    );
  });
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}));

  const run = (skipInvalidChannels = false) =>
    importEntries(draftsFromCsv(csvText, mapping, 'extensions.csv'), {
      contentRoot: root,
      dryRun: true,
      skipInvalidChannels,
    });
  const channelsOf = (report: ReturnType<typeof run>, row: number) =>
    parseYaml(report.accepted.find((file) => file.row === row)!.text).channels;

  it('keeps "ext. 204" as the extension and the words after the number as its label, and lists both changes', () => {
    const report = run();
    expect(channelsOf(report, 2)[0]).toEqual({
      kind: 'hotline',
      audience: 'need-help',
      value: '+16125550142',
      extension: '204',
      label: 'family unity direct line',
    });
    expect(telUri('+16125550142', '204')).toBe('tel:+16125550142;ext=204');
    expect(channelsOf(report, 3)).toEqual([
      {kind: 'hotline', audience: 'need-help', value: '+16125550143', extension: '12'},
      {kind: 'phone', audience: 'general', value: '+16125550150', label: 'Main'},
      {kind: 'phone', audience: 'general', value: '+16125550151', label: 'Spanish line'},
    ]);
    expect(
      report.changes
        .filter((change) => change.row === 2)
        .map((change) => [change.field, change.to, change.rule]),
    ).toEqual([
      ['channels[0].value', '+16125550142', 'phone-e164'],
      ['channels[0].extension', '204', 'phone-extension'],
      ['channels[0].label', 'family unity direct line', 'phone-label'],
    ]);
  });

  it('reads Extension and Line label columns as they are', () => {
    expect(channelsOf(run(), 4)[0]).toEqual({
      kind: 'hotline',
      audience: 'need-help',
      value: '+16125550160',
      extension: '7',
      label: 'Intake line',
    });
  });

  it('reports what else is left in a cell: words too long for a label, words beside two numbers', () => {
    const report = run();
    expect(channelsOf(report, 5)[0]).toEqual({
      kind: 'hotline',
      audience: 'need-help',
      value: '+16125550170',
    });
    expect(channelsOf(report, 6).map((channel: {value: string}) => channel.value)).toEqual([
      '+16125550180',
      '+16125550181',
    ]);
    expect(
      report.skipped
        .filter((item) => item.what === 'text beside a number')
        .map((item) => [item.row, item.value]),
    ).toEqual([
      [5, 'call after 5pm on weekdays and ask for the volunteer coordinator on duty'],
      [6, 'main'],
      [6, 'spanish'],
    ]);
    expect(formatImportReport(report, 'directory')).toContain(
      'text beside a number: a cell holds several numbers, so which words name which number is not guessed  (row 6)',
    );
  });

  it('refuses an organisation with one bad link by default; --skip-invalid-channels imports it without that link and lists it', () => {
    const strict = run();
    expect(strict.refused.find((problem) => problem.row === 7)).toMatchObject({
      column: 'Website',
      field: 'channels[1].value',
      message: expect.stringContaining('not an https: link'),
    });
    expect(strict.accepted.some((file) => file.row === 7)).toBe(false);
    const lenient = run(true);
    expect(channelsOf(lenient, 7)).toEqual([
      {kind: 'hotline', audience: 'need-help', value: '+16125550190'},
    ]);
    expect(lenient.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 7,
          column: 'Website',
          what: 'channel website "http://bad-link.example.org/"',
          reason: expect.stringContaining('--skip-invalid-channels'),
        }),
      ]),
    );
    expect(lenient.refused).toEqual([]);
  });

  it('still refuses the row when no channel is left, or when the error is not in a channel', () => {
    const text =
      'Organisation,Hotline,Direct lines,Extension,Line label,Website\nOnly Bad (sample),,,,,http://only-bad.example.org/\n';
    const report = importEntries(draftsFromCsv(text, mapping, 'bad.csv'), {
      contentRoot: root,
      dryRun: true,
      skipInvalidChannels: true,
    });
    expect(report.accepted).toEqual([]);
    // Refused with the reason of the channel left out, not only "no channel".
    expect(report.refused.map((problem) => [problem.field, problem.message])).toEqual([
      ['channels[0].value', '"http://only-bad.example.org/" is not an https: link.'],
      ['channels', '"channels" is missing.'],
    ]);
  });

  it('the schema: an extension is digits in quotes, on a phone channel only; a label is short plain text', () => {
    const issues = (channel: Record<string, unknown>) =>
      (channelSchema.safeParse(channel).error?.issues ?? []).map(
        (issue) => `${issue.path.join('.')}: ${issue.message.split(' → ')[0]}`,
      );
    expect(
      issues({
        kind: 'hotline',
        audience: 'need-help',
        value: '+16125550142',
        extension: '204',
        label: 'Family unity direct line',
      }),
    ).toEqual([]);
    expect(
      issues({
        kind: 'hotline',
        audience: 'need-help',
        value: '+16125550142',
        extension: 'ext. 204',
      }),
    ).toEqual(['extension: is not a phone extension.']);
    expect(
      issues({kind: 'hotline', audience: 'need-help', value: '+16125550142', extension: 204}),
    ).toEqual(['extension: must be written in quotes.']);
    expect(
      issues({kind: 'email', audience: 'general', value: 'help@example.org', extension: '1'}),
    ).toEqual(['extension: is set on a email channel; only phone numbers have extensions.']);
    expect(
      issues({kind: 'phone', audience: 'general', value: '+16125550142', label: 'x'.repeat(61)}),
    ).toEqual(['label: is longer than 60 characters.']);
  });
});

describe('e-mail cells as sheets write them', () => {
  it('splits several addresses, unwraps mailto: and brackets, keeps a few words as the label, and lists each change', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-email-'));
    try {
      fs.mkdirSync(path.join(root, 'directory/minneapolis'), {recursive: true});
      fs.copyFileSync(
        path.join(ROOT, 'tests/__fixtures__/site/directory/minneapolis/_city.yml'),
        path.join(root, 'directory/minneapolis/_city.yml'),
      );
      const emails = parseMapping(
        `${fs.readFileSync(path.join(FIXTURES, 'extensions.mapping.yml'), 'utf8')}`.replace(
          'channels:\n',
          'channels:\n  - {kind: email, audience: general, column: Email}\n',
        ),
        'emails.yml',
      );
      const text =
        'Organisation,Hotline,Direct lines,Extension,Line label,Website,Email\n' +
        'Two Boxes (sample),,,,,,"info@two.example.org, intake@two.example.org"\n' +
        'Mailto (sample),,,,,,mailto:help@mailto.example.org\n' +
        'Bracketed (sample),,,,,,<desk@bracket.example.org> (Spanish desk)\n';
      const report = importEntries(draftsFromCsv(text, emails, 'emails.csv'), {
        contentRoot: root,
        dryRun: true,
      });
      const channels = (row: number) =>
        parseYaml(report.accepted.find((file) => file.row === row)!.text).channels;
      expect(channels(2)).toEqual([
        {kind: 'email', audience: 'general', value: 'info@two.example.org'},
        {kind: 'email', audience: 'general', value: 'intake@two.example.org'},
      ]);
      expect(channels(3)).toEqual([
        {kind: 'email', audience: 'general', value: 'help@mailto.example.org'},
      ]);
      // Words beside an address may be a person's name: listed, never published.
      expect(channels(4)).toEqual([
        {kind: 'email', audience: 'general', value: 'desk@bracket.example.org'},
      ]);
      expect(report.skipped).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            row: 4,
            what: 'text beside an e-mail address',
            value: 'Spanish desk',
          }),
        ]),
      );
      expect(
        report.changes
          .filter((change) => change.column === 'Email')
          .map((change) => [change.row, change.field, change.rule]),
      ).toEqual([
        [2, 'channels[0].value', 'split'],
        [2, 'channels[1].value', 'split'],
        [3, 'channels[0].value', 'contact-extract'],
        [4, 'channels[0].value', 'contact-extract'],
      ]);
    } finally {
      fs.rmSync(root, {recursive: true, force: true});
    }
  });
});

describe('a mutual-aid map export: one "Contact" column mixing numbers, addresses and links (kind: any)', () => {
  it("decides each value's kind, and reads numbers as numbers", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-any-'));
    try {
      fs.mkdirSync(path.join(root, 'directory/minneapolis'), {recursive: true});
      fs.copyFileSync(
        path.join(ROOT, 'tests/__fixtures__/site/directory/minneapolis/_city.yml'),
        path.join(root, 'directory/minneapolis/_city.yml'),
      );
      const any = parseMapping(
        `${fs.readFileSync(path.join(FIXTURES, 'extensions.mapping.yml'), 'utf8')}`.replace(
          /channels:\n(?: {2}- .*\n)+/,
          'channels:\n  - {kind: any, audience: general, column: {column: Contact, split: "[;\\\\n]"}}\n',
        ),
        'any.yml',
      );
      const text =
        'Organisation,Contact\nCorner Pantry (sample),"(612) 555-0142; pantry@corner.example.org; https://corner.example.org/; www.corner.example.org"\n';
      const report = importEntries(draftsFromCsv(text, any, 'map.csv'), {
        contentRoot: root,
        dryRun: true,
        skipInvalidChannels: true,
      });
      expect(parseYaml(report.accepted[0]!.text).channels).toEqual([
        {kind: 'phone', audience: 'general', value: '+16125550142'},
        {kind: 'email', audience: 'general', value: 'pantry@corner.example.org'},
        {kind: 'website', audience: 'general', value: 'https://corner.example.org/'},
      ]);
      // A link without https:// is not guessed into one: left out, with the reason.
      expect(report.skipped).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            what: 'channel website "www.corner.example.org"',
            reason: expect.stringContaining('not an https: link'),
          }),
        ]),
      );
    } finally {
      fs.rmSync(root, {recursive: true, force: true});
    }
  });
});
