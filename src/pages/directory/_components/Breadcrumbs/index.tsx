import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';

/** Directory › City › Organisation, with Infima's breadcrumb styles. */
export default function Breadcrumbs({items, className}: {items: {label: string; to?: string}[]; className?: string}): ReactNode {
  return (
    <nav className={className} aria-label={translate({id: 'directory.breadcrumbs.label', message: 'Breadcrumbs', description: 'ARIA label of the breadcrumb navigation on directory pages'})}>
      <ul className="breadcrumbs">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${item.label}-${index}`} className={last ? 'breadcrumbs__item breadcrumbs__item--active' : 'breadcrumbs__item'}>
              {item.to && !last ? (
                <Link className="breadcrumbs__link" to={item.to}>
                  {item.label}
                </Link>
              ) : (
                <span className="breadcrumbs__link" aria-current={last ? 'page' : undefined}>
                  {item.label}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
