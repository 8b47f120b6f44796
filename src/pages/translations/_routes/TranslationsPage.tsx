/**
 * /translations: how much of the site each language has, what is missing and
 * which translations are behind their English original — the numbers of
 * `npm run i18n:status`, computed at build time (src/plugins/translation-status).
 * Static HTML; no JavaScript needed.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LocaleStatus, Share} from '@site/src/lib/i18n/status';
import type {TranslationStatusPageData} from '@site/src/plugins/translation-status';
import styles from './styles.module.css';

type ShareKey =
  'interface' | 'guides' | 'playbooks' | 'posts' | 'organizationSummaries' | 'citySummaries';

function rowLabels(): [ShareKey, string][] {
  return [
    [
      'interface',
      translate({
        id: 'translations.row.interface',
        message: 'Interface (menus, buttons, forms)',
        description: 'Row of the translation status table',
      }),
    ],
    [
      'guides',
      translate({
        id: 'translations.row.guides',
        message: 'Guides',
        description: 'Row of the translation status table',
      }),
    ],
    [
      'playbooks',
      translate({
        id: 'translations.row.playbooks',
        message: 'Playbooks',
        description: 'Row of the translation status table',
      }),
    ],
    [
      'posts',
      translate({
        id: 'translations.row.posts',
        message: 'Field reports',
        description: 'Row of the translation status table (blog posts)',
      }),
    ],
    [
      'organizationSummaries',
      translate({
        id: 'translations.row.organizationSummaries',
        message: 'Organisation summaries',
        description: 'Row of the translation status table',
      }),
    ],
    [
      'citySummaries',
      translate({
        id: 'translations.row.citySummaries',
        message: 'City summaries',
        description: 'Row of the translation status table',
      }),
    ],
  ];
}

function ShareCell({value}: {value: Share | null}): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (!value) return <td>—</td>;
  const percent = new Intl.NumberFormat(i18n.currentLocale, {style: 'percent'}).format(
    value.percent / 100,
  );
  return (
    <td className={styles.number}>
      {percent}{' '}
      <span className={styles.count}>
        ({value.translated}/{value.total})
      </span>
    </td>
  );
}

/** A content page's link from its file: `docs/guides/x` → `/docs/guides/x`, `blog/2026-10-14-x` stays a file name. */
function pageLink(id: string): ReactNode {
  return id.startsWith('docs/') ? (
    <Link to={`/${id}`}>{id.slice('docs/'.length)}</Link>
  ) : (
    <code>{id}</code>
  );
}

function LocaleDetails({status}: {status: LocaleStatus}): ReactNode {
  const pages = [...status.guides.missing, ...status.playbooks.missing, ...status.posts.missing];
  return (
    <section aria-labelledby={`locale-${status.locale}`}>
      <Heading as="h2" id={`locale-${status.locale}`}>
        <span lang={status.locale}>{status.label}</span> <code>{status.locale}</code>
      </Heading>
      <Heading as="h3">
        <Translate
          id="translations.outdated.heading"
          description="Heading: translations whose English original changed"
        >
          Translations that may be outdated
        </Translate>
      </Heading>
      {status.outdated.length === 0 ? (
        <p>
          <Translate id="translations.outdated.none" description="No outdated translations">
            None: every translation matches the current English original.
          </Translate>
        </p>
      ) : (
        <ul>
          {status.outdated.map((item) => (
            <li key={item.file}>
              {pageLink(item.originalFile.replace(/\.md$/, ''))} —{' '}
              <code>
                git diff {item.translatedFrom.slice(0, 10)} {item.currentRevision.slice(0, 10)}
              </code>
            </li>
          ))}
        </ul>
      )}
      <Heading as="h3">
        <Translate
          id="translations.missing.heading"
          description="Heading: pages not translated yet"
        >
          Pages not translated yet
        </Translate>
      </Heading>
      {pages.length === 0 ? (
        <p>
          <Translate id="translations.missing.none" description="Every page is translated">
            None: every guide, playbook and field report is translated.
          </Translate>
        </p>
      ) : (
        <ul className={styles.columns}>
          {pages.map((id) => (
            <li key={id}>{pageLink(id)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The /translations page.
 * @param props.data - the status and the translating guide's page, from the translation-status plugin
 */
export default function TranslationsPage({data}: {data: TranslationStatusPageData}): ReactNode {
  const {status, guidePermalink} = data;
  const title = translate({
    id: 'translations.title',
    message: 'Translation status',
    description: 'Title of the translation status page',
  });
  const rows = rowLabels();
  const caption = translate({
    id: 'translations.table.caption',
    message: 'Share translated, per language',
    description: 'Caption of the translation status table',
  });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'translations.description',
        message:
          'How much of Sanctuary Commons is translated into each language, and what to translate next.',
        description: 'Meta description of the translation status page',
      })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate
            id="translations.lead"
            description="Introduction of the translation status page"
          >
            Phone numbers, links and opening hours are the same in every language; only words are
            translated. Anything not translated yet is shown in English with a note.
          </Translate>{' '}
          {guidePermalink && (
            <Translate
              id="translations.lead.guideLink"
              description="After the introduction of the translation status page; {guide} is a link to the translating guide"
              values={{
                guide: (
                  <Link to={guidePermalink}>
                    <Translate
                      id="translations.lead.guide"
                      description="Link text to the translating guide"
                    >
                      how to translate
                    </Translate>
                  </Link>
                ),
              }}
            >
              {'See {guide}.'}
            </Translate>
          )}
        </p>
        {/* A scrollable region must be focusable (WCAG 2.1.1) and named. */}
        <div className={styles.tableWrap} role="region" aria-label={caption} tabIndex={0}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <td />
                {status.locales.map((locale) => (
                  <th key={locale.locale} scope="col" lang={locale.locale}>
                    {locale.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([key, label]) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  {status.locales.map((locale) => (
                    <ShareCell key={locale.locale} value={locale[key]} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {status.locales.map((locale) => (
          <LocaleDetails key={locale.locale} status={locale} />
        ))}
      </main>
    </Layout>
  );
}
