/**
 * What free static hosts accept, for the weight report of `npm run bundle`
 * and the "Hosting and mirrors" guide (which cites the sources). Checked in
 * 2026; hosts change their limits: the guide links each source.
 */

/** One host's free-plan limits; a missing limit is one the host does not state. */
export type HostLimit = {
  name: string;
  /** Most files a site may have. */
  files?: number;
  /** Largest site, in bytes. */
  bytes?: number;
  /** Largest single file, in bytes. */
  fileBytes?: number;
  /** Whether the host sends the `_headers` file's headers (else only the meta policy applies). */
  readsHeadersFile: boolean;
  /** Where the limits are stated. */
  source: string;
};

export const FREE_HOSTS: readonly HostLimit[] = [
  {
    name: 'GitHub Pages',
    bytes: 1_000_000_000,
    readsHeadersFile: false,
    source:
      'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
  },
  {
    name: 'Cloudflare Pages (Free)',
    files: 20_000,
    fileBytes: 25 * 1024 * 1024,
    readsHeadersFile: true,
    source: 'https://developers.cloudflare.com/pages/platform/limits/',
  },
  {
    name: 'Netlify (Free)',
    readsHeadersFile: true,
    source: 'https://docs.netlify.com/manage/routing/headers/',
  },
];

/** A build's weight. */
export type SiteWeight = {files: number; bytes: number; largestFileBytes: number};

/**
 * Whether a build fits each free host, and why not.
 * @param weight - files, total bytes, largest file
 * @returns one line per host, e.g. `{host: 'Cloudflare Pages (Free)', fits: false, reason: '23,104 files > 20,000'}`
 */
export function hostFit(weight: SiteWeight): {host: string; fits: boolean; reason: string}[] {
  return FREE_HOSTS.map((host) => {
    const over: string[] = [];
    if (host.files !== undefined && weight.files > host.files)
      over.push(`${weight.files.toLocaleString('en')} files > ${host.files.toLocaleString('en')}`);
    if (host.bytes !== undefined && weight.bytes > host.bytes)
      over.push(`${(weight.bytes / 1e6).toFixed(0)} MB > ${(host.bytes / 1e6).toFixed(0)} MB`);
    if (host.fileBytes !== undefined && weight.largestFileBytes > host.fileBytes)
      over.push(
        `a file of ${(weight.largestFileBytes / 1048576).toFixed(1)} MiB > ${(host.fileBytes / 1048576).toFixed(0)} MiB`,
      );
    const stated = [
      host.files === undefined ? '' : 'files',
      host.bytes === undefined ? '' : 'size',
      host.fileBytes === undefined ? '' : 'file size',
    ].filter(Boolean);
    return {
      host: host.name,
      fits: over.length === 0,
      reason: over.length
        ? over.join(', ')
        : stated.length
          ? `within its ${stated.join(', ')} limits`
          : 'no file-count or size limit stated',
    };
  });
}
