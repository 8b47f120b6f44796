/**
 * /directory/<city>: the city hub. Indexed by Pagefind as `kind:city`.
 */
import React, {useMemo, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import {TAXONOMY_SLUGS} from '@site/src/lib/taxonomy';
import type {CityPageData, OrganizationCard as OrganizationCardData} from '@site/src/plugins/directory/types';
import {Icon} from '../_components/Badges';
import Breadcrumbs from '../_components/Breadcrumbs';
import OrganizationCard from '../_components/OrganizationCard';
import LocalizedText from '../_components/LocalizedText';
import PagefindFilters from '../_components/PagefindFilters';
import PageFooter from '../_components/PageFooter';
import HandleList from '../_components/HandleList';
import PlaybookList from '../_components/PlaybookList';
import {formatDate, regionName, taxonomyLabel} from '../_components/labels';
import PageProvenance from '@site/src/components/PageProvenance';
import {staticPage} from '@site/src/components/StaticPage';
import styles from './styles.module.css';
import useSitePaths from '@site/src/components/useSitePaths';
import {SaveCityForOffline, SavedCopyNotice} from '@site/src/components/Offline';
import PocketCard, {PrintPocketCardButton} from '../_components/PocketCard';

/**
 * Organisations grouped by their main (first-listed) type, in taxonomy order.
 * Each organisation appears once, so its hotline is not repeated; its card
 * still lists every type.
 */
function groupByType(organizations: OrganizationCardData[]): {type: string; organizations: OrganizationCardData[]}[] {
  const order = new Map<string, number>(TAXONOMY_SLUGS.map((slug, index) => [slug, index]));
  const groups = new Map<string, OrganizationCardData[]>();
  for (const org of organizations) {
    const type = org.types[0] ?? '';
    const list = groups.get(type) ?? [];
    list.push(org);
    groups.set(type, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b))
    .map(([type, list]) => ({type, organizations: list}));
}

function CityPage({data}: {data: CityPageData}): ReactNode {
  const paths = useSitePaths();
  const {i18n} = useDocusaurusContext();
  const {selectMessage} = usePluralForm();
  const groups = useMemo(() => groupByType(data.organizations), [data.organizations]);
  const directoryLabel = translate({id: 'directory.page.title', message: 'Directory', description: 'Title of the /directory page'});

  return (
    <Layout title={data.name} description={data.summary.text}>
      {/* Printed, the page is its pocket card alone (src/css/custom.css, "Print"). */}
      <main className="container margin-vert--lg sc-city-page">
        <Breadcrumbs className={styles.breadcrumbs} items={[{label: directoryLabel, to: data.directoryPermalink}, {label: data.name}]} />
        <SavedCopyNotice />
        <article data-pagefind-body="">
          <PagefindFilters filters={[['kind', 'city'], ['city', data.name]]} />
          <header className="margin-bottom--lg">
            <h1 data-pagefind-meta="title">{data.name}</h1>
            <p className={styles.subtitle} suppressHydrationWarning>
              {`${data.region}, ${regionName(data.country, i18n.currentLocale)}`}
            </p>
            <p className={styles.summary}>
              <LocalizedText value={data.summary} />
            </p>
            {data.staleCount > 0 && (
              <div className="alert alert--warning" role="note">
                <Icon name="warning" />{' '}
                {selectMessage(
                  data.staleCount,
                  translate(
                    {
                      id: 'directory.city.staleNotice',
                      message: 'One entry in this city is past its review date: confirm its details before relying on them.|{count} entries in this city are past their review date: confirm their details before relying on them.',
                      description: 'Notice on a city hub. Use as many plural forms (separated by "|") as your language supports.',
                    },
                    {count: data.staleCount},
                  ),
                )}
              </div>
            )}
          </header>

          {data.policy && (
            <section className="margin-bottom--lg" aria-labelledby="city-policy">
              <h2 id="city-policy">
                <Translate id="directory.city.policyHeading" description="Heading of a city's sanctuary policy section">
                  Local policy
                </Translate>
              </h2>
              <p className={styles.description}>
                <LocalizedText value={data.policy.summary} />
              </p>
              <p>
                <Translate
                  id="directory.city.policyAsOf"
                  description="Date of the policy summary; {date} is a formatted date"
                  values={{date: <time dateTime={data.policy.asOf} suppressHydrationWarning>{formatDate(data.policy.asOf, i18n.currentLocale)}</time>}}>
                  {'As of {date}.'}
                </Translate>{' '}
                <a href={data.policy.sourceUrl} rel="noopener noreferrer">
                  <Translate id="directory.city.policySource" description="Link to the official source of a city's policy">
                    Read the source
                  </Translate>
                </a>
              </p>
            </section>
          )}

          <section className="margin-bottom--lg" aria-labelledby="city-organizations">
            <h2 id="city-organizations">
              <Translate id="directory.city.organizationsHeading" description="Heading of the organisations on a city hub">
                Organisations
              </Translate>
            </h2>
            {groups.length > 0 && (
              <p>
                <Translate id="directory.city.groupingNote" description="Explains how organisations are grouped on a city hub">
                  Grouped by each organisation's main type; every card lists all of its types.
                </Translate>
              </p>
            )}
            {groups.length === 0 ? (
              <p>
                <Translate id="directory.city.noOrganizations" description="Shown on a city hub that lists no organisation yet">
                  No organisations are listed in this city yet.
                </Translate>{' '}
                <Link to={paths.doc('guides/start-here')}>
                  <Translate id="directory.city.listYours" description="Link to the start-here guide from an empty city hub">
                    How to list your group
                  </Translate>
                </Link>
              </p>
            ) : (
              groups.map((group) => (
                <section key={group.type} className={styles.typeGroup} aria-labelledby={`city-type-${group.type}`}>
                  <h3 id={`city-type-${group.type}`}>{taxonomyLabel(group.type)}</h3>
                  {/* Each organisation is indexed on its own page: the hub's search entry does not repeat every card. */}
                  <ul className={styles.cards} data-pagefind-ignore="">
                    {group.organizations.map((org) => (
                      <li key={org.slug}>
                        <OrganizationCard organization={org} headingLevel={4} showCity={false} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))
            )}
          </section>

          {/* After the hotlines: keep them on this device, or on paper (both need JavaScript; the page does not). */}
          <SaveCityForOffline slug={data.slug} name={data.name} cityPath={data.permalink} organizationPaths={data.organizations.map((org) => org.permalink)} />
          {data.pocketCard && <PrintPocketCardButton />}

          <section className="margin-bottom--lg" aria-labelledby="city-playbooks">
            <h2 id="city-playbooks">
              <Translate id="directory.city.playbooksHeading" description="Heading of the playbooks on a city hub">
                Playbooks from this city
              </Translate>
            </h2>
            <PlaybookList playbooks={data.playbooks} />
          </section>

          <section aria-labelledby="city-maintainers">
            <h2 id="city-maintainers">
              <Translate id="directory.city.maintainersHeading" description="Heading of the maintainers of a city hub">
                Maintainers
              </Translate>
            </h2>
            <p>
              <Translate
                id="directory.city.maintainers"
                description="Who reviews changes to a city; {maintainers} is a list of GitHub handles"
                values={{maintainers: <HandleList handles={data.maintainers} />}}>
                {'Changes to this city are reviewed by {maintainers}.'}
              </Translate>
            </p>
          </section>
        </article>
        {data.provenance && <PageProvenance data={data.provenance} />}
        {data.pocketCard && <PocketCard cityName={data.name} organizations={data.organizations} card={data.pocketCard} />}

        <PageFooter
          reportUrl={data.reportUrl}
          reportLabel={
            <Translate id="directory.city.reportProblem" description="Link on a city hub to GitHub's pre-filled form for reporting a wrong or outdated entry">
              Report a problem with this city page
            </Translate>
          }
          editUrl={data.editUrl}
          editLabel={
            <Translate id="directory.city.edit" description="Link to edit a city hub's source file">
              Edit this city
            </Translate>
          }
        />
      </main>
    </Layout>
  );
}

// One of a family of pages served whole (src/plugins/static-pages): its props travel in its HTML.
export default staticPage(CityPage, ['data']);
