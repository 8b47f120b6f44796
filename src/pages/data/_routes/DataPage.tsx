/**
 * /data: the open data downloads (with sizes computed at build), the
 * licence, how to cite the dataset, and the codebook generated from the
 * zod schema. Everything is in the static HTML: no JavaScript needed.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {DataPageData} from '@site/src/plugins/data/types';
import {FORMULA_GUARD} from '@site/src/lib/exports/csvCells';
import styles from './styles.module.css';
import useSitePaths from '@site/src/components/useSitePaths';

/** Byte count in words a person reads, e.g. "12.3 kB", in the page's language. */
function formatBytes(bytes: number, locale: string): string {
  const format = (value: number, unit: 'byte' | 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: unit === 'byte' ? 'long' : 'short',
      maximumFractionDigits: unit === 'byte' ? 0 : 1,
    }).format(value);
  if (bytes < 1000) return format(bytes, 'byte');
  if (bytes < 1_000_000) return format(bytes / 1000, 'kilobyte');
  return format(bytes / 1_000_000, 'megabyte');
}

/** A table that scrolls sideways on a small screen, reachable by keyboard. */
function ScrollTable({label, children}: {label: string; children: ReactNode}): ReactNode {
  return (
    // A scrollable region must be focusable (WCAG 2.1.1) and named.
    <div className={styles.tableWrap} role="region" aria-label={label} tabIndex={0}>
      <table>
        <caption>{label}</caption>
        {children}
      </table>
    </div>
  );
}

/** The column headers of the codebook tables, each translated once. */
const CODEBOOK_COLUMNS = {
  file: (
    <Translate id="data.codebook.file" description="Codebook column: file the field appears in">
      File
    </Translate>
  ),
  field: (
    <Translate id="data.codebook.field" description="Codebook column: field name">
      Field
    </Translate>
  ),
  column: (
    <Translate id="data.codebook.column" description="Codebook column: CSV column name">
      Column
    </Translate>
  ),
  type: (
    <Translate id="data.codebook.type" description="Codebook column: data type">
      Type
    </Translate>
  ),
  required: (
    <Translate
      id="data.codebook.required"
      description="Codebook column: whether the field is required"
    >
      Required
    </Translate>
  ),
  allowed: (
    <Translate id="data.codebook.allowed" description="Codebook column: allowed values">
      Allowed values
    </Translate>
  ),
  meaning: (
    <Translate id="data.codebook.meaning" description="Codebook column: meaning of the field">
      Meaning
    </Translate>
  ),
  example: (
    <Translate id="data.codebook.example" description="Codebook column: example value">
      Example
    </Translate>
  ),
} satisfies Record<string, ReactNode>;

/** The header row of a codebook table: the named columns, in order. */
function CodebookHead({columns}: {columns: readonly (keyof typeof CODEBOOK_COLUMNS)[]}): ReactNode {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {CODEBOOK_COLUMNS[column]}
          </th>
        ))}
      </tr>
    </thead>
  );
}

// The codebook and file descriptions come from the English schema (.describe()): marked lang="en" for screen readers.
function FileTable({data}: {data: DataPageData}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const label = translate({
    id: 'data.files.caption',
    message: 'Downloads of this build',
    description: 'Caption of the table of downloadable data files',
  });
  return (
    <ScrollTable label={label}>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="data.files.file" description="Column header: file name">
              File
            </Translate>
          </th>
          <th scope="col">
            <Translate id="data.files.contents" description="Column header: what the file contains">
              Contents
            </Translate>
          </th>
          <th scope="col">
            <Translate id="data.files.records" description="Column header: number of records">
              Records
            </Translate>
          </th>
          <th scope="col">
            <Translate id="data.files.size" description="Column header: file size">
              Size
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {data.files.map((file) => (
          <tr key={file.path}>
            <td>
              {/* A plain link: the files are not pages of the site, and the same files serve every locale. */}
              <a href={`${data.dataBaseUrl}${file.path}`} type={file.mediaType} download>
                <code>{file.path}</code>
              </a>
            </td>
            <td lang="en">{file.description}</td>
            <td className={styles.number}>
              {file.records === undefined
                ? ''
                : new Intl.NumberFormat(i18n.currentLocale).format(file.records)}
            </td>
            <td className={styles.number} data-bytes={file.bytes}>
              {formatBytes(file.bytes, i18n.currentLocale)}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function Codebook({data}: {data: DataPageData}): ReactNode {
  const titles: Record<string, string> = {
    organization: translate({
      id: 'data.codebook.organization',
      message: 'Organisation (organizations.json, directory/<city>/<slug>.yml)',
      description: 'Caption of the codebook table of organisation fields',
    }),
    city: translate({
      id: 'data.codebook.city',
      message: 'City (cities.json, directory/<city>/_city.yml)',
      description: 'Caption of the codebook table of city fields',
    }),
    playbook: translate({
      id: 'data.codebook.playbook',
      message: 'Playbook front matter (playbooks.json, front_matter)',
      description: 'Caption of the codebook table of playbook fields',
    }),
  };
  const head = (
    <CodebookHead columns={['field', 'type', 'required', 'allowed', 'meaning', 'example']} />
  );
  const yes = translate({
    id: 'data.codebook.yes',
    message: 'yes',
    description: 'Codebook: the field is required',
  });
  const no = translate({
    id: 'data.codebook.no',
    message: 'no',
    description: 'Codebook: the field is optional',
  });
  return (
    <>
      {data.codebook.map((section) => (
        <ScrollTable key={section.id} label={titles[section.id] ?? section.id}>
          {head}
          <tbody>
            {section.fields.map((field) => (
              <tr key={field.field}>
                <th scope="row">
                  <code>{field.field}</code>
                </th>
                <td>{field.type}</td>
                <td>{field.required ? yes : no}</td>
                <td lang="en">{field.allowed}</td>
                <td lang="en">{field.meaning}</td>
                <td>{field.example ? <code>{field.example}</code> : null}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ))}
      <ScrollTable
        label={translate({
          id: 'data.codebook.exportFields',
          message: 'Fields the JSON files add to the contributed ones',
          description: 'Caption of the table of fields added by the export',
        })}
      >
        <CodebookHead columns={['file', 'field', 'meaning']} />
        <tbody>
          {data.exportFields.map((field) => (
            <tr key={`${field.file}/${field.field}`}>
              <td>{field.file}</td>
              <th scope="row">
                <code>{field.field}</code>
              </th>
              <td lang="en">{field.meaning}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <ScrollTable
        label={translate({
          id: 'data.codebook.csv',
          message: 'Columns of organizations.csv',
          description: 'Caption of the table of CSV columns',
        })}
      >
        <CodebookHead columns={['column', 'meaning']} />
        <tbody>
          {data.csvColumns.map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
              </th>
              <td lang="en">{column.description}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

function HsdsTables({data}: {data: DataPageData}): ReactNode {
  return (
    <>
      {data.hsdsTables.map((table) => (
        <ScrollTable key={table.name} label={`hsds/${table.path}: ${table.description}`}>
          <CodebookHead columns={['column', 'type', 'meaning']} />
          <tbody>
            {table.fields.map((field) => (
              <tr key={field.name}>
                <th scope="row">
                  <code>{field.name}</code>
                </th>
                <td>{field.type}</td>
                <td lang="en">{field.description}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ))}
    </>
  );
}

export default function DataPage({data}: {data: DataPageData}): ReactNode {
  const paths = useSitePaths();
  const {info} = data;
  const built = info.generated_at.slice(0, 10);
  const year = info.generated_at.slice(0, 4);
  const shortCommit = info.commit === 'unknown' ? 'unknown' : info.commit.slice(0, 12);
  const title = translate({
    id: 'data.page.title',
    message: 'Open data',
    description: 'Title of the /data page',
  });
  const citation = `Sanctuary Commons contributors (${year}). Sanctuary Commons coalition directory and playbooks [Data set], commit ${shortCommit}, built ${built}. ${data.permanentUrl}`;
  return (
    <Layout
      title={title}
      description={translate({
        id: 'data.page.description',
        message:
          'Download the whole coalition dataset as JSON, CSV and Open Referral HSDS, with its codebook, licence and citation.',
        description: 'Meta description of the /data page',
      })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate
            id="data.page.lead"
            description="Lead paragraph of the /data page"
            values={{
              organizations: data.counts.organizations,
              cities: data.counts.cities,
              playbooks: data.counts.playbooks,
            }}
          >
            {
              'The whole dataset, {organizations} organisations in {cities} cities and {playbooks} playbooks, as plain files: no account, no tracking. They are rebuilt with every change to the site.'
            }
          </Translate>
        </p>
        <div className="alert alert--warning margin-bottom--md" role="note">
          <Translate
            id="data.page.samples"
            description="Warning about sample entries in the data"
            values={{samples: data.counts.sampleOrganizations}}
          >
            {
              '{samples} organisations are fictional samples (sample: true). Leave them out of any analysis, and never combine this data with other sources to identify people.'
            }
          </Translate>
        </div>
        <p>
          <Translate
            id="data.page.build"
            description="Which build the files come from"
            values={{
              date: <time dateTime={info.generated_at}>{info.generated_at}</time>,
              commit: <code>{info.commit}</code>,
              version: <code>{info.schema_version}</code>,
            }}
          >
            {'Built {date} from commit {commit}; export format version {version}.'}
          </Translate>
          {info.commit_note ? ` ${info.commit_note}` : null}
        </p>

        <section>
          <Heading as="h2" id="files">
            <Translate id="data.files.title" description="Heading: the downloadable files">
              Files
            </Translate>
          </Heading>
          <FileTable data={data} />
          <p>
            <Translate
              id="data.files.formats"
              description="Explains the formats of the files"
              values={{separator: <code>{data.listSeparator.trim()}</code>}}
            >
              {
                'JSON files start with schema_version, generated_at (ISO 8601), commit and license, then the records. organizations.csv has one row per organisation (UTF-8 with byte-order mark, RFC 4180 quoting); list fields are joined with {separator} and the exact channels are in channels_json. The hsds/ folder is an Open Referral HSDS 3.0 data package.'
              }
            </Translate>
          </p>
          <p>
            <Translate
              id="data.files.formulaGuard"
              description="Explains the quote added before CSV cells that could start a spreadsheet formula"
              values={{quote: <code>{FORMULA_GUARD}</code>, phone: <code>+16125550142</code>}}
            >
              {
                'In the CSV files, a cell that begins with =, +, -, @, a tab or a line break (or with spaces before =, +, - or @) has one {quote} added in front, so that a spreadsheet program shows it as text and never runs it as a formula; so has a cell that already begins with {quote}. To get the exact value, remove one {quote} from the start of every cell that begins with it. Plain signed numbers, such as the phone number {phone} or a negative longitude, are left exactly as they are, and the JSON files carry every value unchanged.'
              }
            </Translate>
          </p>
        </section>

        <section>
          <Heading as="h2" id="licence">
            <Translate id="data.licence.title" description="Heading: licence of the data">
              Licence
            </Translate>
          </Heading>
          <p>
            <Translate
              id="data.licence.directory"
              description="Licence of the directory data and why"
            >
              {
                'Organisation and city facts (names, contacts, hours, languages, areas served) are dedicated to the public domain under CC0 1.0. They are facts that organisations asked to publish so people can reach them; any directory, hotline or referral service should be able to copy them without conditions, and attribution requirements would only slow down the spread of a correct phone number.'
              }
            </Translate>
          </p>
          <p>
            <Translate id="data.licence.playbooks" description="Licence of the playbooks">
              {
                "Playbooks are their contributors' writing and keep their own licence, given in each playbook's license field (in playbooks.json too):"
              }
            </Translate>
          </p>
          <ul>
            {data.playbookLicenses.map(({license, count}) => (
              <li key={license}>
                <code>{license}</code>
                {`: ${count}`}
              </li>
            ))}
          </ul>
        </section>

        <section>
          <Heading as="h2" id="cite">
            <Translate id="data.cite.title" description="Heading: how to cite the dataset">
              How to cite the dataset
            </Translate>
          </Heading>
          <p>
            <Translate id="data.cite.text" description="How to cite the dataset">
              Cite the commit and the build date, so that others can find the exact version you used
              (every version stays in the repository history). For example:
            </Translate>
          </p>
          <pre className={styles.citation}>
            <code>{citation}</code>
          </pre>
          <p>
            <Translate
              id="data.cite.guide"
              description="Link to the data and citation guide"
              values={{
                guide: (
                  <Link to={paths.doc('guides/data-and-citation')}>
                    <Translate
                      id="data.cite.guideLink"
                      description="Link text: the data and citation guide"
                    >
                      Data and citation guide
                    </Translate>
                  </Link>
                ),
              }}
            >
              {'The {guide} explains responsible use and how to cite a single playbook.'}
            </Translate>
          </p>
        </section>

        <section>
          <Heading as="h2" id="codebook">
            <Translate id="data.codebook.title" description="Heading: the codebook">
              Codebook
            </Translate>
          </Heading>
          <p>
            <Translate id="data.codebook.intro" description="Introduction of the codebook">
              Generated from the schema the validator uses, so it always matches the data. Examples
              come from the templates contributors copy.
            </Translate>
          </p>
          <Codebook data={data} />
        </section>

        <section>
          <Heading as="h2" id="hsds">
            <Translate id="data.hsds.title" description="Heading: Open Referral HSDS package">
              Open Referral HSDS 3.0 package
            </Translate>
          </Heading>
          <p>
            <Translate id="data.hsds.intro" description="How the directory maps to HSDS">
              {
                "Each organisation is an HSDS organization and each of its contact channels a service, with its phones, languages and weekly schedules. Opening hours are converted from OpenStreetMap opening_hours into weekly rows in the city's local time; the original value stays in the schedule's description, and notes say when the rows cannot express it (public holidays, dates). locations.csv is empty on purpose: entries have no street addresses, for the safety of the people they serve. Columns starting with sc_ are extensions that keep every field, so the package can be imported back with npm run import -- --from hsds <folder>."
              }
            </Translate>
          </p>
          <HsdsTables data={data} />
        </section>
      </main>
    </Layout>
  );
}
