import {ORGANISATION_FORM_LABELS} from '../issueForm';

/** An issue body as GitHub renders the add-organisation form. */
export function formBody(
  overrides: Partial<Record<keyof typeof ORGANISATION_FORM_LABELS, string>> = {},
): string {
  const answers: Record<keyof typeof ORGANISATION_FORM_LABELS, string> = {
    city: 'minneapolis',
    slug: 'northside-legal-help',
    name: 'Northside Legal Help (sample)',
    types: 'legal-aid, know-your-rights',
    summaryEn: 'Free immigration legal consultations on the north side. A fictional sample.',
    summaryEs: '_No response_',
    languages: 'en, es, so',
    channels:
      'phone | need-help | +16126243000 | Mo-Fr 09:00-17:00\nwebsite | general | https://northside-legal.org/',
    area: 'North Minneapolis',
    status: 'active',
    method: 'self-reported',
    maintainers: '_No response_',
    consent:
      '- [X] The organisation agrees to be listed, and I may submit this on its behalf.\n- [X] This entry contains no personal data.',
    ...overrides,
  };
  return (Object.keys(ORGANISATION_FORM_LABELS) as (keyof typeof ORGANISATION_FORM_LABELS)[])
    .map((key) => `### ${ORGANISATION_FORM_LABELS[key]}\n\n${answers[key]}`)
    .join('\n\n');
}

export const issue = (body: string, labels: string[]) => ({
  number: 12,
  body,
  labels: labels.map((name) => ({name})),
  user: {login: 'organiser'},
  created_at: '2026-11-20T10:00:00Z',
  html_url: 'https://github.com/sanctuary-commons/site/issues/12',
});
