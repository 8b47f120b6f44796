/**
 * How fresh a directory entry is. The build computes `FreshnessData`; after
 * hydration the page recomputes it against today's date so a page served long
 * after the build still warns that the entry is past its review date.
 */
import React, {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import {freshness} from '@site/src/lib/freshness';
import type {FreshnessData} from '@site/src/plugins/directory/types';
import {Icon} from '../Badges';
import {formatDate, verifiedMethodLabel} from '../labels';
import styles from './styles.module.css';

/** Build-time freshness during SSR and hydration, today's freshness after mount. */
export function useLiveFreshness(data: FreshnessData): FreshnessData {
  const isBrowser = useIsBrowser();
  return useMemo(() => {
    if (!isBrowser) return data;
    try {
      return {...data, ...freshness(data.verifiedDate, data.reviewEveryMonths)};
    } catch {
      return data;
    }
  }, [isBrowser, data]);
}

/** "Verified 3 months ago (by phone)", pluralised for the locale. */
export function useVerifiedText(): (data: FreshnessData) => string {
  const {selectMessage} = usePluralForm();
  return (data: FreshnessData) => {
    const method = verifiedMethodLabel(data.verifiedMethod);
    if (data.monthsAgo === 0) {
      return translate(
        {id: 'directory.freshness.thisMonth', message: 'Verified less than a month ago ({method})', description: 'Freshness of a directory entry verified in the last month; {method} is e.g. "by phone"'},
        {method},
      );
    }
    return selectMessage(
      data.monthsAgo,
      translate(
        {
          id: 'directory.freshness.monthsAgo',
          message: 'Verified {count} month ago ({method})|Verified {count} months ago ({method})',
          description: 'Freshness of a directory entry. Use as many plural forms (separated by "|") as your language supports; {method} is e.g. "by phone"',
        },
        {count: data.monthsAgo, method},
      ),
    );
  };
}

/**
 * The freshness line of a contact page; becomes a visible warning when the
 * entry is past its review date.
 */
export default function FreshnessNote({data}: {data: FreshnessData}): ReactNode {
  const live = useLiveFreshness(data);
  const verifiedText = useVerifiedText();
  const {i18n} = useDocusaurusContext();
  const verified = (
    <>
      {verifiedText(live)}{' '}
      <span className={styles.date}>
        (<time dateTime={live.verifiedDate} suppressHydrationWarning>{formatDate(live.verifiedDate, i18n.currentLocale)}</time>)
      </span>
    </>
  );
  if (!live.stale) {
    return (
      <p className={styles.fresh}>
        <Icon name="check" className={styles.icon} />
        <span>{verified}</span>
      </p>
    );
  }
  return (
    <div className={clsx('alert alert--warning', styles.stale)}>
      <p className={styles.staleTitle}>
        <Icon name="warning" className={styles.icon} />
        <strong>
          <Translate id="directory.freshness.staleWarning" description="Warning on a contact page whose entry is past its review date">
            This entry is past its review date; confirm details before relying on them.
          </Translate>
        </strong>
      </p>
      <p className={styles.staleDetail}>
        {verified}{' '}
        <Translate
          id="directory.freshness.dueDate"
          description="When the entry was due for review; {date} is a formatted date"
          values={{date: <time dateTime={live.dueDate} suppressHydrationWarning>{formatDate(live.dueDate, i18n.currentLocale)}</time>}}>
          {'Review was due on {date}.'}
        </Translate>
      </p>
    </div>
  );
}
