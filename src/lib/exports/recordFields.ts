/**
 * Codebook of the fields the exports add around the contributed fields
 * (which are described by the schema itself, see codebook.ts).
 */

/** One added field: the file it appears in, its name and meaning. */
export type RecordField = {file: string; field: string; meaning: string};

/** Every field the JSON exports add, file by file. */
export const RECORD_FIELDS: RecordField[] = [
  {
    file: 'all JSON files',
    field: 'schema_version',
    meaning: 'Version of the export format (Semantic Versioning).',
  },
  {
    file: 'all JSON files',
    field: 'generated_at',
    meaning: 'ISO 8601 date-time (UTC) of the build.',
  },
  {file: 'all JSON files', field: 'commit', meaning: 'Git commit of the content, or "unknown".'},
  {file: 'all JSON files', field: 'commit_note', meaning: 'Why the commit is unknown (only then).'},
  {
    file: 'all JSON files',
    field: 'license',
    meaning: 'Licence of the records: id (SPDX), url, note.',
  },
  {file: 'all JSON files', field: 'count', meaning: 'Number of records.'},
  {
    file: 'organizations.json',
    field: 'id',
    meaning: 'City slug and organisation slug, <city>/<slug>: stable while the file is not moved.',
  },
  {file: 'organizations.json', field: 'slug', meaning: 'The file name without .yml.'},
  {file: 'organizations.json', field: 'city', meaning: 'The city folder (slug).'},
  {file: 'organizations.json', field: 'city_name', meaning: 'The display name of the city.'},
  {
    file: 'organizations.json',
    field: 'sample',
    meaning:
      'Always present: true for fictional starter entries (exclude them from analysis), false otherwise.',
  },
  {
    file: 'organizations.json, cities.json, playbooks.json',
    field: 'url',
    meaning: 'The address of the page on this site.',
  },
  {
    file: 'organizations.json, cities.json, playbooks.json',
    field: 'source_file',
    meaning: 'The file in the repository the record comes from.',
  },
  {file: 'cities.json', field: 'slug', meaning: 'The city folder name.'},
  {
    file: 'cities.json',
    field: 'organizations',
    meaning: 'Number of organisations listed in the city.',
  },
  {
    file: 'cities.json',
    field: 'sample_organizations',
    meaning: 'How many of them are fictional samples.',
  },
  {file: 'playbooks.json', field: 'id', meaning: 'playbooks/<topic>/<slug>.'},
  {
    file: 'playbooks.json',
    field: 'sample',
    meaning: 'true when the playbook is credited to a fictional sample organisation.',
  },
  {
    file: 'playbooks.json',
    field: 'front_matter',
    meaning: 'The validated front matter (fields in the playbook codebook above).',
  },
  {
    file: 'playbooks.json',
    field: 'sections[].heading',
    meaning: 'Text of each level-2 heading, in order.',
  },
  {
    file: 'playbooks.json',
    field: 'sections[].key',
    meaning: 'The standard section it is (when, steps, roles, risks, learned, sources), or null.',
  },
  {
    file: 'playbooks.json',
    field: 'sections[].words',
    meaning: 'Words in the section, counted with Unicode word boundaries (Intl.Segmenter).',
  },
  {
    file: 'playbooks.json',
    field: 'words',
    meaning: 'Words in the whole body, headings included, front matter excluded.',
  },
  {
    file: 'playbooks.json',
    field: 'links.internal',
    meaning: 'Links to pages and files of this site, in order, without duplicates.',
  },
  {
    file: 'playbooks.json',
    field: 'links.external',
    meaning: 'Links to other sites, in order, without duplicates.',
  },
];
