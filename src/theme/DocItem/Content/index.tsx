/**
 * Wraps the doc content for search and, on playbooks, adds a metadata panel
 * under the title: cities and organisations (linked), topics, audience,
 * maturity, last review and licence.
 *
 * Every doc is marked `data-pagefind-body` with hidden Pagefind filters:
 * `kind:playbook|guide`, `city:<name>`, `topic:<slug>`, `language:<locale>`.
 */
import React, {useContext, type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/DocItem/Content';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import PagefindFilters, {
  type PagefindFilter,
} from '@site/src/pages/directory/_components/PagefindFilters';
import {
  formatDate,
  maturityLabel,
  playbookAudienceLabel,
  taxonomyLabel,
} from '@site/src/pages/directory/_components/labels';
import {CompareLink, RelatedPlaybooks} from '@site/src/components/PlaybookCrossLinks';
import type {PlaybookCrossLinks} from '@site/src/plugins/compare/crossLinks';
import PageProvenance from '@site/src/components/PageProvenance';
import type {PageProvenance as PageProvenanceData} from '@site/src/lib/provenance';
import TranslationNotice, {translationStanding} from '@site/src/components/TranslationNotice';
import type {TranslationInfo} from '@site/src/lib/i18n/standing';
import {PagePropsBlock} from '@site/src/components/StaticPage';
import {CompiledMarkdown, useFrozenMarkdown} from '@site/src/components/StaticPage/frozenMarkdown';
import styles from './styles.module.css';

/** Links added to playbook front matter by the directory plugin's parseFrontMatter hook. */
type ScLinks = {
  cities?: {slug: string; name: string; permalink: string}[];
  organizations?: {slug: string; name: string; permalink: string; city: string}[];
};

/** Playbook front matter as this component reads it (validated at build time by src/lib/schema). */
type PlaybookFrontMatter = {
  topics?: string[];
  audience?: string[];
  cities?: string[];
  organizations?: string[];
  maturity?: string;
  last_reviewed?: string | Date;
  license?: string;
  hide_title?: boolean;
  sc_links?: ScLinks;
  sc_cross_links?: PlaybookCrossLinks;
  /** Last updated (from Git), history link and citations, added by src/plugins/history/playbookFrontMatter.ts. */
  sc_provenance?: PageProvenanceData;
  /** Set on translations only (src/plugins/content-guard/translationFrontMatter.ts). */
  sc_translation?: TranslationInfo;
};

/** `YYYY-MM-DD` from a front-matter date (YAML may have parsed it as a Date). */
function isoDate(value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  // The route metadata carries YAML dates serialised as JSON ("2026-10-08T00:00:00.000Z"): keep the day.
  const day = /^\d{4}-\d{2}-\d{2}/.exec(String(value));
  return day ? day[0] : String(value);
}

function PlaybookMeta({frontMatter}: {frontMatter: PlaybookFrontMatter}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const links = frontMatter.sc_links ?? {};
  const cities =
    links.cities ?? (frontMatter.cities ?? []).map((slug) => ({slug, name: slug, permalink: ''}));
  const organizations =
    links.organizations ??
    (frontMatter.organizations ?? []).map((slug) => ({slug, name: slug, permalink: '', city: ''}));
  const lastReviewed = isoDate(frontMatter.last_reviewed);
  const list = (items: {slug: string; name: string; permalink: string}[]) =>
    items.map((item, index) => (
      <React.Fragment key={item.slug}>
        {index > 0 && ', '}
        {item.permalink ? <Link to={item.permalink}>{item.name}</Link> : item.name}
      </React.Fragment>
    ));
  return (
    <section
      className={clsx(styles.panel, 'sc-playbook-meta')}
      // Its facts are search filters already; keeping them out of the text gives excerpts from the playbook itself.
      data-pagefind-ignore=""
      aria-label={translate({
        id: 'playbook.meta.label',
        message: 'About this playbook',
        description: 'ARIA label of the metadata panel of a playbook',
      })}
    >
      <dl className={styles.list}>
        {cities.length > 0 && (
          <div className={styles.row}>
            <dt>
              <Translate
                id="playbook.meta.cities"
                description="Label: cities where a playbook is practised"
              >
                Cities
              </Translate>
            </dt>
            <dd>{list(cities)}</dd>
          </div>
        )}
        {organizations.length > 0 && (
          <div className={styles.row}>
            <dt>
              <Translate
                id="playbook.meta.organizations"
                description="Label: organisations that run a playbook"
              >
                Run by
              </Translate>
            </dt>
            <dd>{list(organizations)}</dd>
          </div>
        )}
        {frontMatter.topics && frontMatter.topics.length > 0 && (
          <div className={styles.row}>
            <dt>
              <Translate id="playbook.meta.topics" description="Label: topics of a playbook">
                Topics
              </Translate>
            </dt>
            <dd>{frontMatter.topics.map((topic) => taxonomyLabel(topic)).join(', ')}</dd>
          </div>
        )}
        {frontMatter.audience && frontMatter.audience.length > 0 && (
          <div className={styles.row}>
            <dt>
              <Translate
                id="playbook.meta.audience"
                description="Label: who a playbook is written for"
              >
                For
              </Translate>
            </dt>
            <dd>
              {frontMatter.audience.map((audience) => playbookAudienceLabel(audience)).join(', ')}
            </dd>
          </div>
        )}
        {frontMatter.maturity && (
          <div className={styles.row}>
            <dt>
              <Translate
                id="playbook.meta.maturity"
                description="Label: how mature a practice is (idea, piloted, proven)"
              >
                Maturity
              </Translate>
            </dt>
            <dd>{maturityLabel(frontMatter.maturity)}</dd>
          </div>
        )}
        {lastReviewed && (
          <div className={styles.row}>
            <dt>
              <Translate
                id="playbook.meta.lastReviewed"
                description="Label: when a playbook was last reviewed"
              >
                Last reviewed
              </Translate>
            </dt>
            <dd>
              <time dateTime={lastReviewed} suppressHydrationWarning>
                {formatDate(lastReviewed, i18n.currentLocale)}
              </time>
            </dd>
          </div>
        )}
        {frontMatter.license && (
          <div className={styles.row}>
            <dt>
              <Translate id="playbook.meta.license" description="Label: the licence of a playbook">
                Licence
              </Translate>
            </dt>
            <dd>
              <span translate="no">{frontMatter.license}</span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

export default function DocItemContentWrapper(props: Props): ReactNode {
  const {metadata, contentTitle, toc, assets} = useDoc();
  // A playbook page in the browser: its Markdown is the server's HTML (src/components/StaticPage).
  const frozen = useFrozenMarkdown();
  // Elsewhere, compiled Markdown, rendered by the theme (handed down by src/theme/DocItem).
  const compiled = useContext(CompiledMarkdown);
  const Content =
    compiled?.OriginalContent ?? (({children}: {children: ReactNode}) => <>{children}</>);
  const MDXContent = compiled?.MDXContent ?? Content;
  const {i18n} = useDocusaurusContext();
  // The route's metadata, not the compiled Markdown's export: the build cache reuses a compiled page whose
  // own file did not change, so facts added from other files (outdated translation, links) would be stale there.
  const fm = metadata.frontMatter as typeof metadata.frontMatter & PlaybookFrontMatter;
  const standing = translationStanding(fm.sc_translation, i18n.currentLocale, i18n.defaultLocale);
  // English standing in for a missing translation is marked as English, so screen readers read it as such.
  const lang = standing === 'untranslated' ? i18n.defaultLocale : undefined;
  const notice = <TranslationNotice standing={standing} permalink={metadata.permalink} />;
  const isPlaybook = metadata.id.startsWith('playbooks/');
  const cityNames = (fm.sc_links?.cities ?? []).map((city) => city.name);

  const filters: PagefindFilter[] = [
    ['kind', isPlaybook ? 'playbook' : 'guide'],
    ...(isPlaybook ? cityNames.map((name): PagefindFilter => ['city', name]) : []),
    ...(isPlaybook ? (fm.topics ?? []).map((topic): PagefindFilter => ['topic', topic]) : []),
    ['language', i18n.currentLocale],
  ];

  if (!isPlaybook) {
    return (
      <div data-pagefind-body="" lang={lang}>
        <PagefindFilters filters={filters} />
        {notice}
        <Content {...props} />
      </div>
    );
  }

  // Same markup as the original component, with the metadata panel under the synthetic title.
  const syntheticTitle =
    !fm.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  const markdownClass = clsx(ThemeClassNames.docs.docMarkdown, 'markdown');
  return (
    <div data-pagefind-body="" lang={lang}>
      {/* Playbooks are static pages: the browser hydrates them from these props (src/plugins/static-pages). */}
      <PagePropsBlock value={{metadata, toc, contentTitle, assets}} />
      <PagefindFilters filters={filters} />
      {notice}
      {frozen !== null ? (
        <>
          {!syntheticTitle && (
            <>
              <PlaybookMeta frontMatter={fm} />
              <CompareLink links={fm.sc_cross_links} />
            </>
          )}
          <div className={markdownClass} dangerouslySetInnerHTML={{__html: frozen}} />
        </>
      ) : syntheticTitle ? (
        <div className={markdownClass}>
          <header>
            <Heading as="h1">{syntheticTitle}</Heading>
          </header>
          <PlaybookMeta frontMatter={fm} />
          <CompareLink links={fm.sc_cross_links} />
          <MDXContent>{props.children}</MDXContent>
        </div>
      ) : (
        <>
          <PlaybookMeta frontMatter={fm} />
          <CompareLink links={fm.sc_cross_links} />
          <Content {...props} />
        </>
      )}
      <RelatedPlaybooks links={fm.sc_cross_links} />
      {fm.sc_provenance && <PageProvenance data={fm.sc_provenance} />}
    </div>
  );
}
