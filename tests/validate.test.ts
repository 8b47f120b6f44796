import {spawnSync} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const validate = (...args: string[]) =>
  spawnSync(tsx, [path.join(root, 'src/cli/validate.ts'), ...args], {cwd: root, encoding: 'utf8'});

describe('npm run validate', () => {
  const hostile = path.join(__dirname, '__fixtures__/hostile');

  it('reports every flaw of every hostile file in one run and exits 1', () => {
    const result = validate('--site', hostile);
    expect(result.status).toBe(1);
    const out = result.stdout;
    for (const expected of [
      'directory/testville/broken-yaml.yml:3:1  error  (yaml)  [yaml-syntax]',
      'directory/testville/many-flaws.yml:9:12  error  channels[0].value  [schema]',
      'premium-rate',
      'many-flaws.yml:10:12  error  channels[0].hours',
      'many-flaws.yml:13:12  error  channels[1].value',
      'many-flaws.yml:4:18  error  summary.en  [chat-invite]',
      'template-copy.yml:9:12  error  channels[0].value  [reserved-value]',
      'many-flaws.yml:16:12  warning  channels[2].value  [personal-mailbox]',
      'directory/nocity/orphan.yml:1:1  error  (file)  [missing-city]',
      'docs/guides/evil.mdx:1:1  error  (file)  [mdx-file]',
      'hostile.md:10:1  error  front matter.mdx  [mdx-front-matter]',
      'hostile.md:16:1  error  body  [raw-html]',
      '[remote-image]',
      '[site-alias]',
      'hostile.md:24:6  error  link  [insecure-link]',
      '[path-escape]',
      'Signal invite links are not allowed',
      '[phone-in-prose]',
      'Unknown organisation "no-such-org"',
      'Unknown city "atlantis"',
      'The required section "## Risks and safeguards" is missing.',
      'hostile.md:36:11  error  link  [broken-link]',
      'directory/testville/Bad_Name.yml:1:1  error  (file)  [slug]',
      'invite-channel.yml:1:7  error  name  [invisible-character]',
      'The text contains U+202E RIGHT-TO-LEFT OVERRIDE, an invisible or text-direction control character, after "Invite Channel Org".',
      'invite-channel.yml:9:12  error  channels[0].value  [chat-invite]',
      '"https://signal.group/#CjQKIGabc" is a Signal invite link.',
      'blog/2026-01-01-bad-author.md:3:11  error  front matter.authors[0]  [unknown-author]',
      'blog/2026-01-01-bad-author.md:4:8  error  front matter.tags[0]  [unknown-tag]',
      'future.md:8:16  error  front matter.last_reviewed  [future-date]',
      'docs/guides/js-front-matter.md:1:4  error  front matter  [front-matter-language]',
      'docs/guides/logo.svg:1:1  error  (file)  [file-type]',
      'blog/authors.yml:2:9  error  volunteer.name  [angle-bracket]',
      'blog/authors.yml:3:10  error  volunteer.email  [personal-data]',
      'blog/authors.yml:4:14  error  volunteer.image_url  [remote-image]',
      'metadata-injection.md:2:8  error  front matter.title  [angle-bracket]',
      'metadata-injection.md:3:14  error  front matter.description  [chat-invite]',
      'hidden-fields.yml:1:7  error  name  [phone-in-prose]',
      'hidden-fields.yml:10:12  error  channels[0].hours  [chat-invite]',
      'hidden-fields.yml:13:14  error  coverage.counties[0]  [chat-invite]',
      'hidden-fields.yml:18:22  error  review_every_months  [schema]',
      'directory/testville/removed-on-request.yml:1:1  error  (file)  [tombstoned]',
      'directory/_tombstones.yml:4:9  error  [1].slug  [schema]',
      'directory/_tombstones.yml:6:11  error  [1].reason  [schema]',
      // Interface translations are page text: markup, invites and phone numbers are refused at their line and column.
      'i18n/es/docusaurus-theme-classic/footer.json:3:16  error  copyright.message  [angle-bracket]',
      'i18n/es/docusaurus-theme-classic/footer.json:7:16  error  link.item.label.Directory.message  [chat-invite]',
      'i18n/es/code.json:3:16  error  home.title.message  [phone-in-prose]',
      'i18n/es/code.json:15:16  error  home.tagline.message  [angle-bracket]',
      'i18n/es/code.json:16:14  error  home.tagline.extra  [schema]',
      'i18n/es/docusaurus-plugin-content-blog/options.json:2:3  error  (json)  [json-syntax]',
      'i18n/xx/code.json:1:1  error  (file)  [i18n-locale]',
      'i18n/es/docusaurus-plugin-content-docs/current/guides/_category_.json:1:1  error  (file)  [i18n-layout]',
      // Nothing may replace the English site from i18n/en/.
      'i18n/en/code.json:1:1  error  (file)  [default-locale-copy]',
      'i18n/en/docusaurus-plugin-content-docs/current/guides/off-site-edit.md:1:1  error  (file)  [default-locale-copy]',
      'Fix: Delete this copy, and make the change in English where it is written: docs/guides/off-site-edit.md.',
      // Sidebar category files: the label goes into a <script>; links and images stay on the site.
      'docs/guides/_category_.json:2:12  error  label  [angle-bracket]',
      'docs/guides/_category_.json:3:16  error  className  [schema]',
      'docs/guides/_category_.json:6:13  error  link.slug  [schema]',
      'docs/guides/_category_.json:7:14  error  link.image  [remote-image]',
      // Authors: both image spellings, https links, no e-mail in any spelling.
      'blog/authors.yml:7:13  error  editors.imageURL  [remote-image]',
      'blog/authors.yml:8:8  error  editors.url  [schema]',
      'blog/authors.yml:9:11  error  editors.E-Mail  [personal-data]',
      'blog/authors.yml:10:14  error  editors.className  [schema]',
      'blog/authors.yml:12:12  error  editors.socials.email  [personal-data]',
      // Guide and post front matter: strict schemas.
      'docs/guides/off-site-edit.md:3:18  error  front matter.custom_edit_url  [schema]',
      'docs/guides/off-site-edit.md:4:7  error  front matter.slug  [schema]',
      'docs/guides/off-site-edit.md:5:21  error  front matter.sidebar_class_name  [schema]',
      'blog/2026-01-02-bad-front-matter.md:4:19  error  front matter.author_image_url  [schema]',
      'blog/2026-01-02-bad-front-matter.md:5:8  error  front matter.image  [remote-image]',
      'blog/2026-01-02-bad-front-matter.md:6:7  error  front matter.slug  [schema]',
      'blog/2026-01-02-bad-front-matter.md:7:8  error  front matter.draft  [schema]',
      // File names are slugs.
      'docs/playbooks/rapid-response/Rapid Response Plan.md:1:1  error  (file)  [file-name]',
      'Fix: Rename it to docs/playbooks/rapid-response/rapid-response-plan.md',
      // Safety rule 11: numbers of another country than the city's (Testville is in the US).
      'foreign-numbers.yml:12:12  error  channels[0].value  [phone-country]',
      '"+18765551234" rings in Jamaica (JM), but the city\'s country is United States (US)',
      'foreign-numbers.yml:16:12  error  channels[1].value  [phone-country]',
      'foreign-numbers.yml:25:12  error  channels[3].value  [phone-country]',
      '"+14165551234" rings in Canada (CA)',
      'foreign-numbers.yml:30:20  error  channels[4].international  [schema]',
      'foreign-numbers.yml:35:20  error  channels[5].international  [phone-international-unneeded]',
      'foreign-numbers.yml:39:12  error  channels[6].value  [schema]',
      'is a satellite phone number',
      'foreign-numbers.yml:42:12  error  channels[7].value  [schema]',
      'is a personal number',
      'foreign-numbers.yml:47:20  error  channels[8].international  [schema]',
      'foreign-numbers.yml:51:20  error  channels[9].international  [schema]',
      'foreign-numbers.yml:54:14  error  coverage.counties[0]  [schema]',
      'foreign-numbers.yml:54:54  error  coverage.counties[1]  [invisible-character]',
      // A sample's reserved Toronto number is refused in a US city like a real one.
      'sample-abroad.yml:11:12  error  channels[0].value  [phone-country]',
      // The same number (hidden by a zero-width space in one of them) in two entries: each warns of the other.
      'disguised-channels.yml:18:12  warning  channels[3].value  [duplicate-entry]',
      'sample-abroad.yml:14:12  warning  channels[1].value  [duplicate-entry]',
    ]) {
      expect(out).toContain(expected);
    }
    // Warnings (entries past their review date) grow as time passes; errors do not.
    expect(out).toMatch(/✖ \d+ errors, \d+ warnings? in 32 files/);
    // The marked Mexican number (channels[2]) and the sample's Minneapolis number (channels[1]) pass.
    expect(out).not.toMatch(/foreign-numbers\.yml:\d+:\d+ +error +channels\[2\]/);
    expect(out).not.toMatch(/sample-abroad\.yml:\d+:\d+ +error +channels\[1\]/);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
    // A reserved example number and a path placeholder are fine in code.json help text.
    expect(out).not.toContain('contribute.problem.fix.phoneFormat');
    expect(out).not.toContain('data.codebook.city');
  });

  it('checks an interface translation file given as a path', () => {
    const result = validate('--site', hostile, path.join(hostile, 'i18n/es/code.json'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'i18n/es/code.json:3:16  error  home.title.message  [phone-in-prose]',
    );
    expect(result.stdout).not.toContain('footer.json');
  });

  it('finds contacts hidden by invisible characters and addresses that lead elsewhere (issue 13), at their place', () => {
    const out = validate('--site', hostile).stdout;
    for (const expected of [
      // docs/guides/hidden-contacts.md: zero-width characters inside a number, an address and an invite; a bidi override.
      'hidden-contacts.md:6:6  error  body  [phone-in-prose]',
      'hidden-contacts.md:6:9  error  body  [invisible-character]',
      'The text contains U+200D ZERO WIDTH JOINER, an invisible or text-direction control character, after "Call 612".',
      'hidden-contacts.md:6:31  error  body  [email-in-prose]',
      'E-mail address in prose: "organiser@gmail.com".',
      'hidden-contacts.md:8:6  error  body  [chat-invite]',
      'hidden-contacts.md:8:46  error  body  [chat-invite]', // t.me/addlist
      'hidden-contacts.md:8:69  error  body  [chat-invite]', // tg://join
      'hidden-contacts.md:10:31  error  body  [invisible-character]',
      'U+202E RIGHT-TO-LEFT OVERRIDE',
      // A shortener, a user name before the host, a look-alike host, an Element room link, full-width characters.
      'hidden-contacts.md:12:12  error  link  [url-shortener]',
      'hidden-contacts.md:12:50  error  link  [url-user-info]',
      '"https://www.ilrc.org@evil-site.net/intake" leads to evil-site.net, not to "www.ilrc.org"',
      'hidden-contacts.md:14:5  error  link  [mixed-script-host]',
      'leads to xn--pple-43d.com (аpple.com), a host name that mixes Cyrillic and Latin letters',
      'hidden-contacts.md:14:62  error  link  [chat-invite]',
      'hidden-contacts.md:18:12  error  body  [chat-invite]',
      'hidden-contacts.md:18:18  error  body  [phone-in-prose]',
      // directory/testville/disguised-channels.yml: channel values that lead elsewhere than they seem.
      'disguised-channels.yml:1:7  error  name  [invisible-character]',
      '"https://bit.ly/3AbCdEf" goes through the link shortener bit.ly',
      '"https://intake.example.org@evil.example/form" leads to evil.example, not to "intake.example.org"',
      '"https://xn--pple-43d.example/" leads to xn--pple-43d.example (аpple.example)',
      'disguised-channels.yml:18:12  error  channels[3].value  [schema]',
      'contains U+200B ZERO WIDTH SPACE, an invisible or text-direction control character.',
      '"tg://join?invite=AbCdEf" is a Telegram invite link.',
      '"https://matrix.to/#/#alerts:example.org" is a Matrix invite link.',
    ]) {
      expect(out).toContain(expected);
    }
    // One problem per invite link: not the link and again its paragraph (regression).
    expect(out).not.toContain('hidden-contacts.md:14:1  error  body  [chat-invite]');
    expect(out).not.toContain('many-flaws.yml:4:7  error  summary.en  [chat-invite]');
  });

  it('checks only the given paths but resolves references against everything', () => {
    const result = validate(
      '--site',
      hostile,
      path.join(hostile, 'directory/testville/template-copy.yml'),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('template-copy.yml');
    expect(result.stdout).not.toContain('many-flaws.yml');
  });

  it('reads a relative path inside the --site folder, and says when a path is outside it', () => {
    const inside = validate('--site', hostile, 'directory/testville/template-copy.yml');
    expect(inside.status).toBe(1);
    expect(inside.stdout).toContain('template-copy.yml');
    expect(inside.stdout).not.toContain('many-flaws.yml');
    // package.json is not in the hostile site: read from the working directory, it is outside the site.
    const outside = validate('--site', hostile, 'package.json');
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain(
      `Outside the site folder ${hostile}: ${path.join(root, 'package.json')}`,
    );
    const missing = validate('--site', hostile, 'directory/testville/no-such.yml');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Not a contributed file');
  });

  it('prints GitHub workflow annotations and a JSON report', () => {
    const github = validate('--site', hostile, '--format', 'github');
    expect(github.stdout).toContain(
      '::error file=directory/testville/many-flaws.yml,line=9,col=12,title=channels[0].value [schema]::',
    );
    const json = JSON.parse(validate('--site', hostile, '--format', 'json').stdout);
    expect(json.errors).toBeGreaterThan(20);
    expect(json.problems[0]).toEqual(
      expect.objectContaining({
        file: expect.any(String),
        line: expect.any(Number),
        column: expect.any(Number),
        field: expect.any(String),
        fix: expect.any(String),
      }),
    );
  });

  it('exits 0 on the fixture site, which has only warnings (a stale entry)', () => {
    const result = validate('--site', path.join(__dirname, '__fixtures__/site'));
    expect(result.stdout).toMatch(/0 errors, \d+ warnings?/);
    expect(result.stdout).toContain('fixture-legal-aid.yml:18:9  warning  verified.date  [stale]');
    expect(result.status).toBe(0);
  });

  it('refuses an unknown format or path with exit 2', () => {
    expect(validate('--format', 'xml').status).toBe(2);
    expect(validate('no/such/file.yml').status).toBe(2);
  });

  it('passes on the repository itself', () => {
    const result = validate();
    expect(result.stdout).toMatch(/0 errors|no problems/);
    expect(result.status).toBe(0);
  });
});
