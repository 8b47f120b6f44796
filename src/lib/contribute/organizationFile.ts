import {Document} from 'yaml';
import {toOpeningHours} from './openingHours';
import {splitList, type LocalizedDraft, type OrganizationDraft} from './organizationDraft';

/**
 * The organisation form's state and the file it produces,
 * `directory/<city>/<slug>.yml`, in the field order of templates/organization.yml.
 * Empty optional fields are left out; required fields are kept even when
 * empty so that the validator names them.
 */

/** The `# yaml-language-server` line of templates/organization.yml, so editors check the file while typing. */
export const ORGANIZATION_SCHEMA_COMMENT =
  ' yaml-language-server: $schema=../../static/schema/organization.schema.json';

/** GitHub handles as the schema wants them: `@` added when missing. */
function handles(text: string): string[] {
  return splitList(text).map((handle) => (handle.startsWith('@') ? handle : `@${handle}`));
}

function localized(draft: LocalizedDraft): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const locale of ['en', 'es', 'fr'] as const)
    if (draft[locale].trim()) out[locale] = draft[locale].trim();
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The organisation as data, in template order.
 * @param draft - the form state
 * @returns a plain object for the YAML file (not yet validated)
 */
export function draftToOrganization(draft: OrganizationDraft): Record<string, unknown> {
  const altNames = splitList(draft.altNames);
  const counties = splitList(draft.counties);
  const months = Number(draft.reviewEveryMonths);
  const data: Record<string, unknown> = {name: draft.name.trim()};
  if (altNames.length > 0) data.alt_names = altNames;
  data.types = draft.types;
  data.summary = localized(draft.summary) ?? {en: ''};
  const description = localized(draft.description);
  if (description) data.description = description;
  data.languages = draft.languages;
  data.channels = draft.channels.map((channel) => {
    const out: Record<string, unknown> = {
      kind: channel.kind,
      audience: channel.audience,
      value: channel.value.trim(),
    };
    const hours = toOpeningHours(channel.hours);
    if (hours !== undefined) out.hours = hours;
    if (channel.languages.length > 0) out.languages = channel.languages;
    // Written whatever the kind, so that the validator names a reason left on a channel that is not a phone.
    if (channel.international.trim()) out.international = channel.international.trim();
    return out;
  });
  data.coverage =
    counties.length > 0
      ? {area: draft.coverageArea.trim(), counties}
      : {area: draft.coverageArea.trim()};
  data.status = draft.status;
  data.verified = {date: draft.verifiedDate, method: draft.verifiedMethod};
  // A number when it is one; otherwise the text, so the validator names the field.
  data.review_every_months =
    draft.reviewEveryMonths.trim() !== '' && Number.isFinite(months)
      ? months
      : draft.reviewEveryMonths;
  data.maintainers = handles(draft.maintainers);
  data.consent = draft.consent;
  return data;
}

/**
 * Where the file goes in the repository.
 * @param draft - needs `city` and `slug`
 * @returns e.g. `directory/chicago/northside-rapid-response.yml`
 */
export function organizationFilePath(draft: Pick<OrganizationDraft, 'city' | 'slug'>): string {
  return `directory/${draft.city || '<city>'}/${draft.slug || '<slug>'}.yml`;
}

/**
 * The exact text of the organisation's YAML file, written by the `yaml`
 * library (quoting whatever YAML would misread, e.g. `+1…` phone numbers).
 * @param draft - the form state
 * @returns the file's text, starting with the schema comment of the template
 */
export function organizationFileText(draft: OrganizationDraft): string {
  const doc = new Document(draftToOrganization(draft));
  doc.commentBefore = ORGANIZATION_SCHEMA_COMMENT;
  return doc.toString({lineWidth: 0});
}
