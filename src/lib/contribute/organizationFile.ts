import {Document} from 'yaml';
import {toOpeningHours, type HoursChoice} from './openingHours';

/**
 * The organisation form's state and the file it produces,
 * `directory/<city>/<slug>.yml`, in the field order of templates/organization.yml.
 * Empty optional fields are left out; required fields are kept even when
 * empty so that the validator names them.
 */

/** One channel as edited in the form. */
export type ChannelDraft = {kind: string; audience: string; value: string; hours: HoursChoice; languages: string[]};

/** Text per content locale as edited in the form. */
export type LocalizedDraft = {en: string; es: string; fr: string};

/** Everything the organisation form edits. List fields typed as text are one item per line or comma. */
export type OrganizationDraft = {
  city: string;
  slug: string;
  name: string;
  altNames: string;
  types: string[];
  summary: LocalizedDraft;
  description: LocalizedDraft;
  languages: string[];
  channels: ChannelDraft[];
  coverageArea: string;
  counties: string;
  status: string;
  verifiedDate: string;
  verifiedMethod: string;
  reviewEveryMonths: string;
  maintainers: string;
  consent: string;
};

/** The `# yaml-language-server` line of templates/organization.yml, so editors check the file while typing. */
export const ORGANIZATION_SCHEMA_COMMENT = ' yaml-language-server: $schema=../../static/schema/organization.schema.json';

/** A blank channel (a need-help hotline, the most common first channel). */
export function emptyChannel(): ChannelDraft {
  return {kind: 'hotline', audience: 'need-help', value: '', hours: {mode: 'none'}, languages: []};
}

/**
 * An empty form.
 * @param today - `YYYY-MM-DD`, used for the verification and consent dates
 */
export function emptyOrganizationDraft(today: string): OrganizationDraft {
  return {
    city: '', slug: '', name: '', altNames: '', types: [],
    summary: {en: '', es: '', fr: ''}, description: {en: '', es: '', fr: ''},
    languages: [], channels: [emptyChannel()], coverageArea: '', counties: '',
    status: 'active', verifiedDate: today, verifiedMethod: 'self-reported', reviewEveryMonths: '6',
    maintainers: '', consent: today,
  };
}

/**
 * Splits a list typed as text: one item per line or separated by commas.
 * @param text - e.g. `"Hennepin County, Ramsey County"`
 * @returns trimmed, non-empty items
 */
export function splitList(text: string): string[] {
  return text.split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
}

/**
 * A file-name slug suggested from a name: lowercase ASCII letters, digits and single hyphens.
 * @param name - e.g. `Northside Rapid Response (NRR)`
 * @returns e.g. `northside-rapid-response-nrr`
 */
export function suggestSlug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

/** GitHub handles as the schema wants them: `@` added when missing. */
function handles(text: string): string[] {
  return splitList(text).map((handle) => (handle.startsWith('@') ? handle : `@${handle}`));
}

function localized(draft: LocalizedDraft): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const locale of ['en', 'es', 'fr'] as const) if (draft[locale].trim()) out[locale] = draft[locale].trim();
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
    const out: Record<string, unknown> = {kind: channel.kind, audience: channel.audience, value: channel.value.trim()};
    const hours = toOpeningHours(channel.hours);
    if (hours !== undefined) out.hours = hours;
    if (channel.languages.length > 0) out.languages = channel.languages;
    return out;
  });
  data.coverage = counties.length > 0 ? {area: draft.coverageArea.trim(), counties} : {area: draft.coverageArea.trim()};
  data.status = draft.status;
  data.verified = {date: draft.verifiedDate, method: draft.verifiedMethod};
  // A number when it is one; otherwise the text, so the validator names the field.
  data.review_every_months = draft.reviewEveryMonths.trim() !== '' && Number.isFinite(months) ? months : draft.reviewEveryMonths;
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
