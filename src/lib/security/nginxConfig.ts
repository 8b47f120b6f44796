/**
 * An nginx server configuration for a built site, generated from the
 * site's `_headers` rules (src/lib/security/hostHeaders.ts), so nginx sends
 * exactly the headers Netlify and Cloudflare Pages send — the policy is
 * never written twice. It serves the build's clean URLs (`/directory/x` is
 * `directory/x.html`), its 404 page, optionally under a base path, keeps no
 * access log, and can advertise (clear web) or serve (Tor) an onion service.
 *
 * nginx reference: https://nginx.org/en/docs/http/ngx_http_headers_module.html
 * (`add_header … always`: also on error responses; a block that has its own
 * `add_header` does not inherit the server's, so each location repeats them).
 */
import type {HeaderRule} from './hostHeaders';

/** What to generate. */
export type NginxOptions = {
  /** The `_headers` rules of the build. */
  rules: readonly HeaderRule[];
  /** Folder that holds the built site (for a base path, the site is in `<root>/<base path>`; see {@link nginxSiteConfig}). */
  root: string;
  /** The base path the site was built for, e.g. `/` or `/commons/`. */
  basePath: string;
  /** Host name of the clear-web server, e.g. `sanctuary.example.org`; omit for an onion service alone. */
  serverName?: string;
  /** A version 3 onion address serving the same build: the clear-web server advertises it (Onion-Location) and a second server serves it to Tor on 127.0.0.1. */
  onion?: {address: string; port?: number};
  /** Where the signed manifest of a bundle is (`SHA256SUMS` and `.sig` beside the site), served at `<base path>SHA256SUMS`. */
  manifestDir?: string;
};

/** A header value nginx would change or refuse inside double quotes: variables (`$`), quotes, backslashes, control characters. */
const UNSAFE_VALUE = /[$"\\\u0000-\u001f\u007f]/;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
/** Headers that mean nothing on an onion service (http: inside Tor): browsers ignore HSTS there. */
const CLEAR_WEB_ONLY = new Set(['strict-transport-security']);

/**
 * The headers each location gets. Only the patterns Cloudflare Pages and
 * Netlify share and nginx can express are accepted: `/*` (every path), an
 * exact path, and `/prefix/*`.
 * @throws Error naming the rule when a pattern or a value cannot be written for nginx
 */
function locations(rules: readonly HeaderRule[]): {
  all: [string, string][];
  prefixed: {prefix: string; exact: boolean; headers: [string, string][]}[];
} {
  const all: [string, string][] = [];
  const prefixed: {prefix: string; exact: boolean; headers: [string, string][]}[] = [];
  for (const rule of rules) {
    for (const [name, value] of rule.headers) {
      if (!HEADER_NAME.test(name))
        throw new Error(
          `_headers rule "${rule.path}": "${name}" is not a header name nginx accepts.`,
        );
      if (UNSAFE_VALUE.test(value))
        throw new Error(
          `_headers rule "${rule.path}", header ${name}: the value holds $, a quote, a backslash or a control character, which nginx would read as a variable or syntax. Remove it from static/_headers.`,
        );
    }
    if (rule.path === '/*') all.push(...rule.headers);
    else if (/^\/[^*:]*\/\*$/.test(rule.path))
      prefixed.push({prefix: rule.path.slice(0, -1), exact: false, headers: rule.headers});
    else if (/^\/[^*:]*$/.test(rule.path))
      prefixed.push({prefix: rule.path, exact: true, headers: rule.headers});
    else
      throw new Error(
        `_headers rule "${rule.path}": only "/*", exact paths and "/folder/*" can be written for nginx.`,
      );
  }
  return {all, prefixed};
}

function addHeaders(
  headers: readonly [string, string][],
  indent: string,
  onion: boolean,
): string[] {
  return headers
    .filter(([name]) => !(onion && CLEAR_WEB_ONLY.has(name.toLowerCase())))
    .map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
}

function serverBody(options: NginxOptions, onion: boolean, extra: [string, string][]): string[] {
  const base = options.basePath;
  const bare = base.replace(/\/$/, '');
  const {all, prefixed} = locations(options.rules);
  // A block with its own add_header inherits none: every location repeats the server's headers.
  const server = [...all, ...extra];
  const stripBase =
    base === '/' ? [] : [`      rewrite ^${bare.replace(/[.]/g, '\\.')}/(.*)$ /$1 break;`];
  const location = (match: string, headers: [string, string][]) => [
    `    location ${match} {`,
    ...addHeaders(headers, '      ', onion),
    ...stripBase,
    '      try_files $uri $uri.html $uri/index.html =404;',
    '    }',
  ];
  const lines = [
    '    server_tokens off;',
    '    # No access log: who reads which page is never written down. Errors only, and only serious ones.',
    '    access_log off;',
    '    error_log /var/log/nginx/error.log crit;',
    `    root ${options.root};`,
    `    error_page 404 ${base}404.html;`,
    ...addHeaders(server, '    ', onion),
    ...(base === '/'
      ? []
      : [`    location = ${bare} { return 301 ${base}; }`, '    location / { return 404; }']),
    ...location(base === '/' ? '/' : `^~ ${base}`, server),
    ...prefixed.flatMap((rule) =>
      location(rule.exact ? `= ${bare}${rule.prefix}` : `^~ ${bare}${rule.prefix}`, [
        ...server,
        ...rule.headers,
      ]),
    ),
  ];
  for (const file of options.manifestDir ? ['SHA256SUMS', 'SHA256SUMS.sig'] : []) {
    lines.push(
      `    location = ${base}${file} {`,
      ...addHeaders(server, '      ', onion),
      `      alias ${options.manifestDir}/${file};`,
      '    }',
    );
  }
  return lines;
}

/**
 * The nginx configuration: for a clear-web host, a server on port 443 (and
 * a redirect from port 80); for an onion service, a server on 127.0.0.1 that
 * tor forwards to. Both serve the build folder as it is (`root`): under a
 * base path the address's base path is removed before the file is looked up,
 * so the same folder serves `/` or `/commons/`.
 * @param options - see {@link NginxOptions}
 * @returns the configuration text, for `/etc/nginx/conf.d/`
 * @throws Error when a `_headers` rule or value cannot be written for nginx, or neither server is asked for
 */
export function nginxSiteConfig(options: NginxOptions): string {
  const {onion, serverName} = options;
  if (!serverName && !onion) throw new Error('Give a server name, an onion address, or both.');
  const out = [
    "# Generated by `npm run nginx-config` from the build's _headers file (src/lib/security/nginxConfig.ts):",
    '# the same Content-Security-Policy and headers as Netlify and Cloudflare Pages send. Regenerate it after every build.',
  ];
  if (serverName) {
    // Tor Browser offers the onion service to readers of the HTTPS site (Onion-Location).
    const advertise: [string, string][] = onion
      ? [['Onion-Location', `http://${onion.address}$request_uri`]]
      : [];
    out.push(
      'server {',
      '    listen 80;',
      '    listen [::]:80;',
      `    server_name ${serverName};`,
      '    access_log off;',
      '    return 301 https://$host$request_uri;',
      '}',
      '',
      'server {',
      '    listen 443 ssl;',
      '    listen [::]:443 ssl;',
      '    http2 on;',
      `    server_name ${serverName};`,
      `    ssl_certificate /etc/letsencrypt/live/${serverName}/fullchain.pem;`,
      `    ssl_certificate_key /etc/letsencrypt/live/${serverName}/privkey.pem;`,
      ...serverBody(options, false, advertise),
      '}',
    );
  }
  if (onion) {
    const port = onion.port ?? 8080;
    out.push(
      ...(serverName ? [''] : []),
      `# The onion service: tor forwards it here (torrc: HiddenServicePort 80 127.0.0.1:${port}).`,
      'server {',
      `    listen 127.0.0.1:${port};`,
      `    server_name ${onion.address};`,
      ...serverBody(options, true, []),
      '}',
    );
  }
  return `${out.join('\n')}\n`;
}
