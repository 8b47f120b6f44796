import React, {useMemo, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {
  CHANNEL_AUDIENCES,
  CHANNEL_KINDS,
  ORGANIZATION_STATUSES,
  PHONE_CHANNEL_KINDS,
  TAXONOMY_SLUGS,
  VERIFICATION_METHODS,
} from '@site/src/lib/taxonomy';
import {
  emptyChannel,
  emptyOrganizationDraft,
  suggestSlug,
  type ChannelDraft,
  type OrganizationDraft,
} from '@site/src/lib/contribute/organizationDraft';
import type {ContributePageData} from '@site/src/plugins/contribute/types';
import {
  channelAudienceLabel,
  channelKindLabel,
  statusLabel,
  taxonomyLabel,
  verifiedMethodLabel,
} from '@site/src/pages/directory/_components/labels';
import ChoiceGroup from '../ChoiceGroup';
import ErrorSummary from '../ErrorSummary';
import Field from '../Field';
import ProblemText from '../problemText/ProblemText';
import FileOutput from '../FileOutput';
import HoursHelper from '../HoursHelper';
import LanguagePicker from '../LanguagePicker';
import useChecker from '../useChecker';
import styles from './styles.module.css';

const FORM = 'org';
const LOCALES = ['en', 'es', 'fr'] as const;

/** Every field key of the form, written like the validator's field names. */
function fieldKeys(draft: OrganizationDraft): string[] {
  const keys = [
    'city',
    'slug',
    'name',
    'alt_names',
    'types',
    'languages',
    'coverage.area',
    'coverage.counties',
    'status',
    'verified.date',
    'verified.method',
    'review_every_months',
    'maintainers',
    'consent',
    'channels',
  ];
  for (const locale of LOCALES) keys.push(`summary.${locale}`, `description.${locale}`);
  draft.channels.forEach((_, index) =>
    keys.push(
      ...['kind', 'audience', 'value', 'international', 'hours', 'languages'].map(
        (part) => `channels[${index}].${part}`,
      ),
    ),
  );
  return keys;
}

function localeName(locale: string): string {
  return locale === 'en'
    ? translate({
        id: 'contribute.locale.en',
        message: 'English',
        description: 'Content language name',
      })
    : locale === 'es'
      ? translate({
          id: 'contribute.locale.es',
          message: 'Spanish',
          description: 'Content language name',
        })
      : translate({
          id: 'contribute.locale.fr',
          message: 'French',
          description: 'Content language name',
        });
}

/** The visible label of a field key, for the error summary's links. */
function fieldLabel(field: string): string {
  const channel = /^channels\[(\d+)\]\.(\w+)$/.exec(field);
  if (channel) {
    return translate(
      {
        id: 'contribute.org.channelField',
        message: 'Channel {number}: {part}',
        description: 'Error summary label of a channel field',
      },
      {number: Number(channel[1]) + 1, part: channel[2]!},
    );
  }
  const localized = /^(summary|description)\.(\w+)$/.exec(field);
  if (localized)
    return `${localized[1] === 'summary' ? LABELS.summary() : LABELS.description()} (${localeName(localized[2]!)})`;
  return (LABELS[field as keyof typeof LABELS] ?? (() => field))();
}

const LABELS = {
  city: () =>
    translate({id: 'contribute.org.city', message: 'City', description: 'Organisation form label'}),
  slug: () =>
    translate({
      id: 'contribute.org.slug',
      message: 'File name (page address)',
      description: 'Organisation form label',
    }),
  name: () =>
    translate({
      id: 'contribute.org.name',
      message: 'Name of the organisation',
      description: 'Organisation form label',
    }),
  alt_names: () =>
    translate({
      id: 'contribute.org.altNames',
      message: 'Other names or acronyms (optional)',
      description: 'Organisation form label',
    }),
  types: () =>
    translate({
      id: 'contribute.org.types',
      message: 'What the organisation does',
      description: 'Organisation form label',
    }),
  summary: () =>
    translate({
      id: 'contribute.org.summary',
      message: 'Summary',
      description: 'Organisation form label',
    }),
  description: () =>
    translate({
      id: 'contribute.org.description',
      message: 'Longer description (optional, Markdown)',
      description: 'Organisation form label',
    }),
  languages: () =>
    translate({
      id: 'contribute.org.languages',
      message: 'Languages staff speak',
      description: 'Organisation form label',
    }),
  channels: () =>
    translate({
      id: 'contribute.org.channels',
      message: 'Ways to reach the organisation',
      description: 'Organisation form label',
    }),
  'coverage.area': () =>
    translate({
      id: 'contribute.org.area',
      message: 'Area served',
      description: 'Organisation form label',
    }),
  'coverage.counties': () =>
    translate({
      id: 'contribute.org.counties',
      message: 'Counties (optional)',
      description: 'Organisation form label',
    }),
  status: () =>
    translate({
      id: 'contribute.org.status',
      message: 'Status',
      description: 'Organisation form label',
    }),
  'verified.date': () =>
    translate({
      id: 'contribute.org.verifiedDate',
      message: 'Date these details were checked',
      description: 'Organisation form label',
    }),
  'verified.method': () =>
    translate({
      id: 'contribute.org.verifiedMethod',
      message: 'How they were checked',
      description: 'Organisation form label',
    }),
  review_every_months: () =>
    translate({
      id: 'contribute.org.reviewEvery',
      message: 'Check again after (months)',
      description: 'Organisation form label',
    }),
  maintainers: () =>
    translate({
      id: 'contribute.org.maintainers',
      message: 'GitHub users or teams who keep the entry up to date',
      description: 'Organisation form label',
    }),
  consent: () =>
    translate({
      id: 'contribute.org.consent',
      message: 'Date the organisation agreed to be listed',
      description: 'Organisation form label',
    }),
};

/**
 * "List your organisation": every field of the organisation schema, checked
 * in the browser by the validator's own code, producing
 * `directory/<city>/<slug>.yml`.
 */
export default function OrganizationForm({data}: {data: ContributePageData}): ReactNode {
  const [draft, setDraft] = useState<OrganizationDraft>(() =>
    emptyOrganizationDraft(new Date().toISOString().slice(0, 10)),
  );
  const [slugEdited, setSlugEdited] = useState(false);
  const [checks, setChecks] = useState(0);
  const {checker, load} = useChecker();
  const keys = useMemo(() => fieldKeys(draft), [draft]);
  // Re-checked on every change once the person asked for a check, so the file shown is always the current one.
  const result = useMemo(
    () =>
      checker && checks > 0
        ? checker.checkOrganizationDraft(draft, keys, new Date(), data.organizations, data.cities)
        : null,
    [checker, checks, draft, keys, data.organizations, data.cities],
  );
  const problems = (field: string) => result?.fields.byField[field];
  const errors = result?.problems.filter((problem) => problem.severity === 'error').length ?? 0;

  const set = <K extends keyof OrganizationDraft>(key: K, value: OrganizationDraft[K]) =>
    setDraft((current) => ({...current, [key]: value}));
  const setChannel = (index: number, channel: ChannelDraft) =>
    setDraft((current) => ({
      ...current,
      channels: current.channels.map((item, i) => (i === index ? channel : item)),
    }));
  const text = (
    key:
      | 'altNames'
      | 'coverageArea'
      | 'counties'
      | 'maintainers'
      | 'reviewEveryMonths'
      | 'verifiedDate'
      | 'consent',
    field: string,
    options: {type?: string; hint?: ReactNode; multiline?: boolean} = {},
  ) => (
    <Field
      form={FORM}
      field={field}
      label={fieldLabel(field)}
      hint={options.hint}
      problems={problems(field)}
    >
      {(props) =>
        options.multiline ? (
          <textarea
            {...props}
            value={draft[key]}
            onChange={(event) => set(key, event.target.value)}
          />
        ) : (
          <input
            {...props}
            type={options.type ?? 'text'}
            value={draft[key]}
            onChange={(event) => set(key, event.target.value)}
          />
        )
      }
    </Field>
  );

  return (
    <form
      noValidate
      aria-labelledby="org-form-title"
      onFocus={() => void (checker ?? load())}
      onSubmit={async (event) => {
        event.preventDefault();
        await load();
        setChecks((count) => count + 1);
      }}
    >
      <h2 id="org-form-title">
        <Translate id="contribute.org.title" description="Heading of the organisation form">
          List your organisation
        </Translate>
      </h2>
      <p>
        <Translate id="contribute.org.intro" description="Introduction of the organisation form">
          Only publish what the organisation wants public: its own hotline, e-mail, website or form,
          never a volunteer's personal number or a chat invite link. Fields are required unless
          marked optional.
        </Translate>
      </p>

      <Field
        form={FORM}
        field="city"
        label={fieldLabel('city')}
        problems={problems('city')}
        hint={
          <Translate id="contribute.org.cityHint" description="Hint of the city field">
            Your city is not listed? Ask for it to be added in an issue first.
          </Translate>
        }
      >
        {(props) => (
          <select
            {...props}
            value={draft.city}
            onChange={(event) => set('city', event.target.value)}
          >
            <option value="">
              {translate({
                id: 'contribute.choose',
                message: 'Choose…',
                description: 'Empty choice of a select',
              })}
            </option>
            {data.cities.map((city) => (
              <option key={city.slug} value={city.slug}>
                {city.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field form={FORM} field="name" label={fieldLabel('name')} problems={problems('name')}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.name}
            onChange={(event) =>
              setDraft((current) => ({
                ...current,
                name: event.target.value,
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
      {text('altNames', 'alt_names', {
        hint: (
          <Translate id="contribute.listHint" description="Hint for list fields typed as text">
            Separate several with commas.
          </Translate>
        ),
      })}
      <ChoiceGroup
        form={FORM}
        field="types"
        legend={fieldLabel('types')}
        problems={problems('types')}
        options={TAXONOMY_SLUGS.map((slug) => ({value: slug, label: taxonomyLabel(slug)}))}
        selected={draft.types}
        onChange={(types) => set('types', types)}
      />

      {LOCALES.map((locale) => (
        <Field
          key={`summary-${locale}`}
          form={FORM}
          field={`summary.${locale}`}
          label={fieldLabel(`summary.${locale}`)}
          problems={problems(`summary.${locale}`)}
          hint={
            locale === 'en' ? (
              <Translate id="contribute.org.summaryHint" description="Hint of the English summary">
                One or two plain sentences, 280 characters at most. English is required; other
                languages are optional.
              </Translate>
            ) : undefined
          }
        >
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={draft.summary[locale]}
              onChange={(event) => set('summary', {...draft.summary, [locale]: event.target.value})}
            />
          )}
        </Field>
      ))}
      {LOCALES.map((locale) => (
        <Field
          key={`description-${locale}`}
          form={FORM}
          field={`description.${locale}`}
          label={fieldLabel(`description.${locale}`)}
          problems={problems(`description.${locale}`)}
        >
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={draft.description[locale]}
              onChange={(event) =>
                set('description', {...draft.description, [locale]: event.target.value})
              }
            />
          )}
        </Field>
      ))}

      <LanguagePicker
        form={FORM}
        field="languages"
        label={fieldLabel('languages')}
        languages={data.languages}
        selected={draft.languages}
        onChange={(languages) => set('languages', languages)}
        problems={problems('languages')}
      />

      <fieldset id="org-channels" tabIndex={-1} className={styles.channels}>
        <legend>{fieldLabel('channels')}</legend>
        <p className={styles.hint}>
          <Translate id="contribute.org.channelsHint" description="Hint of the channels group">
            People who need help first. Phone numbers in international form (+1 and ten digits, no
            spaces); web links start with https://.
          </Translate>
        </p>
        {problems('channels') && (
          <ul className={styles.groupProblems}>
            {problems('channels')!.map((problem, index) => (
              <li key={index}>
                <ProblemText problem={problem} />
              </li>
            ))}
          </ul>
        )}
        {draft.channels.map((channel, index) => (
          <fieldset key={index} className={styles.channel}>
            <legend>
              <Translate
                id="contribute.org.channel"
                description="Legend of one channel"
                values={{number: index + 1}}
              >
                {'Channel {number}'}
              </Translate>
            </legend>
            <div className={styles.channelRow}>
              <Field
                form={FORM}
                field={`channels[${index}].kind`}
                label={
                  <Translate
                    id="contribute.org.channelKind"
                    description="Label of a channel's kind"
                  >
                    Kind
                  </Translate>
                }
                problems={problems(`channels[${index}].kind`)}
              >
                {(props) => (
                  <select
                    {...props}
                    value={channel.kind}
                    onChange={(event) => setChannel(index, {...channel, kind: event.target.value})}
                  >
                    {CHANNEL_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {channelKindLabel(kind)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                form={FORM}
                field={`channels[${index}].audience`}
                label={
                  <Translate
                    id="contribute.org.channelAudience"
                    description="Label of a channel's audience"
                  >
                    For whom
                  </Translate>
                }
                problems={problems(`channels[${index}].audience`)}
              >
                {(props) => (
                  <select
                    {...props}
                    value={channel.audience}
                    onChange={(event) =>
                      setChannel(index, {...channel, audience: event.target.value})
                    }
                  >
                    {CHANNEL_AUDIENCES.map((audience) => (
                      <option key={audience} value={audience}>
                        {channelAudienceLabel(audience)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field
              form={FORM}
              field={`channels[${index}].value`}
              label={
                <Translate
                  id="contribute.org.channelValue"
                  description="Label of a channel's value"
                >
                  Number, address or link
                </Translate>
              }
              problems={problems(`channels[${index}].value`)}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={channel.value}
                  autoComplete="off"
                  onChange={(event) => setChannel(index, {...channel, value: event.target.value})}
                />
              )}
            </Field>
            {/* Shown for phones, and kept in view for any other kind while it holds a reason, so the validator's problem has its field. */}
            {(PHONE_CHANNEL_KINDS.has(channel.kind) || channel.international !== '') && (
              <Field
                form={FORM}
                field={`channels[${index}].international`}
                label={
                  <Translate
                    id="contribute.org.channelInternational"
                    description="Label of the reason given for a phone number of another country than the city's"
                  >
                    Why people in the city must call a number of another country (optional)
                  </Translate>
                }
                hint={
                  <Translate
                    id="contribute.org.channelInternationalHint"
                    description="Hint of the international reason field of a channel"
                  >
                    Leave empty for a number of the city's country. A number of another country
                    (even a +1 number of Canada or the Caribbean for a US city) is an international
                    call; it is refused unless you say here why people must call it, e.g. "The
                    consulate's national hotline, answered in Mexico". The page shows that the call
                    is international, and why.
                  </Translate>
                }
                problems={problems(`channels[${index}].international`)}
              >
                {(props) => (
                  <input
                    {...props}
                    type="text"
                    value={channel.international}
                    onChange={(event) =>
                      setChannel(index, {...channel, international: event.target.value})
                    }
                  />
                )}
              </Field>
            )}
            <HoursHelper
              form={FORM}
              field={`channels[${index}].hours`}
              value={channel.hours}
              onChange={(hours) => setChannel(index, {...channel, hours})}
              problems={problems(`channels[${index}].hours`)}
            />
            <LanguagePicker
              form={FORM}
              field={`channels[${index}].languages`}
              label={
                <Translate
                  id="contribute.org.channelLanguages"
                  description="Label of a channel's languages"
                >
                  Languages answered on this channel (optional)
                </Translate>
              }
              languages={draft.languages.length > 0 ? draft.languages : data.languages}
              selected={channel.languages}
              onChange={(languages) => setChannel(index, {...channel, languages})}
              problems={problems(`channels[${index}].languages`)}
            />
            {draft.channels.length > 1 && (
              <button
                type="button"
                className="button button--sm button--outline button--danger"
                onClick={() =>
                  set(
                    'channels',
                    draft.channels.filter((_, i) => i !== index),
                  )
                }
              >
                <Translate
                  id="contribute.org.removeChannel"
                  description="Button that removes a channel"
                  values={{number: index + 1}}
                >
                  {'Remove channel {number}'}
                </Translate>
              </button>
            )}
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            set('channels', [
              ...draft.channels,
              {...emptyChannel(), kind: 'website', audience: 'general'},
            ])
          }
        >
          <Translate id="contribute.org.addChannel" description="Button that adds a channel">
            Add another channel
          </Translate>
        </button>
      </fieldset>

      {text('coverageArea', 'coverage.area', {
        hint: (
          <Translate id="contribute.org.areaHint" description="Hint of the area field">
            Neighbourhoods, towns or counties; never a home or meeting address.
          </Translate>
        ),
      })}
      {text('counties', 'coverage.counties', {
        hint: (
          <Translate id="contribute.listHint" description="Hint for list fields typed as text">
            Separate several with commas.
          </Translate>
        ),
      })}
      <ChoiceGroup
        form={FORM}
        field="status"
        legend={fieldLabel('status')}
        multiple={false}
        problems={problems('status')}
        options={ORGANIZATION_STATUSES.map((status) => ({
          value: status,
          label: statusLabel(status),
        }))}
        selected={[draft.status]}
        onChange={([status]) => set('status', status!)}
      />
      {text('verifiedDate', 'verified.date', {type: 'date'})}
      <ChoiceGroup
        form={FORM}
        field="verified.method"
        legend={fieldLabel('verified.method')}
        multiple={false}
        problems={problems('verified.method')}
        options={VERIFICATION_METHODS.map((method) => ({
          value: method,
          label: verifiedMethodLabel(method),
        }))}
        selected={[draft.verifiedMethod]}
        onChange={([method]) => set('verifiedMethod', method!)}
      />
      {text('reviewEveryMonths', 'review_every_months', {
        type: 'number',
        hint: (
          <Translate id="contribute.org.reviewHint" description="Hint of the review interval">
            From 1 to 24; 3 is common for hotlines, 6 is the default.
          </Translate>
        ),
      })}
      {text('maintainers', 'maintainers', {
        hint: (
          <Translate
            id="contribute.org.maintainersHint"
            description="Hint of the maintainers field"
          >
            GitHub user names or teams (e.g. @your-user, @your-org/team), separated by commas. They
            are asked to review changes to this entry.
          </Translate>
        ),
      })}
      {text('consent', 'consent', {type: 'date'})}

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
