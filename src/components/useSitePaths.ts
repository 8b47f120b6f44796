/**
 * The site's paths in the browser: built by `src/lib/sitePaths` from the
 * base paths the site was configured with (`customFields.sitePaths` in
 * `docusaurus.config.ts`), so a page links to the directory or a guide
 * wherever the site serves them.
 */
import {useMemo} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {createSitePaths, type SitePathOptions, type SitePaths} from '@site/src/lib/sitePaths';

export default function useSitePaths(): SitePaths {
  const {siteConfig} = useDocusaurusContext();
  const options = siteConfig.customFields?.sitePaths as SitePathOptions | undefined;
  return useMemo(() => createSitePaths(options), [options]);
}
