/**
 * The search page's privacy sentence when the site was built with Algolia
 * (docs/guides/scaling-search.md): the navbar search box sends each query to
 * Algolia, while this page's filtered search still runs in the browser.
 * This file is only bundled in that mode (see ../../algolia/themeSwitch.ts).
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';

export default function SearchPrivacyNotice({className}: {className?: string}): ReactNode {
  return (
    <p className={className}>
      <Translate id="search.page.privacy.algolia" description="Search page, when the site uses Algolia: queries typed in the navbar search box are sent to Algolia">
        What you type in the search box at the top of each page is sent to Algolia, a search company, to find results; the search on this page runs in your browser and sends nothing.
      </Translate>
    </p>
  );
}
