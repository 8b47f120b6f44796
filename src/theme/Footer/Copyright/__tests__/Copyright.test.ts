import {createElement, type ReactElement} from 'react';
import FooterCopyright from '../index';

// react-dom ships no type declarations in this project.
const {renderToStaticMarkup} = require('react-dom/server') as {
  renderToStaticMarkup: (element: ReactElement) => string;
};

describe('the footer copyright', () => {
  it('is rendered as text: markup from a translation file shows as characters and never becomes an element', () => {
    const hostile =
      'Sanctuary Commons <meta http-equiv="refresh" content="0;url=https://evil.example.net/"> &copy;';
    const html = renderToStaticMarkup(createElement(FooterCopyright, {copyright: hostile}));
    expect(html).toBe(
      '<div class="footer__copyright">Sanctuary Commons &lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example.net/&quot;&gt; &amp;copy;</div>',
    );
    expect(html).not.toContain('<meta');
  });
});
