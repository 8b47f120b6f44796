/**
 * The coalition map: an inline SVG of the United States (projected at build
 * time, see src/lib/coalitionMap.ts) with one linked marker per city hub,
 * sized by its number of organisations, followed by the same facts as a
 * plain table (for screen readers, no-JS and print). Cities the map cannot
 * place are listed beside it. Nothing is requested from anyone.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import type {CoalitionMapData} from '@site/src/lib/coalitionMap';
import styles from './styles.module.css';

function useOrganizationCount(): (count: number) => string {
  const {selectMessage} = usePluralForm();
  return (count) =>
    selectMessage(
      count,
      translate(
        {id: 'map.count.organizations', message: 'One organisation|{count} organisations', description: 'Number of organisations of a city on the coalition map. Use as many plural forms (separated by "|") as your language supports.'},
        {count},
      ),
    );
}

function Marker({marker, label}: {marker: CoalitionMapData['markers'][number]; label: string}): ReactNode {
  // SVG <a> needs a resolved href: <Link> renders an HTML anchor.
  const href = useBaseUrl(marker.permalink);
  return (
    <a href={href} aria-label={label} className={styles.marker}>
      <title>{label}</title>
      <circle cx={marker.x} cy={marker.y} r={marker.r} />
    </a>
  );
}

/**
 * @param props.map - the map computed by the compare plugin
 * @param props.headingId - id of the section heading (unique on the page)
 */
export default function CoalitionMap({map, headingId = 'coalition-map'}: {map: CoalitionMapData; headingId?: string}): ReactNode {
  const count = useOrganizationCount();
  const cities = [...map.markers, ...map.outside].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Translate id="map.heading" description="Heading of the coalition map">
          The coalition on a map
        </Translate>
      </h2>
      <div className={styles.layout}>
        <figure className={styles.figure}>
          <svg
            viewBox={`0 0 ${map.width} ${map.height}`}
            className={styles.svg}
            role="group"
            aria-label={translate({id: 'map.svg.label', message: 'Map of the United States with one link per city hub', description: 'Accessible name of the coalition map'})}>
            <path d={map.nationPath} className={styles.nation} />
            <path d={map.bordersPath} className={styles.borders} />
            {map.markers.map((marker) => (
              <Marker key={marker.slug} marker={marker} label={`${marker.name}, ${marker.region}: ${count(marker.organizationCount)}`} />
            ))}
          </svg>
          <figcaption className={styles.caption}>
            <Translate id="map.caption" description="Caption of the coalition map">
              Each circle is a city hub; the larger the circle, the more organisations are listed. Select a circle to open the city.
            </Translate>
          </figcaption>
        </figure>
        {map.outside.length > 0 && (
          <aside className={styles.outside} aria-labelledby={`${headingId}-outside`}>
            <h3 id={`${headingId}-outside`}>
              <Translate id="map.outside.heading" description="Heading of the cities that the map cannot show">
                Outside the map
              </Translate>
            </h3>
            <ul>
              {map.outside.map((city) => (
                <li key={city.slug}>
                  <Link to={city.permalink}>{city.name}</Link> ({count(city.organizationCount)})
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
      <details className={styles.details}>
        <summary>
          <Translate id="map.table.summary" description="Toggle that shows the coalition map as a table">
            The map as a table
          </Translate>
        </summary>
        <table className={styles.table}>
          <caption className="sc-visually-hidden">
            <Translate id="map.table.caption" description="Caption of the table version of the coalition map">
              City hubs and their number of organisations
            </Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="map.table.city" description="Column heading: city">City</Translate>
              </th>
              <th scope="col">
                <Translate id="map.table.region" description="Column heading: state or province">State</Translate>
              </th>
              <th scope="col">
                <Translate id="map.table.organizations" description="Column heading: number of organisations">Organisations</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {cities.map((city) => (
              <tr key={city.slug}>
                <th scope="row">
                  <Link to={city.permalink}>{city.name}</Link>
                </th>
                <td>{city.region}</td>
                <td>{city.organizationCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
