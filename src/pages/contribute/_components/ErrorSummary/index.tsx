import React, {useEffect, useRef, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Problem} from '@site/src/lib/problems';
import {fieldDomId, type FieldProblems} from '@site/src/lib/contribute/fieldErrors';
import ProblemText from '../problemText/ProblemText';
import styles from './styles.module.css';

/**
 * Every problem of a form in one list, each linking to its field; focused
 * when it appears so screen-reader users hear it (GOV.UK error summary pattern).
 */
export default function ErrorSummary({
  form,
  fields,
  labels,
  focusKey,
}: {
  form: string;
  fields: FieldProblems;
  /** Field key → the field's visible label, for the link text. */
  labels: (field: string) => string;
  /** Changes when the person asks for a new check: the summary takes focus again. */
  focusKey: number;
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const entries: [string | null, Problem][] = [
    ...Object.entries(fields.byField).flatMap(([field, problems]) =>
      problems.map((problem) => [field, problem] as [string, Problem]),
    ),
    ...fields.unplaced.map((problem) => [null, problem] as [null, Problem]),
  ];
  const errors = entries.filter(([, problem]) => problem.severity === 'error').length;
  useEffect(() => {
    if (errors > 0) ref.current?.focus();
    // Only a new check moves focus, not each keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={errors > 0 ? styles.summaryError : styles.summaryWarning}
      aria-labelledby={`${form}-summary-title`}
    >
      <h3 id={`${form}-summary-title`}>
        {errors > 0 ? (
          <Translate
            id="contribute.summary.errors"
            description="Heading of the list of problems in a contribute form"
            values={{count: errors}}
          >
            {'Fix these problems before the file can be proposed ({count})'}
          </Translate>
        ) : (
          <Translate
            id="contribute.summary.warnings"
            description="Heading of the list of warnings (no errors) in a contribute form"
          >
            Please check these points
          </Translate>
        )}
      </h3>
      <ul>
        {entries.map(([field, problem], index) => (
          <li key={index}>
            {field ? (
              <a href={`#${fieldDomId(form, field)}`}>{labels(field)}</a>
            ) : (
              <strong>{problem.field}</strong>
            )}
            : <ProblemText problem={problem} />
          </li>
        ))}
      </ul>
    </div>
  );
}
