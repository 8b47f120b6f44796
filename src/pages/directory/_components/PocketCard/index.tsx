/**
 * A city's printed pocket card: what a clinic hands to someone on a low-end
 * phone. Hidden on screen; when the city page is printed it is the only
 * thing printed (src/css/custom.css, "Print"), on one page of A4 or Letter:
 * each organisation's need-help line with the number in large type, its
 * hours in words and its languages, a QR code to the city page (drawn at
 * build time) and the dates the details are from and the card was printed.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {OrganizationCard, PocketCardData} from '@site/src/plugins/directory/types';
import {formatDate, phoneText} from '../labels';
import {formatLanguageList} from '../LanguageList';
import styles from './styles.module.css';

/** At most this many lines fit one page with the QR code; the rest are one scan away. */
export const POCKET_CARD_MAX_LINES = 8;

type Line = {org: OrganizationCard; hotline: NonNullable<OrganizationCard['hotline']>};

/** Need-help lines of open organisations: hotlines before ordinary phones, always-open lines first, then by name. */
export function pocketCardLines(organizations: readonly OrganizationCard[]): Line[] {
  return organizations
    .filter((org) => org.hotline && org.status !== 'closed')
    .map((org) => ({org, hotline: org.hotline!}))
    .sort((a, b) =>
      Number(a.hotline.kind !== 'hotline') - Number(b.hotline.kind !== 'hotline')
      || Number(!a.hotline.alwaysOpen) - Number(!b.hotline.alwaysOpen)
      || a.org.name.localeCompare(b.org.name));
}

function Hours({hotline}: {hotline: Line['hotline']}): ReactNode {
  if (hotline.alwaysOpen) {
    return <Translate id="print.card.alwaysOpen" description="Hours of a line on the printed pocket card that is always open">Open 24 hours, every day</Translate>;
  }
  if (hotline.hoursLine) return <>{hotline.hoursLine}</>;
  if (hotline.hours) return <code translate="no">{hotline.hours}</code>;
  return <Translate id="print.card.noHours" description="On the printed pocket card, for a line whose entry gives no hours">Hours not listed: call to check</Translate>;
}

/** Today's date, in the browser only (the server's page shows the build date alone). */
function usePrintedOn(locale: string): string | null {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    const update = () => setToday(new Date().toISOString().slice(0, 10));
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [locale]);
  return today && formatDate(today, locale);
}

export default function PocketCard({cityName, organizations, card}: {cityName: string; organizations: readonly OrganizationCard[]; card: PocketCardData}): ReactNode {
  const {i18n, siteConfig} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const lines = pocketCardLines(organizations);
  const shown = lines.slice(0, POCKET_CARD_MAX_LINES);
  const printedOn = usePrintedOn(locale);
  return (
    <section className={`${styles.card} sc-pocket-card`} aria-labelledby="pocket-card-title" data-pocket-card="">
      <header className={styles.header}>
        <p className={styles.site}>{siteConfig.title}</p>
        <h2 id="pocket-card-title" className={styles.title}>
          <Translate id="print.card.title" description="Title of a city's printed pocket card; {city} is the city's name" values={{city: cityName}}>
            {'Need help in {city}? Call:'}
          </Translate>
        </h2>
      </header>
      {shown.length === 0 ? (
        <p>
          <Translate id="print.card.none" description="On a printed pocket card of a city that lists no need-help line yet">
            No need-help line is listed in this city yet: scan the code for the organisations that are.
          </Translate>
        </p>
      ) : (
        <ol className={styles.lines}>
          {shown.map(({org, hotline}) => (
            <li key={org.slug} className={styles.line}>
              <span className={styles.name}>{org.name}</span>
              <bdi dir="ltr" className={styles.number}>{phoneText(hotline.value, hotline.extension, hotline.international)}</bdi>
              <span className={styles.details}>
                <Hours hotline={hotline} />
                {' · '}
                <span suppressHydrationWarning>{formatLanguageList(hotline.languages ?? org.languages, locale)}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {lines.length > shown.length && (
        <p className={styles.more}>
          <Translate id="print.card.more" description="On the printed pocket card when more lines exist than fit; {count} is how many are not printed" values={{count: lines.length - shown.length}}>
            {'{count} more lines: scan the code.'}
          </Translate>
        </p>
      )}
      <div className={styles.footer}>
        <svg className={styles.qr} viewBox={`0 0 ${card.qr.size} ${card.qr.size}`} role="img" aria-labelledby="pocket-card-qr" shapeRendering="crispEdges">
          <title id="pocket-card-qr">{card.url}</title>
          <rect width={card.qr.size} height={card.qr.size} fill="#fff" />
          <path d={card.qr.path} stroke="#000" />
        </svg>
        <div className={styles.dates}>
          <p>
            <Translate id="print.card.scan" description="Next to the QR code on the printed pocket card">
              Scan for every organisation of this city, with their hours and languages:
            </Translate>{' '}
            <span className={styles.url}>{card.url}</span>
          </p>
          <p>
            <Translate id="print.card.asOf" description="Date of the details on the printed pocket card; {date} is the build date" values={{date: formatDate(card.asOf, locale)}}>
              {'Details as of {date}.'}
            </Translate>{' '}
            {printedOn && (
              <Translate id="print.card.printedOn" description="Date the pocket card was printed; {date} is today's date" values={{date: printedOn}}>
                {'Printed on {date}.'}
              </Translate>
            )}{' '}
            <Translate id="print.card.confirm" description="Caution at the bottom of the printed pocket card">
              Details may have changed: call to confirm.
            </Translate>
          </p>
        </div>
      </div>
    </section>
  );
}

/** "Print a pocket card": a button, so only with JavaScript (the browser's own Print prints the same card). */
export function PrintPocketCardButton(): ReactNode {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(typeof window.print === 'function'), []);
  if (!ready) return null;
  return (
    <p className={`${styles.printButton} sc-no-print`}>
      <button type="button" className="button button--secondary button--sm" onClick={() => window.print()} data-print-card="">
        <Translate id="print.card.button" description="Button on a city page that prints its one-page pocket card of hotlines">
          Print a pocket card of these hotlines
        </Translate>
      </button>
    </p>
  );
}
