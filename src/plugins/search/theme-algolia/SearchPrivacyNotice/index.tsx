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
      {/* The provider's name is a value, not part of the message: translation catalogues ship in every build, and the offline build must not name the hosted service. */}
      <Translate
        id="search.page.privacy.hosted"
        description="Search page, when the site uses hosted search: queries typed in the navbar search box are sent to {provider}, the hosted search company"
        values={{provider: 'Algolia'}}
      >
        {
          'What you type in the search box at the top of each page is sent to {provider}, a search company, to find results; the search on this page runs in your browser and sends nothing.'
        }
      </Translate>
    </p>
  );
}
