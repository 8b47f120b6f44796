import fs from 'node:fs';
import {load} from 'cheerio';
import path from 'node:path';
import {buildFixture, sharedFixtureBuild} from './buildHarness';

/**
 * Integration: builds the small fixture coalition with the real config and
 * asserts on the produced static HTML (what a visitor without JavaScript gets).
 */
// The HTML minifier drops attribute quotes where it can: match both forms.
const attr = (name: string, value: string) =>
  new RegExp(`${name}="?${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:"|[\\s>])`);

describe('building the fixture site', () => {
  const build = sharedFixtureBuild();

  it('puts the hotline in the contact page HTML as an E.164 tel: link', () => {
    const html = build.read('/directory/minneapolis/fixture-rapid-response');
    expect(html).toMatch(attr('href', 'tel:+16125550142'));
    expect(html).toMatch(/Sample entry/i);
    expect(html).toContain('<strong>verify</strong>');
    // A website channel shows the host its link opens (issue 13), readable without JavaScript.
    expect(html).toMatch(
      /<a [^>]*href="?https:\/\/fixture-rr\.example\.org\/"?[^>]*><bdi dir="?ltr"?><span class="?host[^>]*>fixture-rr\.example\.org<\/span><\/bdi><\/a>/,
    );
  });

  it('shows a channel\'s extension as "ext. 204" and dials it with ;ext= (RFC 3966), with its label beside the number, in every locale', () => {
    const html = build.read('/directory/chicago/fixture-chicago-hotline');
    expect(html).toMatch(attr('href', 'tel:+13125550117;ext=204'));
    expect(html).toMatch(/\(312\) 555-0117 ext\. 204/);
    expect(html).toContain('Family unity direct line');
    expect(build.read('/es/directory/chicago/fixture-chicago-hotline')).toMatch(
      /\(312\) 555-0117 extensión 204/,
    );
    expect(build.read('/fr/directory/chicago/fixture-chicago-hotline')).toMatch(
      /\(312\) 555-0117 poste 204/,
    );
    // The cards list organisations on their city hub (/directory lists cities).
    const card = build.read('/directory/chicago');
    expect(card).toMatch(attr('href', 'tel:+13125550117;ext=204'));
    expect(card).toMatch(/Call hotline <bdi[^>]*>\(312\) 555-0117 ext\. 204/);
  });

  it('leads from /directory to every city and to the search, without listing every organisation', () => {
    const html = build.read('/directory');
    expect(html).toMatch(attr('href', '/directory/minneapolis'));
    expect(html).toMatch(attr('href', '/directory/chicago'));
    // A plain GET form to the search page, usable without JavaScript, limited to organisations.
    expect(html).toMatch(attr('action', '/search'));
    expect(html).toMatch(/<input[^>]*name="?kind"?[^>]*value="?organization/);
    expect(html).not.toContain('/directory/minneapolis/fixture-legal-aid');
    // Each city hub lists its organisations, with their calling links.
    const city = build.read('/directory/minneapolis');
    for (const slug of ['fixture-rapid-response', 'fixture-legal-aid'])
      expect(city).toContain(`/directory/minneapolis/${slug}`);
    // A need-help line of kind "phone" is not labelled as a hotline (regression).
    expect(city).toMatch(/Call <bdi[^>]*>\(612\) 555-0170/);
    expect(city).not.toMatch(/Call hotline <bdi[^>]*>\(612\) 555-0170/);
    expect(build.read('/directory/chicago')).toContain(
      '/directory/chicago/fixture-chicago-hotline',
    );
  });

  it('indexes a city hub for search without its organisation cards (each organisation is indexed on its own page)', () => {
    // A hub that carried every card grew with the coalition: its search fragment, and so a first search result, too.
    const $ = load(build.read('/directory/minneapolis'));
    const body = $('[data-pagefind-body]');
    expect(body.length).toBe(1);
    const cards = body.find('a[href="/directory/minneapolis/fixture-legal-aid"]');
    expect(cards.length).toBeGreaterThan(0);
    cards.each((_, link) => expect($(link).closest('[data-pagefind-ignore]').length).toBe(1));
    // The hub's own name stays indexed; the organisation page indexes the organisation.
    expect(
      body.find('h1[data-pagefind-meta="title"]').closest('[data-pagefind-ignore]').length,
    ).toBe(0);
    expect(
      load(build.read('/directory/minneapolis/fixture-legal-aid'))('[data-pagefind-body]').length,
    ).toBe(1);
  });

  it("writes each static page's props into its HTML as a JSON data block the browser can read back", () => {
    for (const route of [
      '/directory/minneapolis',
      '/directory/minneapolis/fixture-rapid-response',
      '/docs/playbooks/rapid-response/minneapolis-hotline',
      '/es/directory/minneapolis/fixture-rapid-response',
    ]) {
      const html = build.read(route);
      const block = /<script\b([^>]*\bid="?sc-page-props"?[^>]*)>([\s\S]*?)<\/script>/.exec(html);
      expect(block).not.toBeNull();
      expect(block![1]).toMatch(/type="?application\/json/);
      expect(`${block![1]}>`).toMatch(attr('data-path', route));
      // Valid JSON in which no "<" could close the element early.
      expect(() => JSON.parse(block![2]!)).not.toThrow();
      expect(block![2]).not.toContain('<');
    }
  });

  it('renders the city hub with its organisations and playbooks', () => {
    const html = build.read('/directory/minneapolis');
    expect(html).toContain('Fixture city hub for the integration build.');
    expect(html).toContain('/directory/minneapolis/fixture-legal-aid');
    expect(html).toContain('/docs/playbooks/rapid-response/minneapolis-hotline');
  });

  it('renders playbook text literally: <5 minutes and {braces}', () => {
    const html = build.read('/docs/playbooks/rapid-response/minneapolis-hotline');
    expect(html).toContain('&lt;5 minutes');
    expect(html).toContain('{braces}');
    expect(html).toContain('/directory/minneapolis/fixture-rapid-response');
  });

  it('builds the Spanish locale with the translated summary and the same tel: link', () => {
    const html = build.read('/es/directory/minneapolis/fixture-rapid-response');
    expect(html).toMatch(/<html lang="?es/);
    expect(html).toContain('Una entrada ficticia de ejemplo');
    expect(html).toMatch(attr('href', 'tel:+16125550142'));
  });

  it('writes a Pagefind index per locale', () => {
    expect(fs.existsSync(path.join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(build.outDir, 'es/pagefind/pagefind.js'))).toBe(true);
  });

  it("renders the footer copyright as a text node, with the theme's class (src/theme/Footer/Copyright)", () => {
    for (const [route, text] of [
      ['/', 'Sanctuary Commons. No tracking'],
      ['/es/', 'Sanctuary Commons. Sin rastreo'],
    ] as const) {
      const copyright = load(build.read(route))('.footer__copyright');
      expect(copyright).toHaveLength(1);
      expect(copyright.children()).toHaveLength(0);
      expect(copyright.text()).toContain(text);
    }
  });

  it('loads nothing from another host', () => {
    for (const route of [
      '/',
      '/directory',
      '/directory/minneapolis/fixture-rapid-response',
      '/docs/playbooks/rapid-response/minneapolis-hotline',
    ]) {
      const html = build.read(route);
      const sources = [
        ...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*?\s(?:src|href)="?([^"\s>]+)/g),
      ].map((match) => match[1]!);
      expect(sources.length).toBeGreaterThan(0);
      expect(
        sources.filter(
          (src) =>
            /^(https?:)?\/\//.test(src) && !src.startsWith('https://sanctuary-commons.example.org'),
        ),
      ).toEqual([]);
    }
  });
});

describe('building a site with hostile content', () => {
  it(
    'fails before rendering, with the validator report and no stack trace',
    () => {
      const build = buildFixture('hostile', ['--locale', 'en']);
      fs.rmSync(build.outDir, {recursive: true, force: true});
      const output = `${build.result.stdout}\n${build.result.stderr}`;
      expect(build.result.status).not.toBe(0);
      expect(output).toContain('Contributed content has problems; the site was not built.');
      expect(output).toContain(
        'docs/playbooks/rapid-response/hostile.md:16:1  error  body  [raw-html]',
      );
      expect(output).toContain(
        'directory/testville/many-flaws.yml:9:12  error  channels[0].value  [schema]',
      );
      expect(output).not.toMatch(/\bat \S+ \(.*:\d+:\d+\)/); // no stack frame
      expect(output).not.toContain('Unable to build website');
    },
    5 * 60 * 1000,
  );
});
