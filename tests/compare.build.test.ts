import fs from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {sharedFixtureBuild} from './buildHarness';

/**
 * Integration: the comparison, topic hubs, coalition map and start-here
 * paths in the static HTML of the fixture build (two rapid-response
 * playbooks, from Minneapolis and Chicago).
 */
const attrValue = (value: string) =>
  new RegExp(`href="?${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:"|[\\s>])`);

describe('the comparison in the built HTML', () => {
  const build = sharedFixtureBuild();

  it('shows both cities side by side, section by section, on /compare/rapid-response', () => {
    const html = build.read('/compare/rapid-response');
    // One header column per playbook, with city, organisation and maturity.
    const header = html.slice(
      html.indexOf('<thead'),
      html.indexOf('</thead>') > 0 ? html.indexOf('</thead>') : html.indexOf('<tbody'),
    );
    expect(header).toContain('Chicago');
    expect(header).toContain('Minneapolis');
    expect(header).toContain('Fixture Chicago Hotline');
    expect(header).toMatch(/Piloted/);
    // Each section is one row holding both playbooks' text: Chicago's and Minneapolis's "When to use" side by side.
    const row = (key: string) => {
      const start =
        html.indexOf(`id=section-${key}`) >= 0
          ? html.indexOf(`id=section-${key}`)
          : html.indexOf(`id="section-${key}"`);
      expect(start).toBeGreaterThan(0);
      const end = html.indexOf('<tr', start + 1);
      return html.slice(start, end > 0 ? end : undefined);
    };
    expect(row('when')).toContain('quorumdispatch');
    expect(row('when')).toContain('zephyrverify');
    expect((row('when').match(/<td/g) ?? []).length).toBe(2);
    expect(row('steps')).toContain('Send a verifier.');
    for (const key of ['when', 'steps', 'roles', 'risks', 'learned'])
      expect((row(key).match(/<td/g) ?? []).length).toBe(2);
    // Text stays literal and links inside sections keep working from this page.
    expect(html).toContain('&lt;5 minutes');
    expect(html).toMatch(attrValue('/directory/chicago/fixture-chicago-hotline'));
  });

  it('links a playbook to the comparison with its own column first', () => {
    const html = build.read('/docs/playbooks/rapid-response/minneapolis-hotline');
    expect(html).toContain('Compare with other cities');
    // The minifier may or may not escape "&" in attributes.
    expect(html).toMatch(
      /\/compare\/rapid-response\?playbook=playbooks%2Frapid-response%2Fminneapolis-hotline&(?:amp;)?playbook=playbooks%2Frapid-response%2Fchicago-hotline/,
    );
    expect(html).toContain('Related playbooks');
  });

  it('keeps the playbook body in the search index despite the links added to its page (regression)', () => {
    // Pagefind fragments are gzip files holding a signature then the page's JSON record.
    const folder = path.join(build.outDir, 'pagefind/fragment');
    const records = fs.readdirSync(folder).map((file) => {
      const text = gunzipSync(fs.readFileSync(path.join(folder, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as {url: string; content: string};
    });
    const playbook = records.find(
      (record) => record.url === '/docs/playbooks/rapid-response/minneapolis-hotline',
    );
    expect(playbook?.content).toContain('zephyrverify');
    expect(playbook?.content).not.toContain('Compare with other cities');
  });

  it('offers the topics on /compare and builds a topic hub', () => {
    expect(build.read('/compare')).toMatch(attrValue('/compare/rapid-response'));
    const hub = build.read('/topics/rapid-response');
    expect(hub).toMatch(attrValue('/docs/playbooks/rapid-response/chicago-hotline'));
    expect(hub).toMatch(attrValue('/directory/minneapolis/fixture-rapid-response'));
    expect(hub).toMatch(attrValue('/compare/rapid-response'));
  });

  it('puts the map on the home page and on /directory, each city a named link, with the table', () => {
    for (const route of ['/', '/directory']) {
      const html = build.read(route);
      expect(html).toMatch(/<svg[^>]*viewBox="?0 0 975 610/);
      expect(html).toMatch(
        /<a href="?\/directory\/minneapolis"?[^>]*aria-label="Minneapolis, Minnesota: 2 organisations"/,
      );
      expect(html).toMatch(
        /<a href="?\/directory\/chicago"?[^>]*aria-label="Chicago, Illinois: One organisation"/,
      );
      expect(html).toContain('The map as a table');
    }
  });

  it('lists the start-here path with each step and why it matters', () => {
    const html = build.read('/start-here');
    expect(html).toContain('Fixture first month');
    expect(html).toContain('Fixture reason two: verify before alerting.');
    expect(html).toMatch(attrValue('/docs/playbooks/rapid-response/minneapolis-hotline'));
  });

  it('builds the Spanish comparison with locale-prefixed links inside the sections', () => {
    const html = build.read('/es/compare/rapid-response');
    expect(html).toMatch(attrValue('/es/directory/chicago/fixture-chicago-hotline'));
  });
});
