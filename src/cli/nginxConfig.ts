/**
 * `npm run nginx-config -- [--site build] [--base-url /] [--server-name host] [--onion <address>.onion] [--root /srv/…] [--out file]`
 *
 * Prints (or writes) an nginx server configuration for a built site,
 * generated from the build's own `_headers` file (the policy with this
 * build's inline-script hash), so nginx sends exactly the headers Netlify
 * and Cloudflare Pages send (src/lib/security/nginxConfig.ts). With
 * `--onion`, the clear-web server advertises the onion service
 * (Onion-Location) and a second server answers Tor on 127.0.0.1.
 * Exit code: 0 done, 1 the build's `_headers` cannot be used, 2 bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {POLICY_PLACEHOLDER} from '../lib/security/contentSecurityPolicy';
import {parseHeadersFile} from '../lib/security/hostHeaders';
import {nginxSiteConfig} from '../lib/security/nginxConfig';
import {normalizeBaseUrl} from '../lib/siteUrl';
import {onionFlaw} from '../lib/onionAddress';

const USAGE =
  'Usage: npm run nginx-config -- [--site build] [--base-url /] [--server-name host] [--onion <56 characters>.onion] [--root /srv/sanctuary-commons/site] [--out file]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({values} = parseArgs({
      args: argv,
      options: {
        site: {type: 'string', default: 'build'},
        'base-url': {type: 'string'},
        'server-name': {type: 'string'},
        onion: {type: 'string'},
        root: {type: 'string'},
        out: {type: 'string'},
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
  const onion = values.onion
    ?.replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  if (onion && onionFlaw(onion)) {
    console.error(
      `--onion "${values.onion}" is not a version 3 onion address (${onionFlaw(onion)}): copy it from the service's hostname file.`,
    );
    return 2;
  }
  if (!values['server-name'] && !onion) {
    console.error(`Give --server-name, --onion, or both.\n${USAGE}`);
    return 2;
  }
  const headersFile = path.join(values.site!, '_headers');
  const text = fs.existsSync(headersFile) ? fs.readFileSync(headersFile, 'utf8') : null;
  if (text === null || text.includes(POLICY_PLACEHOLDER)) {
    console.error(
      `${headersFile} is missing or still holds the policy placeholder: generate the configuration from a finished build (npm run build).`,
    );
    return 1;
  }
  const {rules, errors} = await parseHeadersFile(text);
  if (errors.length) {
    console.error(`${headersFile} does not parse:\n${errors.join('\n')}`);
    return 1;
  }
  let config: string;
  try {
    config = nginxSiteConfig({
      rules,
      root: values.root ?? path.resolve(values.site!),
      basePath: normalizeBaseUrl(values['base-url'] ?? process.env.BASE_URL),
      serverName: values['server-name'],
      ...(onion ? {onion: {address: onion}} : {}),
    });
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  if (values.out) fs.writeFileSync(values.out, config);
  else process.stdout.write(config);
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
