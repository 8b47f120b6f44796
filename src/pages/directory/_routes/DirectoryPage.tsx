/**
 * /directory: every organisation of the coalition, with filters.
 *
 * The static HTML is the complete plain list (readable without JavaScript,
 * e.g. Tor Browser "Safest"); filters only hide cards after hydration and
 * keep their state in the URL query. This page is deliberately NOT marked
 * `data-pagefind-body`: organisations are indexed on their own pages.
 */
import React, {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePluralForm} from '@docusaurus/theme-common';
import type {DirectoryPageData} from '@site/src/plugins/directory/types';
import {Icon} from '../_components/Badges';
import FilterBar from '../_components/FilterBar';
import {filterOrganizations, hasActiveFilters, useClearQueryString, useDirectoryFilters} from '../_components/FilterBar/useFilters';
import OrganizationCard from '../_components/OrganizationCard';
import CoalitionMap from '@site/src/components/CoalitionMap';
import type {CoalitionMapData} from '@site/src/lib/coalitionMap';
import styles from './styles.module.css';

function useCounts() {
  const {selectMessage} = usePluralForm();
  return {
    organizations: (count: number) =>
      selectMessage(
        count,
        translate(
          {id: 'directory.count.organizations', message: 'One organisation|{count} organisations', description: 'Number of organisations. Use as many plural forms (separated by "|") as your language supports.'},
          {count},
        ),
      ),
    shown: (shown: number, total: number) =>
      selectMessage(
        total,
        translate(
          {
            id: 'directory.count.shown',
            message: 'Showing {shown} of one organisation|Showing {shown} of {total} organisations',
            description: 'Live count of filtered organisations, pluralised on {total}. Use as many plural forms (separated by "|") as your language supports.',
          },
          {shown, total},
        ),
      ),
    stale: (count: number) =>
      selectMessage(
        count,
        translate(
          {id: 'directory.count.stale', message: 'One entry needs review|{count} entries need review', description: "Number of a city's entries past their review date. Use as many plural forms (separated by \"|\") as your language supports."},
          {count},
        ),
      ),
  };
}

function CityIndex({cities}: {cities: DirectoryPageData['cities']}): ReactNode {
  const counts = useCounts();
  return (
    <section className="margin-bottom--lg" aria-labelledby="directory-cities">
      <h2 id="directory-cities">
        <Translate id="directory.page.citiesHeading" description="Heading of the list of city hubs on /directory">
          Cities
        </Translate>
      </h2>
      <ul className={styles.cityList}>
        {cities.map((city) => (
          <li key={city.slug} className={styles.cityItem}>
            <Link to={city.permalink} className={styles.cityLink}>
              {city.name}
            </Link>
            <span className={styles.cityMeta}>{counts.organizations(city.organizationCount)}</span>
            {city.staleCount > 0 && (
              <span className={styles.cityStale}>
                <Icon name="warning" />
                {counts.stale(city.staleCount)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function DirectoryPage({data, map}: {data: DirectoryPageData; map?: CoalitionMapData}): ReactNode {
  const isBrowser = useIsBrowser();
  const filters = useDirectoryFilters();
  const clear = useClearQueryString();
  const counts = useCounts();
  const active = isBrowser && hasActiveFilters(filters);
  // Filters apply only after mount, so the server HTML and the hydrated tree are identical.
  const visible = useMemo(
    () => (active ? filterOrganizations(data.organizations, filters) : data.organizations),
    [active, data.organizations, filters],
  );
  const total = data.organizations.length;

  return (
    <Layout
      title={translate({id: 'directory.page.title', message: 'Directory', description: 'Title of the /directory page'})}
      description={translate({
        id: 'directory.page.description',
        message: 'Every organisation in the Sanctuary Commons coalition: hotlines, legal aid, rapid response and more, by city, type and language.',
        description: 'Meta description of the /directory page',
      })}>
      <main className="container margin-vert--lg">
        <header className="margin-bottom--lg">
          <h1>
            <Translate id="directory.page.heading" description="Main heading of the /directory page">
              Directory
            </Translate>
          </h1>
          <p className={styles.lead}>
            <Translate id="directory.page.intro" description="Introduction of the /directory page">
              Organisations of the coalition, city by city. If you need help now, find your city and call the hotline shown on the organisation's card.
            </Translate>
          </p>
        </header>

        <CityIndex cities={data.cities} />
        {map && <CoalitionMap map={map} headingId="directory-map" />}

        <section aria-labelledby="directory-organizations">
          <h2 id="directory-organizations">
            <Translate id="directory.page.organizationsHeading" description="Heading of the organisation list on /directory">
              Organisations
            </Translate>
          </h2>
          <h3 id="directory-filters-heading" className={styles.filtersHeading}>
            <Translate id="directory.filters.heading" description="Heading of the filter form on /directory">
              Filter the list
            </Translate>
          </h3>
          <noscript>
            <p className={styles.noscript}>
              <Translate id="directory.filters.noscript" description="Shown when JavaScript is off: the filters cannot work">
                Filters need JavaScript. Every organisation is listed below; use your browser's "Find in page" to search the list.
              </Translate>
            </p>
          </noscript>
          <FilterBar data={data} labelledBy="directory-filters-heading" />
          <p className={styles.count} aria-live="polite" aria-atomic="true">
            {active ? counts.shown(visible.length, total) : counts.organizations(total)}
          </p>
          {visible.length > 0 ? (
            <ul className={styles.cards}>
              {visible.map((org) => (
                <li key={`${org.city}/${org.slug}`}>
                  <OrganizationCard organization={org} headingLevel={3} />
                </li>
              ))}
            </ul>
          ) : (
            <div className={clsx('alert alert--info', styles.empty)}>
              <p>
                <Translate id="directory.filters.noResults" description="Shown when no organisation matches the filters">
                  No organisation matches these filters.
                </Translate>
              </p>
              <button type="button" className="button button--secondary button--sm" onClick={clear}>
                <Translate id="directory.filters.clear" description="Button that removes every directory filter">
                  Clear all filters
                </Translate>
              </button>
            </div>
          )}
        </section>
      </main>
    </Layout>
  );
}
