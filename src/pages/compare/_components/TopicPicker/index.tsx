/**
 * The topic picker of the comparison: plain links (they work without
 * JavaScript), the current topic marked with `aria-current`.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {CompareTopic} from '@site/src/plugins/compare/types';
import {taxonomyLabel} from '@site/src/pages/directory/_components/labels';
import styles from './styles.module.css';

/**
 * @param props.topics - topics that have playbooks
 * @param props.current - the topic shown, if any
 */
export default function TopicPicker({
  topics,
  current,
}: {
  topics: CompareTopic[];
  current: string | null;
}): ReactNode {
  const {selectMessage} = usePluralForm();
  const cities = (count: number) =>
    selectMessage(
      count,
      translate(
        {
          id: 'compare.topics.cities',
          message: 'one city|{count} cities',
          description:
            'Number of cities with playbooks on a topic, in the topic picker. Use as many plural forms (separated by "|") as your language supports.',
        },
        {count},
      ),
    );
  return (
    <nav aria-labelledby="compare-topics" className={styles.picker}>
      <h2 id="compare-topics" className={styles.heading}>
        <Translate
          id="compare.topics.heading"
          description="Heading of the topic picker on the comparison page"
        >
          Choose a topic
        </Translate>
      </h2>
      <ul className={styles.list}>
        {topics.map((topic) => (
          <li key={topic.slug}>
            <Link
              to={`/compare/${topic.slug}`}
              className={clsx(
                'button button--sm',
                topic.slug === current ? 'button--primary' : 'button--secondary',
                styles.topic,
              )}
              aria-current={topic.slug === current ? 'page' : undefined}
            >
              {taxonomyLabel(topic.slug)}{' '}
              <span className={styles.count}>({cities(topic.cityCount)})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
