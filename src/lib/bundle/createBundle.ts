/**
 * `npm run bundle`: the built site as one archive that anyone can mirror and
 * check. The archive (`sanctuary-commons-site.tar.gz`) holds
 * `sanctuary-commons/site/` (the site, unchanged), `SHA256SUMS` (every file's
 * SHA-256, with the commit and date on top), `nginx.conf` (generated from the
 * site's `_headers`) and, when a key is given, `SHA256SUMS.sig`. Beside the
 * archive: `SHA256SUMS` again and, signed, `sanctuary-commons-site.tar.gz.sig`.
 * Signatures are made by `ssh-keygen -Y sign` (OpenSSH 8.1+) in the namespace
 * of src/lib/bundle/signing.ts; anyone with the maintainers' keys checks them
 * with one `ssh-keygen -Y verify` command.
 */
import {spawnSync} from 'node:child_process';
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import {POLICY_PLACEHOLDER} from '../security/contentSecurityPolicy';
import {parseHeadersFile} from '../security/hostHeaders';
import {nginxSiteConfig} from '../security/nginxConfig';
import {normalizeBaseUrl} from '../siteUrl';
import {MANIFEST_FILE, SIGNING_NAMESPACE} from './signing';
import {hashSiteFiles, manifestText, type BundleOrigin} from './siteFiles';
import {hostFit, type SiteWeight} from './hostLimits';

/** The archive's file name. */
export const ARCHIVE_FILE = 'sanctuary-commons-site.tar.gz';
/** The folder every entry of the archive is in. */
export const ARCHIVE_ROOT = 'sanctuary-commons';

/** What to bundle. */
export type BundleOptions = {
  /** The built (or assembled) site. */
  siteDir: string;
  /** Where to write the archive and its companions (created). */
  outDir: string;
  /** The base path the site was built for (BASE_URL), e.g. `/` or `/commons/`. */
  baseUrl: string;
  /** A private key for `ssh-keygen -Y sign` (it asks for the passphrase, if any, on the terminal). */
  signingKey?: string;
  /** The commit the site was built from. */
  commit?: string | null;
  /** Date of the bundle (default now). */
  now?: Date;
};

/** What was written. */
export type BundleResult = {
  archive: string;
  archiveBytes: number;
  manifest: string;
  signatures: string[];
  weight: SiteWeight;
  fits: ReturnType<typeof hostFit>;
};

/** A problem that stops the bundle, said for a person. */
export class BundleError extends Error {}

function signFiles(key: string, files: string[]): void {
  const result = spawnSync(
    'ssh-keygen',
    ['-q', '-Y', 'sign', '-f', key, '-n', SIGNING_NAMESPACE, ...files],
    {stdio: ['inherit', 'pipe', 'pipe'], encoding: 'utf8'},
  );
  if (result.error)
    throw new BundleError(
      `ssh-keygen could not run (${result.error.message}): install OpenSSH 8.1 or later.`,
    );
  if (result.status !== 0)
    throw new BundleError(`ssh-keygen -Y sign failed: ${(result.stderr || result.stdout).trim()}`);
}

/**
 * Writes the bundle.
 * @param options - see {@link BundleOptions}
 * @returns the archive, its companions, and the site's weight with the free hosts it fits
 * @throws BundleError when the site is not a finished build (no index.html, a `_headers` without its policy,
 *   a symbolic link) or signing fails
 */
export async function createBundle(options: BundleOptions): Promise<BundleResult> {
  const siteDir = path.resolve(options.siteDir);
  const outDir = path.resolve(options.outDir);
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const headersText = await fs.readFile(path.join(siteDir, '_headers'), 'utf8').catch(() => null);
  if (!(await fs.stat(path.join(siteDir, 'index.html')).catch(() => null)))
    throw new BundleError(`${siteDir} has no index.html: build the site first (npm run build).`);
  if (headersText === null || headersText.includes(POLICY_PLACEHOLDER)) {
    throw new BundleError(
      `${siteDir}/_headers is missing or still holds the policy placeholder: bundle the output of a finished build.`,
    );
  }
  const {rules, errors} = await parseHeadersFile(headersText);
  if (errors.length)
    throw new BundleError(`${siteDir}/_headers does not parse: ${errors.join('; ')}`);
  const {files, refused} = await hashSiteFiles(siteDir);
  if (refused.length)
    throw new BundleError(
      `The site holds what is not a plain file (a symbolic link?): ${refused.slice(0, 5).join(', ')}.`,
    );

  const origin: BundleOrigin = {
    commit: options.commit ?? null,
    builtAt: (options.now ?? new Date()).toISOString(),
    baseUrl,
  };
  const manifest = manifestText(files, origin);
  const nginx = nginxSiteConfig({
    rules,
    root: `/srv/${ARCHIVE_ROOT}/site`,
    basePath: baseUrl,
    serverName: 'mirror.example.net',
    manifestDir: `/srv/${ARCHIVE_ROOT}`,
  });

  await fs.mkdir(outDir, {recursive: true});
  // A signature left by an earlier run would sign nothing of this one.
  for (const stale of [`${ARCHIVE_FILE}.sig`, `${MANIFEST_FILE}.sig`])
    await fs.rm(path.join(outDir, stale), {force: true});
  const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'sc-bundle-'));
  try {
    const root = path.join(staging, ARCHIVE_ROOT);
    await fs.mkdir(root);
    await fs.symlink(siteDir, path.join(root, 'site'));
    await fs.writeFile(path.join(root, MANIFEST_FILE), manifest);
    await fs.writeFile(path.join(root, 'nginx.conf'), nginx);
    const signatures: string[] = [];
    if (options.signingKey) {
      signFiles(options.signingKey, [path.join(root, MANIFEST_FILE)]);
    }
    const archive = path.join(outDir, ARCHIVE_FILE);
    const mtime = new Date(origin.builtAt);
    // The site folder is followed through its link; its own entries are plain files (checked above).
    await tar.c(
      {gzip: {level: 9}, file: archive, cwd: staging, portable: true, follow: true, mtime},
      [ARCHIVE_ROOT],
    );
    await fs.copyFile(path.join(root, MANIFEST_FILE), path.join(outDir, MANIFEST_FILE));
    if (options.signingKey) {
      await fs.copyFile(
        path.join(root, `${MANIFEST_FILE}.sig`),
        path.join(outDir, `${MANIFEST_FILE}.sig`),
      );
      signFiles(options.signingKey, [archive]);
      signatures.push(`${archive}.sig`, path.join(outDir, `${MANIFEST_FILE}.sig`));
    }
    const weight: SiteWeight = {
      files: files.length,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      largestFileBytes: Math.max(0, ...files.map((file) => file.bytes)),
    };
    return {
      archive,
      archiveBytes: (await fs.stat(archive)).size,
      manifest: path.join(outDir, MANIFEST_FILE),
      signatures,
      weight,
      fits: hostFit(weight),
    };
  } finally {
    await fs.rm(staging, {recursive: true, force: true});
  }
}
