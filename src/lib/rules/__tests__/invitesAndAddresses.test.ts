import path from 'node:path';
import {checkDirectoryEntry} from '../../directoryEntry';
import {checkMarkdownFile} from '../../markdownFile';
import {httpsUrlSchema} from '../../schema/common';
import {findChatInvite} from '../chatInvites';
import {mixedScriptsOf} from '../hostScripts';
import {checkPlainText} from '../plainText';
import {isUrlShortener} from '../urlShorteners';
import {checkWebAddress} from '../webAddress';

const siteDir = '/site';
const markdown = (body: string) =>
  checkMarkdownFile({
    file: 'docs/guides/g.md',
    text: `---\ntitle: Guide\n---\n\n${body}\n`,
    siteDir,
    kind: 'guide',
    contentRoot: path.join(siteDir, 'docs'),
  }).problems;
const rulesIn = (body: string) => markdown(body).map((problem) => problem.rule);
const place = {file: 'docs/guides/g.md', line: 2, column: 8, field: 'front matter.source'};

describe('chat invite links in every form (issue 13)', () => {
  it.each([
    ['https://t.me/addlist/AbCdEf', 'Telegram'],
    ['t.me/addlist/AbCdEf', 'Telegram'],
    ['https://telegram.me/addlist/AbCdEf', 'Telegram'],
    ['tg://join?invite=AbCdEf', 'Telegram'],
    ['tg://resolve?domain=group&invite=1', 'Telegram'],
    ['tg:addlist?slug=AbC', 'Telegram'],
    ['whatsapp://send?phone=16125550142', 'WhatsApp'],
    ['whatsapp:chat?code=AbC', 'WhatsApp'],
    ['https://web.whatsapp.com/accept?code=AbCdEf', 'WhatsApp'],
    ['https://api.whatsapp.com/send?phone=1', 'WhatsApp'],
    ['https://matrix.to/#/#room:example.org', 'Matrix'],
    ['https://matrix.to/#/!roomid:example.org', 'Matrix'],
    ['https://matrix.to/#/%23room:example.org', 'Matrix'],
    ['matrix:r/room:example.org', 'Matrix'],
    ['matrix:roomid/abc:example.org?action=join', 'Matrix'],
    ['https://app.element.io/#/room/#room:example.org', 'Matrix'],
    ['https://element.coalition.example/#/room/!abc:example.org', 'Matrix'],
    ['https://chat.example.org/#/room/%23room:example.org', 'Matrix'],
    ['https://signal.group/#CjQKIAbC', 'Signal'],
    ['https://signal.me/#p/+16125550142', 'Signal'],
    ['https://signal.me/#eu/AbCdEf', 'Signal'],
    ['sgnl://signal.group/?group=AbC', 'Signal'],
    ['sgnl://signal.me/#p/+16125550142', 'Signal'],
    ['sgnl:signal.me', 'Signal'],
    ['HTTPS://SIGNAL.GROUP/#X', 'Signal'],
    ['https://signal.group./#X', 'Signal'],
    ['https://chat%2Ewhatsapp%2Ecom/AbC', 'WhatsApp'],
  ])('%s is a %s invite', (link, service) => {
    expect(findChatInvite(link)).toBe(service);
    expect(findChatInvite(`Join us: ${link} tonight.`)).toBe(service);
  });

  it('in Markdown links, text, code and channel values', () => {
    expect(rulesIn('[join](https://t.me/addlist/AbC)')).toEqual(['chat-invite']);
    expect(rulesIn('Join at tg://join?invite=AbC tonight.')).toEqual(['chat-invite']);
    expect(rulesIn('```\nwhatsapp://send?phone=1\n```')).toEqual(['chat-invite']);
    // Every https: field refuses invites itself (attack finding F3: a city's policy source took one).
    expect(
      httpsUrlSchema.safeParse('https://matrix.to/#/#room:example.org').error?.issues[0]?.message,
    ).toContain('is a Matrix invite link.');
    const channel = checkDirectoryEntry({
      file: 'directory/testville/x.yml',
      kind: 'organization',
      siteDir,
      text: organizationWith('website', 'https://app.element.io/#/room/#alerts:example.org'),
    }).problems;
    expect(channel).toEqual([
      expect.objectContaining({
        field: 'channels[0].value',
        message: '"https://app.element.io/#/room/#alerts:example.org" is a Matrix invite link.',
      }),
    ]);
  });

  it.each([
    'https://signal.org/download/',
    'https://telegram.org/faq',
    'https://matrix.org/docs/',
    'the matrix: rows and columns',
    'a tg: note',
    'https://www.whatsapp.com/security',
    'https://element.io/features',
  ])('does not mistake %s for an invite', (text) => {
    expect(findChatInvite(text)).toBeNull();
  });
});

describe('invites of more services, by host and by shape (attack review 2, A4)', () => {
  it.each([
    ['https://vk.me/join/AbCdEf123', 'VK'],
    ['https://zalo.me/g/abcdef123', 'Zalo'],
    ['https://revolt.chat/invite/AbCd1234', 'Revolt'],
    ['https://app.revolt.chat/invite/AbCd1234', 'Revolt'],
    ['https://chat.zulip.org/join/abcdefghij/', 'Zulip'],
    ['https://northside.zulipchat.com/join/abcdefghij/', 'Zulip'],
    ['https://rocket.chat/invite/AbCd12', 'Rocket.Chat'],
    ['https://open.rocket.chat/invite/AbCd12', 'Rocket.Chat'],
    ['https://gather.town/invite?token=AbCd', 'Gather'],
    ['https://open.kakao.com/me/northside', 'KakaoTalk'],
    ['https://m.me/ch/AbCdEf', 'Messenger'],
    ['https://simplex.chat/g#AbCdEf', 'SimpleX'],
    ['https://simplex.chat/i#AbCdEf', 'SimpleX'],
    ['https://simplex.chat/a#AbCdEf', 'SimpleX'],
    ['https://smp4.simplex.im/a#AbCdEf', 'SimpleX'],
    ['https://teams.microsoft.com/meet/2345678901234?p=AbCdEf', 'Microsoft Teams'],
    ['https://whereby.com/northside-alerts', 'Whereby'],
    ['https://northside.whereby.com/room', 'Whereby'],
    ['https://jitsi.riot.im/NorthsideAlerts', 'Jitsi Meet'],
    ['https://talky.io/northside', 'Talky'],
    ['https://us06web.zoom.us/meeting/register/tZAbCd', 'Zoom'],
    ['https://zoom.us/webinar/register/WN_AbCd', 'Zoom'],
    ['https://www.facebook.com/groups/123456/', 'Facebook group'],
    ['https://groups.google.com/g/northside-alerts', 'Google Groups'],
    ['https://tg.me/+AbCdEf', 'Telegram'],
    ['https://tx.me/+AbCdEf', 'Telegram'],
    ['https://chat.example.org/invite/Ab3dEf', 'chat'],
    ['https://chat.example.org/join/x7yz9Q', 'chat'],
    ['https://chat.example.org/invitation/k2k2k2', 'chat'],
  ])('%s is a %s invite', (url, service) => {
    expect(findChatInvite(url)).toBe(service);
    expect(checkWebAddress(url)?.rule).toBe('chat-invite');
  });

  it.each([
    'https://northside.org/join/volunteers',
    'https://northside.org/invite-a-friend',
    'https://simplex.chat/about',
    'https://www.facebook.com/northside',
    'https://teams.microsoft.com/downloads',
  ])('does not mistake %s for an invite', (url) => {
    expect(findChatInvite(url)).toBeNull();
  });

  it.each([
    'https://1.2.3.4/',
    'https://0x7f.1/',
    'https://2130706433/',
    'https://[::1]/',
    'https://[2001:db8::1]:8443/x',
  ])('refuses the IP-address host of %s', (url) => {
    expect(checkWebAddress(url)).toEqual(
      expect.objectContaining({
        rule: 'ip-address-host',
        message: expect.stringContaining('the IP address'),
      }),
    );
  });

  it.each([
    'surl.li',
    'qrco.de',
    'linktr.ee',
    'lnk.bio',
    'bio.link',
    'beacons.ai',
    'g.co',
    '1drv.ms',
    'youtu.be',
    'git.io',
    'msha.ke',
  ])('%s is a shortener or redirector', (host) => {
    expect(isUrlShortener(host)).toBe(true);
  });
});

describe('link shorteners (issue 13)', () => {
  it.each([
    'bit.ly',
    'tinyurl.com',
    't.co',
    'goo.gl',
    'ow.ly',
    'is.gd',
    'buff.ly',
    'rebrand.ly',
    'cutt.ly',
    'rb.gy',
    'tiny.cc',
    'shorturl.at',
    'maps.app.goo.gl',
    'BIT.LY.',
  ])('%s is a shortener', (host) => {
    expect(isUrlShortener(host)).toBe(true);
  });
  it.each(['ilrc.org', 'bitly.example.org', 'notbit.ly', 'youtube.com'])('%s is not', (host) => {
    expect(isUrlShortener(host)).toBe(false);
  });

  it('is refused in Markdown links, addresses in text, front matter and channel values, with the fix "write the full address"', () => {
    expect(markdown('[form](https://bit.ly/3abc)')).toEqual([
      expect.objectContaining({
        rule: 'url-shortener',
        field: 'link',
        line: 5,
        column: 1,
        fix: 'Write the full address of the page the link leads to.',
      }),
    ]);
    expect(markdown('Sign up at tinyurl.com/sign-up today.')).toEqual([
      expect.objectContaining({rule: 'url-shortener', line: 5, column: 12}),
    ]);
    expect(checkPlainText('See https://t.co/AbC', place)).toEqual([
      expect.objectContaining({
        rule: 'url-shortener',
        message: expect.stringContaining('link shortener t.co'),
      }),
    ]);
    const channel = checkDirectoryEntry({
      file: 'directory/testville/x.yml',
      kind: 'organization',
      siteDir,
      text: organizationWith('form', 'https://forms.gle/AbCdEf'),
    }).problems;
    expect(channel).toEqual([
      expect.objectContaining({
        field: 'channels[0].value',
        rule: 'url-shortener',
        message:
          '"https://forms.gle/AbCdEf" goes through the link shortener forms.gle, which hides where it leads and can be pointed elsewhere after review.',
      }),
    ]);
  });
});

describe('addresses that hide or imitate their host (issue 13)', () => {
  it('refuses a user name before the host and names the real host', () => {
    expect(checkWebAddress('https://known.org@other.example/')).toEqual({
      rule: 'url-user-info',
      code: 'url-user-info.found',
      values: {
        url: 'https://known.org@other.example/',
        host: 'other.example',
        userInfo: 'known.org',
      },
      message:
        '"https://known.org@other.example/" leads to other.example, not to "known.org": text before an "@" in an address is a user name that hides the real host.',
      fix: expect.stringContaining('as the organisation publishes it'),
    });
    expect(checkWebAddress('https://user:pass@ilrc.org/')?.rule).toBe('url-user-info');
    expect(checkWebAddress('https://www.ilrc.org%40evil.example/')).toBeNull(); // not a URL at all
  });

  it('refuses host names that mix scripts, allowing the Japanese, Chinese and Korean combinations of UTS #39', () => {
    expect(mixedScriptsOf('xn--pple-43d.com')).toEqual(['Cyrillic', 'Latin']); // аpple.com
    expect(mixedScriptsOf('аррӏе.com')).toEqual(['Cyrillic', 'Latin']); // all-Cyrillic label under a Latin domain
    expect(mixedScriptsOf('ρaypal.org')).toEqual(['Greek', 'Latin']);
    for (const host of [
      'ilrc.org',
      'bücher.de',
      'правительство.рф',
      'ελλάδα.gr',
      'пример.com',
      '日本語.jp',
      'ひらがな.カタカナ.jp',
      '中文.tw',
      'ㄅㄆ中文.com',
      '한국어.kr',
      '例え.テスト.com',
      'xn--80ak6aa92e.xn--p1ai',
    ]) {
      expect([host, mixedScriptsOf(host)]).toEqual([host, null]);
    }
    expect(checkWebAddress('https://аpple.com/login')?.message).toBe(
      '"https://аpple.com/login" leads to xn--pple-43d.com (аpple.com), a host name that mixes Cyrillic and Latin letters and can imitate another address.',
    );
  });

  it('everywhere an address is accepted: Markdown links, text, channel values, policy sources, front matter', () => {
    expect(markdown('[ILRC](https://www.ilrc.org@evil.example/red-cards)')).toEqual([
      expect.objectContaining({rule: 'url-user-info', field: 'link'}),
    ]);
    expect(markdown('![x](https://user@images.example/x.png)')).toEqual([
      expect.objectContaining({rule: 'url-user-info', field: 'image'}),
    ]);
    expect(
      markdown('[ILRC](https://ilrc.xn--80ak6aa92e.com/)').map((problem) => problem.rule),
    ).toEqual(['mixed-script-host']);
    expect(markdown('See https://аpple.com/help in text.').map((problem) => problem.rule)).toEqual([
      'mixed-script-host',
    ]);
    expect(
      checkPlainText('https://known.org@other.example/', place).map((problem) => problem.rule),
    ).toEqual(['url-user-info']);
    const website = checkDirectoryEntry({
      file: 'directory/testville/x.yml',
      kind: 'organization',
      siteDir,
      text: organizationWith('website', 'https://known.org@evil-site.net/'),
    }).problems;
    expect(website).toEqual([
      expect.objectContaining({
        field: 'channels[0].value',
        message: expect.stringContaining('leads to evil-site.net'),
      }),
    ]);
    const homograph = checkDirectoryEntry({
      file: 'directory/testville/x.yml',
      kind: 'organization',
      siteDir,
      text: organizationWith('form', 'https://xn--pple-43d.com/form'),
    }).problems;
    expect(homograph).toEqual([
      expect.objectContaining({
        field: 'channels[0].value',
        message: expect.stringContaining('mixes Cyrillic and Latin'),
      }),
    ]);
    const mail = checkDirectoryEntry({
      file: 'directory/testville/x.yml',
      kind: 'organization',
      siteDir,
      text: organizationWith('email', 'contact@xn--pple-43d.com'),
    }).problems;
    expect(mail).toEqual([
      expect.objectContaining({
        field: 'channels[0].value',
        message:
          '"contact@xn--pple-43d.com" is at xn--pple-43d.com (аpple.com), a host name that mixes Cyrillic and Latin letters and can imitate another address.',
      }),
    ]);
    const city = checkDirectoryEntry({
      file: 'directory/testville/_city.yml',
      kind: 'city',
      siteDir,
      text: cityWithSource('https://city.example.gov@evil.example/policy'),
    }).problems;
    expect(city).toEqual([
      expect.objectContaining({
        field: 'policy.source_url',
        message: expect.stringContaining('leads to evil.example'),
      }),
    ]);
    expect(
      checkDirectoryEntry({
        file: 'directory/testville/_city.yml',
        kind: 'city',
        siteDir,
        text: cityWithSource('http://city.example.gov/policy'),
      }).problems,
    ).toEqual([
      expect.objectContaining({
        field: 'policy.source_url',
        message: '"policy.source_url" is not an https: link.',
      }),
    ]);
  });

  it('refuses an invisible character inside a channel value of any kind', () => {
    for (const [kind, value] of [
      ['website', 'https://ilrc\u200B.org/'],
      ['phone', '+1612555\u200D0142'],
      ['email', 'info@ilrc\u00AD.org'],
    ]) {
      const problems = checkDirectoryEntry({
        file: 'directory/testville/x.yml',
        kind: 'organization',
        siteDir,
        text: organizationWith(kind!, value!),
      }).problems;
      expect(problems).toEqual([
        expect.objectContaining({
          field: 'channels[0].value',
          message: expect.stringMatching(/contains U\+[0-9A-F]+ [A-Z -]+, an invisible/),
        }),
      ]);
    }
  });
});

function organizationWith(kind: string, value: string): string {
  return [
    'name: Fixture Org',
    'types: [legal-aid]',
    'summary:',
    '  en: A fixture.',
    'languages: [en]',
    'channels:',
    `  - kind: ${kind}`,
    '    audience: general',
    `    value: "${value}"`,
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

function cityWithSource(url: string): string {
  return [
    'name: Testville',
    'region: Minnesota',
    'country: US',
    'coordinates: [44.978, -93.265]',
    'timezone: America/Chicago',
    'summary:',
    '  en: A fixture city.',
    'maintainers: ["@someone"]',
    'policy:',
    '  summary:',
    '    en: A policy.',
    `  source_url: "${url}"`,
    '  as_of: 2026-01-01',
    '',
  ].join('\n');
}

describe('every address rule applies to every field that holds an address (attack findings F3, F6, F10)', () => {
  const FLAWED: [string, string][] = [
    ['a chat invite', 'https://chat.whatsapp.com/AbCdEfGhIjK'],
    ['a SimpleX invitation', 'https://simplex.chat/invitation#/?v=2&smp=abc'],
    ['a meeting link', 'https://meet.jit.si/NorthsideAlerts'],
    ['a Telegram invite behind a double slash', 'https://t.me//+AbCdEf'],
    ['a user name before the host', 'https://www.minneapolismn.gov@evil.example/hotline'],
    ['a host mixing scripts', 'https://раура1.com/'],
    ['a dotless i', 'https://m\u0131nneapolismn.gov/hotline'],
    ['a small capital', 'https://\u1D18aypal.com/'],
    ['a fraction slash in the host', 'https://minneapolismn.gov\u2044hotline.evil.example/'],
    ['a link shortener', 'https://bit.ly/3AbCdEf'],
    // Attack review 2, A4: more services, shorteners and IP hosts.
    ['a VK chat invite', 'https://vk.me/join/AbCdEf123'],
    ['a Zalo group', 'https://zalo.me/g/abcdef123'],
    ['a SimpleX short group link', 'https://simplex.chat/g#AbCdEf'],
    ['a surl.li link', 'https://surl.li/abcde'],
    ['a link-in-bio page', 'https://linktr.ee/northside'],
    ['an IPv4 host', 'https://1.2.3.4/'],
    ['an IPv6 host', 'https://[::1]/'],
  ];
  const errorsIn = (problems: {severity: string; field: string}[], field: string) =>
    problems.filter((problem) => problem.severity === 'error' && problem.field === field).length;

  it.each(FLAWED)('%s', (_what, url) => {
    const refusedBy: Record<string, boolean> = {
      'Markdown link': errorsIn(markdown(`[City hotline](${url})`), 'link') > 0,
      'Markdown reference': errorsIn(markdown(`[City hotline][r]\n\n[r]: ${url}`), 'link') > 0,
      'Markdown autolink': markdown(`<${url}>`).length > 0,
      'address in Markdown text': markdown(`See ${url} today.`).length > 0,
      'organisation description': checkDirectoryEntry({
        file: 'directory/testville/x.yml',
        kind: 'organization',
        siteDir,
        text: organizationWith('website', 'https://ilrc.org/').replace(
          'summary:',
          `description:\n  en: "[Old site](${url})"\nsummary:`,
        ),
      }).problems.some((problem) => problem.field === 'description.en'),
      'website channel':
        errorsIn(
          checkDirectoryEntry({
            file: 'directory/testville/x.yml',
            kind: 'organization',
            siteDir,
            text: organizationWith('website', url),
          }).problems,
          'channels[0].value',
        ) > 0,
      'form channel':
        errorsIn(
          checkDirectoryEntry({
            file: 'directory/testville/x.yml',
            kind: 'organization',
            siteDir,
            text: organizationWith('form', url),
          }).problems,
          'channels[0].value',
        ) > 0,
      'policy source':
        errorsIn(
          checkDirectoryEntry({
            file: 'directory/testville/_city.yml',
            kind: 'city',
            siteDir,
            text: cityWithSource(url),
          }).problems,
          'policy.source_url',
        ) > 0,
      'any https: field (authors, socials)': !httpsUrlSchema.safeParse(url).success,
      'plain text': checkPlainText(`See ${url}`, place).length > 0,
    };
    expect(refusedBy).toEqual(
      Object.fromEntries(Object.keys(refusedBy).map((field) => [field, true])),
    );
  });

  it('names the real host of a look-alike', () => {
    expect(checkWebAddress('https://m\u0131nneapolismn.gov/')).toEqual(
      expect.objectContaining({
        rule: 'look-alike-host',
        message:
          '"https://m\u0131nneapolismn.gov/" leads to xn--mnneapolismn-14b.gov (m\u0131nneapolismn.gov): its host name has U+0131 "\u0131", a letter that imitates a plain Latin letter.',
      }),
    );
    expect(checkWebAddress('https://minneapolismn.gov\u2215x.evil.example/')?.message).toContain(
      'a sign that imitates punctuation of an address (a slash or a dot) but is part of the host name',
    );
    for (const host of [
      'bücher.de',
      'straße.de',
      'ørsted.dk',
      'łódź.pl',
      'ελλάδα.gr',
      '例え.テスト.com',
      'www.minneapolismn.gov',
    ]) {
      expect([host, checkWebAddress(`https://${host}/`)]).toEqual([host, null]);
    }
  });

  it.each([
    'https://meet.jit.si/Room',
    'https://us02web.zoom.us/j/123?pwd=abc',
    'https://teams.microsoft.com/l/meetup-join/19%3a',
    'https://meet.google.com/abc-defg-hij',
    'https://x.webex.com/meet/bob',
    'https://m.me/j/AbC',
    'https://ig.me/j/AbC',
    'https://join.skype.com/AbC',
    'https://open.kakao.com/o/gAbC',
    'https://account.wire.com/conversation-join/?key=a',
    'https://weixin.qq.com/g/AbC',
    'https://api.whatsapp.com/message/AbC',
    'https://simplex.chat/contact#/?v=2',
    'simplex:/contact#/?v=1',
    'https://t.me/s/+AbCd',
    'https://discord.com/api/invites/abc',
    'https://rvlt.gg/abc',
    'https://chats.viber.com/abc',
    'https://keybase.io/team/abc',
    'https://chat.google.com/room/AAA',
    'https://top.gg/servers/123/join',
  ])('%s is an invite', (link) => {
    expect(findChatInvite(link)).not.toBeNull();
  });

  it.each([
    'https://meet.jit.si/',
    'https://zoom.us/pricing',
    'https://jitsi.org/',
    'https://www.skype.com/',
    'https://simplex.chat/docs',
    'https://t.me/s/channelname',
    'https://slack.com/help/articles/201330256-Join-a-channel',
  ])('%s is not', (link) => {
    expect(findChatInvite(link)).toBeNull();
  });

  it('refuses link text that shows another address than the link leads to', () => {
    expect(
      markdown('[https://www.minneapolismn.gov/hotline](https://evil.example/hotline)'),
    ).toEqual([
      expect.objectContaining({
        rule: 'link-text-host',
        field: 'link',
        message:
          'The link text shows "https://www.minneapolismn.gov/hotline" but the link leads to evil.example.',
      }),
    ]);
    expect(rulesIn('Call [minneapolismn.gov](https://evil.example/) now')).toEqual([
      'link-text-host',
    ]);
    expect(rulesIn('[www.ilrc.org][r]\n\n[r]: https://evil.example/')).toEqual(['link-text-host']);
    // The same site, a subdomain, or words are fine.
    expect(
      rulesIn(
        '[ilrc.org](https://www.ilrc.org/red-cards) and [the city](https://www.minneapolismn.gov/) and <https://www.ilrc.org/>',
      ),
    ).toEqual([]);
  });

  it('refuses a site path that a browser reads as another site (backslash, tab)', () => {
    expect(rulesIn('[x](/\\evil.example/path)')).toEqual(['link-scheme']);
    expect(rulesIn('[x](</\t/evil.example/>)')).toEqual(['link-scheme']);
    // An encoded backslash stays in the path: the link stays on the site.
    expect(rulesIn('[x](/%5Cevil.example/)')).toEqual([]);
  });
});
