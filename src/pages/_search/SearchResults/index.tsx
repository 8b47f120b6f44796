/**
 * The list of results: title linked to the page, kind badge, city, and the
 * excerpt with the matching words highlighted.
 */
import React, {type ReactNode, type Ref} from 'react';
import Link from '@docusaurus/Link';
import Excerpt from '../excerpt';
import {kindLabel} from '../labels';
import type {PagefindFragment} from '../pagefind';
import styles from './styles.module.css';

type Props = {
  items: PagefindFragment[];
  /** Index of the first item added by the last "more results", to receive focus. */
  focusIndex: number | null;
  focusRef: Ref<HTMLAnchorElement>;
};

function Result({
  item,
  linkRef,
}: {
  item: PagefindFragment;
  linkRef?: Ref<HTMLAnchorElement>;
}): ReactNode {
  const kind = item.filters.kind?.[0];
  const cities = item.filters.city ?? [];
  const title = item.meta.title?.trim() || item.url;
  return (
    <article className={styles.result}>
      <h3 className={styles.title}>
        {/* Pagefind's URL already includes this locale's base URL. */}
        <Link to={item.url} autoAddBaseUrl={false} ref={linkRef}>
          {title}
        </Link>
      </h3>
      {(kind || cities.length > 0) && (
        <p className={styles.meta}>
          {kind && <span className={styles.badge}>{kindLabel(kind)}</span>}
          {cities.length > 0 && <span className={styles.city}>{cities.join(', ')}</span>}
        </p>
      )}
      {item.excerpt && (
        <p className={styles.excerpt}>
          <Excerpt excerpt={item.excerpt} />
        </p>
      )}
    </article>
  );
}

export default function SearchResults({items, focusIndex, focusRef}: Props): ReactNode {
  return (
    <ol className={styles.list}>
      {items.map((item, index) => (
        <li key={item.url} className={styles.item}>
          <Result item={item} linkRef={index === focusIndex ? focusRef : undefined} />
        </li>
      ))}
    </ol>
  );
}
