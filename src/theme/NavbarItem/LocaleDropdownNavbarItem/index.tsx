/**
 * The language menu, unchanged, plus one thing: picking a language is
 * remembered in the reader's browser (src/lib/i18n/preferredLocale.ts), so
 * the home page opens in that language next time. Nothing leaves the browser.
 */
import React, {type ReactNode} from 'react';
import LocaleDropdownNavbarItem from '@theme-original/NavbarItem/LocaleDropdownNavbarItem';
import type {Props} from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {rememberLocale} from '@site/src/lib/i18n/preferredLocale';
import styles from './styles.module.css';

export default function LocaleDropdownNavbarItemWrapper(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  // Menu items are links carrying the target's `lang` (its htmlLang); map it back to the locale code.
  const onClickCapture = (event: React.MouseEvent) => {
    const lang = (event.target as Element).closest?.('a[lang]')?.getAttribute('lang');
    const locale = i18n.locales.find((code) => i18n.localeConfigs[code]?.htmlLang === lang);
    if (locale) rememberLocale(window.localStorage, locale);
  };
  return (
    <span className={styles.wrapper} onClickCapture={onClickCapture}>
      <LocaleDropdownNavbarItem {...props} />
    </span>
  );
}
