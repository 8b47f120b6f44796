/**
 * "Last updated" (from Git), a link to the source file's history on GitHub,
 * and "Cite this page": APA, Chicago, BibTeX, RIS and CSL-JSON produced at
 * build time (src/lib/citation), in a <details> disclosure that works
 * without JavaScript. Downloads are data: links (nothing is requested from
 * a server); copy buttons appear only once JavaScript runs.
 */
import React, {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {HistoryNote, PageProvenance as PageProvenanceData} from '@site/src/lib/provenance';
import {formatDate} from '@site/src/pages/directory/_components/labels';
import styles from './styles.module.css';

function UpdatedNote({history}: {history: HistoryNote}): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (history.status === 'available') {
    return (
      <Translate
        id="provenance.lastUpdated"
        description="When the page's source file last changed in Git; {date} is a formatted date"
        values={{
          date: (
            <time dateTime={history.updated} suppressHydrationWarning>
              {formatDate(history.updated, i18n.currentLocale)}
            </time>
          ),
        }}
      >
        {'Last updated {date}'}
      </Translate>
    );
  }
  switch (history.reason) {
    case 'shallow':
      return (
        <Translate
          id="provenance.unavailable.shallow"
          description="Shown instead of a last-updated date when the site was built from a shallow Git clone"
        >
          History unavailable in this build (shallow clone)
        </Translate>
      );
    case 'untracked':
      return (
        <Translate
          id="provenance.unavailable.untracked"
          description="Shown instead of a last-updated date when the page's file is not committed yet"
        >
          Not yet in the history (uncommitted file)
        </Translate>
      );
    default:
      return (
        <Translate
          id="provenance.unavailable.noGit"
          description="Shown instead of a last-updated date when the site was built without Git"
        >
          History unavailable in this build (built without Git)
        </Translate>
      );
  }
}

function CopyButton({text, label}: {text: string; label: string}): ReactNode {
  const isBrowser = useIsBrowser();
  const [copied, setCopied] = useState(false);
  // Without JavaScript the text stays selectable; a button that does nothing would only mislead.
  if (!isBrowser || typeof navigator === 'undefined' || !navigator.clipboard) return null;
  return (
    <>
      <button
        type="button"
        className={clsx('button button--sm button--secondary', styles.copy)}
        onClick={() => {
          void navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {translate(
          {
            id: 'provenance.cite.copy',
            message: 'Copy {format}',
            description: 'Button that copies a citation; {format} is e.g. "BibTeX"',
          },
          {format: label},
        )}
      </button>
      <span className={styles.copied} role="status">
        {copied
          ? translate({
              id: 'provenance.cite.copied',
              message: 'Copied',
              description: 'Confirmation after a citation was copied',
            })
          : ''}
      </span>
    </>
  );
}

type Format = {
  key: 'apa' | 'chicago' | 'bibtex' | 'ris' | 'cslJson';
  label: string;
  code: boolean;
  download?: {extension: string; type: string};
};

function formats(): Format[] {
  return [
    {
      key: 'apa',
      label: translate({
        id: 'provenance.cite.apa',
        message: 'APA',
        description: 'Citation style name: APA (7th edition)',
      }),
      code: false,
    },
    {
      key: 'chicago',
      label: translate({
        id: 'provenance.cite.chicago',
        message: 'Chicago',
        description: 'Citation style name: Chicago author-date',
      }),
      code: false,
    },
    {
      key: 'bibtex',
      label: 'BibTeX',
      code: true,
      download: {extension: 'bib', type: 'application/x-bibtex'},
    },
    {
      key: 'ris',
      label: 'RIS',
      code: true,
      download: {extension: 'ris', type: 'application/x-research-info-systems'},
    },
    {
      key: 'cslJson',
      label: 'CSL-JSON',
      code: true,
      download: {extension: 'json', type: 'application/vnd.citationstyles.csl+json'},
    },
  ];
}

/**
 * The provenance block of a playbook, organisation or city page.
 * @param data - computed at build time by src/plugins/history
 */
export default function PageProvenance({data}: {data: PageProvenanceData}): ReactNode {
  const {citation} = data;
  return (
    <div className={clsx(styles.provenance, 'sc-provenance')} data-pagefind-ignore="">
      <p className={styles.updated}>
        <UpdatedNote history={data.history} />
        {' · '}
        <a href={data.historyUrl} rel="noopener noreferrer">
          <Translate
            id="provenance.historyLink"
            description="Link to the list of changes of the page's source file on GitHub"
          >
            History of this page
          </Translate>
        </a>
      </p>
      <details className={styles.cite}>
        <summary className={styles.summary}>
          <Translate
            id="provenance.cite.summary"
            description="Disclosure that shows how to cite the page"
          >
            Cite this page
          </Translate>
        </summary>
        <dl className={styles.formats}>
          {formats().map((format) => (
            <div key={format.key} className={styles.format}>
              <dt>{format.label}</dt>
              <dd>
                {format.code ? (
                  // Focusable so keyboard users can scroll long lines (WCAG 2.1.1).
                  <pre className={styles.code} tabIndex={0}>
                    <code translate="no">{citation[format.key]}</code>
                  </pre>
                ) : (
                  // Formatted with citation-js's en-US locale (the only one it ships): marked English for screen readers.
                  <p className={styles.text} lang="en">
                    {citation[format.key]}
                  </p>
                )}
                <div className={styles.actions}>
                  {format.download && (
                    <a
                      className={styles.download}
                      download={`${citation.fileName}.${format.download.extension}`}
                      href={`data:${format.download.type};charset=utf-8,${encodeURIComponent(citation[format.key])}`}
                    >
                      {translate(
                        {
                          id: 'provenance.cite.download',
                          message: 'Download {format} (.{extension})',
                          description:
                            'Link that downloads a citation file; {format} is e.g. "RIS"',
                        },
                        {format: format.label, extension: format.download.extension},
                      )}
                    </a>
                  )}
                  <CopyButton text={citation[format.key]} label={format.label} />
                </div>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
