import {emptyOrganizationDraft, type OrganizationDraft} from '../organizationDraft';
import {emptyPlaybookDraft, type PlaybookDraft} from '../playbookDraft';

/**
 * Form states for the tests. Fictional: +44 20 7946 0xxx is Ofcom's range for
 * drama (valid in form, never assigned), and the Signal username belongs to no one we know.
 * Reserved example values (example.org, 555-01XX) cannot be used: a real
 * entry refuses them.
 */
export const FICTIONAL_PHONE = '+442079460123';
/**
 * Why the fixture's UK number is listed for a US city: a number of another country than the
 * city's is refused unless its channel says why (safety rule 11).
 */
export const FICTIONAL_PHONE_REASON = 'A fictional number in the UK drama range, for tests only';

/** A complete, valid organisation for the Minneapolis fixture city. */
export function validOrganizationDraft(): OrganizationDraft {
  return {
    ...emptyOrganizationDraft('2026-11-01'),
    city: 'minneapolis',
    slug: 'form-fixture-rapid-response',
    name: 'Form Fixture Rapid Response',
    altNames: 'FFRR',
    types: ['rapid-response', 'accompaniment'],
    summary: {
      en: 'A fictional network used to test the contribute form.',
      es: 'Una red ficticia para probar el formulario.',
      fr: '',
    },
    description: {
      en: 'Call the hotline; a trained volunteer answers.\n\n- Day and night\n- In English and Spanish',
      es: '',
      fr: '',
    },
    languages: ['en', 'es', 'so'],
    channels: [
      {
        kind: 'hotline',
        audience: 'need-help',
        value: FICTIONAL_PHONE,
        hours: {mode: 'always'},
        languages: ['en', 'es'],
        international: FICTIONAL_PHONE_REASON,
      },
      {
        kind: 'signal-username',
        audience: 'volunteer',
        value: 'formfixture.01',
        hours: {
          mode: 'weekly',
          rules: [{days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], from: '09:00', to: '17:00'}],
          byAppointment: false,
        },
        languages: [],
        international: '',
      },
    ],
    coverageArea: 'North Minneapolis',
    counties: 'Hennepin County',
    maintainers: 'form-fixture-maintainer',
  };
}

/** A complete, valid playbook drawing on the fixture's city and organisation. */
export function validPlaybookDraft(): PlaybookDraft {
  const draft = emptyPlaybookDraft('2026-11-01');
  return {
    ...draft,
    slug: 'form-fixture-shift-handover',
    title: 'Hand over hotline shifts without losing a call',
    description: 'A fictional playbook used to test the contribute form.',
    topics: ['rapid-response'],
    audience: ['organisers', 'volunteers'],
    cities: ['minneapolis'],
    organizations: ['fixture-rapid-response'],
    maturity: 'piloted',
    sections: {
      when: 'When a hotline runs in shifts. General information, not legal advice.',
      steps: '1. Write down open calls.\n2. Read them aloud to the next shift.',
      roles: 'Two people per shift.',
      risks:
        'Notes can expose callers; keep them on the shared, encrypted drive and delete them after a week.',
      learned: 'Short handovers happen; long ones are skipped.',
      sources: '- [Key:opening_hours](https://wiki.openstreetmap.org/wiki/Key:opening_hours)',
    },
  };
}
