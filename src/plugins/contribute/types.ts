/** What the /contribute page gets through `createData`: small lists, no file contents. */
export type ContributePageData = {
  /** Web URL of the repository, e.g. `https://github.com/org/repo`. */
  repositoryUrl: string;
  /** Branch new files are proposed on. */
  branch: string;
  /** Cities that have a folder in directory/, by name, with their ISO 3166-1 alpha-2 country (phone numbers are checked against it). */
  cities: {slug: string; name: string; country: string}[];
  /** Listed organisations, for the playbook's `organizations` picker. */
  organizations: {slug: string; name: string; city: string}[];
  /** BCP-47 codes offered by the language picker: the coalition's languages and common ones. */
  languages: string[];
};
