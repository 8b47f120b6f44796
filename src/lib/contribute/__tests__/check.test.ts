import {parse} from 'yaml';
import {validateInFixture} from '../../../../tests/validateInFixture';
import {checkOrganizationDraft, checkPlaybookDraft} from '../check';
import {organizationFileText} from '../organizationFile';
import {FICTIONAL_PHONE, validOrganizationDraft, validPlaybookDraft} from './fixtures';

const NOW = new Date('2026-11-29T12:00:00Z');
const ORG_FIELDS = [
  'city',
  'slug',
  'name',
  'types',
  'summary.en',
  'languages',
  'channels[0].value',
  'channels[1].value',
  'channels[0].hours',
  'coverage.area',
  'maintainers',
];
const PLAYBOOK_FIELDS = [
  'slug',
  'title',
  'topics',
  'cities',
  'organizations',
  'sections.when',
  'sections.steps',
  'sections.roles',
  'sections.risks',
  'sections.learned',
  'sections.sources',
];
const validateWith = (file: string, text: string) => validateInFixture(file, text, NOW);

describe('organisation form output', () => {
  it("is the template's YAML with its schema comment, quoted phone numbers and no empty optional fields", () => {
    const text = organizationFileText(validOrganizationDraft());
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../static/schema/organization.schema.json',
    );
    expect(text).toContain(`value: "${FICTIONAL_PHONE}"`);
    const data = parse(text);
    expect(Object.keys(data)).toEqual([
      'name',
      'alt_names',
      'types',
      'summary',
      'description',
      'languages',
      'channels',
      'coverage',
      'status',
      'verified',
      'review_every_months',
      'maintainers',
      'consent',
    ]);
    expect(data.summary).toEqual({
      en: 'A fictional network used to test the contribute form.',
      es: 'Una red ficticia para probar el formulario.',
    });
    expect(data.channels[0].hours).toBe('24/7');
    expect(data.channels[1].hours).toBe('Mo-Fr 09:00-17:00');
    expect(data.channels[1]).not.toHaveProperty('languages');
    expect(data.maintainers).toEqual(['@form-fixture-maintainer']);
  });

  it("passes the form's check and the real validator unchanged", () => {
    const checked = checkOrganizationDraft(validOrganizationDraft(), ORG_FIELDS, NOW);
    expect(checked.problems).toEqual([]);
    expect(checked.path).toBe('directory/minneapolis/form-fixture-rapid-response.yml');
    const coalition = validateWith(checked.path, checked.text);
    expect(coalition.problems.filter((problem) => problem.file === checked.path)).toEqual([]);
    expect(coalition.organizations.map((org) => org.slug)).toContain('form-fixture-rapid-response');
  });

  it.each([
    ['a phone number that is not E.164', '612 555 0142', /E\.164/],
    ['a WhatsApp invite link', 'https://chat.whatsapp.com/AbCdEf123', /WhatsApp invite/],
    ['an http: link on a website channel', 'http://fictional.org/', /not an https: link/],
  ])('places %s beside the channel value', (_what, value, message) => {
    const draft = validOrganizationDraft();
    draft.channels[1] = {
      ...draft.channels[1]!,
      kind: value.startsWith('http') ? 'website' : 'phone',
      value,
    };
    const checked = checkOrganizationDraft(draft, ORG_FIELDS, NOW);
    expect(
      checked.fields.byField['channels[1].value']?.map((problem) => problem.message).join(' '),
    ).toMatch(message);
    // The real validator refuses the same file.
    expect(
      validateWith(checked.path, checked.text).problems.some(
        (problem) =>
          problem.file === checked.path &&
          problem.field === 'channels[1].value' &&
          problem.severity === 'error',
      ),
    ).toBe(true);
  });

  it('refuses a file name another organisation already uses, in any city, beside the slug field (regression)', () => {
    const draft = validOrganizationDraft();
    const checked = checkOrganizationDraft(draft, ORG_FIELDS, NOW, [
      {slug: draft.slug, city: 'denver'},
    ]);
    expect(checked.fields.byField.slug?.map((problem) => problem.message)).toEqual([
      `"${draft.slug}" is already used by directory/denver/${draft.slug}.yml.`,
    ]);
  });

  it('names every missing or wrong field of an empty form, each at its field', () => {
    const draft = {
      ...validOrganizationDraft(),
      city: '',
      slug: 'Not A Slug',
      name: '',
      types: [],
      languages: [],
      maintainers: '',
      coverageArea: '',
    };
    const checked = checkOrganizationDraft(draft, ORG_FIELDS, NOW);
    expect(Object.keys(checked.fields.byField).sort()).toEqual([
      'city',
      'coverage.area',
      'languages',
      'maintainers',
      'name',
      'slug',
      'types',
    ]);
    expect(checked.fields.unplaced).toEqual([]);
  });
});

describe("organisation form: phone numbers of the chosen city's country (safety rule 11)", () => {
  const CITIES = [
    {slug: 'minneapolis', country: 'US'},
    {slug: 'toronto', country: 'CA'},
  ];
  const FIELDS = [...ORG_FIELDS, 'channels[0].international', 'channels[1].international'];
  const withPhone = (value: string, international = '', city = 'minneapolis') => {
    const draft = {...validOrganizationDraft(), city};
    draft.channels[0] = {...draft.channels[0]!, value, international};
    return draft;
  };

  it('refuses a number of another country beside the channel value, as the validator does', () => {
    const checked = checkOrganizationDraft(withPhone('+18765551234'), FIELDS, NOW, [], CITIES);
    expect(checked.fields.byField['channels[0].value']).toEqual([
      expect.objectContaining({
        rule: 'phone-country',
        message: expect.stringContaining(
          "rings in Jamaica (JM), but the city's country is United States (US)",
        ),
      }),
    ]);
    expect(checked.problems.filter((problem) => problem.severity === 'error')).toHaveLength(1);
    expect(
      validateWith(checked.path, checked.text)
        .problems.filter((problem) => problem.file === checked.path)
        .map((problem) => problem.rule),
    ).toEqual(['phone-country']);
  });

  it('accepts it with a reason, which the file carries as international', () => {
    const checked = checkOrganizationDraft(
      withPhone('+525512345678', " The consulate's national hotline "),
      FIELDS,
      NOW,
      [],
      CITIES,
    );
    expect(checked.problems).toEqual([]);
    expect(parse(checked.text).channels[0].international).toBe("The consulate's national hotline");
    expect(
      validateWith(checked.path, checked.text).problems.filter(
        (problem) => problem.file === checked.path,
      ),
    ).toEqual([]);
  });

  it("judges the number by the chosen city's country: toll-free in both the US and Canada, a Toronto number in Toronto only", () => {
    expect(
      checkOrganizationDraft(withPhone('+18002345678', '', 'toronto'), FIELDS, NOW, [], CITIES)
        .problems,
    ).toEqual([]);
    expect(
      checkOrganizationDraft(withPhone('+14165551234', '', 'toronto'), FIELDS, NOW, [], CITIES)
        .problems,
    ).toEqual([]);
    expect(
      checkOrganizationDraft(withPhone('+14165551234'), FIELDS, NOW, [], CITIES).problems.map(
        (problem) => problem.rule,
      ),
    ).toEqual(['phone-country']);
  });

  it('places a reason given for a domestic number, or for a channel that is not a phone, beside the reason', () => {
    const domestic = checkOrganizationDraft(
      withPhone('+18002345678', 'Toll-free'),
      FIELDS,
      NOW,
      [],
      CITIES,
    );
    expect(
      domestic.fields.byField['channels[0].international']?.map((problem) => problem.rule),
    ).toEqual(['phone-international-unneeded']);
    const draft = validOrganizationDraft();
    draft.channels[1] = {...draft.channels[1]!, international: 'Abroad'};
    const notPhone = checkOrganizationDraft(draft, FIELDS, NOW, [], CITIES);
    expect(
      notPhone.fields.byField['channels[1].international']?.map((problem) => problem.message),
    ).toEqual(['"channels[1].international" is only for phone and hotline channels.']);
  });

  it('checks no country before a city is chosen (the city field says it is missing)', () => {
    const checked = checkOrganizationDraft(
      withPhone('+18765551234', '', ''),
      FIELDS,
      NOW,
      [],
      CITIES,
    );
    expect(checked.problems.map((problem) => problem.field)).toEqual(['city']);
  });
});

describe('playbook form output', () => {
  it("follows templates/playbook.md and passes the form's check and the real validator", () => {
    const checked = checkPlaybookDraft(validPlaybookDraft(), PLAYBOOK_FIELDS, '2026-11-29');
    expect(checked.problems).toEqual([]);
    expect(checked.path).toBe('docs/playbooks/rapid-response/form-fixture-shift-handover.md');
    expect(checked.text.match(/^## .*$/gm)).toEqual([
      '## When to use',
      '## Steps',
      '## Roles and resources',
      '## Risks and safeguards',
      '## What we learned',
      '## Sources',
    ]);
    const coalition = validateWith(checked.path, checked.text);
    expect(coalition.problems.filter((problem) => problem.file === checked.path)).toEqual([]);
  });

  it('shows Markdown safety problems in the section that has them and asks for empty sections', () => {
    const draft = validPlaybookDraft();
    draft.sections.steps = '1. Call <b>now</b>.\n2. Join https://chat.whatsapp.com/AbCdEf123';
    draft.sections.risks = 'Read http://insecure.org/page first.';
    draft.sections.roles = '';
    const checked = checkPlaybookDraft(draft, PLAYBOOK_FIELDS, '2026-11-29');
    const rules = (field: string) =>
      checked.fields.byField[field]?.map((problem) => problem.rule).sort();
    expect(new Set(rules('sections.steps'))).toEqual(new Set(['chat-invite', 'raw-html']));
    expect(rules('sections.risks')).toEqual(['insecure-link']);
    expect(rules('sections.roles')).toEqual(['playbook-sections']);
    expect(checked.fields.unplaced).toEqual([]);
  });
});
