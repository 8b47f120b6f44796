/**
 * Serves a built site on 127.0.0.1 the way a static host does, for the
 * browser tests and the benchmark: `serve-handler` with clean URLs (as
 * `docusaurus serve`), the response headers of the build's `_headers` file,
 * and optionally gzip, as production hosts compress text.
 */
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import compression from 'compression';
import {normalizeBaseUrl} from '../lib/siteUrl';

// serve-handler is CommonJS (`export =`), and the tsconfig has no esModuleInterop.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serveHandler = require('serve-handler') as typeof import('serve-handler');

type ServeHandlerOptions = NonNullable<Parameters<typeof serveHandler>[2]>;

/** A served site: its origin and a way to stop it. */
export type ServedSite = {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  /** Where the site's root is: the origin and the base path without its trailing slash, e.g. `http://127.0.0.1:40123/commons`. */
  root: string;
  stop(): Promise<void>;
};

/** How to serve. */
export type ServeOptions = {
  /** Compress responses with gzip, like a production host. Default false (bytes on the wire equal file sizes). */
  gzip?: boolean;
  /**
   * The path the site is served under, as a project site on GitHub Pages (`/commons/`): the build folder
   * answers at `<origin>/commons/…`, and every other path is 404. Default `/`.
   */
  basePath?: string;
};

/**
 * Serves `handle` under a base path: strips it from the request, answers 404 outside it, and puts it back in
 * front of the host's own redirects (serve-handler's clean URLs redirect `/a.html` to `/a`).
 */
function underBasePath(basePath: string, handle: http.RequestListener): http.RequestListener {
  if (basePath === '/') return handle;
  const bare = basePath.replace(/\/$/, '');
  return (request, response) => {
    const url = request.url ?? '/';
    if (url !== bare && !url.startsWith(basePath) && !url.startsWith(`${bare}?`)) {
      response.writeHead(404, {'content-type': 'text/plain'}).end(`Not under ${basePath}`);
      return;
    }
    request.url = `/${url.slice(bare.length).replace(/^\//, '')}`;
    const writeHead = response.writeHead.bind(response) as (
      ...args: unknown[]
    ) => http.ServerResponse;
    response.writeHead = ((status: number, headers?: Record<string, unknown>) => {
      const fix = (location: unknown) =>
        typeof location === 'string' && location.startsWith('/') ? `${bare}${location}` : location;
      if (headers && typeof headers === 'object') {
        for (const key of Object.keys(headers))
          if (key.toLowerCase() === 'location') headers[key] = fix(headers[key]);
      }
      const set = response.getHeader('location');
      if (set !== undefined) response.setHeader('location', fix(set) as string);
      return headers === undefined ? writeHead(status) : writeHead(status, headers);
    }) as typeof response.writeHead;
    handle(request, response);
  };
}

/**
 * The headers the build's `_headers` file asks for, in serve-handler's shape.
 * Parsed with Netlify's own parser, so the file is read the way a host reads it.
 * @throws Error listing every problem Netlify's parser reports
 */
async function headersFromFile(outDir: string): Promise<ServeHandlerOptions['headers']> {
  const file = path.join(outDir, '_headers');
  if (!fs.existsSync(file)) return [];
  const {parseAllHeaders} = await import('@netlify/headers-parser');
  const {headers, errors} = await parseAllHeaders({
    headersFiles: [file],
    configHeaders: [],
    minimal: true,
  });
  if (errors.length > 0)
    throw new Error(
      `${file} is not a valid _headers file:\n${errors.map((error) => error.message).join('\n')}`,
    );
  return headers.map((rule) => ({
    source: rule.for.replace(/\*$/, '**'),
    headers: Object.entries(rule.values).map(([key, value]) => ({key, value: String(value)})),
  }));
}

/**
 * Serves a build folder on a free port of 127.0.0.1 until `stop()`.
 * @param outDir - the build folder
 * @param options - see {@link ServeOptions}
 * @throws Error when `_headers` is malformed or no port can be bound
 */
export async function serve(outDir: string, options: ServeOptions = {}): Promise<ServedSite> {
  const headers = await headersFromFile(outDir);
  const compress = options.gzip ? compression() : null;
  const basePath = normalizeBaseUrl(options.basePath);
  const handle = underBasePath(basePath, (request, response) => {
    void serveHandler(request, response, {
      public: outDir,
      cleanUrls: true,
      trailingSlash: false,
      directoryListing: false,
      headers,
    });
  });
  const server = http.createServer((request, response) => {
    if (compress) compress(request as never, response as never, () => handle(request, response));
    else handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const {port} = server.address() as net.AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    root: `http://127.0.0.1:${port}${basePath.replace(/\/$/, '')}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
