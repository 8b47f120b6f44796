import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {Problem} from '@site/src/lib/problems';
import {fieldDomId} from '@site/src/lib/contribute/fieldErrors';
import {
  toOpeningHours,
  WEEKDAYS,
  type HoursChoice,
  type Weekday,
  type WeeklyRule,
} from '@site/src/lib/contribute/openingHours';
import {FieldProblems} from '../Field';
import fieldStyles from '../Field/styles.module.css';
import styles from './styles.module.css';

const DAY_NAMES: Record<Weekday, () => string> = {
  Mo: () =>
    translate({
      id: 'contribute.hours.day.mo',
      message: 'Monday',
      description: 'Weekday in the hours helper',
    }),
  Tu: () =>
    translate({
      id: 'contribute.hours.day.tu',
      message: 'Tuesday',
      description: 'Weekday in the hours helper',
    }),
  We: () =>
    translate({
      id: 'contribute.hours.day.we',
      message: 'Wednesday',
      description: 'Weekday in the hours helper',
    }),
  Th: () =>
    translate({
      id: 'contribute.hours.day.th',
      message: 'Thursday',
      description: 'Weekday in the hours helper',
    }),
  Fr: () =>
    translate({
      id: 'contribute.hours.day.fr',
      message: 'Friday',
      description: 'Weekday in the hours helper',
    }),
  Sa: () =>
    translate({
      id: 'contribute.hours.day.sa',
      message: 'Saturday',
      description: 'Weekday in the hours helper',
    }),
  Su: () =>
    translate({
      id: 'contribute.hours.day.su',
      message: 'Sunday',
      description: 'Weekday in the hours helper',
    }),
};

const newRule = (): WeeklyRule => ({
  days: ['Mo', 'Tu', 'We', 'Th', 'Fr'],
  from: '09:00',
  to: '17:00',
});

/**
 * Opening hours in plain words (24/7, by appointment, days and times) that
 * writes OpenStreetMap `opening_hours` and shows what it wrote.
 */
export default function HoursHelper({
  form,
  field,
  value,
  onChange,
  problems,
}: {
  form: string;
  field: string;
  value: HoursChoice;
  onChange: (choice: HoursChoice) => void;
  problems?: Problem[];
}): ReactNode {
  const id = fieldDomId(form, field);
  const written = toOpeningHours(value);
  const hasErrors = problems?.some((problem) => problem.severity === 'error') ?? false;
  const describedBy = [`${id}-result`, problems && problems.length > 0 ? `${id}-problems` : '']
    .filter(Boolean)
    .join(' ');
  const modes: {mode: HoursChoice['mode']; label: string}[] = [
    {
      mode: 'none',
      label: translate({
        id: 'contribute.hours.none',
        message: 'No set hours (leave out)',
        description: 'Hours helper option',
      }),
    },
    {
      mode: 'always',
      label: translate({
        id: 'contribute.hours.always',
        message: 'Always open (24/7)',
        description: 'Hours helper option',
      }),
    },
    {
      mode: 'weekly',
      label: translate({
        id: 'contribute.hours.weekly',
        message: 'On certain days and times',
        description: 'Hours helper option',
      }),
    },
    {
      mode: 'appointment',
      label: translate({
        id: 'contribute.hours.appointment',
        message: 'By appointment only',
        description: 'Hours helper option',
      }),
    },
    {
      mode: 'custom',
      label: translate({
        id: 'contribute.hours.custom',
        message: 'I will write OpenStreetMap opening_hours myself',
        description: 'Hours helper option',
      }),
    },
  ];
  const choose = (mode: HoursChoice['mode']) => {
    if (mode === 'weekly') onChange({mode, rules: [newRule()], byAppointment: false});
    else if (mode === 'custom') onChange({mode, value: written ?? ''});
    else onChange({mode} as HoursChoice);
  };
  const rules = value.mode === 'weekly' ? value.rules : [];
  const setRule = (index: number, rule: WeeklyRule) => {
    if (value.mode === 'weekly')
      onChange({...value, rules: rules.map((item, i) => (i === index ? rule : item))});
  };

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`${fieldStyles.field} ${styles.hours}${hasErrors ? ` ${fieldStyles.invalid}` : ''}`}
      aria-describedby={describedBy}
      aria-invalid={hasErrors || undefined}
    >
      <legend className={fieldStyles.label}>
        <Translate id="contribute.hours.legend" description="Legend of the hours helper">
          When can people reach this channel?
        </Translate>
      </legend>
      <FieldProblems id={`${id}-problems`} problems={problems} />
      <div className={styles.modes}>
        {modes.map((option) => (
          <label key={option.mode} className={styles.choice}>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={value.mode === option.mode}
              onChange={() => choose(option.mode)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
      {value.mode === 'weekly' && (
        <div className={styles.rules}>
          {rules.map((rule, index) => (
            <fieldset key={index} className={styles.rule}>
              <legend>
                <Translate
                  id="contribute.hours.rule"
                  description="Legend of one line of opening hours"
                  values={{number: index + 1}}
                >
                  {'Opening times {number}'}
                </Translate>
              </legend>
              <div className={styles.days}>
                {WEEKDAYS.map((day) => (
                  <label key={day} className={styles.choice}>
                    <input
                      type="checkbox"
                      checked={rule.days.includes(day)}
                      onChange={(event) =>
                        setRule(index, {
                          ...rule,
                          days: event.target.checked
                            ? [...rule.days, day]
                            : rule.days.filter((d) => d !== day),
                        })
                      }
                    />{' '}
                    {DAY_NAMES[day]()}
                  </label>
                ))}
              </div>
              <div className={styles.times}>
                <label>
                  <Translate id="contribute.hours.from" description="Label of the opening time">
                    From
                  </Translate>{' '}
                  <input
                    type="time"
                    value={rule.from}
                    onChange={(event) => setRule(index, {...rule, from: event.target.value})}
                  />
                </label>
                <label>
                  <Translate id="contribute.hours.to" description="Label of the closing time">
                    to
                  </Translate>{' '}
                  <input
                    type="time"
                    value={rule.to}
                    onChange={(event) => setRule(index, {...rule, to: event.target.value})}
                  />
                </label>
                {rules.length > 1 && (
                  <button
                    type="button"
                    className="button button--sm button--link"
                    onClick={() =>
                      value.mode === 'weekly' &&
                      onChange({...value, rules: rules.filter((_, i) => i !== index)})
                    }
                  >
                    <Translate
                      id="contribute.hours.removeRule"
                      description="Button that removes one line of opening hours"
                    >
                      Remove these times
                    </Translate>
                  </button>
                )}
              </div>
            </fieldset>
          ))}
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() =>
              value.mode === 'weekly' &&
              onChange({...value, rules: [...rules, {days: ['Sa'], from: '10:00', to: '14:00'}]})
            }
          >
            <Translate
              id="contribute.hours.addRule"
              description="Button that adds a line of opening hours"
            >
              Add other days or times
            </Translate>
          </button>
          <label className={styles.choice}>
            <input
              type="checkbox"
              checked={value.byAppointment}
              onChange={(event) => onChange({...value, byAppointment: event.target.checked})}
            />{' '}
            <Translate
              id="contribute.hours.byAppointment"
              description="Checkbox: the times are by appointment"
            >
              Only by appointment in these times
            </Translate>
          </label>
        </div>
      )}
      {value.mode === 'custom' && (
        <label className={styles.custom}>
          <Translate
            id="contribute.hours.customLabel"
            description="Label of the raw opening_hours input"
          >
            opening_hours value
          </Translate>
          <input
            type="text"
            value={value.value}
            onChange={(event) => onChange({mode: 'custom', value: event.target.value})}
            placeholder="Mo-Fr 09:00-17:00; Sa 10:00-14:00"
          />
        </label>
      )}
      <p id={`${id}-result`} className={styles.result} aria-live="polite">
        {written ? (
          <Translate
            id="contribute.hours.result"
            description="Shows the generated opening_hours value"
            values={{value: <code>{written}</code>}}
          >
            {
              "Written in the file as {value} (OpenStreetMap opening_hours, in the city's time zone)."
            }
          </Translate>
        ) : (
          <Translate id="contribute.hours.resultNone" description="No hours will be written">
            No hours will be written for this channel.
          </Translate>
        )}
      </p>
    </fieldset>
  );
}
