import {POLICY_PLACEHOLDER} from '../../../lib/security/contentSecurityPolicy';
import {fillMetaPolicy, pagesWithoutPlaceholder, unexpectedInlineScripts} from '../pages';

describe('unexpectedInlineScripts', () => {
  it('accepts the same single inline script on every page, and pages without one', () => {
    expect(unexpectedInlineScripts([{file: 'a.html', scripts: ['theme()']}, {file: 'b.html', scripts: ['theme()']}, {file: 'c.html', scripts: []}])).toBeNull();
  });

  it('names every page with another or an extra inline script', () => {
    const message = unexpectedInlineScripts([
      {file: 'a.html', scripts: ['theme()']},
      {file: 'b.html', scripts: ['theme()', 'evil()']},
      {file: 'c.html', scripts: ['other()']},
    ]);
    expect(message).toContain('b.html: 2 inline script(s)');
    expect(message).toContain('c.html: 1 inline script(s)');
    expect(message).not.toContain('a.html');
    expect(message).toContain('Move the code into a file under src/');
  });
});

describe('pagesWithoutPlaceholder', () => {
  it('reports pages whose meta tag lost its placeholder', () => {
    expect(pagesWithoutPlaceholder([{file: 'a.html', html: `<meta content=${POLICY_PLACEHOLDER}>`}])).toBeNull();
    expect(pagesWithoutPlaceholder([{file: 'a.html', html: '<meta>'}])).toMatch(/1 page\(s\).*a\.html/);
  });
});

describe('fillMetaPolicy', () => {
  it.each([`content=${POLICY_PLACEHOLDER}>`, `content="${POLICY_PLACEHOLDER}">`, `content='${POLICY_PLACEHOLDER}'>`])('fills %s, quoted', (attribute) => {
    expect(fillMetaPolicy(`<meta http-equiv=Content-Security-Policy ${attribute}`, "default-src 'self'")).toBe(
      `<meta http-equiv=Content-Security-Policy content="default-src 'self'">`,
    );
  });
});
