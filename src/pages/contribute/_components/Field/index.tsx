import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Problem} from '@site/src/lib/problems';
import {fieldDomId} from '@site/src/lib/contribute/fieldErrors';
import ProblemText from '../problemText/ProblemText';
import styles from './styles.module.css';

/** Attributes that tie a control to its label, hint and problems. */
export type ControlProps = {id: string; 'aria-describedby'?: string; 'aria-invalid'?: true};

/** The problems of one field, listed under it; `id` is what the control's aria-describedby points at. */
export function FieldProblems({id, problems}: {id: string; problems?: Problem[]}): ReactNode {
  if (!problems || problems.length === 0) return null;
  return (
    <ul id={id} className={styles.problems}>
      {problems.map((problem, index) => (
        <li key={index} className={problem.severity === 'error' ? styles.error : styles.warning}>
          <ProblemText problem={problem} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A labelled form control with an optional hint and its problems beside it
 * (`aria-describedby`, `aria-invalid`), following the GOV.UK pattern.
 */
export default function Field({
  form,
  field,
  label,
  hint,
  problems,
  children,
  className,
}: {
  form: string;
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  problems?: Problem[];
  children: (props: ControlProps) => ReactNode;
  className?: string;
}): ReactNode {
  const id = fieldDomId(form, field);
  const hasErrors = problems?.some((problem) => problem.severity === 'error') ?? false;
  const describedBy = [
    hint ? `${id}-hint` : '',
    problems && problems.length > 0 ? `${id}-problems` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={clsx(styles.field, hasErrors && styles.invalid, className)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      <FieldProblems id={`${id}-problems`} problems={problems} />
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': hasErrors ? true : undefined,
      })}
    </div>
  );
}
