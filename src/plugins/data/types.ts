import type {BuildInfo} from '../../lib/exports/buildInfo';
import type {CodebookSection} from '../../lib/exports/codebook';

/** A file listed on /data (its text stays on the server side). */
export type DataFileEntry = {
  path: string;
  bytes: number;
  mediaType: string;
  description: string;
  records?: number;
};

/** Everything the /data page shows; serialised through `createData`. */
export type DataPageData = {
  /** URL path of the files, e.g. `/data/` (the same for every locale: the files are published once). */
  dataBaseUrl: string;
  /** Absolute URL of the /data page in the default locale, for citations. */
  permanentUrl: string;
  info: BuildInfo;
  files: DataFileEntry[];
  counts: {organizations: number; sampleOrganizations: number; cities: number; playbooks: number};
  playbookLicenses: {license: string; count: number}[];
  codebook: CodebookSection[];
  exportFields: {file: string; field: string; meaning: string}[];
  csvColumns: {name: string; description: string}[];
  listSeparator: string;
  hsdsTables: {
    name: string;
    path: string;
    description: string;
    fields: {name: string; type: string; required: boolean; description: string}[];
  }[];
};

/** What the data plugin loads: the files it publishes. Other plugins may return `dataFiles` too. */
export type DataPluginContent = {
  dataFiles: {
    path: string;
    text: string;
    mediaType: string;
    description: string;
    records?: number;
  }[];
};
