/**
 * The language menu, unchanged, plus one thing: picking a language is
 * remembered in the reader's browser (src/lib/i18n/preferredLocale.ts), so
 * the home page opens in that language next time. Nothing leaves the browser.
 * The click is heard on the document, not through a wrapper element, which
 * would break the mobile menu's list markup.
 */
import React, {useEffect, type ReactNode} from 'react';
import LocaleDropdownNavbarItem from '@theme-original/NavbarItem/LocaleDropdownNavbarItem';
import type {Props} from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {rememberLocale} from '@site/src/lib/i18n/preferredLocale';

/** The language menu, remembering the language picked (props as Docusaurus's own item). */
export default function LocaleDropdownNavbarItemWrapper(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  useEffect(() => {
    // Menu items are navbar links that open in the same tab and carry the target's `lang` (its htmlLang).
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.(
        '.navbar a[lang][target="_self"], .navbar-sidebar a[lang][target="_self"]',
      );
      const lang = link?.getAttribute('lang');
      const locale = i18n.locales.find((code) => i18n.localeConfigs[code]?.htmlLang === lang);
      if (locale) rememberLocale(window.localStorage, locale);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [i18n]);
  return <LocaleDropdownNavbarItem {...props} />;
}
