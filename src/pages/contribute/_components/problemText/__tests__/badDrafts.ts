import type {OrganizationDraft} from '../../../../../lib/contribute/organizationDraft';
import type {PlaybookDraft} from '../../../../../lib/contribute/playbookDraft';
import {
  validOrganizationDraft,
  validPlaybookDraft,
} from '../../../../../lib/contribute/__tests__/fixtures';

/**
 * Form states with every kind of mistake a contributor can make in the two
 * contribute forms, so that each message the forms can show comes up at
 * least once. Fictional values only.
 */

/** A Markdown text that breaks every Markdown safety rule at least once. */
export const UNSAFE_MARKDOWN = [
  'Text <b>bold</b> and https://chat.whatsapp.com/AbCdEf123 in prose.',
  '[Discord](https://discord.gg/abc) [source](@site/src/x) ![alias](@site/x.png) ![remote](https://fictional.org/a.png) ![data](data:image/png;base64,AA)',
  '[relative](//fictional.org) [insecure](http://fictional.org) [mail](mailto:a@fictional.org) [call](tel:+16125550142) [script](javascript:alert(1)) [ftp](ftp://fictional.org)',
  '[percent](%E0%A4%A) [up](/a/../b) [out](../../../../x.md)',
  'Call 612-555-0142, write to someone@fictional.org or come to 1234 W Lake St.',
  '',
  '\u202EStarts hidden, then a\u200Bb and [short](https://bit.ly/AbC) [user](https://fictional.org@elsewhere.net/) [look-alike](https://\u0430pple.com/).',
  '',
  `See tinyurl.com/AbC, https://fictional.org@elsewhere.net/x and https://\u0430pple.com/y; ${'x\u200B'.repeat(12)}`,
  '',
  '# A title',
  '',
  '## Something else',
].join('\n');

function organization(change: Partial<OrganizationDraft>): OrganizationDraft {
  return {...validOrganizationDraft(), ...change};
}

function channel(kind: string, value: string): OrganizationDraft['channels'][number] {
  return {
    kind,
    audience: 'need-help',
    value,
    hours: {mode: 'none'},
    languages: [],
    international: '',
  };
}

/** Organisation form states, by what is wrong with them. */
export const BAD_ORGANIZATIONS: [string, OrganizationDraft][] = [
  [
    'an empty form',
    organization({
      city: '',
      slug: 'Not A Slug',
      name: '',
      types: [],
      languages: [],
      maintainers: '',
      coverageArea: '',
      channels: [],
      summary: {en: '', es: '', fr: ''},
      verifiedDate: '',
      consent: '',
      reviewEveryMonths: 'six',
    }),
  ],
  ['a summary in Spanish only', organization({summary: {en: '', es: 'Una red ficticia.', fr: ''}})],
  [
    'a taken file name, long, hidden and formula texts, future dates',
    organization({
      slug: 'taken',
      name: 'x'.repeat(130),
      altNames: 'a\u202Eb',
      coverageArea: '=SUM(A1)',
      reviewEveryMonths: '0',
      maintainers: 'not a handle!',
      verifiedDate: '2027-01-01',
      consent: '2027-01-01',
    }),
  ],
  [
    'contacts in short texts and an old verification',
    organization({
      name: 'A <b> name https://chat.whatsapp.com/AbCdEf123',
      coverageArea: 'Call 6125550142 or someone@fictional.org, 1234 W Lake St',
      verifiedDate: '2020-01-01',
      reviewEveryMonths: '25',
    }),
  ],
  [
    'a fractional review interval and a bad language code',
    organization({reviewEveryMonths: '2.5', languages: ['en', 'not a tag']}),
  ],
  [
    'unsafe Markdown in the description',
    organization({description: {en: UNSAFE_MARKDOWN, es: '', fr: ''}}),
  ],
  [
    'a bad channel of every kind',
    organization({
      channels: [
        {
          kind: 'phone',
          audience: 'need-help',
          value: '612 555',
          hours: {mode: 'custom', value: 'Mo-Fx 9-5'},
          languages: ['not a tag'],
          international: '',
        },
        channel('hotline', '+15555555555'),
        channel('phone', '+19005551234'),
        channel('phone', '+16125550142'),
        channel('email', 'not-an-address'),
        channel('email', 'someone@gmail.com'),
        channel('email', 'maria.lopez@fictional.org'),
        channel('website', 'http://fictional.org'),
        channel('website', 'https://t.me/+AbCdEf123'),
        channel('signal-username', 'nodigits'),
        channel('form', ''),
        channel('website', 'https://bit.ly/AbC'),
        channel('form', 'https://fictional.org@elsewhere.net/form'),
        channel('website', 'https://\u0430pple.com/'),
        channel('hotline', '+1612555\u200B0142'),
        channel('email', 'contact@xn--pple-43d.com'),
      ],
    }),
  ],
  // Minneapolis is in the US (the form is given each city's country).
  [
    'phone numbers a caller cannot afford or that reach no person',
    organization({
      channels: [
        channel('hotline', '+18765551234'),
        channel('phone', '+80012345678'),
        {...channel('phone', '+16125550142'), international: 'Answered in the US anyway'},
        {...channel('website', 'https://fictional.org/'), international: 'Not a phone'},
        {...channel('hotline', '+525512345678'), international: '=HYPERLINK("x")'},
        channel('phone', '+881612345678'),
        channel('phone', '+882161234567'),
        channel('phone', '+447012345678'),
        channel('phone', '+447640123456'),
        channel('phone', '+41860123456789'),
        channel('phone', '+445512345678'),
        channel('phone', '+80812345678'),
      ],
      counties: '=SUM(A1), Hennepin County',
    }),
  ],
];

function playbook(
  change: Partial<PlaybookDraft>,
  sections: Partial<PlaybookDraft['sections']> = {},
): PlaybookDraft {
  const draft = validPlaybookDraft();
  return {...draft, ...change, sections: {...draft.sections, ...sections}};
}

/** Playbook form states, by what is wrong with them. */
export const BAD_PLAYBOOKS: [string, PlaybookDraft][] = [
  [
    'an empty form',
    playbook(
      {
        slug: '',
        title: '',
        description: '',
        topics: [],
        audience: [],
        cities: [],
        lastReviewed: '',
      },
      {when: '', roles: ''},
    ),
  ],
  ['long texts', playbook({title: 'x'.repeat(150), description: 'y'.repeat(301)})],
  [
    'contacts and a formula in the title',
    playbook({
      title: '=cmd <x> 612-555-0142 someone@fictional.org 1234 W Lake St https://t.me/+AbCdEf123',
    }),
  ],
  ['a review date in the future', playbook({lastReviewed: '2027-01-01'})],
  ['unsafe Markdown in a section', playbook({}, {steps: UNSAFE_MARKDOWN})],
  [
    'section headings typed into the sections',
    playbook({}, {when: '## Roles and resources\n\nTwo people.', learned: '## Steps\n\nAgain.'}),
  ],
  [
    'a pasted text the Markdown reader cannot read quickly',
    playbook(
      {},
      {steps: `${'*a_'.repeat(400)}\n\n${'> '.repeat(40)}deep\n\n${'- item\n'.repeat(600)}`},
    ),
  ],
];
