import {parse} from 'csv-parse/sync';
import type {Coalition} from '../coalition';
import type {BuildInfo} from './buildInfo';
import {citiesJson} from './cities';
import {hsdsPackage} from './hsds/exportPackage';
import {organizationsJson, type SiteLocation} from './organizations';
import {organizationsCsv} from './organizationsCsv';
import {playbooksJson, type BodyDescription, type BodyInput} from './playbooks';

/**
 * Every file published under `/data/`, in the order the /data page lists
 * them. To publish another file, add it here (or, from another plugin,
 * return it as `dataFiles` in that plugin's content; see
 * src/plugins/data/index.ts), and the /data page lists it with its size.
 */

/** One published file. */
export type DataFile = {
  /** Path under /data/, e.g. `organizations.json` or `hsds/services.csv`. */
  path: string;
  text: string;
  /** Media type, e.g. `application/json`, `text/csv`. */
  mediaType: string;
  /** Short English description (shown when the page has no translation for the path). */
  description: string;
  /** Number of records, when the file is a list. */
  records?: number;
};

/** Everything the exports need. */
export type DataFilesInput = {
  coalition: Pick<Coalition, 'cities' | 'organizations' | 'playbooks'>;
  info: BuildInfo;
  site: SiteLocation;
  /** Reads a contributed file's text (relative path in). */
  readText: (file: string) => string;
  /** Describes a playbook's body (default `describeText`; the build passes a remembered one). */
  describeBody?: (input: BodyInput) => BodyDescription;
};

// Counted by parsing, since a quoted cell may hold line breaks.
const csvRows = (text: string) => Math.max(0, (parse(text, {bom: true}) as unknown[]).length - 1);

/**
 * The files of /data/.
 * @param input - coalition, build info, site location and a reader for playbook files
 */
export function coalitionDataFiles(input: DataFilesInput): DataFile[] {
  const {coalition, info, site} = input;
  const files: DataFile[] = [
    {
      path: 'organizations.json',
      text: organizationsJson(coalition, info, site),
      mediaType: 'application/json',
      description: 'Every organisation with every field.',
      records: coalition.organizations.length,
    },
    {
      path: 'organizations.csv',
      text: organizationsCsv(coalition, info, site),
      mediaType: 'text/csv',
      description: 'One row per organisation, for spreadsheets.',
      records: coalition.organizations.length,
    },
    {
      path: 'cities.json',
      text: citiesJson(coalition, info, site),
      mediaType: 'application/json',
      description: 'Every city hub, with its policy and organisation counts.',
      records: coalition.cities.length,
    },
    {
      path: 'playbooks.json',
      text: playbooksJson(coalition, input.readText, info, site.siteUrl, input.describeBody),
      mediaType: 'application/json',
      description: 'Playbook front matter, section headings, word counts and links.',
      records: coalition.playbooks.length,
    },
  ];
  for (const [name, text] of Object.entries(hsdsPackage(coalition, info))) {
    const json = name.endsWith('.json');
    files.push({
      path: `hsds/${name}`,
      text,
      mediaType: json ? 'application/json' : 'text/csv',
      description: json ? 'HSDS data package descriptor.' : `HSDS table ${name}.`,
      ...(json ? {} : {records: csvRows(text)}),
    });
  }
  return files;
}
