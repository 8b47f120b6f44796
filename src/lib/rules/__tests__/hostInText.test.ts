import path from 'node:path';
import {checkChannelLabelHost} from '../../checks/channelLabelHost';
import {checkDirectoryEntry} from '../../directoryEntry';
import {checkMarkdownFile} from '../../markdownFile';
import {deceptiveLinkText, hostsInText} from '../hostInText';
import {checkWebAddress} from '../webAddress';

// Attack review 2, A7: text that names another site than the one it belongs to, in link text and labels.
const siteDir = '/site';
const rulesIn = (body: string) =>
  checkMarkdownFile({
    file: 'docs/guides/g.md',
    text: `---\ntitle: Guide\n---\n\n${body}\n`,
    siteDir,
    kind: 'guide',
    contentRoot: path.join(siteDir, 'docs'),
  })
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => problem.rule);

function organizationWithChannel(kind: string, value: string, label: string): string {
  return [
    'name: Fixture Org',
    'types: [legal-aid]',
    'summary:',
    '  en: A fixture.',
    'languages: [en]',
    'channels:',
    `  - kind: ${kind}`,
    '    audience: general',
    `    value: ${JSON.stringify(value)}`,
    `    label: ${JSON.stringify(label)}`,
    'coverage:',
    '  area: North side',
    'status: active',
    'verified:',
    '  date: 2026-10-01',
    '  method: email',
    'maintainers: ["@someone"]',
    'consent: 2026-10-01',
    '',
  ].join('\n');
}
const labelProblems = (kind: string, value: string, label: string) =>
  checkDirectoryEntry({
    file: 'directory/testville/x.yml',
    kind: 'organization',
    siteDir,
    text: organizationWithChannel(kind, value, label),
  }).problems.filter((problem) => problem.field === 'channels[0].label');

describe('link text that names another host, with look-alike dots and slashes (attack review 2, A7)', () => {
  it.each([
    '[minneapolismn.gov](https://evil-host.org/)',
    '[minneapolismn\u3002gov](https://evil-host.org/)',
    '[minneapolismn\uFF61gov](https://evil-host.org/)',
    '[minneapolismn\uFF0Egov](https://evil-host.org/)',
    '[MINNEAPOLISMN\u3002GOV](https://evil-host.org/)',
    '[www\u3002minneapolismn\u3002gov\uFF0Fhotline](https://evil-host.org/)',
    '[https:\uFF0F\uFF0Fminneapolismn.gov](https://evil-host.org/)',
    '[minneapolismn.gov\u2044hotline](https://evil-host.org/)',
  ])('%s is refused', (body) => {
    expect(rulesIn(body)).toContain('link-text-host');
  });

  it.each([
    'Visit https://minneapolismn.gov\uFF0Fhotline.evil-host.org/ today',
    'Visit www.minneapolismn.gov\uFF0Fhotline.evil-host.org today',
    '[x](https://minneapolismn.gov\uFF0Fhotline.evil-host.org/)',
    '<https://minneapolismn.gov\uFF0Fhotline.evil-host.org/>',
  ])('a full-width solidus in a host is refused: %s', (body) => {
    expect(rulesIn(body)).toContain('look-alike-host');
  });

  it('keeps the host as the reader reads it', () => {
    expect(hostsInText('see minneapolismn\u3002gov')).toEqual([
      {text: 'minneapolismn.gov', host: 'minneapolismn.gov'},
    ]);
    expect(checkWebAddress('https://minneapolismn.gov\uFF0Fx.evil.example/')?.rule).toBe(
      'look-alike-host',
    );
  });

  it.each([
    ['[www.minneapolismn.gov](https://minneapolismn.gov/)', 'https://minneapolismn.gov/'],
    [
      '[minneapolismn\u3002gov](https://www.minneapolismn.gov/x)',
      'https://www.minneapolismn.gov/x',
    ],
    ['[the city page](https://evil-host.org/)', 'https://evil-host.org/'],
    ['[Call us. Today](https://evil-host.org/)', 'https://evil-host.org/'],
  ])('accepts %s', (text, url) => {
    expect(deceptiveLinkText(text.replace(/^\[|\]\(.*$/g, ''), url)).toBeNull();
  });
});

describe('a channel label may name no other site than the channel (attack review 2, A7)', () => {
  it.each([
    ['website', 'https://other-host.org/', 'Official site: https://www.minneapolismn.gov/'],
    ['website', 'https://other-host.org/', 'minneapolismn.gov'],
    ['website', 'https://other-host.org/', 'minneapolismn\u3002gov'],
    ['website', 'https://other-host.org/', 'MINNEAPOLISMN\uFF0EGOV'],
    ['website', 'https://other-host.org/', 'www.minneapolismn.gov\uFF0Fhotline'],
    ['form', 'https://other-host.org/form', 'Form on minneapolismn.gov'],
    ['email', 'help@other-host.org', 'Write to minneapolismn.gov'],
    ['phone', '+16125550142', 'City line (minneapolismn.gov)'],
  ])('a %s channel to %s labelled %s is refused', (kind, value, label) => {
    expect(labelProblems(kind, value, label)).toEqual([
      expect.objectContaining({rule: 'link-text-host', severity: 'error'}),
    ]);
  });

  it('names both sites in the message', () => {
    expect(
      checkChannelLabelHost(
        'Official site: https://www.minneapolismn.gov/',
        'website',
        'https://other-host.org/',
      ),
    ).toEqual({
      code: 'link-text-host.channel-label',
      values: {text: '"https://www.minneapolismn.gov/"', host: 'other-host.org'},
      message:
        'The label shows "https://www.minneapolismn.gov/" but the channel leads to other-host.org.',
      fix: expect.stringContaining('Describe the channel in words'),
    });
  });

  it.each([
    ['website', 'https://www.northside.org/', 'Main website'],
    ['website', 'https://www.northside.org/', 'northside.org'],
    ['website', 'https://northside.org/', 'www.northside.org'],
    ['form', 'https://forms.northside.org/intake', 'Intake form. Spanish spoken'],
    ['email', 'help@northside.org', 'northside.org intake'],
    ['phone', '+16125550142', 'Hotline, 24/7'],
  ])('accepts a %s channel to %s labelled %s', (kind, value, label) => {
    expect(checkChannelLabelHost(label, kind, value)).toBeNull();
  });
});
