import type {BuildInfo} from './buildInfo';

/**
 * The top of every JSON export: format version, build date and commit,
 * licence, and how many records follow.
 */

/** Licence statement of an export. */
export type ExportLicense = {
  /** SPDX identifier, e.g. `CC0-1.0`, or `various` when each record carries its own. */
  id: string;
  url?: string;
  note: string;
};

/** Facts about organisations and cities: CC0 (see the /data page for why). */
export const DIRECTORY_LICENSE: ExportLicense = {
  id: 'CC0-1.0',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  note: 'Directory facts (names, contacts, hours, languages, coverage) are dedicated to the public domain so that any directory or referral service can reuse them without conditions. Entries with sample: true are fictional.',
};

/** Playbooks keep their authors' licences, one per record. */
export const PLAYBOOK_LICENSE: ExportLicense = {
  id: 'various',
  note: "Each record carries its playbook's licence in front_matter.license (CC-BY-SA-4.0 by default): titles, descriptions and headings are quoted from the playbook under that licence; word counts and links are facts.",
};

/**
 * Wraps records with the build metadata.
 * @param info - build metadata (schema version, date, commit)
 * @param license - the licence of the records
 * @param key - the name of the record list, e.g. `organizations`
 * @param records - the records, already in their stable order
 */
export function envelope<T>(
  info: BuildInfo,
  license: ExportLicense,
  key: string,
  records: T[],
): Record<string, unknown> {
  return {
    schema_version: info.schema_version,
    generated_at: info.generated_at,
    commit: info.commit,
    ...(info.commit_note ? {commit_note: info.commit_note} : {}),
    license,
    count: records.length,
    [key]: records,
  };
}

/**
 * JSON text of an export: two-space indented with a final newline, so
 * that two builds of the same content differ only in `generated_at`.
 * @param value - the export object
 */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
