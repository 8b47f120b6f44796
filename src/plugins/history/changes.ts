import type {Coalition} from '../../lib/coalition';
import {historyNote} from '../../lib/provenance';
import type {GitHistory} from '../../lib/gitHistory';
import {createSitePaths} from '../../lib/sitePaths';
import type {ExportLicense} from '../../lib/exports/envelope';

/**
 * `/data/changes.json`: per directory entry and playbook, when its file was
 * created and last updated in Git, so researchers can see how the coalition
 * changed without cloning the repository.
 */

/** Version of the file's shape (semver: a removed or renamed field is a major change). */
export const CHANGES_SCHEMA_VERSION = '1.1.0';

/** Dates, commits and addresses of entries are facts: CC0, like the directory's facts. */
export const CHANGES_LICENSE: ExportLicense = {
  id: 'CC0-1.0',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  note: 'When each entry was created and last changed, its commit and its address are facts, dedicated to the public domain.',
};

/** One entry of changes.json. Dates are `YYYY-MM-DD` (UTC); null when the history is unavailable. */
export type ChangeEntry = {
  kind: 'city' | 'organization' | 'playbook';
  /** `<city>`, `<city>/<slug>` or the playbook id `playbooks/<topic>/<slug>`. */
  id: string;
  /** Source file relative to the repository root. */
  file: string;
  /** Page URL. */
  url: string;
  created: string | null;
  updated: string | null;
  /** Last commit that changed the file. */
  commit: string | null;
  /** Number of commits that changed the file. */
  commits: number | null;
  /** True for fictional starter entries (organisations marked `sample: true`). */
  sample: boolean;
};

/** The whole file. */
export type ChangesFile = {
  schema_version: string;
  /** Build time, ISO 8601, as in every other export (since 1.1.0). */
  generated_at: string;
  /** Commit the site was built from (null without Git). */
  commit: string | null;
  license: ExportLicense;
  /** The build time again, under its 1.0.0 name, for readers of that version. */
  build_date: string;
  history: {available: true} | {available: false; reason: string; note: string};
  entries: ChangeEntry[];
};

/**
 * Builds changes.json.
 * @param coalition - loaded entries
 * @param history - Git history of the content folder
 * @param settings - site URL, route base of the directory, build time
 */
export function changesFile(
  coalition: Coalition,
  history: GitHistory,
  settings: {siteUrl: string; routeBasePath: string; now: Date},
): ChangesFile {
  const paths = createSitePaths({directory: settings.routeBasePath});
  const site = settings.siteUrl.replace(/\/$/, '');
  const entry = (
    kind: ChangeEntry['kind'],
    id: string,
    file: string,
    sitePath: string,
    sample: boolean,
  ): ChangeEntry => {
    const note = historyNote(history, file);
    const known = note.status === 'available';
    return {
      kind,
      id,
      file: `${history.prefix ?? ''}${file}`,
      url: `${site}${sitePath}`,
      created: known ? note.created : null,
      updated: known ? note.updated : null,
      commit: known ? note.commit : null,
      commits: known ? note.commits : null,
      sample,
    };
  };
  const entries = [
    ...coalition.cities.map((city) =>
      entry('city', city.slug, city.file, paths.city(city.slug), false),
    ),
    ...coalition.organizations.map((org) =>
      entry(
        'organization',
        `${org.city}/${org.slug}`,
        org.file,
        paths.organization(org.city, org.slug),
        org.data.sample === true,
      ),
    ),
    ...coalition.playbooks.map((playbook) =>
      entry('playbook', playbook.id, playbook.file, paths.doc(playbook.id), false),
    ),
  ];
  return {
    schema_version: CHANGES_SCHEMA_VERSION,
    generated_at: settings.now.toISOString(),
    commit: history.head || null,
    license: CHANGES_LICENSE,
    build_date: settings.now.toISOString(),
    history: history.available
      ? {available: true}
      : {
          available: false,
          reason: history.reason,
          note:
            history.reason === 'shallow'
              ? 'Built from a shallow clone: per-entry dates are unknown (fetch the full history to get them).'
              : 'Built without Git: per-entry dates are unknown.',
        },
    entries,
  };
}
