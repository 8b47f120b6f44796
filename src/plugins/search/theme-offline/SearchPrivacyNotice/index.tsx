/**
 * The search page's privacy sentence when the offline search (Pagefind) is
 * the only search: nothing typed leaves the browser.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';

export default function SearchPrivacyNotice({className}: {className?: string}): ReactNode {
  return (
    <p className={className}>
      <Translate
        id="search.page.privacy"
        description="Search page: reassurance that the search runs locally"
      >
        Your search stays in this browser: nothing you type is sent anywhere.
      </Translate>
    </p>
  );
}
