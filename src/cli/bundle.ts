/**
 * `npm run bundle -- [--site build] [--out bundle] [--base-url /commons/] [--key ~/.ssh/id_ed25519] [--format json]`
 *
 * Writes the built site as an archive that anyone can mirror and check
 * (src/lib/bundle/createBundle.ts): `sanctuary-commons-site.tar.gz` with the
 * site, its SHA-256 manifest and an nginx configuration generated from its
 * `_headers`; with `--key`, signatures made by `ssh-keygen -Y sign`. Prints
 * the site's weight (files, bytes, largest file) and which free hosts it
 * fits. `--base-url` defaults to BASE_URL, else `/`.
 * Exit code: 0 written, 1 the site or signing failed, 2 bad usage.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {BundleError, createBundle} from '../lib/bundle/createBundle';
import {MANIFEST_FILE, verifyCommand} from '../lib/bundle/signing';

const USAGE =
  'Usage: npm run bundle -- [--site build] [--out bundle] [--base-url /] [--key <private key>] [--format text|json]';

function gitCommit(): string | null {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], {encoding: 'utf8'});
  return result.status === 0 ? result.stdout.trim() : null;
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({values} = parseArgs({
      args: argv,
      options: {
        site: {type: 'string', default: 'build'},
        out: {type: 'string', default: 'bundle'},
        'base-url': {type: 'string'},
        key: {type: 'string'},
        format: {type: 'string', default: 'text'},
        help: {type: 'boolean', short: 'h'},
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    console.error(`--format must be text or json.\n${USAGE}`);
    return 2;
  }
  try {
    const result = await createBundle({
      siteDir: values.site!,
      outDir: values.out!,
      baseUrl: values['base-url'] ?? process.env.BASE_URL ?? '/',
      signingKey: values.key,
      commit: gitCommit(),
    });
    if (values.format === 'json') {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
    const name = path.basename(result.archive);
    console.log(
      [
        `Wrote ${result.archive} (${mib(result.archiveBytes)}) and ${result.manifest}.`,
        `The site: ${result.weight.files.toLocaleString('en')} files, ${mib(result.weight.bytes)}, largest file ${(result.weight.largestFileBytes / 1024).toFixed(1)} KiB.`,
        ...result.fits.map((fit) => `  ${fit.fits ? '✔' : '✖'} ${fit.host}: ${fit.reason}`),
        result.signatures.length
          ? `Signed: ${result.signatures.join(', ')}. Check: ${verifyCommand('<principal>', name)}`
          : `Not signed (no --key). Sign on a maintainer's machine: npm run bundle -- --key ~/.ssh/id_ed25519 (the key's public half must be in mirrors.yml). The ${MANIFEST_FILE} alone proves nothing.`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof BundleError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`The bundle was not written: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
