/**
 * How the site's bundles are signed and checked (`npm run bundle`,
 * `ssh-keygen -Y sign` / `-Y verify`, OpenSSH 8.1+): the names every party
 * must agree on, and the `allowed_signers` file the site publishes.
 */
import type {MirrorsFile} from '../schema/mirrors';

/** The signature namespace (`ssh-keygen -Y … -n`): a signature made for this purpose cannot be passed off for another. */
export const SIGNING_NAMESPACE = 'sanctuary-commons-site';

/** The per-file manifest written beside the site in a bundle (`sha256sum` format). */
export const MANIFEST_FILE = 'SHA256SUMS';

/** Where the site publishes its maintainers' keys, as a site path. */
export const ALLOWED_SIGNERS_PATH = '/mirrors/allowed_signers';

/**
 * The `allowed_signers` file (ssh-keygen(1), "ALLOWED SIGNERS"): one line per
 * key, each limited to the bundle namespace.
 * @param keys - the signing keys of `mirrors.yml` (already validated)
 * @returns the file's text, or null when there is no key
 */
export function allowedSignersText(keys: MirrorsFile['signing_keys']): string | null {
  if (keys.length === 0) return null;
  const lines = keys.map((key) => {
    const [type, blob] = key.key.trim().split(/\s+/);
    return `${key.principal} namespaces="${SIGNING_NAMESPACE}" ${type} ${blob}`;
  });
  return `# Sanctuary Commons maintainers' keys: ssh-keygen -Y verify -f allowed_signers -I <principal> -n ${SIGNING_NAMESPACE} -s <file>.sig < <file>\n${lines.join('\n')}\n`;
}

/**
 * The command that checks a signed file, as the /mirrors page and the guide show it.
 * @param principal - whose signature (e.g. `maintainers@sanctuary-commons`)
 * @param file - the signed file's name
 */
export function verifyCommand(principal: string, file: string): string {
  return `ssh-keygen -Y verify -f allowed_signers -I ${principal} -n ${SIGNING_NAMESPACE} -s ${file}.sig < ${file}`;
}
