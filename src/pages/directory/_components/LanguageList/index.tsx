import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {intlFormatter, languageName} from '../labels';

/** Joins language names the way the reader's locale lists things ("English, Spanish, and Somali"). */
export function formatLanguageList(codes: string[], locale: string): string {
  const names = codes.map((code) => languageName(code, locale));
  try {
    return intlFormatter(`list\u0000${locale}`, () => new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'})).format(names);
  } catch {
    return names.join(', ');
  }
}

/**
 * BCP-47 codes shown as language names in the reader's locale. The build and
 * the browser may name a rare language differently (different ICU data), so
 * the server's text is kept on hydration.
 */
export default function LanguageList({codes}: {codes: string[]}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return <span suppressHydrationWarning>{formatLanguageList(codes, i18n.currentLocale)}</span>;
}
