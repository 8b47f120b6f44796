/**
 * The comparison itself: one column per playbook, one row per section, plus
 * a header row (city, organisation, maturity, last review). A real table on
 * wide screens; on narrow screens and in print-preview on a phone the CSS
 * turns it into stacked cards grouped by section, each labelled with its
 * city, so the section alignment survives.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PLAYBOOK_SECTIONS} from '@site/src/lib/taxonomy';
import type {ComparedPlaybook} from '@site/src/plugins/compare/types';
import {formatDate, maturityLabel} from '@site/src/pages/directory/_components/labels';
import {sectionHeadingsOf} from '@site/src/lib/i18n/locales';
import {UntranslatedNote} from '@site/src/pages/directory/_components/LocalizedText';
import styles from './styles.module.css';

function cityNames(playbook: ComparedPlaybook): string {
  return playbook.cities.map((city) => city.name).join(', ');
}

function links(items: {slug: string; name: string; permalink: string}[]): ReactNode {
  return items.map((item, index) => (
    <React.Fragment key={item.slug}>
      {index > 0 && ', '}
      <Link to={item.permalink}>{item.name}</Link>
    </React.Fragment>
  ));
}

function PlaybookHeader({playbook}: {playbook: ComparedPlaybook}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <th scope="col" className={styles.columnHeader}>
      <span className={styles.city}>{links(playbook.cities)}</span>
      <Link to={playbook.permalink} className={styles.title} lang={playbook.lang}>
        {playbook.title}
      </Link>
      {playbook.lang !== i18n.currentLocale && <UntranslatedNote />}
      <dl className={styles.facts}>
        {playbook.organizations.length > 0 && (
          <div>
            <dt>
              <Translate
                id="compare.header.organizations"
                description="Label in the comparison header: organisations that run a playbook"
              >
                Run by
              </Translate>
            </dt>
            <dd>{links(playbook.organizations)}</dd>
          </div>
        )}
        <div>
          <dt>
            <Translate
              id="compare.header.maturity"
              description="Label in the comparison header: maturity of a practice"
            >
              Maturity
            </Translate>
          </dt>
          <dd>{maturityLabel(playbook.maturity)}</dd>
        </div>
        <div>
          <dt>
            <Translate
              id="compare.header.lastReviewed"
              description="Label in the comparison header: when a playbook was last reviewed"
            >
              Last reviewed
            </Translate>
          </dt>
          <dd>
            <time dateTime={playbook.lastReviewed}>
              {formatDate(playbook.lastReviewed, i18n.currentLocale)}
            </time>
          </dd>
        </div>
      </dl>
    </th>
  );
}

/**
 * @param props.playbooks - the selected playbooks, in column order
 */
export default function CompareTable({playbooks}: {playbooks: ComparedPlaybook[]}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const rows = PLAYBOOK_SECTIONS.filter(
    (section) =>
      section.required || playbooks.some((playbook) => playbook.sections[section.key] !== null),
  );
  return (
    <div className={styles.scroller}>
      <table
        className={clsx(styles.table, styles[`columns${playbooks.length}`])}
        data-columns={playbooks.length}
      >
        <caption className="sc-visually-hidden">
          <Translate
            id="compare.table.caption"
            description="Accessible caption of the comparison table"
          >
            Playbooks side by side, section by section
          </Translate>
        </caption>
        <thead>
          <tr>
            <td className={styles.corner} />
            {playbooks.map((playbook) => (
              <PlaybookHeader key={playbook.id} playbook={playbook} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({key}) => (
            <tr key={key} id={`section-${key}`} className={styles.row}>
              <th scope="row" className={styles.rowHeader}>
                {/* The heading translated playbooks use (src/lib/i18n/locales.ts), so the row names match the pages. */}
                {sectionHeadingsOf(i18n.currentLocale)[key]}
              </th>
              {playbooks.map((playbook) => {
                const html = playbook.sections[key];
                return (
                  <td key={playbook.id} className={styles.cell} data-section={key}>
                    <p className={styles.cellLabel}>
                      {cityNames(playbook)}: {playbook.title}
                    </p>
                    {html === null ? (
                      <p className={styles.missing}>
                        <Translate
                          id="compare.cell.missing"
                          description="Shown in the comparison when a playbook has no such section"
                        >
                          This playbook has no such section yet.
                        </Translate>
                      </p>
                    ) : (
                      // Rendered from the playbook's Markdown and sanitised at build time (rehype-sanitize).
                      <div
                        className={clsx('markdown', styles.content)}
                        lang={playbook.lang}
                        dangerouslySetInnerHTML={{__html: html}}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
