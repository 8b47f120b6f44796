/**
 * An organisation's contact channels, grouped by audience ("Need help" first).
 * Every channel is a real link in the static HTML: `tel:` for phones,
 * `mailto:` for e-mail, `https:` for websites and forms. Signal usernames are
 * shown as text (never as a link or invite).
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {CHANNEL_AUDIENCES} from '@site/src/lib/taxonomy';
import type {ChannelData} from '@site/src/plugins/directory/types';
import {Icon} from '../Badges';
import InternationalCall from '../InternationalCall';
import LanguageList from '../LanguageList';
import OpenNow from '../OpenNow';
import {telUri} from '@site/src/lib/telUri';
import {channelAudienceLabel, channelKindLabel, phoneText} from '../labels';
import styles from './styles.module.css';

type Props = {
  groups: {audience: string; channels: ChannelData[]}[];
  timeZone: string;
  cityName: string;
  /** Level of each audience heading. */
  headingLevel?: 2 | 3 | 4;
  /** Whether the organisation is closed (links stay, with a note). */
  closed?: boolean;
};

/** A web address without its scheme and trailing slash, for display. */
function displayUrl(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/$/, '');
}

function ChannelValue({channel, prominent}: {channel: ChannelData; prominent: boolean}): ReactNode {
  switch (channel.kind) {
    case 'hotline':
    case 'phone':
      return (
        <a className={clsx(prominent ? 'button button--primary button--lg' : styles.link, prominent && styles.callButton)} href={telUri(channel.value, channel.extension)}>
          {prominent && <Icon name="phone" />}
          {/* Digits read left to right in every script: in a right-to-left page "(612) 555-0142" would be reordered. */}
          <bdi dir="ltr" className={styles.nowrap}>
            {/* A number of another country keeps its country code: "(876) 555-1234" would look like a US number. */}
            {phoneText(channel.value, channel.extension, channel.international)}
          </bdi>
        </a>
      );
    case 'email':
      return (
        <a className={styles.link} href={`mailto:${channel.value}`}>
          <bdi dir="ltr">{channel.value}</bdi>
        </a>
      );
    case 'website':
    case 'form':
      return (
        <a className={styles.link} href={channel.value} rel="noopener noreferrer">
          <bdi dir="ltr">{displayUrl(channel.value)}</bdi>
        </a>
      );
    case 'signal-username':
      return (
        <span>
          <Translate
            id="directory.channel.signalUsername"
            description="A Signal username shown as text; {username} is e.g. northside.01"
            values={{username: <code translate="no">{channel.value}</code>}}>
            {'Signal username: {username}'}
          </Translate>
        </span>
      );
    default:
      return <span>{(channel as ChannelData).value}</span>;
  }
}

/** Audience order of the contact page: people who need help first. */
function audienceRank(audience: string): number {
  const index = (CHANNEL_AUDIENCES as readonly string[]).indexOf(audience);
  return index === -1 ? CHANNEL_AUDIENCES.length : index;
}

/** A channel's hours in words ("Monday to Friday: 9:00 AM–6:00 PM"), or the raw OpenStreetMap value when only it says them well. */
/** The line starts with the day names, which Spanish and French write in lower case mid-sentence. */
function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function HoursText({channel}: {channel: ChannelData}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const text = channel.hoursText;
  if (!text) {
    return (
      <Translate
        id="directory.channel.hours"
        description="Opening hours of a channel; {hours} is an OpenStreetMap opening_hours value such as Mo-Fr 09:00-17:00"
        values={{hours: <code translate="no">{channel.hours}</code>}}>
        {'Hours: {hours}'}
      </Translate>
    );
  }
  if (text === 'always') {
    return (
      <Translate id="directory.channel.hoursAlways" description="Opening hours of a channel that is always open">
        Open 24 hours, every day
      </Translate>
    );
  }
  return (
    <>
      <Translate id="directory.channel.hoursLabel" description="Label before the opening hours of a channel">
        Hours:
      </Translate>
      <ul className={styles.hoursRows}>
        {text.map((row) => (
          <li key={`${row.firstDay}-${row.lastDay ?? ''}`}>
            {translate(
              {id: 'directory.channel.hoursLine', message: '{days}: {times}', description: 'One line of opening hours; {days} is e.g. "Monday to Friday", {times} e.g. "9:00 AM–5:00 PM"'},
              {
                days: capitalize(
                  row.lastDay
                    ? translate({id: 'directory.channel.hoursDays', message: '{first} to {last}', description: 'Days of an opening-hours line, e.g. Monday to Friday; {first} and {last} are weekday names'}, {first: row.firstDay, last: row.lastDay})
                    : row.firstDay,
                  i18n.currentLocale,
                ),
                times: row.times,
              },
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export default function ChannelList({groups, timeZone, cityName, headingLevel = 3, closed = false}: Props): ReactNode {
  const Heading = `h${headingLevel}` as const;
  // The plugin already orders groups; sorting again (stable) keeps "Need help" first whatever the data.
  const ordered = [...groups].filter((group) => group.channels.length > 0).sort((a, b) => audienceRank(a.audience) - audienceRank(b.audience));
  return (
    <div className={styles.groups}>
      {ordered.map((group) => (
        <section key={group.audience} className={clsx(styles.group, group.audience === 'need-help' && styles.needHelp)} aria-labelledby={`channels-${group.audience}`}>
          <Heading id={`channels-${group.audience}`} className={styles.heading}>
            {channelAudienceLabel(group.audience)}
          </Heading>
          <ul className={styles.list}>
            {group.channels.map((channel, index) => {
              const prominent = !closed && group.audience === 'need-help' && channel.kind === 'hotline';
              return (
                <li key={`${channel.kind}-${channel.value}-${index}`} className={styles.channel}>
                  <span className={styles.kind}>{channelKindLabel(channel.kind)}</span>
                  {/* The label is the organisation's own words (e.g. "Family unity direct line"), shown as written. */}
                  {channel.label && <span className={styles.label}>{channel.label}</span>}
                  <ChannelValue channel={channel} prominent={prominent} />
                  {channel.international && <InternationalCall call={channel.international} withReason />}
                  {channel.hours && (
                    <div className={styles.hours}>
                      <HoursText channel={channel} />
                      <OpenNow hours={channel.hours} weekly={channel.weekly} timeZone={timeZone} cityName={cityName} />
                    </div>
                  )}
                  {channel.languages && channel.languages.length > 0 && (
                    <div className={styles.languages}>
                      <Translate
                        id="directory.channel.languages"
                        description="Languages answered on a channel; {languages} is a list of language names"
                        values={{languages: <LanguageList codes={channel.languages} />}}>
                        {'Answered in: {languages}'}
                      </Translate>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
