/**
 * Says that a phone number is an international call from the city (safety rule 11: the entry
 * lists a number of another country with a reason), in plain HTML that reads without JavaScript.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {InternationalCall as InternationalCallData} from '@site/src/plugins/directory/types';
import {regionName} from '../labels';
import LocalizedText from '../LocalizedText';
import styles from './styles.module.css';

type Props = {
  call: InternationalCallData;
  /** Show why the entry lists the number (on the contact page; cards say only that the call is international). */
  withReason?: boolean;
  className?: string;
};

/** "International call to Mexico", or "International call" for a number of no country; then, on the contact page, why the entry lists it. */
export default function InternationalCall({call, withReason = false, className}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const country = call.country && (
    // Country names come from the runtime's ICU data, which may differ between Node and the browser.
    <span suppressHydrationWarning>{regionName(call.country, i18n.currentLocale)}</span>
  );
  return (
    <span className={clsx(styles.international, className)}>
      <strong>
        {country ? (
          <Translate id="directory.channel.internationalTo" description="Note beside a phone number of another country than the city's; {country} is the country the number rings in, e.g. Mexico" values={{country}}>
            {'International call to {country}'}
          </Translate>
        ) : (
          <Translate id="directory.channel.international" description="Note beside a phone number of no country (e.g. an international freephone number), which is an international call from the city">
            International call
          </Translate>
        )}
      </strong>
      {withReason && (
        <span className={styles.reason}>
          <Translate id="directory.channel.internationalReason" description="Why the organisation lists a phone number of another country; {reason} is its own words" values={{reason: <LocalizedText value={call.reason} />}}>
            {'Why this number: {reason}'}
          </Translate>
        </span>
      )}
    </span>
  );
}
