import {createHash} from 'node:crypto';
import {contentSecurityPolicy} from '../contentSecurityPolicy';
import {inlineScripts, sha256Source} from '../inlineScripts';

describe('contentSecurityPolicy', () => {
  const inputs = {scriptHashes: ["'sha256-abc='"]};

  it('allows our own scripts, the hashed inline script and WebAssembly, nothing inline or eval', () => {
    const policy = contentSecurityPolicy(inputs, 'header');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('leaves out of the meta form the directives a <meta> tag cannot carry', () => {
    const policy = contentSecurityPolicy(inputs, 'meta');
    expect(policy).not.toContain('frame-ancestors');
    expect(policy).toContain("object-src 'none'");
  });

  it('adds extra connect sources only when asked', () => {
    expect(
      contentSecurityPolicy(
        {...inputs, extraConnectSources: ['https://search.example.net']},
        'meta',
      ),
    ).toContain("connect-src 'self' https://search.example.net;");
  });
});

describe('inlineScripts', () => {
  it('finds inline scripts only, exactly as written, and skips data blocks', () => {
    const html = [
      '<html><head><script src=/a.js defer></script><script>one()</script>',
      '<script type="application/ld+json">{"a":1}</script></head>',
      '<body><script type=module>two( "<b>" )</script></body></html>',
    ].join('');
    expect(inlineScripts(html)).toEqual(['one()', 'two( "<b>" )']);
  });
});

describe('sha256Source', () => {
  it('is the base64 SHA-256 of the UTF-8 text, quoted as a CSP source', () => {
    const digest = createHash('sha256').update('alert("é")').digest('base64');
    expect(sha256Source('alert("é")')).toBe(`'sha256-${digest}'`);
    // Known vector: the empty string.
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
