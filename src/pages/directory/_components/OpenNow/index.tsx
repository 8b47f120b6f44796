/**
 * "Open now" / "Closed now" for an OSM `opening_hours` value, evaluated in
 * the city's time zone. Shown only after hydration: the static HTML cannot
 * know the time at which it is read. Week-stable schedules come with weekly
 * intervals computed at build time by the `opening_hours` library
 * (`src/lib/weeklyHours.ts`); only schedules that change from week to week
 * load the library (~110 KiB compressed) in the browser, on demand.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {Icon} from '../Badges';
import type {WeeklyInterval} from '@site/src/lib/weeklyHours';
import {minuteOfWeek, weeklyOpenState} from '@site/src/lib/weeklyOpenState';
import styles from './styles.module.css';

type Computed = {
  open: boolean;
  unknown: boolean;
  /** The next change, and whether it falls on another day in the city. */
  next?: {weekday: number; hour: number; minute: number; otherDay: boolean};
};

const REFRESH_MS = 60_000;

function formatWhen(next: NonNullable<Computed['next']>, locale: string): string {
  // 2024-01-07 was a Sunday: weekday 0..6 maps onto 7..13 January 2024 (UTC).
  const date = new Date(Date.UTC(2024, 0, 7 + next.weekday, next.hour, next.minute));
  const time = new Intl.DateTimeFormat(locale, {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'}).format(date);
  if (!next.otherDay) return time;
  const day = new Intl.DateTimeFormat(locale, {weekday: 'long', timeZone: 'UTC'}).format(date);
  return `${day} ${time}`;
}

/** Live open/closed status of a channel; renders nothing before hydration. */
export default function OpenNow({hours, weekly, timeZone, cityName}: {hours: string; weekly?: WeeklyInterval[] | null; timeZone: string; cityName: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const [state, setState] = useState<Computed | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    type Evaluate = (value: string, zone: string, at: Date) => {open: boolean; unknown: boolean; nextChange?: {weekday: number; hour: number; minute: number}} | null;
    const start = (evaluate: Evaluate) => {
      const compute = () => {
        try {
          const now = new Date();
          const result = evaluate(hours, timeZone, now);
          if (cancelled) return;
          if (!result) {
            setState(null);
            return;
          }
          const today = (Math.floor(minuteOfWeek(now, timeZone) / 1440) + 1) % 7;
          setState({
            open: result.open,
            unknown: result.unknown,
            next: result.nextChange ? {...result.nextChange, otherDay: result.nextChange.weekday !== today} : undefined,
          });
        } catch {
          if (!cancelled) setState(null);
        }
      };
      compute();
      timer = setInterval(compute, REFRESH_MS);
    };
    if (weekly) {
      // Week-stable schedules: intervals from the build, no library download.
      start((_value, zone, at) => weeklyOpenState(weekly, zone, at));
    } else {
      // Anything richer: the reference implementation, loaded on demand.
      import('@site/src/lib/openNow')
        .then(({openState}) => {
          if (!cancelled) start(openState);
        })
        .catch(() => undefined);
    }
    return () => {
      cancelled = true;
      if (timer) clearInterval(timer);
    };
  }, [hours, weekly, timeZone]);

  const zoneNote = (
    <span className={styles.zone}>
      <Translate id="directory.openNow.timeZone" description="Note after the open/closed status; {city} is the city's name" values={{city: cityName}}>
        {'(times are {city} time)'}
      </Translate>
    </span>
  );

  let status: ReactNode = null;
  if (state?.unknown) {
    status = (
      <span className={clsx(styles.status, styles.unknown)}>
        <Icon name="clock" />
        <Translate id="directory.openNow.unknown" description="Shown when the opening hours do not say whether a channel is open now">
          Open now? Not certain; call to check
        </Translate>
      </span>
    );
  } else if (state?.open) {
    status = (
      <span className={clsx(styles.status, styles.open)}>
        <Icon name="check" />
        {state.next ? (
          <Translate id="directory.openNow.openUntil" description="Open status with closing time; {when} is a time, possibly with a weekday" values={{when: formatWhen(state.next, i18n.currentLocale)}}>
            {'Open now, until {when}'}
          </Translate>
        ) : (
          <Translate id="directory.openNow.open" description="Open status of a channel with no upcoming closing time">
            Open now
          </Translate>
        )}
      </span>
    );
  } else if (state) {
    status = (
      <span className={clsx(styles.status, styles.closed)}>
        <Icon name="closed" />
        {state.next ? (
          <Translate id="directory.openNow.closedUntil" description="Closed status with opening time; {when} is a time, possibly with a weekday" values={{when: formatWhen(state.next, i18n.currentLocale)}}>
            {'Closed now, opens {when}'}
          </Translate>
        ) : (
          <Translate id="directory.openNow.closed" description="Closed status of a channel with no upcoming opening time">
            Closed now
          </Translate>
        )}
      </span>
    );
  }

  return (
    <span className={styles.wrapper}>
      {status && (
        <>
          {status} {zoneNote}
        </>
      )}
    </span>
  );
}
