/**
 * /directory: the way into the directory for a person who needs help: their
 * city (every city hub, with its number of organisations), a search form
 * (words, city, type, language) answered by the offline search index, and
 * the coalition map. It does not list every organisation: a city hub lists
 * its own, so this page weighs the same at 200 or 10,000 organisations.
 * Readable without JavaScript. Deliberately NOT marked `data-pagefind-body`:
 * organisations are indexed on their own pages.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {DirectoryPageData} from '@site/src/plugins/directory/types';
import {Icon} from '../_components/Badges';
import DirectorySearch from '../_components/DirectorySearch';
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
  const counts = useCounts();
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
            <Translate id="directory.page.cityIntro" description="Introduction of the /directory page, above the search form and the list of cities">
              Organisations of the coalition, city by city. If you need help now, open your city and call the hotline shown on an organisation's card.
            </Translate>
          </p>
          <p className={styles.count}>{counts.organizations(data.organizationCount)}</p>
        </header>

        <section className="margin-bottom--lg" aria-labelledby="directory-search-heading">
          <h2 id="directory-search-heading">
            <Translate id="directory.search.heading" description="Heading of the search form on /directory">
              Find an organisation
            </Translate>
          </h2>
          <DirectorySearch data={data} labelledBy="directory-search-heading" />
        </section>

        <CityIndex cities={data.cities} />
        {map && <CoalitionMap map={map} headingId="directory-map" />}
      </main>
    </Layout>
  );
}
