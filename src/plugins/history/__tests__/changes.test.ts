import path from 'node:path';
import {loadCoalition} from '../../../lib/coalition';
import {changesFile} from '../changes';

const FIXTURE = path.resolve(__dirname, '../../../../tests/__fixtures__/site');
const NOW = new Date('2026-11-29T12:00:00Z');

describe('changesFile', () => {
  const coalition = loadCoalition(FIXTURE, {now: NOW});

  it('lists every city, organisation and playbook with null dates and a note on a shallow clone', () => {
    const file = changesFile(
      coalition,
      {
        available: false,
        reason: 'shallow',
        head: 'a'.repeat(40),
        prefix: 'tests/__fixtures__/site/',
      },
      {siteUrl: 'https://x.example.org', routeBasePath: 'directory', now: NOW},
    );
    expect(file.entries).toHaveLength(
      coalition.cities.length + coalition.organizations.length + coalition.playbooks.length,
    );
    expect(file.commit).toBe('a'.repeat(40));
    // The envelope every export starts with (the /data page says so), and the 1.0.0 name kept.
    expect(Object.keys(file).slice(0, 4)).toEqual([
      'schema_version',
      'generated_at',
      'commit',
      'license',
    ]);
    expect(file.generated_at).toBe('2026-11-29T12:00:00.000Z');
    expect(file.license.id).toBe('CC0-1.0');
    expect(file.build_date).toBe(file.generated_at);
    expect(file.history).toMatchObject({available: false, reason: 'shallow'});
    expect(file.entries.every((entry) => entry.created === null && entry.updated === null)).toBe(
      true,
    );
    expect(file.entries.find((entry) => entry.kind === 'playbook')).toMatchObject({
      id: 'playbooks/rapid-response/chicago-hotline',
      file: 'tests/__fixtures__/site/docs/playbooks/rapid-response/chicago-hotline.md',
      url: 'https://x.example.org/docs/playbooks/rapid-response/chicago-hotline',
    });
  });

  it('gives created and updated days from the history', () => {
    const files = new Map([
      [
        'directory/chicago/_city.yml',
        {
          created: '2025-02-01T10:00:00+00:00',
          updated: '2026-03-04T10:00:00+00:00',
          commit: 'b'.repeat(40),
          commits: 2,
        },
      ],
    ]);
    const file = changesFile(
      coalition,
      {available: true, head: 'c'.repeat(40), prefix: '', files, events: []},
      {siteUrl: 'https://x.example.org/', routeBasePath: 'directory', now: NOW},
    );
    expect(file.entries.find((entry) => entry.id === 'chicago')).toEqual({
      kind: 'city',
      id: 'chicago',
      file: 'directory/chicago/_city.yml',
      url: 'https://x.example.org/directory/chicago',
      created: '2025-02-01',
      updated: '2026-03-04',
      commit: 'b'.repeat(40),
      commits: 2,
      sample: false,
    });
  });
});
