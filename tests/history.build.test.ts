import fs from 'node:fs';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import {sharedFixtureBuild} from './buildHarness';
import type {ChangesFile} from '../src/plugins/history/changes';

/**
 * Integration: the fixture build publishes /stats, /data/changes.json and a
 * "Cite this page" block with history on organisation, city and playbook pages.
 */
describe('history, citations and statistics in the fixture build', () => {
  const build = sharedFixtureBuild();
  const fixtureFiles = execFileSync(
    'git',
    ['ls-files', 'tests/__fixtures__/site/directory', 'tests/__fixtures__/site/docs/playbooks'],
    {cwd: path.resolve(__dirname, '..'), encoding: 'utf8'},
  )
    .trim()
    .split('\n');

  it('writes /data/changes.json with created and updated dates per entry', () => {
    const changes = JSON.parse(
      fs.readFileSync(path.join(build.outDir, 'data/changes.json'), 'utf8'),
    ) as ChangesFile;
    expect(changes.schema_version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number.isNaN(Date.parse(changes.build_date))).toBe(false);
    // One entry per committed city, organisation and playbook file of the fixture.
    expect(changes.entries.map((entry) => entry.file).sort()).toEqual(fixtureFiles.sort());
    for (const entry of changes.entries) {
      if (changes.history.available) {
        expect(entry.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(entry.updated! >= entry.created!).toBe(true);
        expect(entry.commit).toMatch(/^[0-9a-f]{40}$/);
      } else {
        expect(entry.created).toBeNull();
      }
    }
    expect(
      changes.entries.find((entry) => entry.id === 'minneapolis/fixture-legal-aid'),
    ).toMatchObject({
      kind: 'organization',
      sample: true,
      url: 'https://sanctuary-commons.example.org/directory/minneapolis/fixture-legal-aid',
    });
    // Published once, not per locale.
    expect(fs.existsSync(path.join(build.outDir, 'es/data/changes.json'))).toBe(false);
  });

  it('renders /stats with SVG charts and data tables in the HTML', () => {
    const html = build.read('/stats');
    expect(html.match(/<svg[^>]*role="?img/g)?.length).toBeGreaterThanOrEqual(7);
    expect(html).toMatch(/<title id="?stats-cities-title"?>Organisations by city<\/title>/);
    expect(html.match(/<table/g)?.length).toBeGreaterThanOrEqual(7);
    expect(html).toContain('Minneapolis');
    expect(build.read('/es/stats')).toMatch(/<html lang="?es/);
  });

  it('puts a citation block and the history link on an organisation page', () => {
    const html = build.read('/directory/minneapolis/fixture-legal-aid');
    expect(html).toContain('Cite this page');
    expect(html).toContain('@misc{sc_directory_minneapolis_fixture_legal_aid,');
    expect(html).toContain('"citation-key": "sc_directory_minneapolis_fixture_legal_aid"');
    expect(html).toMatch(
      /https:\/\/github\.com\/sanctuary-commons\/sanctuary-commons\/commits\/main\/tests\/__fixtures__\/site\/directory\/minneapolis\/fixture-legal-aid\.yml/,
    );
    expect(html).toMatch(
      /Last updated <time[^>]*datetime="?\d{4}-\d{2}-\d{2}|History unavailable in this build/,
    );
  });

  it("cites a city hub as the coalition's work and a playbook as its organisations' work", () => {
    expect(build.read('/directory/minneapolis')).toContain(
      'author = {{Sanctuary Commons contributors}}',
    );
    const playbook = build.read('/docs/playbooks/rapid-response/minneapolis-hotline');
    expect(playbook).toContain('Cite this page');
    expect(playbook).toMatch(/author = \{\{Fixture [^}]+\}/);
    expect(playbook).toContain(
      '/commits/main/tests/__fixtures__/site/docs/playbooks/rapid-response/minneapolis-hotline.md',
    );
  });

  it('ships no citation library to the browser', () => {
    const scripts = fs
      .readdirSync(path.join(build.outDir, 'assets/js'))
      .map((file) => fs.readFileSync(path.join(build.outDir, 'assets/js', file), 'utf8'));
    expect(scripts.some((code) => code.includes('citeproc') || code.includes('@citation-js'))).toBe(
      false,
    );
  });
});
