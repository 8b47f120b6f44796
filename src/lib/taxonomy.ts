/**
 * The coalition's controlled vocabularies (DESIGN.md "Content model").
 *
 * Adding a term is a reviewed change to this one file: the schema, the
 * validator, the filters and the search facets all read from here.
 * Labels are English source strings; pages translate them with
 * `translate({id: 'taxonomy.<slug>'})`.
 */

/** Organisation types and playbook topics, slug → English label. */
export const TAXONOMY = {
  'rapid-response': 'Rapid response',
  'alert-network': 'Alert network',
  'legal-aid': 'Legal aid',
  'know-your-rights': 'Know your rights',
  accompaniment: 'Accompaniment',
  'detention-support': 'Detention support',
  'bond-fund': 'Bond fund',
  'sanctuary-congregation': 'Sanctuary congregation',
  'mutual-aid': 'Mutual aid',
  'business-solidarity': 'Business solidarity',
  'schools-childcare': 'Schools and childcare',
  health: 'Health',
  housing: 'Housing',
  'digital-security': 'Digital security',
  'policy-advocacy': 'Policy advocacy',
  coalition: 'Coalition',
} as const;

/** A taxonomy slug such as `rapid-response`. */
export type TaxonomySlug = keyof typeof TAXONOMY;
/** Every taxonomy slug, in display order. */
export const TAXONOMY_SLUGS = Object.keys(TAXONOMY) as [TaxonomySlug, ...TaxonomySlug[]];

/** Who a playbook is written for. */
export const PLAYBOOK_AUDIENCES = [
  'organisers',
  'schools',
  'childcare',
  'congregations',
  'businesses',
  'families',
  'legal',
  'volunteers',
] as const;

/** How mature a practice is: tried once as an idea, piloted, or proven over time. */
export const MATURITY_LEVELS = ['idea', 'piloted', 'proven'] as const;

/** The kinds of contact channel an organisation publishes. */
export const CHANNEL_KINDS = [
  'hotline',
  'phone',
  'email',
  'website',
  'form',
  'signal-username',
] as const;

/** The channel kinds whose value is a phone number (E.164, a `tel:` link on the page). */
export const PHONE_CHANNEL_KINDS: ReadonlySet<string> = new Set<(typeof CHANNEL_KINDS)[number]>([
  'hotline',
  'phone',
]);

/**
 * Who a channel is for. The order is the display order on a contact page:
 * people who need help first.
 */
export const CHANNEL_AUDIENCES = [
  'need-help',
  'volunteer',
  'press',
  'partners',
  'general',
] as const;

/** Whether an organisation is operating. */
export const ORGANIZATION_STATUSES = ['active', 'paused', 'closed'] as const;

/** How an entry's facts were last verified. */
export const VERIFICATION_METHODS = ['phone', 'email', 'in-person', 'self-reported'] as const;

/** Default months between verifications (DESIGN.md: `review_every_months`, default 6). */
export const DEFAULT_REVIEW_EVERY_MONTHS = 6;

/** The licence a playbook carries when its front matter names none. */
export const DEFAULT_PLAYBOOK_LICENSE = 'CC-BY-SA-4.0';

/**
 * The required playbook body sections, in order, keyed so that the
 * comparison view can line sections up across cities and languages.
 * `sources` is optional; the other five are required.
 */
export const PLAYBOOK_SECTIONS = [
  {key: 'when', heading: 'When to use', required: true},
  {key: 'steps', heading: 'Steps', required: true},
  {key: 'roles', heading: 'Roles and resources', required: true},
  {key: 'risks', heading: 'Risks and safeguards', required: true},
  {key: 'learned', heading: 'What we learned', required: true},
  {key: 'sources', heading: 'Sources', required: false},
] as const;

/** A section key such as `steps`. */
export type PlaybookSectionKey = (typeof PLAYBOOK_SECTIONS)[number]['key'];
