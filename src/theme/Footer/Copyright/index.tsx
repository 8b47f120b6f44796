/**
 * The footer copyright as text. The theme's own component writes
 * `themeConfig.footer.copyright` with `dangerouslySetInnerHTML`, because a
 * site author writes it; here its Spanish or French version comes from a
 * contributed file (i18n/<locale>/docusaurus-theme-classic/footer.json), so
 * it is rendered as a text node: markup in it would show as characters and
 * never run. Same element and class, so the footer looks the same.
 */
import React, {type ReactNode} from 'react';
import type {Props} from '@theme/Footer/Copyright';

export default function FooterCopyright({copyright}: Props): ReactNode {
  return <div className="footer__copyright">{copyright}</div>;
}
