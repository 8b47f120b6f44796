/**
 * Status badges for directory entries. Every badge carries text and an icon
 * (never colour alone); the icon is decorative (`aria-hidden`).
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import {statusLabel, taxonomyLabel} from '../labels';
import styles from './styles.module.css';

type IconName = 'info' | 'warning' | 'pause' | 'closed' | 'check' | 'phone' | 'clock';

const ICON_PATHS: Record<IconName, string> = {
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2zm-1 3h2v5H7z',
  warning: 'M8 1 0.5 14.5h15zM7 6h2v4.5H7zm0 5.5h2v2H7z',
  pause: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM5.5 5h2v6h-2zm3 0h2v6h-2z',
  closed: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM5.2 4 8 6.8 10.8 4 12 5.2 9.2 8 12 10.8 10.8 12 8 9.2 5.2 12 4 10.8 6.8 8 4 5.2z',
  phone: 'M3.6 1.3 5.8 1l1.4 3.3-1.6 1.2a9 9 0 0 0 4.9 4.9l1.2-1.6 3.3 1.4-.3 2.2A1.7 1.7 0 0 1 13 14 11 11 0 0 1 2 3a1.7 1.7 0 0 1 1.6-1.7z',
  clock: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.8a5.2 5.2 0 1 1 0 10.4A5.2 5.2 0 0 1 8 2.8zM7.2 4h1.6v3.7l2.6 1.6-.8 1.3-3.4-2.1z',
  check: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-1.2 10.2L3.6 8l1.2-1.2 2 2 4.4-4.4 1.2 1.2z',
};

/** A small decorative icon; meaning is always carried by adjacent text. */
export function Icon({name, className}: {name: IconName; className?: string}): ReactNode {
  return (
    <svg className={clsx(styles.icon, className)} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={ICON_PATHS[name]} />
    </svg>
  );
}

function Badge({tone, icon, children}: {tone: 'neutral' | 'warning' | 'info' | 'danger' | 'type'; icon?: IconName; children: ReactNode}) {
  return (
    <span className={clsx(styles.badge, styles[tone])}>
      {icon && <Icon name={icon} />}
      {children}
    </span>
  );
}

/** "Sample entry": a fictional starter entry. */
export function SampleBadge(): ReactNode {
  return (
    <Badge tone="neutral" icon="info">
      <Translate id="directory.badge.sample" description="Badge on a fictional starter entry of the directory">
        Sample entry
      </Translate>
    </Badge>
  );
}

/** "Needs review": past the entry's review date. */
export function StaleBadge(): ReactNode {
  return (
    <Badge tone="warning" icon="warning">
      <Translate id="directory.badge.stale" description="Badge on a directory entry that is past its review date">
        Needs review
      </Translate>
    </Badge>
  );
}

/** Paused / closed status; nothing for active organisations unless `showActive`. */
export function StatusBadge({status, showActive = false}: {status: string; showActive?: boolean}): ReactNode {
  if (status === 'active') {
    return showActive ? (
      <Badge tone="type" icon="check">
        {statusLabel(status)}
      </Badge>
    ) : null;
  }
  return (
    <Badge tone={status === 'closed' ? 'danger' : 'info'} icon={status === 'closed' ? 'closed' : 'pause'}>
      {statusLabel(status)}
    </Badge>
  );
}

/** A taxonomy label as a quiet badge. */
export function TypeBadge({slug}: {slug: string}): ReactNode {
  return <Badge tone="type">{taxonomyLabel(slug)}</Badge>;
}

/** A row of badges with consistent spacing. */
export function BadgeList({children, className}: {children: ReactNode; className?: string}): ReactNode {
  // Kept out of search text: badges are search filters already, and their
  // adjacent words would run together in excerpts ("ActiveRapid response").
  return (
    <span className={clsx(styles.badgeList, className)} data-pagefind-ignore="">
      {children}
    </span>
  );
}
