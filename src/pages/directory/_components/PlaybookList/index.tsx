/** Playbooks linked from a city hub or a contact page. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {PlaybookLink} from '@site/src/plugins/directory/types';
import {formatDate, maturityLabel, taxonomyLabel} from '../labels';
import styles from './styles.module.css';

export default function PlaybookList({playbooks}: {playbooks: PlaybookLink[]}): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (playbooks.length === 0) {
    return (
      <p>
        <Translate id="directory.playbooks.none" description="Shown when no playbook is linked to a city or organisation">
          No playbooks yet.
        </Translate>
      </p>
    );
  }
  return (
    <ul className={styles.list}>
      {playbooks.map((playbook) => (
        <li key={playbook.id} className={styles.item}>
          <Link to={playbook.permalink} className={styles.title} lang={playbook.lang}>
            {playbook.title}
          </Link>
          <span className={styles.meta}>
            {playbook.topics.map((topic) => taxonomyLabel(topic)).join(', ')}
            <span aria-hidden="true"> · </span>
            <Translate id="directory.playbooks.maturity" description="Maturity of a playbook; {maturity} is Idea, Piloted or Proven" values={{maturity: maturityLabel(playbook.maturity)}}>
              {'Maturity: {maturity}'}
            </Translate>
            <span aria-hidden="true"> · </span>
            <Translate
              id="directory.playbooks.lastReviewed"
              description="When a playbook was last reviewed; {date} is a formatted date"
              values={{date: <time dateTime={playbook.lastReviewed} suppressHydrationWarning>{formatDate(playbook.lastReviewed, i18n.currentLocale)}</time>}}>
              {'Last reviewed {date}'}
            </Translate>
          </span>
        </li>
      ))}
    </ul>
  );
}
