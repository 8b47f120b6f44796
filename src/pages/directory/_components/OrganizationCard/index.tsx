/**
 * One organisation in a list (/directory and city hubs). Plain HTML that
 * works without JavaScript: the name links to the contact page and the
 * hotline is a `tel:` link.
 */
import React, {memo, useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {OrganizationCard as OrganizationCardData} from '@site/src/plugins/directory/types';
import {BadgeList, Icon, SampleBadge, StaleBadge, StatusBadge} from '../Badges';
import {useLiveFreshness} from '../Freshness';
import InternationalCall from '../InternationalCall';
import LanguageList from '../LanguageList';
import {telUri} from '@site/src/lib/telUri';
import {phoneText, taxonomyLabel} from '../labels';
import LocalizedText from '../LocalizedText';
import styles from './styles.module.css';

type Props = {
  organization: OrganizationCardData;
  /** Level of the card's heading, so the page outline stays in order. */
  headingLevel?: 2 | 3 | 4;
  /** Show the city name (off on a city hub, where it is implied). */
  showCity?: boolean;
};

/** "(not yet translated)" after text shown in the source language. */
/** A one-tap call link for a phone number, e.g. `tel:+16125550142` or `tel:+16125550142;ext=204`. */
export function CallLink({value, extension, className, children}: {value: string; extension?: string; className?: string; children?: ReactNode}): ReactNode {
  return (
    <a className={className} href={telUri(value, extension)}>
      {children ?? <bdi dir="ltr">{phoneText(value, extension)}</bdi>}
    </a>
  );
}

function OrganizationCard({organization: org, headingLevel = 3, showCity = true}: Props): ReactNode {
  const headingId = useId();
  const fresh = useLiveFreshness(org.freshness);
  const Heading = `h${headingLevel}` as const;
  // A number of another country keeps its country code: "(876) 555-1234" would look like a US number.
  const hotlineNumber = org.hotline && phoneText(org.hotline.value, org.hotline.extension, org.hotline.international);
  return (
    <article className={clsx('card', styles.card, org.status !== 'active' && styles.inactive)} aria-labelledby={headingId}>
      <div className={clsx('card__body', styles.body)}>
        <Heading id={headingId} className={styles.name}>
          <Link to={org.permalink}>{org.name}</Link>
        </Heading>
        {(org.sample || fresh.stale || org.status !== 'active') && (
          <BadgeList className={styles.badges}>
            {org.status !== 'active' && <StatusBadge status={org.status} />}
            {org.sample && <SampleBadge />}
            {fresh.stale && <StaleBadge />}
          </BadgeList>
        )}
        <p className={styles.meta}>
          {showCity && (
            <>
              <span className={styles.city}>{org.cityName}</span>
              <span aria-hidden="true"> · </span>
            </>
          )}
          <span>{org.types.map((type) => taxonomyLabel(type)).join(', ')}</span>
        </p>
        <p className={styles.summary}>
          <LocalizedText value={org.summary} />
        </p>
        <p className={styles.languages}>
          <Translate
            id="directory.card.languages"
            description="Languages spoken by an organisation's staff; {languages} is a list of language names"
            values={{languages: <LanguageList codes={org.languages} />}}>
            {'Languages: {languages}'}
          </Translate>
        </p>
        {org.hotline && org.status !== 'closed' && (
          <p className={styles.hotline}>
            <CallLink value={org.hotline.value} extension={org.hotline.extension} className={clsx('button button--primary button--sm', styles.call)}>
              <Icon name="phone" />
              {org.hotline.kind === 'hotline' ? (
                <Translate
                  id="directory.card.callHotline"
                  description="One-tap call link on an organisation card; {number} is the formatted phone number"
                  values={{number: <bdi dir="ltr" className={styles.number}>{hotlineNumber}</bdi>}}>
                  {'Call hotline {number}'}
                </Translate>
              ) : (
                <Translate
                  id="directory.card.callPhone"
                  description="One-tap call link on an organisation card for an ordinary phone line (not a hotline); {number} is the formatted phone number"
                  values={{number: <bdi dir="ltr" className={styles.number}>{hotlineNumber}</bdi>}}>
                  {'Call {number}'}
                </Translate>
              )}
            </CallLink>
            {org.hotline.international && <InternationalCall call={org.hotline.international} className={styles.hours} />}
            {org.hotline.label && <span className={styles.hotlineLabel}>{org.hotline.label}</span>}
            {org.hotline.hours && (
              <span className={styles.hours}>
                {org.hotline.alwaysOpen ? (
                  <Translate id="directory.channel.hoursAlways" description="Opening hours of a channel that is always open">
                    Open 24 hours, every day
                  </Translate>
                ) : (
                  <Translate
                    id="directory.card.hotlineHours"
                    description="Opening hours of the hotline on a card; {hours} is e.g. Monday–Friday 9:00 AM–5:00 PM (or an OpenStreetMap opening_hours value when the schedule is irregular)"
                    values={{hours: org.hotline.hoursLine ?? <code translate="no">{org.hotline.hours}</code>}}>
                    {'Hours: {hours}'}
                  </Translate>
                )}
              </span>
            )}
          </p>
        )}
      </div>
    </article>
  );
}

export default memo(OrganizationCard);
