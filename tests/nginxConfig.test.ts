import fs from 'node:fs';
import path from 'node:path';
import {contentSecurityPolicy} from '../src/lib/security/contentSecurityPolicy';
import {fillHeaderPolicy} from '../src/plugins/security-headers/pages';
import {parseHeadersFile, type HeaderRule} from '../src/lib/security/hostHeaders';
import {nginxSiteConfig} from '../src/lib/security/nginxConfig';

/**
 * nginx gets the policy from the build's `_headers` (no second copy): the
 * configuration carries exactly the headers of `_headers`, in every block
 * that serves files, and nothing nginx would read differently.
 */
const ONION = 'pwqqpzp5i7tbh7mhxabcafvfe3g6xf62vpsghgsdk7bp3bst25urdxyd.onion';

/** `static/_headers` as the build writes it: the real file with a policy filled in. */
async function builtRules(): Promise<HeaderRule[]> {
  const template = fs.readFileSync(path.resolve(__dirname, '../static/_headers'), 'utf8');
  const policy = contentSecurityPolicy({scriptHashes: ["'sha256-abcDEF123+/='"]}, 'header');
  const {rules, errors} = await parseHeadersFile(fillHeaderPolicy(template, policy)!);
  expect(errors).toEqual([]);
  return rules;
}

/** Every `add_header` of each block that serves files (locations with try_files or alias), in order. */
function headersPerBlock(config: string): Map<string, [string, string][]> {
  const blocks = new Map<string, [string, string][]>();
  for (const match of config.matchAll(/location ([^{]+)\{([^}]*)\}/g)) {
    const body = match[2]!;
    if (!/try_files|alias/.test(body)) continue;
    blocks.set(
      match[1]!.trim(),
      [...body.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((found) => [
        found[1]!,
        found[2]!,
      ]),
    );
  }
  return blocks;
}

describe('the nginx configuration', () => {
  it('sends exactly the headers of _headers (the filled-in policy included) from every location', async () => {
    const rules = await builtRules();
    const expected = rules[0]!.headers;
    expect(expected.find(([name]) => name === 'Content-Security-Policy')?.[1]).toContain(
      "'sha256-abcDEF123+/='",
    );
    for (const basePath of ['/', '/commons/']) {
      const config = nginxSiteConfig({
        rules,
        root: '/srv/site',
        basePath,
        serverName: 'sc.example.org',
        manifestDir: '/srv',
      });
      const blocks = headersPerBlock(config);
      expect([...blocks.keys()]).toEqual(
        basePath === '/'
          ? ['/', '= /SHA256SUMS', '= /SHA256SUMS.sig']
          : ['^~ /commons/', '= /commons/SHA256SUMS', '= /commons/SHA256SUMS.sig'],
      );
      for (const headers of blocks.values()) expect(headers).toEqual(expected);
      expect(config).toContain('access_log off;');
      expect(config).toContain(`error_page 404 ${basePath}404.html;`);
    }
  });

  it('serves clean URLs and, under a base path, the build folder as it is', async () => {
    const config = nginxSiteConfig({
      rules: await builtRules(),
      root: '/srv/site',
      basePath: '/commons/',
      serverName: 'sc.example.org',
    });
    expect(config).toContain('rewrite ^/commons/(.*)$ /$1 break;');
    expect(config).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(config).toContain('location = /commons { return 301 /commons/; }');
  });

  it('advertises the onion service from the clear web, and serves it to Tor on 127.0.0.1 without HSTS or logs', async () => {
    const rules = await builtRules();
    const config = nginxSiteConfig({
      rules,
      root: '/srv/site',
      basePath: '/',
      serverName: 'sc.example.org',
      onion: {address: ONION},
    });
    const [clear, onion] = config.split('# The onion service');
    expect(clear).toContain(`add_header Onion-Location "http://${ONION}$request_uri" always;`);
    expect(onion).toContain('listen 127.0.0.1:8080;');
    expect(onion).not.toContain('Onion-Location');
    expect(onion).not.toContain('Strict-Transport-Security');
    expect(onion).toContain('access_log off;');
    const onionHeaders = headersPerBlock(`# The onion service${onion}`).get('/')!;
    expect(onionHeaders).toEqual(
      rules[0]!.headers.filter(([name]) => name !== 'Strict-Transport-Security'),
    );
  });

  it.each([
    ['a variable', [['X-Test', 'a $host b']]],
    ['a quote', [['X-Test', 'a " b']]],
    ['a backslash', [['X-Test', 'a \\ b']]],
    ['a bad name', [['X Test', 'v']]],
  ] as [string, [string, string][]][])(
    'refuses a header nginx would read differently: %s',
    (_label, headers) => {
      expect(() =>
        nginxSiteConfig({
          rules: [{path: '/*', headers}],
          root: '/srv',
          basePath: '/',
          serverName: 'a.example.org',
        }),
      ).toThrow(/_headers rule/);
    },
  );

  it('repeats the site headers in a folder rule, and refuses patterns nginx cannot express', () => {
    const rules: HeaderRule[] = [
      {path: '/*', headers: [['X-A', '1']]},
      {path: '/assets/*', headers: [['Cache-Control', 'max-age=31536000']]},
    ];
    const blocks = headersPerBlock(
      nginxSiteConfig({rules, root: '/srv', basePath: '/', serverName: 'a.example.org'}),
    );
    expect(blocks.get('^~ /assets/')).toEqual([
      ['X-A', '1'],
      ['Cache-Control', 'max-age=31536000'],
    ]);
    expect(() =>
      nginxSiteConfig({
        rules: [{path: '/:lang/*', headers: []}],
        root: '/srv',
        basePath: '/',
        serverName: 'a.example.org',
      }),
    ).toThrow(/only "\/\*"/);
    expect(() => nginxSiteConfig({rules, root: '/srv', basePath: '/'})).toThrow(/server name/);
  });
});
