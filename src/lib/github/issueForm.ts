import fs from 'node:fs';
import path from 'node:path';
import {Document} from 'yaml';
import {checkDirectoryEntry} from '../directoryEntry';
import {checkPhoneCountry} from '../checks/phoneCountry';
import {readCityCountry, siteCountries} from '../cityCountry';
import {setProsePhoneRegions} from '../rules/phoneInText';
import {TOMBSTONES_FILE, readTombstones, tombstonedProblem} from '../tombstones';
import {slugSchema} from '../schema/common';
import {makeProblem, type Problem} from '../problems';
import {
  formProblem,
  readIssueForm,
  type AnswerShape,
  type FormProblem,
  type ParsedIssueForm,
} from './issueFormBody';

/**
 * The "Add or update an organisation" issue form
 * (`.github/ISSUE_TEMPLATE/add-organisation.yml`): GitHub renders each
 * answer as `### <label>` followed by the value, `_No response_` when
 * empty, multi-select answers joined by ", " and checkboxes as `- [X]`.
 * This module reads those answers back and writes the organisation file.
 */

/** Labels of the form's fields; the form file must use exactly these (a test checks it). */
export const ORGANISATION_FORM_LABELS = {
  city: 'City folder',
  slug: 'File name (slug)',
  name: 'Organisation name',
  types: 'Types',
  summaryEn: 'Summary in English',
  summaryEs: 'Summary in Spanish',
  languages: 'Languages staff speak',
  channels: 'Contact channels',
  area: 'Area covered',
  status: 'Status',
  method: 'How the details were checked',
  maintainers: 'Maintainers on GitHub',
  consent: 'Consent and safety',
} as const;

type FieldKey = keyof typeof ORGANISATION_FORM_LABELS;

/** Label given to an issue whose organisation a maintainer approved. */
export const APPROVED_LABEL = 'approved';

/** How each answer may be written (see {@link readIssueForm}): channels one per line (never in a code block), consent is a checklist. */
const ORGANISATION_FORM_SHAPES: Record<string, AnswerShape> = {
  [ORGANISATION_FORM_LABELS.channels]: 'lines',
  [ORGANISATION_FORM_LABELS.consent]: 'checkboxes',
};

/**
 * Reads the answers of the add-organisation form from an issue body, refusing a body that GitHub
 * shows differently from what the bot reads (see {@link readIssueForm}).
 * @param body - the issue body as GitHub stores it
 * @returns label → answer (trimmed; `_No response_` becomes ''), and every flaw of the body
 */
export function parseIssueFormBody(body: string): ParsedIssueForm {
  return readIssueForm(body, {
    labels: Object.values(ORGANISATION_FORM_LABELS),
    shapes: ORGANISATION_FORM_SHAPES,
  });
}

export type {FormProblem, ParsedIssueForm};

/** The file an approved submission becomes. */
export type ProposedEntry = {city: string; slug: string; file: string; text: string; name: string};

const list = (value: string) =>
  value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Turns the answers of an approved submission into `directory/<city>/<slug>.yml`.
 * The file is not validated here: see {@link validateProposedEntry}.
 * @param form - from {@link parseIssueFormBody}; its flaws are returned with the others
 * @param context.today - the approval date, `YYYY-MM-DD` (becomes `verified.date`)
 * @param context.submittedOn - the date the issue was opened, `YYYY-MM-DD` (becomes `consent`)
 * @param context.author - the issue author's login, the maintainer when none is given
 * @param context.issueUrl - link back to the issue, written as a comment in the file
 * @returns the entry, or the form problems that stop it from being written
 */
export function organisationFromIssue(
  form: ParsedIssueForm,
  context: {today: string; submittedOn: string; author: string; issueUrl: string},
): {entry?: ProposedEntry; problems: FormProblem[]} {
  const {answers} = form;
  const problems: FormProblem[] = [...form.problems];
  const get = (key: FieldKey) => answers.get(ORGANISATION_FORM_LABELS[key]) ?? '';
  // An answer the form reader refused is not also reported as empty or malformed.
  const refused = new Set(form.problems.map((problem) => problem.field));
  const need = (key: FieldKey, code: 'form-empty.city' | 'form-empty.slug') => {
    const value = get(key);
    if (!value && !refused.has(ORGANISATION_FORM_LABELS[key]))
      problems.push(formProblem(ORGANISATION_FORM_LABELS[key], 'form-empty', code));
    return value;
  };
  const city = need('city', 'form-empty.city').toLowerCase();
  const slug = need('slug', 'form-empty.slug')
    .toLowerCase()
    .replace(/\.yml$/, '');
  for (const [key, value] of [
    ['city', city],
    ['slug', slug],
  ] as const) {
    if (value && !slugSchema.safeParse(value).success)
      problems.push(
        formProblem(
          ORGANISATION_FORM_LABELS[key],
          'form-invalid-name',
          'form-invalid-name.invalid',
          {
            value,
          },
        ),
      );
  }
  const consent = get('consent');
  const ticked = (consent.match(/^- \[[xX]\]/gm) ?? []).length;
  const boxes = (consent.match(/^- \[[ xX]\]/gm) ?? []).length;
  if ((boxes === 0 || ticked < boxes) && !refused.has(ORGANISATION_FORM_LABELS.consent))
    problems.push(
      formProblem(ORGANISATION_FORM_LABELS.consent, 'form-consent', 'form-consent.unticked'),
    );

  const channels = get('channels')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      // The fifth column says why a number of another country is listed (safety rule 11): `international` in the file.
      const [kind = '', audience = '', value = '', hours = '', international = ''] = line
        .split('|')
        .map((part) => part.trim());
      if (!kind || !audience || !value) {
        const values = {line: index + 1, text: line.slice(0, 80)};
        problems.push(
          formProblem(
            ORGANISATION_FORM_LABELS.channels,
            'form-channel-line',
            'form-channel-line.columns',
            values,
          ),
        );
      }
      return {
        kind,
        audience,
        value,
        ...(hours ? {hours} : {}),
        ...(international ? {international} : {}),
      };
    });
  if (channels.length === 0 && !refused.has(ORGANISATION_FORM_LABELS.channels))
    problems.push(
      formProblem(ORGANISATION_FORM_LABELS.channels, 'form-empty', 'form-empty.channels'),
    );
  if (problems.length) return {problems};

  const summary: Record<string, string> = {en: get('summaryEn')};
  if (get('summaryEs')) summary.es = get('summaryEs');
  const data = {
    name: get('name'),
    types: list(get('types')),
    summary,
    languages: list(get('languages')),
    channels,
    coverage: {area: get('area')},
    status: get('status') || 'active',
    verified: {date: context.today, method: get('method') || 'self-reported'},
    maintainers: (list(get('maintainers')).length
      ? list(get('maintainers'))
      : [context.author]
    ).map((handle) => (handle.startsWith('@') ? handle : `@${handle}`)),
    consent: context.submittedOn,
  };
  const doc = new Document(data);
  doc.commentBefore = ` yaml-language-server: $schema=../../static/schema/organization.schema.json\n From ${context.issueUrl}`;
  const text = doc.toString({lineWidth: 0});
  return {
    entry: {city, slug, file: `directory/${city}/${slug}.yml`, text, name: data.name},
    problems: [],
  };
}

/**
 * Runs the validator's checks on a proposed file as if it were in the
 * repository: schema and safety rules, the city must exist, its phone numbers
 * must be of the city's country (or say why not), the slug must
 * not be tombstoned or used in another city.
 * @param siteDir - the repository root (default branch)
 * @param entry - the proposed file
 * @param now - reference date
 * @returns every problem, with lines in the proposed file
 */
export function validateProposedEntry(
  siteDir: string,
  entry: ProposedEntry,
  now = new Date(),
): Problem[] {
  // Prose is read for the phone formats of every country the coalition serves, as the validator does.
  setProsePhoneRegions(siteCountries(siteDir));
  const checked = checkDirectoryEntry({
    file: entry.file,
    text: entry.text,
    kind: 'organization',
    siteDir,
    now,
  });
  const problems = [...checked.problems];
  if (!fs.existsSync(path.join(siteDir, 'directory', entry.city, '_city.yml'))) {
    problems.push(
      makeProblem({file: entry.file}, '(file)', 'missing-city', {
        code: 'missing-city.form-folder',
        values: {city: entry.city},
      }),
    );
  }
  // Safety rule 11: the phone numbers belong to the city's country, unless a channel says why not.
  const cityCountry = readCityCountry(siteDir, entry.city);
  if (cityCountry && checked.locate)
    problems.push(
      ...checkPhoneCountry(
        {file: entry.file, data: checked.data, locate: checked.locate},
        cityCountry,
      ),
    );
  const tombstonesPath = path.join(siteDir, TOMBSTONES_FILE);
  const tombstone = readTombstones(
    fs.existsSync(tombstonesPath) ? fs.readFileSync(tombstonesPath, 'utf8') : undefined,
  ).tombstones.get(entry.slug);
  if (tombstone) problems.push(tombstonedProblem(entry.file, tombstone));
  const directory = path.join(siteDir, 'directory');
  for (const city of fs.existsSync(directory) ? fs.readdirSync(directory) : []) {
    if (city !== entry.city && fs.existsSync(path.join(directory, city, `${entry.slug}.yml`))) {
      problems.push(
        makeProblem({file: entry.file}, '(file)', 'duplicate-slug', {
          code: 'duplicate-slug.form-other-city',
          values: {slug: entry.slug, city},
        }),
      );
    }
  }
  return problems.filter((problem) => problem.severity === 'error');
}
