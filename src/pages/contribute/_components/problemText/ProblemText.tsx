import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import React, {type ReactNode} from 'react';
import type {Problem} from '../../../../lib/problems';
import {localizeProblem, type LocalizedText} from '.';

function TextPart({part}: {part: LocalizedText}): ReactNode {
  return part.isFallback ? <span lang="en">{part.text}</span> : part.text;
}

/**
 * What is wrong and how to fix it, in the reader's language; a part with no
 * translation yet is shown in English and marked `lang="en"` for screen readers.
 */
export default function ProblemText({
  problem,
}: {
  problem: Pick<Problem, 'rule' | 'message' | 'fix' | 'code' | 'values'>;
}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {message, fix} = localizeProblem(problem, i18n.currentLocale);
  return (
    <>
      <TextPart part={message} /> <TextPart part={fix} />
    </>
  );
}
