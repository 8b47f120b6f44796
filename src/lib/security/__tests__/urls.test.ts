import {cssUrls} from '../cssUrls';
import {srcsetUrls} from '../srcset';
import {checkUrl} from '../urlPolicy';

describe('cssUrls', () => {
  it.each([
    ['background:url(//e.example/a.png)', ['//e.example/a.png']],
    ['background:URL( "//e.example/b.png" )', ['//e.example/b.png']],
    ['background:\\75 rl(//e.example/c.png)', ['//e.example/c.png']],
    ['background:u\\rl(//e.example/d.png)', ['//e.example/d.png']],
    ['background:U\\52L("//e.example/e.png")', ['//e.example/e.png']],
    [
      'background:image-set("//e.example/f.png" 1x, url(//e.example/g.png) 2x)',
      ['//e.example/f.png', '//e.example/g.png'],
    ],
    ['background:-webkit-image-set("//e.example/h.png" 1x)', ['//e.example/h.png']],
    ['x:src("//e.example/i")', ['//e.example/i']],
    ['--custom: url(//e.example/j)', ['//e.example/j']],
    ['@font-face{src:url(//e.example/k.woff) format("woff")}', ['//e.example/k.woff']],
    ['a{content:"//not-an-address"} /* url(//commented.example) */', []],
    ['a:url(//e.example/bad url)', []],
  ])('finds the addresses of %s', (css, urls) => {
    expect(cssUrls(css).map((found) => found.url)).toEqual(urls);
  });

  it('marks @import addresses and gives their line and column', () => {
    expect(
      cssUrls(
        'a{}\n@import "//e.example/s.css";\n@IMPORT url(//e.example/t.css) screen; b{c:url(/i.png)}',
      ),
    ).toEqual([
      {url: '//e.example/s.css', line: 2, column: 9, imported: true},
      {url: '//e.example/t.css', line: 3, column: 9, imported: true},
      {url: '/i.png', line: 3, column: 44, imported: false},
    ]);
  });
});

describe('srcsetUrls', () => {
  it.each([
    ['a.png', ['a.png']],
    ['a.png 1x, b.png 2x', ['a.png', 'b.png']],
    ['a.png 1x,b.png 2x', ['a.png', 'b.png']],
    ['a,b.png 1x, c.png', ['a,b.png', 'c.png']],
    ['a.png, b.png', ['a.png', 'b.png']],
    [' ,, a.png 100w , b.png (ignored, descriptor) 200w, c.png', ['a.png', 'b.png', 'c.png']],
    ['\n//e.example/x.png\t2x', ['//e.example/x.png']],
    ['', []],
  ])('splits %j as the HTML Standard does', (value, urls) => {
    expect(srcsetUrls(value)).toEqual(urls);
  });
});

describe('checkUrl', () => {
  const page = {pageUrl: new URL('https://site.example/docs/a'), scriptPrefix: '/assets/js/'};

  it("allows this site's files, links anywhere, and data: images", () => {
    expect(checkUrl('/img/a.png', 'image', page)).toBeNull();
    expect(checkUrl('../img/a.png', 'resource', page)).toBeNull();
    expect(checkUrl('https://site.example/a.css', 'resource', page)).toBeNull();
    expect(checkUrl('https://other.example/', 'navigation', page)).toBeNull();
    expect(checkUrl('data:image/png;base64,AA', 'image', page)).toBeNull();
    expect(checkUrl('/assets/js/main.js', 'script', page)).toBeNull();
    expect(checkUrl('http://[invalid', 'resource', page)).toBeNull();
  });

  it('names the other site, or what the address is instead (as catalogue codes and values)', () => {
    expect(checkUrl('//cdn.example/a.png', 'image', page)).toEqual({
      rule: 'remote-resource',
      code: 'remote-resource.other-site',
      values: {host: 'cdn.example'},
    });
    expect(checkUrl('ftp://files.example/a', 'resource', page)).toMatchObject({
      code: 'remote-resource.other-site',
      values: {host: 'files.example'},
    });
    expect(checkUrl('blob:https://site.example/1', 'resource', page)).toEqual({
      rule: 'remote-resource',
      code: 'remote-resource.scheme',
      values: {protocol: 'blob:'},
    });
    expect(checkUrl('data:text/css,a{}', 'resource', page)).toMatchObject({rule: 'data-url'});
    expect(checkUrl('//cdn.example/a.js', 'script', page)).toEqual({
      rule: 'external-script',
      code: 'external-script.other-site',
      values: {host: 'cdn.example', prefix: '/assets/js/'},
    });
    expect(checkUrl('data:,x', 'script', page)).toMatchObject({
      rule: 'external-script',
      code: 'external-script.data',
    });
    expect(checkUrl('/uploads/x.js', 'script', page)).toMatchObject({
      code: 'external-script.same-site',
    });
    expect(checkUrl('javascript:x', 'navigation', page)).toMatchObject({rule: 'script-url'});
  });
});
