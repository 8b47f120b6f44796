import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Problem} from '@site/src/lib/problems';
import {fieldDomId} from '@site/src/lib/contribute/fieldErrors';
import {FieldProblems} from '../Field';
import fieldStyles from '../Field/styles.module.css';
import styles from './styles.module.css';

/**
 * A set of checkboxes (several values) or radio buttons (one value) in a
 * fieldset whose legend is the field's label; problems are listed under the
 * legend and referenced by `aria-describedby`.
 */
export default function ChoiceGroup({
  form,
  field,
  legend,
  hint,
  options,
  selected,
  onChange,
  problems,
  multiple = true,
}: {
  form: string;
  field: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: {value: string; label: ReactNode}[];
  selected: string[];
  onChange: (values: string[]) => void;
  problems?: Problem[];
  multiple?: boolean;
}): ReactNode {
  const id = fieldDomId(form, field);
  const hasErrors = problems?.some((problem) => problem.severity === 'error') ?? false;
  const describedBy = [
    hint ? `${id}-hint` : '',
    problems && problems.length > 0 ? `${id}-problems` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const toggle = (value: string, checked: boolean) => {
    if (!multiple) onChange([value]);
    else onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  };
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={clsx(fieldStyles.field, styles.group, hasErrors && fieldStyles.invalid)}
      aria-describedby={describedBy || undefined}
      aria-invalid={hasErrors || undefined}
    >
      <legend className={fieldStyles.label}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className={fieldStyles.hint}>
          {hint}
        </p>
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} />
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option.value} className={styles.option}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
