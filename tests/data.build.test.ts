import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'csv-parse/sync';
import {loadCoalition} from '../src/lib/coalition';
import {unguardCell} from '../src/lib/exports/csvCells';
import {sharedFixtureBuild} from './buildHarness';

/**
 * Integration: the fixture build publishes the open data under /data/ and
 * the /data page lists every file there, with its size, in static HTML.
 */
const FIXTURE = path.join(__dirname, '__fixtures__/site');

/** Every file under a folder, relative, with forward slashes. */
function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

describe('open data in the fixture build', () => {
  const build = sharedFixtureBuild();
  const dataDir = path.join(build.outDir, 'data');

  it('publishes organizations.json with one record per fixture organisation, samples flagged', () => {
    const fixture = loadCoalition(FIXTURE);
    const exported = JSON.parse(fs.readFileSync(path.join(dataDir, 'organizations.json'), 'utf8'));
    expect(exported.count).toBe(fixture.organizations.length);
    expect(exported.organizations).toHaveLength(fixture.organizations.length);
    expect(exported.organizations.map((org: {id: string}) => org.id).sort()).toEqual(
      fixture.organizations.map((org) => `${org.city}/${org.slug}`).sort(),
    );
    expect(exported.organizations.every((org: {sample: boolean}) => org.sample === true)).toBe(
      true,
    );
    expect(exported.schema_version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(new Date(exported.generated_at).toISOString()).toBe(exported.generated_at);
    expect(exported.commit).toMatch(/^([0-9a-f]{40}|unknown)$/);
  });

  it('lists every file of /data/ on the /data page with its size in bytes', () => {
    const html = build.read('/data');
    const files = listFiles(dataDir);
    expect(files).toEqual(
      expect.arrayContaining([
        'organizations.json',
        'organizations.csv',
        'cities.json',
        'playbooks.json',
        'hsds/datapackage.json',
        'hsds/organizations.csv',
      ]),
    );
    for (const file of files) {
      expect(html).toContain(`/data/${file}`);
      expect(html).toMatch(
        new RegExp(`data-bytes="?${fs.statSync(path.join(dataDir, file)).size}\\b`),
      );
    }
  });

  it('writes the files once, not per locale, and links them from the Spanish page too', () => {
    expect(fs.existsSync(path.join(build.outDir, 'es/data'))).toBe(false);
    const html = build.read('/es/data');
    expect(html).toMatch(/<html lang="?es/);
    expect(html).toMatch(/href="?\/data\/organizations\.csv/);
    // Regression: the Spanish page listed the sizes of exports made with /es/ in every address,
    // which are never published (the files are the default locale's).
    for (const file of listFiles(dataDir)) {
      expect(html).toMatch(
        new RegExp(`data-bytes="?${fs.statSync(path.join(dataDir, file)).size}\\b`),
      );
    }
    expect(fs.readFileSync(path.join(dataDir, 'organizations.json'), 'utf8')).not.toMatch(
      /https:\/\/[^"]*\/es\/directory\//,
    );
  });

  it("states one build time in every export and on every locale's /data page", () => {
    const generated = new Set(
      listFiles(dataDir)
        .filter((file) => file.endsWith('.json') && !file.startsWith('hsds/'))
        .map((file) => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')).generated_at),
    );
    expect(generated.size).toBe(1);
    const [time] = [...generated] as string[];
    expect(build.read('/data')).toContain(time);
    expect(build.read('/es/data')).toContain(time);
  });

  it("links the mirrors' keys file at the one place it is written, from every locale", () => {
    expect(fs.existsSync(path.join(build.outDir, 'mirrors/allowed_signers'))).toBe(true);
    expect(fs.existsSync(path.join(build.outDir, 'es/mirrors/allowed_signers'))).toBe(false);
    const spanish = build.read('/es/mirrors');
    expect(spanish).toMatch(/https:\/\/[^"<\s]*\/mirrors\/allowed_signers/);
    expect(spanish).not.toMatch(/\/es\/mirrors\/allowed_signers/);
  });

  it('shows the codebook generated from the schema in the static HTML', () => {
    const html = build.read('/data');
    for (const field of [
      'channels[].hours',
      'verified.method',
      'review_every_months',
      'coordinates[0]',
      'last_reviewed',
    ])
      expect(html).toContain(field);
    expect(html).toContain('BCP-47 codes of the languages staff speak.');
    expect(html).toContain('CC0');
  });

  it('writes phone numbers in the CSV files exactly (a signed number cannot start a formula), guards lists of them, and explains the rule on /data in every locale', () => {
    const json = JSON.parse(fs.readFileSync(path.join(dataDir, 'organizations.json'), 'utf8'));
    const hotlines = json.organizations.map((org: {channels: {kind: string; value: string}[]}) =>
      org.channels
        .filter((channel) => channel.kind === 'hotline')
        .map((channel) => channel.value)
        .join(' | '),
    );
    const rows: Record<string, string>[] = parse(
      fs.readFileSync(path.join(dataDir, 'organizations.csv'), 'utf8'),
      {bom: true, columns: true},
    );
    // One number is written as it is; several joined with " | " are not a plain number, so they get the guard.
    expect(
      rows
        .map((row) => row.hotline!)
        .filter(Boolean)
        .every((cell) => (cell.includes(' | ') ? /^'\+\d/ : /^\+\d{8,15}$/).test(cell)),
    ).toBe(true);
    expect(rows.map((row) => unguardCell(row.hotline!))).toEqual(hotlines);
    const phones: Record<string, string>[] = parse(
      fs.readFileSync(path.join(dataDir, 'hsds/phones.csv'), 'utf8'),
      {columns: true},
    );
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.every((row) => /^\+\d{8,15}$/.test(row.number!))).toBe(true);
    expect(build.read('/data')).toContain('never runs it as a formula');
    expect(build.read('/es/data')).toContain('nunca la ejecute como fórmula');
    expect(build.read('/fr/data')).toContain('jamais comme une formule');
  });
});
