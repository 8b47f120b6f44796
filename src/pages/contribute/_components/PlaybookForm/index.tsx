import React, {useMemo, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {
  MATURITY_LEVELS,
  PLAYBOOK_AUDIENCES,
  PLAYBOOK_SECTIONS,
  TAXONOMY_SLUGS,
  type PlaybookSectionKey,
} from '@site/src/lib/taxonomy';
import {emptyPlaybookDraft, type PlaybookDraft} from '@site/src/lib/contribute/playbookDraft';
import {suggestSlug} from '@site/src/lib/contribute/organizationDraft';
import type {ContributePageData} from '@site/src/plugins/contribute/types';
import {
  maturityLabel,
  playbookAudienceLabel,
  taxonomyLabel,
} from '@site/src/pages/directory/_components/labels';
import ChoiceGroup from '../ChoiceGroup';
import ErrorSummary from '../ErrorSummary';
import Field from '../Field';
import FileOutput from '../FileOutput';
import useChecker from '../useChecker';
import {playbookSectionLabel} from '../playbookSectionLabels';

const FORM = 'pb';
const FIELD_KEYS = [
  'slug',
  'title',
  'description',
  'topics',
  'audience',
  'cities',
  'organizations',
  'maturity',
  'last_reviewed',
  ...PLAYBOOK_SECTIONS.map((section) => `sections.${section.key}`),
];

const SECTION_HINTS: Record<PlaybookSectionKey, () => string> = {
  when: () =>
    translate({
      id: 'contribute.pb.hint.when',
      message:
        'The situation this playbook is for and who should use it. If anything is legal, say it is general information, not legal advice, and point to accredited legal help.',
      description: 'Hint of the playbook section "When to use"',
    }),
  steps: () =>
    translate({
      id: 'contribute.pb.hint.steps',
      message:
        'Numbered, concrete steps (1. 2. 3.), grouped with ### sub-headings if useful (before, during, after).',
      description: 'Hint of the playbook section "Steps"',
    }),
  roles: () =>
    translate({
      id: 'contribute.pb.hint.roles',
      message: 'Who does what, how many people you need to start, materials, money and tools.',
      description: 'Hint of the playbook section "Roles and resources"',
    }),
  risks: () =>
    translate({
      id: 'contribute.pb.hint.risks',
      message:
        'What can go wrong for the people you protect and for volunteers, and how you prevent or limit it.',
      description: 'Hint of the playbook section "Risks and safeguards"',
    }),
  learned: () =>
    translate({
      id: 'contribute.pb.hint.learned',
      message: 'Honest lessons: what surprised you, what you would do differently.',
      description: 'Hint of the playbook section "What we learned"',
    }),
  sources: () =>
    translate({
      id: 'contribute.pb.hint.sources',
      message:
        'Optional: a list of public sources with https links, one per line starting with "- ".',
      description: 'Hint of the playbook section "Sources"',
    }),
};

const LABELS: Record<string, () => string> = {
  slug: () =>
    translate({
      id: 'contribute.pb.slug',
      message: 'File name (page address)',
      description: 'Playbook form label',
    }),
  title: () =>
    translate({id: 'contribute.pb.title', message: 'Title', description: 'Playbook form label'}),
  description: () =>
    translate({
      id: 'contribute.pb.description',
      message: 'One-sentence snapshot',
      description: 'Playbook form label',
    }),
  topics: () =>
    translate({
      id: 'contribute.pb.topics',
      message: 'Topics (the first one chosen decides the folder)',
      description: 'Playbook form label',
    }),
  audience: () =>
    translate({
      id: 'contribute.pb.audience',
      message: 'Who it is for',
      description: 'Playbook form label',
    }),
  cities: () =>
    translate({
      id: 'contribute.pb.cities',
      message: 'Cities where this practice runs',
      description: 'Playbook form label',
    }),
  organizations: () =>
    translate({
      id: 'contribute.pb.organizations',
      message: 'Organisations that contributed it (optional)',
      description: 'Playbook form label',
    }),
  maturity: () =>
    translate({
      id: 'contribute.pb.maturity',
      message: 'How mature is the practice?',
      description: 'Playbook form label',
    }),
  last_reviewed: () =>
    translate({
      id: 'contribute.pb.lastReviewed',
      message: 'Date the content was last checked',
      description: 'Playbook form label',
    }),
};

function fieldLabel(field: string): string {
  const section = /^sections\.(\w+)$/.exec(field);
  if (section)
    return PLAYBOOK_SECTIONS.some((candidate) => candidate.key === section[1])
      ? playbookSectionLabel(section[1] as PlaybookSectionKey)
      : field;
  return LABELS[field]?.() ?? field;
}

/**
 * "Share a playbook": the playbook template as a form, checked in the browser
 * by the validator's own code, producing `docs/playbooks/<topic>/<slug>.md`.
 */
export default function PlaybookForm({data}: {data: ContributePageData}): ReactNode {
  const [draft, setDraft] = useState<PlaybookDraft>(() =>
    emptyPlaybookDraft(new Date().toISOString().slice(0, 10)),
  );
  const [slugEdited, setSlugEdited] = useState(false);
  const [checks, setChecks] = useState(0);
  const {checker, load} = useChecker();
  const result = useMemo(
    () => (checker && checks > 0 ? checker.checkPlaybookDraft(draft, FIELD_KEYS) : null),
    [checker, checks, draft],
  );
  const problems = (field: string) => result?.fields.byField[field];
  const errors = result?.problems.filter((problem) => problem.severity === 'error').length ?? 0;
  const set = <K extends keyof PlaybookDraft>(key: K, value: PlaybookDraft[K]) =>
    setDraft((current) => ({...current, [key]: value}));
  // Organisations of the chosen cities first; all of them when no city is chosen yet.
  const organizations =
    draft.cities.length > 0
      ? data.organizations.filter((org) => draft.cities.includes(org.city))
      : data.organizations;

  return (
    <form
      noValidate
      aria-labelledby="pb-form-title"
      onFocus={() => void (checker ?? load())}
      onSubmit={async (event) => {
        event.preventDefault();
        await load();
        setChecks((count) => count + 1);
      }}
    >
      <h2 id="pb-form-title">
        <Translate id="contribute.pb.formTitle" description="Heading of the playbook form">
          Share a playbook
        </Translate>
      </h2>
      <p>
        <Translate id="contribute.pb.intro" description="Introduction of the playbook form">
          A playbook is how your group does one thing, written so another city can do it too. Plain
          Markdown: no HTML, no phone numbers or e-mail addresses, no names of volunteers, no chat
          invite links; links start with https://.
        </Translate>
      </p>
      <Field form={FORM} field="title" label={fieldLabel('title')} problems={problems('title')}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.title}
            onChange={(event) =>
              setDraft((current) => ({
                ...current,
                title: event.target.value,
                slug: slugEdited ? current.slug : suggestSlug(event.target.value),
              }))
            }
          />
        )}
      </Field>
      <Field
        form={FORM}
        field="slug"
        label={fieldLabel('slug')}
        problems={problems('slug')}
        hint={
          <Translate id="contribute.org.slugHint" description="Hint of the slug field">
            Lowercase letters, digits and hyphens; it becomes the page address and the file name.
          </Translate>
        }
      >
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.slug}
            onChange={(event) => {
              setSlugEdited(true);
              set('slug', event.target.value);
            }}
          />
        )}
      </Field>
      <Field
        form={FORM}
        field="description"
        label={fieldLabel('description')}
        problems={problems('description')}
      >
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={draft.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
      <ChoiceGroup
        form={FORM}
        field="topics"
        legend={fieldLabel('topics')}
        problems={problems('topics')}
        options={TAXONOMY_SLUGS.map((slug) => ({value: slug, label: taxonomyLabel(slug)}))}
        selected={draft.topics}
        onChange={(topics) => set('topics', topics)}
      />
      <ChoiceGroup
        form={FORM}
        field="audience"
        legend={fieldLabel('audience')}
        problems={problems('audience')}
        options={PLAYBOOK_AUDIENCES.map((audience) => ({
          value: audience,
          label: playbookAudienceLabel(audience),
        }))}
        selected={draft.audience}
        onChange={(audience) => set('audience', audience)}
      />
      <ChoiceGroup
        form={FORM}
        field="cities"
        legend={fieldLabel('cities')}
        problems={problems('cities')}
        options={data.cities.map((city) => ({value: city.slug, label: city.name}))}
        selected={draft.cities}
        onChange={(cities) => set('cities', cities)}
      />
      {organizations.length > 0 && (
        <ChoiceGroup
          form={FORM}
          field="organizations"
          legend={fieldLabel('organizations')}
          problems={problems('organizations')}
          options={organizations.map((org) => ({value: org.slug, label: org.name}))}
          selected={draft.organizations}
          onChange={(list) => set('organizations', list)}
        />
      )}
      <ChoiceGroup
        form={FORM}
        field="maturity"
        legend={fieldLabel('maturity')}
        multiple={false}
        problems={problems('maturity')}
        options={MATURITY_LEVELS.map((level) => ({value: level, label: maturityLabel(level)}))}
        selected={[draft.maturity]}
        onChange={([maturity]) => set('maturity', maturity!)}
      />
      <Field
        form={FORM}
        field="last_reviewed"
        label={fieldLabel('last_reviewed')}
        problems={problems('last_reviewed')}
      >
        {(props) => (
          <input
            {...props}
            type="date"
            value={draft.lastReviewed}
            onChange={(event) => set('lastReviewed', event.target.value)}
          />
        )}
      </Field>
      {PLAYBOOK_SECTIONS.map((section) => (
        <Field
          key={section.key}
          form={FORM}
          field={`sections.${section.key}`}
          label={fieldLabel(`sections.${section.key}`)}
          hint={SECTION_HINTS[section.key]()}
          problems={problems(`sections.${section.key}`)}
        >
          {(props) => (
            <textarea
              {...props}
              rows={6}
              value={draft.sections[section.key]}
              onChange={(event) =>
                set('sections', {...draft.sections, [section.key]: event.target.value})
              }
            />
          )}
        </Field>
      ))}
      <button type="submit" className="button button--primary button--lg">
        <Translate
          id="contribute.check"
          description="Button that checks the form and shows the file"
        >
          Check and show the file
        </Translate>
      </button>
      {result && (
        <ErrorSummary form={FORM} fields={result.fields} labels={fieldLabel} focusKey={checks} />
      )}
      {result && errors === 0 && (
        <FileOutput
          form={FORM}
          path={result.path}
          text={result.text}
          repositoryUrl={data.repositoryUrl}
          branch={data.branch}
        />
      )}
    </form>
  );
}
