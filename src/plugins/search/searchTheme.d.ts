/** Theme components provided by `src/plugins/search/algolia/themeSwitch.ts` (offline or Algolia variant). */
declare module '@theme/SearchPrivacyNotice' {
  import type {ReactNode} from 'react';

  export default function SearchPrivacyNotice(props: {className?: string}): ReactNode;
}
