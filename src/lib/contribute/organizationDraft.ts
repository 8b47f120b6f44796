import type {HoursChoice} from './openingHours';

/**
 * The organisation form's state, with no dependency on the YAML writer so
 * that the form's first load stays small (`organizationFile.ts` writes the file).
 */

/**
 * One channel as edited in the form. `international` is why a phone number of another country
 * than the city's is listed (safety rule 11), empty for a number of the city's country.
 */
export type ChannelDraft = {
  kind: string;
  audience: string;
  value: string;
  hours: HoursChoice;
  languages: string[];
  international: string;
};

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

/** A blank channel (a need-help hotline, the most common first channel). */
export function emptyChannel(): ChannelDraft {
  return {
    kind: 'hotline',
    audience: 'need-help',
    value: '',
    hours: {mode: 'none'},
    languages: [],
    international: '',
  };
}

/**
 * An empty form.
 * @param today - `YYYY-MM-DD`, used for the verification and consent dates
 */
export function emptyOrganizationDraft(today: string): OrganizationDraft {
  return {
    city: '',
    slug: '',
    name: '',
    altNames: '',
    types: [],
    summary: {en: '', es: '', fr: ''},
    description: {en: '', es: '', fr: ''},
    languages: [],
    channels: [emptyChannel()],
    coverageArea: '',
    counties: '',
    status: 'active',
    verifiedDate: today,
    verifiedMethod: 'self-reported',
    reviewEveryMonths: '6',
    maintainers: '',
    consent: today,
  };
}

/**
 * Splits a list typed as text: one item per line or separated by commas.
 * @param text - e.g. `"Hennepin County, Ramsey County"`
 * @returns trimmed, non-empty items
 */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * A file-name slug suggested from a name: lowercase ASCII letters, digits and single hyphens.
 * @param name - e.g. `Northside Rapid Response (NRR)`
 * @returns e.g. `northside-rapid-response-nrr`
 */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
