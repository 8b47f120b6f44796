import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * The footer of a contact page and of a city hub: a plain link (it works
 * without JavaScript) to GitHub's issue form filled in with the page, the
 * warning that goes with it, and the link to edit the page's source file.
 * Each page words its own links, and may add a line after them.
 */
export default function PageFooter({
  reportUrl,
  reportLabel,
  editUrl,
  editLabel,
  children,
}: {
  reportUrl: string;
  reportLabel: ReactNode;
  editUrl: string;
  editLabel: ReactNode;
  children?: ReactNode;
}): ReactNode {
  return (
    <footer className={clsx(styles.pageFooter, 'sc-page-footer')}>
      <a className={styles.editLink} href={reportUrl} rel="noopener noreferrer" data-report-problem="">
        {reportLabel}
      </a>
      <p>
        <Translate id="directory.reportProblem.hint" description="Hint next to the 'Report a problem' link of contact pages and city hubs">
          Opens a short form on GitHub (a free GitHub account is needed). Do not include anyone's personal details.
        </Translate>
      </p>
      <a className={styles.editLink} href={editUrl} rel="noopener noreferrer">
        {editLabel}
      </a>
      {children}
    </footer>
  );
}
