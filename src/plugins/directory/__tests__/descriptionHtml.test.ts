import {checkDirectoryEntry} from '../../../lib/directoryEntry';
import {parseProseMarkdown} from '../../../lib/descriptionMarkdown';
import {isAllowedProseHref, renderDescription} from '../descriptionHtml';

/**
 * Attack finding F4: an organisation's description was checked with one
 * Markdown parser (with directives) and rendered with another (without), so
 * text inside a directive's attribute was checked as text and published as a
 * link. Now one processor (src/lib/descriptionMarkdown.ts) parses for both,
 * directive syntax is refused in the field, and the rendered HTML keeps only
 * https: links and site paths, and no images.
 */

/** Hostile descriptions, each in a different spelling of an off-site, insecure or scripted link. */
const HOSTILE: Record<string, string> = {
  'link in a text directive attribute': ':x{a="[Old site](http://evil.example/x)"}',
  'link in a text directive label': 'See :x[[Old site](http://evil.example/x)] here.',
  'leaf directive with attributes': '::x{href="http://evil.example/x"}',
  'container directive around a link': ':::x\n[Old site](http://evil.example/x)\n:::',
  'admonition around a link': ':::note\n[Old site](http://evil.example/x)\n:::',
  'raw HTML link': '<a href="http://evil.example/x">Old site</a>',
  'raw HTML refresh': '<meta http-equiv="refresh" content="0;url=http://evil.example/">',
  'angle-bracket autolink': '<http://evil.example/x>',
  'bare http address (GFM autolink)': 'Old site: http://evil.example/x',
  'www address (GFM autolink)': 'Old site: www.evil.example/x',
  'reference link': '[Old site][r]\n\n[r]: http://evil.example/x',
  'collapsed reference link': '[Old site][]\n\n[Old site]: http://evil.example/x',
  'footnote with a link': 'Moved.[^1]\n\n[^1]: [Old site](http://evil.example/x)',
  'mailto link': '[Write to us](mailto:help@evil.example)',
  'e-mail autolink': '<help@evil.example>',
  'irc link': '[Chat](irc://irc.evil.example/room)',
  'javascript link': '[Old site](javascript:alert(1))',
  'entity-encoded javascript scheme': '[Old site](&#x6A;avascript&#x3A;alert(1))',
  'tab inside the scheme': '[Old site](<java&#9;script:alert(1)>)',
  'upper-case scheme': '[Old site](JAVASCRIPT:alert(1))',
  'data link': '[Old site](data:text/html;base64,PHNjcmlwdD4=)',
  'protocol-relative link': '[Old site](//evil.example/x)',
  'backslash protocol-relative link': '[Old site](/\\\\evil.example/x)',
  'remote image': '![logo](https://evil.example/pixel.png)',
  'image reference': '![logo][i]\n\n[i]: https://evil.example/pixel.png',
  'http link': '[Old site](http://evil.example/x)',
  'local image': '![logo](./logo.png)',
};

/** An organisation entry whose English description is `description` (a YAML block scalar). */
function entryWith(description: string): string {
  return [
    'name: Valid Org', 'types: [rapid-response]', 'summary: {en: A sample.}',
    'description:', '  en: |', ...description.split('\n').map((line) => `    ${line}`), 'languages: [en]',
    'channels: [{kind: website, audience: general, value: "https://valid.example.org/"}]',
    'coverage: {area: North side}', 'status: active', 'verified: {date: 2026-10-02, method: phone}',
    'maintainers: ["@sanctuary-commons/sample-entries"]', 'consent: 2026-09-15', 'sample: true',
  ].join('\n');
}

/** Every address in an attribute of an element of an HTML fragment (text that only looks like one is not read). */
function addresses(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) =>
    [...tag[0].matchAll(/\s(?:href|src|srcset|action|formaction|content|cite)\s*=\s*"([^"]*)"/gi)].map((match) => match[1]!));
}

/** Where a browser on a page of the site would go with an address. */
function resolved(url: string): {protocol: string; host: string} {
  const parsed = new URL(url.replace(/&amp;/g, '&'), 'https://sanctuary.example/directory/x/');
  return {protocol: parsed.protocol, host: parsed.hostname};
}

describe('organisation descriptions', () => {
  it.each(Object.entries(HOSTILE))('render no off-policy link or image: %s', (_name, description) => {
    const html = renderDescription(description);
    for (const url of addresses(html)) {
      expect({url, allowed: isAllowedProseHref(url)}).toEqual({url, allowed: true});
      expect(resolved(url)).toEqual({protocol: 'https:', host: expect.not.stringContaining('evil')});
    }
    expect(html).not.toMatch(/<(img|meta|script|iframe|picture|source|object|embed|base|form)\b/i);
  });

  it.each(Object.entries(HOSTILE))('are refused by the validator with file, line, field and fix: %s', (_name, description) => {
    const {problems} = checkDirectoryEntry({file: 'directory/x/y.yml', text: entryWith(description), kind: 'organization', siteDir: '/site'});
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const problem of errors) {
      expect(problem).toEqual(expect.objectContaining({file: 'directory/x/y.yml', field: 'description.en', fix: expect.any(String)}));
      // The description starts on line 6 (the line after "en: |").
      expect(problem.line).toBeGreaterThanOrEqual(6);
      expect(problem.rule).toMatch(/^[a-z-]+$/);
    }
  });

  it('are parsed for checking by the processor that renders them (no directives: the attribute text is a link)', () => {
    const tree = parseProseMarkdown(':x{a="[Old site](https://ilrc.org/)"}');
    expect(JSON.stringify(tree)).toContain('"type":"link"');
    expect(JSON.stringify(tree)).not.toContain('Directive');
  });

  it('keep https links, site paths, anchors and ordinary colons', () => {
    const html = renderDescription('Open 9:00–17:00. See [our site](https://ilrc.org/), the [city page](/directory/chicago) and [notes](#notes).');
    expect(addresses(html)).toEqual(['https://ilrc.org/', '/directory/chicago', '#notes']);
    const {problems} = checkDirectoryEntry({file: 'directory/x/y.yml', text: entryWith('Open 9:00–17:00. See [our site](https://ilrc.org/).\nNote: call first.'), kind: 'organization', siteDir: '/site'});
    expect(problems.filter((problem) => problem.field === 'description.en')).toEqual([]);
  });

  it('link policy: https and site paths only', () => {
    for (const url of ['https://ilrc.org/', 'HTTPS://ilrc.org/', '/directory/chicago', '#a']) expect(isAllowedProseHref(url)).toBe(true);
    for (const url of ['http://a.org/', '//evil.example', '/\\evil.example', 'mailto:a@b.c', 'irc://a', 'javascript:x', 'java\tscript:x', ' javascript:x', 'data:x', 'https:/\\evil.example', 'https:evil.example', 'tel:+1']) {
      expect({url, allowed: isAllowedProseHref(url)}).toEqual({url, allowed: false});
    }
  });
});
