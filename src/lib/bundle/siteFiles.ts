/**
 * The files of a built site with their sizes and SHA-256, for the bundle's
 * manifest (`SHA256SUMS`, the format `sha256sum -c` reads) and for the
 * weight report (which free hosts the build fits).
 */
import {createHash} from 'node:crypto';
import {createReadStream, promises as fs} from 'node:fs';
import path from 'node:path';

/** One file: its path relative to the site folder (forward slashes), its size in bytes and its SHA-256 (hex). */
export type SiteFile = {path: string; bytes: number; sha256: string};

/**
 * Lists and hashes every file of a site folder, sorted by path.
 * @param dir - the built site
 * @returns the files, and the paths that are neither files nor folders (symbolic links, sockets…), which a bundle refuses
 */
export async function hashSiteFiles(dir: string): Promise<{files: SiteFile[]; refused: string[]}> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true});
  const refused: string[] = [];
  const paths: string[] = [];
  for (const entry of entries) {
    const relative = path
      .relative(dir, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/');
    if (entry.isFile()) paths.push(relative);
    else if (!entry.isDirectory()) refused.push(relative);
  }
  paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: SiteFile[] = [];
  for (const relative of paths) {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of createReadStream(path.join(dir, relative))) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    files.push({path: relative, bytes, sha256: hash.digest('hex')});
  }
  return {files, refused: refused.sort()};
}

/** Where and when a bundle was made, written at the top of its manifest. */
export type BundleOrigin = {commit: string | null; builtAt: string; baseUrl: string};

/**
 * The manifest in `sha256sum` format (`<hex>  <path>`), with comment lines
 * on top saying when, from which commit and for which base path the site
 * was built (GNU `sha256sum -c` skips lines starting with `#`).
 * @param files - every file of the site
 * @param origin - commit, date and base path
 * @throws Error when a path holds a newline or a backslash (sha256sum would escape it; a site has none)
 */
export function manifestText(files: readonly SiteFile[], origin: BundleOrigin): string {
  const header = [
    '# Sanctuary Commons site bundle: the SHA-256 of every file of the site folder.',
    `# Built ${origin.builtAt} from commit ${origin.commit ?? 'unknown'}, for the base path ${origin.baseUrl}.`,
    '# Check an unpacked bundle: cd site && sha256sum -c ../SHA256SUMS',
  ];
  const lines = files.map((file) => {
    if (/[\n\r\\]/.test(file.path))
      throw new Error(`The file name ${JSON.stringify(file.path)} cannot be listed in a manifest.`);
    return `${file.sha256}  ${file.path}`;
  });
  return `${[...header, ...lines].join('\n')}\n`;
}
