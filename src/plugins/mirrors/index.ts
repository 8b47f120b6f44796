/**
 * Mirrors plugin: `mirrors.yml` (checked by src/lib/checks/mirrorsFile.ts)
 * becomes the /mirrors page — who serves a copy of the site, since when,
 * and how to check that a copy is the maintainers' — and the maintainers'
 * public keys are published as `/mirrors/allowed_signers` (default locale
 * only: one file for the whole site).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {loadCoalitionOnce} from '../coalitionCache';
import {parseSshPublicKey} from '../../lib/sshPublicKey';
import {siteWideRootUrl} from '../siteWideRoot';
import {
  ALLOWED_SIGNERS_PATH,
  MANIFEST_FILE,
  SIGNING_NAMESPACE,
  allowedSignersText,
} from '../../lib/bundle/signing';
import type {MirrorsFile} from '../../lib/schema/mirrors';
import {validateContentDirOptions, type ContentDirPluginOptions} from '../contentDirOptions';

/** Props of the /mirrors page. */
export type MirrorsPageData = {
  /** The site's own address, e.g. `https://example.org/commons`. */
  siteRoot: string;
  /** Absolute address of the keys file, or null when no key is published. */
  allowedSignersUrl: string | null;
  namespace: string;
  manifestFile: string;
  keys: {principal: string; type: string; fingerprint: string; key: string; since: string}[];
  mirrors: {url: string; onion: boolean; operator: string; since: string; sample: boolean}[];
};

export default function mirrorsPlugin(
  context: LoadContext,
  options: ContentDirPluginOptions = {},
): Plugin<MirrorsFile | null> {
  const contentDir = options.contentDir ?? context.siteDir;
  const {i18n} = context;
  const isDefaultLocale = i18n.currentLocale === i18n.defaultLocale;
  return {
    name: 'sanctuary-mirrors',

    getPathsToWatch() {
      return [path.join(contentDir, 'mirrors.yml')];
    },

    async loadContent() {
      return (await loadCoalitionOnce(contentDir)).mirrors ?? null;
    },

    async contentLoaded({content, actions}) {
      const file = content ?? {signing_keys: [], mirrors: []};
      // The signers file is written once, by the default locale: its address in every locale.
      const root = siteWideRootUrl(context);
      const data: MirrorsPageData = {
        siteRoot: root,
        allowedSignersUrl: file.signing_keys.length ? `${root}${ALLOWED_SIGNERS_PATH}` : null,
        namespace: SIGNING_NAMESPACE,
        manifestFile: MANIFEST_FILE,
        keys: file.signing_keys.map((key) => {
          const parsed = parseSshPublicKey(key.key);
          const [type = '', blob = ''] = key.key.trim().split(/\s+/);
          return {
            principal: key.principal,
            type,
            fingerprint: 'fingerprint' in parsed ? parsed.fingerprint : '',
            key: `${type} ${blob}`,
            since: key.since,
          };
        }),
        mirrors: file.mirrors.map((mirror) => ({
          url: mirror.url,
          onion: new URL(mirror.url).hostname.endsWith('.onion'),
          operator: mirror.operator,
          since: mirror.since,
          sample: mirror.sample === true,
        })),
      };
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'mirrors']),
        component: path.resolve(__dirname, '../../pages/mirrors/_routes/MirrorsPage.tsx'),
        exact: true,
        modules: {data: await actions.createData('mirrors-page.json', JSON.stringify(data))},
      });
    },

    async postBuild({outDir, content}) {
      if (!isDefaultLocale) return;
      const text = allowedSignersText(content?.signing_keys ?? []);
      if (text === null) return;
      const target = path.join(outDir, ...ALLOWED_SIGNERS_PATH.split('/').filter(Boolean));
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.writeFileSync(target, text);
    },
  };
}

mirrorsPlugin.validateOptions = validateContentDirOptions;
