/**
 * On a playbook page: "Compare with other cities" (when another city has a
 * playbook on its topic) and "Related playbooks" at the foot. The links are
 * computed at build time (src/plugins/compare/crossLinks.ts) and arrive in
 * the front matter as `sc_cross_links`.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {PlaybookCrossLinks} from '@site/src/plugins/compare/crossLinks';
import {taxonomyLabel} from '@site/src/pages/directory/_components/labels';
import styles from './styles.module.css';

/** The "Compare with other cities" link, or nothing. */
export function CompareLink({links}: {links?: PlaybookCrossLinks}): ReactNode {
  if (!links?.compare) return null;
  return (
    // A <div>, not a <p>: the HTML minifier drops the optional </p>, and Pagefind would then ignore the whole playbook after it.
    <div className={styles.compare} data-pagefind-ignore="">
      <Link
        to={links.compare.permalink}
        className="button button--outline button--primary button--sm"
      >
        <Translate
          id="playbook.compareLink"
          values={{topic: taxonomyLabel(links.compare.topic)}}
          description="Link from a playbook to the comparison of its topic across cities"
        >
          {'Compare with other cities ({topic})'}
        </Translate>
      </Link>
    </div>
  );
}

/** The "Related playbooks" list at the foot of a playbook, or nothing. */
export function RelatedPlaybooks({links}: {links?: PlaybookCrossLinks}): ReactNode {
  if (!links || links.related.length === 0) return null;
  return (
    <section className={styles.related} aria-labelledby="related-playbooks" data-pagefind-ignore="">
      <h2 id="related-playbooks">
        <Translate
          id="playbook.related.heading"
          description="Heading of the related playbooks at the foot of a playbook"
        >
          Related playbooks
        </Translate>
      </h2>
      <ul>
        {links.related.map((playbook) => (
          <li key={playbook.id}>
            <Link to={playbook.permalink}>{playbook.title}</Link>
            {playbook.cities.length > 0 && (
              <span className={styles.cities}> ({playbook.cities.join(', ')})</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
