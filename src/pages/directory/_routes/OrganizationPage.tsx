/**
 * /directory/<city>/<org>: an organisation's contact page. Indexed by
 * Pagefind as `kind:organization`. Everything a person seeking help needs —
 * above all the hotline as a `tel:` link — is in the static HTML; "open now"
 * and a fresh staleness check are added after hydration.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {OrganizationPageData} from '@site/src/plugins/directory/types';
import {BadgeList, Icon, StatusBadge, TypeBadge} from '../_components/Badges';
import Breadcrumbs from '../_components/Breadcrumbs';
import ChannelList from '../_components/ChannelList';
import FreshnessNote from '../_components/Freshness';
import LanguageList from '../_components/LanguageList';
import LocalizedText, {UntranslatedNote} from '../_components/LocalizedText';
import PagefindFilters, {type PagefindFilter} from '../_components/PagefindFilters';
import PageFooter from '../_components/PageFooter';
import HandleList from '../_components/HandleList';
import PlaybookList from '../_components/PlaybookList';
import {formatDate, statusLabel, taxonomyLabel} from '../_components/labels';
import PageProvenance from '@site/src/components/PageProvenance';
import {staticPage} from '@site/src/components/StaticPage';
import {SavedCopyNotice} from '@site/src/components/Offline';
import styles from './styles.module.css';

function SampleBanner(): ReactNode {
  return (
    <div className={clsx('alert alert--warning', styles.sampleBanner)} role="note">
      <Icon name="info" />
      <p>
        <strong>
          <Translate id="directory.organization.sampleBanner.title" description="Banner on a fictional sample entry">
            Sample entry — not a real organisation.
          </Translate>
        </strong>{' '}
        <Translate id="directory.organization.sampleBanner.body" description="Banner on a fictional sample entry, after the title">
          It shows how a listing looks. Do not call or write to the contacts below; they are reserved example values.
        </Translate>
      </p>
    </div>
  );
}

function StatusNotice({status}: {status: OrganizationPageData['status']}): ReactNode {
  if (status === 'active') return null;
  return (
    <div className={clsx('alert', status === 'closed' ? 'alert--danger' : 'alert--info', 'margin-bottom--md')} role="note">
      <Icon name={status === 'closed' ? 'closed' : 'pause'} />{' '}
      {status === 'closed' ? (
        <Translate id="directory.organization.closedNotice" description="Notice on the contact page of an organisation that no longer operates">
          This organisation has closed. Its contacts are kept for reference and may no longer answer.
        </Translate>
      ) : (
        <Translate id="directory.organization.pausedNotice" description="Notice on the contact page of an organisation that has paused its work">
          This organisation has paused its work for now. Contacts may not answer; check the city's other organisations.
        </Translate>
      )}
    </div>
  );
}

function OrganizationPage({data}: {data: OrganizationPageData}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const directoryLabel = translate({id: 'directory.page.title', message: 'Directory', description: 'Title of the /directory page'});
  const pagefind: PagefindFilter[] = [
    ['kind', 'organization'],
    ['city', data.cityName],
    ...data.types.map((type): PagefindFilter => ['topic', type]),
    ...data.languages.map((code): PagefindFilter => ['language', code]),
  ];

  return (
    <Layout title={data.name} description={data.summary.text}>
      <main className="container margin-vert--lg">
        <Breadcrumbs
          className={styles.breadcrumbs}
          items={[{label: directoryLabel, to: data.directoryPermalink}, {label: data.cityName, to: data.cityPermalink}, {label: data.name}]}
        />
        <SavedCopyNotice />
        <article data-pagefind-body="">
          <PagefindFilters filters={pagefind} />
          {data.sample && <SampleBanner />}
          <header className="margin-bottom--md">
            <h1 data-pagefind-meta="title">{data.name}</h1>
            {data.altNames.length > 0 && (
              <p className={styles.altNames}>
                <Translate
                  id="directory.organization.altNames"
                  description="Other names of an organisation; {names} is a comma-separated list"
                  values={{names: data.altNames.join(', ')}}>
                  {'Also known as {names}'}
                </Translate>
              </p>
            )}
            <BadgeList>
              <StatusBadge status={data.status} showActive />
              {data.types.map((type) => (
                <TypeBadge key={type} slug={type} />
              ))}
            </BadgeList>
          </header>

          <StatusNotice status={data.status} />

          <p className={styles.summary}>
            <LocalizedText value={data.summary} />
          </p>

          <FreshnessNote data={data.freshness} />

          <section className="margin-bottom--lg" aria-labelledby="organization-contact">
            <h2 id="organization-contact">
              <Translate id="directory.organization.contactHeading" description="Heading of the contact channels on a contact page">
                How to reach them
              </Translate>
            </h2>
            <ChannelList groups={data.channelGroups} timeZone={data.timezone} cityName={data.cityName} headingLevel={3} closed={data.status === 'closed'} />
          </section>

          {data.descriptionHtml && (
            <section className="margin-bottom--lg" aria-labelledby="organization-about">
              <h2 id="organization-about">
                <Translate id="directory.organization.aboutHeading" description="Heading of an organisation's description">
                  About
                </Translate>
              </h2>
              {data.descriptionHtml.fallback && (
                <p>
                  <UntranslatedNote />
                </p>
              )}
              {/* Rendered from Markdown and sanitised by the directory plugin at build time (raw HTML is refused earlier). */}
              <div className={clsx('markdown', styles.description)} lang={data.descriptionHtml.lang} dangerouslySetInnerHTML={{__html: data.descriptionHtml.html}} />
            </section>
          )}

          <section className="margin-bottom--lg" aria-labelledby="organization-details">
            <h2 id="organization-details">
              <Translate id="directory.organization.detailsHeading" description="Heading of an organisation's details list">
                Details
              </Translate>
            </h2>
            <dl className={styles.details}>
              <dt>
                <Translate id="directory.organization.city" description="Label: the city of an organisation">
                  City
                </Translate>
              </dt>
              <dd>
                <Link to={data.cityPermalink}>{data.cityName}</Link>
              </dd>
              <dt>
                <Translate id="directory.organization.types" description="Label: the types of an organisation">
                  Type
                </Translate>
              </dt>
              <dd>{data.types.map((type) => taxonomyLabel(type)).join(', ')}</dd>
              <dt>
                <Translate id="directory.organization.languages" description="Label: languages spoken by staff">
                  Languages spoken
                </Translate>
              </dt>
              <dd>
                <LanguageList codes={data.languages} />
              </dd>
              <dt>
                <Translate id="directory.organization.coverage" description="Label: the area an organisation serves">
                  Area served
                </Translate>
              </dt>
              <dd>
                <LocalizedText value={data.coverage.area} />
              </dd>
              {data.coverage.counties.length > 0 && (
                <>
                  <dt>
                    <Translate id="directory.organization.counties" description="Label: counties an organisation serves">
                      Counties
                    </Translate>
                  </dt>
                  <dd>{data.coverage.counties.join(', ')}</dd>
                </>
              )}
              <dt>
                <Translate id="directory.organization.status" description="Label: whether an organisation is active, paused or closed">
                  Status
                </Translate>
              </dt>
              <dd>{statusLabel(data.status)}</dd>
              <dt>
                <Translate id="directory.organization.consent" description="Label: date on which the organisation agreed to be listed">
                  Listed with consent since
                </Translate>
              </dt>
              <dd>
                <time dateTime={data.consent} suppressHydrationWarning>
                  {formatDate(data.consent, i18n.currentLocale)}
                </time>
              </dd>
              <dt>
                <Translate id="directory.organization.maintainers" description="Label: GitHub users or teams who keep an entry up to date">
                  Kept up to date by
                </Translate>
              </dt>
              <dd>
                <HandleList handles={data.maintainers} />
              </dd>
            </dl>
          </section>

          <section aria-labelledby="organization-playbooks">
            <h2 id="organization-playbooks">
              <Translate id="directory.organization.playbooksHeading" description="Heading of the playbooks related to an organisation">
                Related playbooks
              </Translate>
            </h2>
            <PlaybookList playbooks={data.playbooks} />
          </section>
        </article>
        {data.provenance && <PageProvenance data={data.provenance} />}

        <PageFooter
          reportUrl={data.reportUrl}
          reportLabel={
            <Translate id="directory.organization.reportProblem" description="Link on a contact page to GitHub's pre-filled form for reporting a wrong or outdated entry">
              Report a problem with this entry
            </Translate>
          }
          editUrl={data.editUrl}
          editLabel={
            <Translate id="directory.organization.edit" description="Link to edit an organisation's source file">
              Edit this entry
            </Translate>
          }>
          <p>
            <Translate id="directory.organization.editHint" description="Hint next to the edit link of a contact page">
              Something out of date? Suggest a change; the organisation's maintainers review it.
            </Translate>
          </p>
        </PageFooter>
      </main>
    </Layout>
  );
}

// One of a family of pages served whole (src/plugins/static-pages): its props travel in its HTML.
export default staticPage(OrganizationPage, ['data']);
