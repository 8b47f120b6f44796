import path from 'node:path';
import {checkMarkdownFile} from '../markdownFile';
import {findChatInvite} from '../rules/chatInvites';
import {checkPhone} from '../rules/phone';

const siteDir = '/site';
const check = (body: string, kind: 'playbook' | 'guide' = 'guide', file = 'docs/guides/g.md') =>
  checkMarkdownFile({file, text: body, siteDir, kind, contentRoot: path.join(siteDir, 'docs')})
    .problems;
const rules = (body: string) => check(body).map((p) => p.rule);

describe('safety rules on Markdown (DESIGN.md rules 1–5)', () => {
  it.each([
    ['raw-html', '<script>alert(1)</script>'],
    ['raw-html', 'Inline <img src=x onerror=alert(1)> html'],
    ['mdx-front-matter', '---\ntitle: x\nmdx:\n  format: mdx\n---\n\nText'],
    ['site-alias', '![x](@site/static/secret.png)'],
    ['remote-image', '![x](https://tracker.example.com/p.gif)'],
    ['remote-image', '![x](//cdn.example.com/p.gif)'],
    ['insecure-link', '[x](http://example.org/)'],
    ['link-scheme', '[x](javascript:alert(1))'],
    ['contact-in-prose', '[call](tel:+16125550142)'],
    ['path-escape', '[x](../../package.json)'],
    ['chat-invite', '[join](https://chat.whatsapp.com/ABC)'],
    ['chat-invite', 'Join at t.me/+AbCdEf today'],
    ['chat-invite', '[x](https://discord.gg/abc)'],
    ['chat-invite', '[x](https://join.slack.com/t/x/shared_invite/abc)'],
    ['chat-invite', '[x](https://signal.group/#CjQK)'],
    ['phone-in-prose', 'Call (612) 555-0142 now.'],
    ['email-in-prose', 'Write to `someone@gmail.com`.'],
    ['contact-in-prose', 'Write to someone@gmail.com.'],
  ])('refuses %s: %s', (rule, body) => {
    expect(rules(body)).toContain(rule);
  });

  it('lets legitimate content through', () => {
    const body = [
      '---',
      'title: Good guide',
      '---',
      '',
      'It takes <5 minutes and {braces} stay literal; 3 < 4.',
      '',
      'See [the directory](/directory/minneapolis), [a playbook](../playbooks/x/y.md), [ILRC](https://www.ilrc.org/red-cards) and [anchor](#steps).',
      '',
      'Form I-205 and 8 U.S.C. 1357 are not phone numbers; neither is 2026-10-02 or 10 to 15 minutes.',
      '',
      '```',
      'plain code',
      '```',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('reports every flaw of a multi-flaw file in one run, each with its line', () => {
    const body = '# T\n\n<b>x</b>\n\n[a](http://a.org)\n\nCall 612-555-0142.\n';
    const problems = check(body);
    expect(problems.map((p) => [p.rule, p.line])).toEqual([
      ['raw-html', 3],
      ['raw-html', 3],
      ['insecure-link', 5],
      ['phone-in-prose', 7],
    ]);
  });

  it('warns (does not fail) on what looks like a street address', () => {
    expect(check('Meet at 1234 W Lake St tonight.')).toEqual([
      expect.objectContaining({rule: 'street-address', severity: 'warning'}),
    ]);
  });
});

describe('playbook sections', () => {
  const frontMatter =
    '---\ntitle: T\ndescription: D\ntopics: [rapid-response]\naudience: [organisers]\ncities: [minneapolis]\nmaturity: idea\nlast_reviewed: 2026-10-01\n---\n';
  const sections = (names: string[]) => names.map((name) => `## ${name}\n\nText.\n`).join('\n');
  const all = [
    'When to use',
    'Steps',
    'Roles and resources',
    'Risks and safeguards',
    'What we learned',
    'Sources',
  ];

  it('accepts the five sections in order, with Sources', () => {
    expect(
      check(frontMatter + sections(all), 'playbook', 'docs/playbooks/rapid-response/x.md'),
    ).toEqual([]);
  });
  it('refuses a missing section and a misordered one', () => {
    const problems = check(
      frontMatter + sections(['Steps', 'When to use', 'Roles and resources', 'What we learned']),
      'playbook',
      'docs/playbooks/rapid-response/x.md',
    );
    expect(problems.map((p) => p.message)).toEqual([
      '"## When to use" is out of order.',
      'The required section "## Risks and safeguards" is missing.',
    ]);
  });
  it('refuses invalid front matter with the field and line', () => {
    const problems = check(
      frontMatter.replace('maturity: idea', 'maturity: mature') + sections(all),
      'playbook',
      'docs/playbooks/rapid-response/x.md',
    );
    expect(problems).toEqual([expect.objectContaining({field: 'front matter.maturity', line: 7})]);
  });
  it('refuses a playbook whose first topic is not its folder (regression: a copy in another folder passed)', () => {
    const problems = check(
      frontMatter + sections(all),
      'playbook',
      'docs/playbooks/alert-network/x.md',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'front matter.topics[0]',
        rule: 'topic-folder',
        line: 4,
        message:
          'The first topic is "rapid-response", but the file is in the "alert-network" folder.',
      }),
    ]);
  });
});

describe('chat invites and phones', () => {
  it('does not mistake ordinary links for invites', () => {
    expect(findChatInvite('https://signal.org/download/')).toBeNull();
    expect(findChatInvite('https://www.whatsapp.com/security')).toBeNull();
    expect(findChatInvite('https://www.google.com/url?q=https://example.org/about')).toBeNull();
  });
  it.each([
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fchat.whatsapp.com%2FAbC', 'WhatsApp'],
    ['https://www.google.com/url?q=https://t.me/%2BAbC', 'Telegram'],
    ['https://wa.link/abc123', 'WhatsApp'],
    ['https://www.whatsapp.com/channel/0029Va', 'WhatsApp'],
    ['https://dsc.gg/xyz', 'Discord'],
  ])('finds invites behind redirects and short links (regression): %s', (url, service) => {
    expect(findChatInvite(url)).toBe(service);
  });
  it('refuses premium-rate numbers and accepts toll-free ones', () => {
    expect(checkPhone('+19005551234')?.message).toContain('premium-rate');
    expect(checkPhone('+18005550100')).toBeNull();
    expect(checkPhone('+1 612 555 0142')?.message).toContain('E.164');
    expect(checkPhone('+16120000000')?.message).toContain('not a valid');
  });
});
