import {checkPhoneCountry} from '../checks/phoneCountry';
import {checkDirectoryEntry} from '../directoryEntry';
import {checkMarkdownFile} from '../markdownFile';
import {makeProblem, type Problem} from '../problems';
import {slugSchema} from '../schema/common';
import {PLAYBOOK_SECTIONS} from '../taxonomy';
import {mapProblemsToFields, type FieldProblems} from './fieldErrors';
import type {OrganizationDraft} from './organizationDraft';
import {organizationFilePath, organizationFileText} from './organizationFile';
import type {PlaybookDraft} from './playbookDraft';
import {playbookFile, playbookFilePath} from './playbookFile';

/**
 * Checks what the contribute forms generate with the validator's own code
 * (`checkDirectoryEntry`, `checkMarkdownFile`: the same zod schema and safety
 * rules as `npm run validate` and the build). Runs in the browser and in Node.
 */

// The checks resolve relative links against a site root; in the browser there is none, so use a neutral one.
const SITE_ROOT = '/site';

/** A generated file and everything wrong with it. */
export type CheckedFile = {path: string; text: string; problems: Problem[]; fields: FieldProblems};

/** The file name checks of `loadCoalition` that a single file can answer: a slug and a place to put it. */
function placementProblems(
  file: string,
  slug: string,
  folderField: string,
  folder: string | undefined,
): Problem[] {
  const out: Problem[] = [];
  if (!slugSchema.safeParse(slug).success) {
    out.push(makeProblem({file}, 'slug', 'slug', {code: 'slug.invalid', values: {slug}}));
  }
  if (!folder)
    out.push(makeProblem({file}, folderField, 'schema', {code: 'schema.not-chosen', values: {}}));
  return out;
}

/** A listed organisation, as the contribute page knows it. */
export type ListedOrganization = {slug: string; city: string};
/** A city the form offers, with its ISO 3166-1 alpha-2 country (`_city.yml`). */
export type ListedCity = {slug: string; country: string};

/**
 * Generates and checks the organisation file.
 * @param draft - the form state
 * @param fields - the form's field keys, for placing problems
 * @param now - reference date for date checks (default: now)
 * @param listed - organisations already in the directory: a slug must be unique across cities (as `loadCoalition` requires)
 * @param cities - the cities offered: the chosen city's country decides which phone numbers are
 *   domestic (safety rule 11, as `loadCoalition` checks it)
 */
export function checkOrganizationDraft(
  draft: OrganizationDraft,
  fields: Iterable<string>,
  now: Date = new Date(),
  listed: readonly ListedOrganization[] = [],
  cities: readonly ListedCity[] = [],
): CheckedFile {
  const path = organizationFilePath(draft);
  const text = organizationFileText(draft);
  const result = checkDirectoryEntry({
    file: path,
    text,
    kind: 'organization',
    siteDir: SITE_ROOT,
    now,
  });
  const problems = [...placementProblems(path, draft.slug, 'city', draft.city), ...result.problems];
  const cityCountry = cities.find((city) => city.slug === draft.city)?.country;
  if (cityCountry && result.locate)
    problems.push(
      ...checkPhoneCountry({file: path, data: result.data, locate: result.locate}, cityCountry),
    );
  const taken = listed.find((org) => org.slug === draft.slug);
  if (taken) {
    problems.push(
      makeProblem({file: path}, 'slug', 'duplicate-slug', {
        code: 'duplicate-slug.taken',
        values: {slug: draft.slug, path: `directory/${taken.city}/${taken.slug}.yml`},
      }),
    );
  }
  return {path, text, problems, fields: mapProblemsToFields(problems, fields)};
}

/**
 * Generates and checks the playbook file.
 * @param draft - the form state
 * @param fields - the form's field keys (`title`, `sections.steps` …), for placing problems
 * @param today - `YYYY-MM-DD` for the future-date check (default: today)
 */
export function checkPlaybookDraft(
  draft: PlaybookDraft,
  fields: Iterable<string>,
  today?: string,
): CheckedFile {
  const path = playbookFilePath(draft);
  const {text, sectionLines} = playbookFile(draft);
  const result = checkMarkdownFile({
    file: path,
    text,
    siteDir: SITE_ROOT,
    kind: 'playbook',
    contentRoot: `${SITE_ROOT}/docs`,
    today,
  });
  const problems = [
    ...placementProblems(path, draft.slug, 'topics', draft.topics[0]),
    ...result.problems,
  ];
  // The validator accepts an empty section; a form that publishes one would not help anyone.
  for (const section of PLAYBOOK_SECTIONS) {
    if (section.required && draft.sections[section.key].trim() === '') {
      problems.push(
        makeProblem({file: path}, `sections.${section.key}`, 'playbook-sections', {
          code: 'playbook-sections.form-empty',
          values: {heading: section.heading},
        }),
      );
    }
  }
  const byLine = (line: number) => {
    const section = sectionLines.find((range) => line >= range.from && line <= range.to);
    return section ? `sections.${section.key}` : undefined;
  };
  return {
    path,
    text,
    problems,
    fields: mapProblemsToFields(problems, fields, {prefix: 'front matter.', byLine}),
  };
}
