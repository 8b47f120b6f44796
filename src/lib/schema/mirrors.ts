import * as z from 'zod';
import type {CodeOf} from '../checks/problemTexts';
import {customIssue, findingIssue, isoDateSchema, issue, plainText} from './common';
import {strictObject} from './strict';
import {checkHttpsAddress} from '../rules/webAddress';
import {isReservedHost} from '../rules/reserved';
import {onionFlaw} from '../onionAddress';
import {parseSshPublicKey} from '../sshPublicKey';

/**
 * `mirrors.yml`: the copies of the site that other groups serve, and the
 * maintainers' public keys that sign the site's bundles (`npm run bundle`).
 * Rendered as the /mirrors page; the keys are also published as
 * `/mirrors/allowed_signers` for `ssh-keygen -Y verify`.
 */

const ONION_FLAWS: Record<string, CodeOf<'schema'>> = {
  'version-2': 'schema.onion-version-2',
  malformed: 'schema.onion-malformed',
  checksum: 'schema.onion-checksum',
};

/** A mirror's address: `https:` on the web, or `http:`/`https:` on a version 3 onion service; no user name, port or query. */
export const mirrorUrlSchema = z.string().superRefine((value, ctx) => {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Not a URL at all: checkHttpsAddress below says why.
  }
  if (url && url.hostname.endsWith('.onion')) {
    const flaw = onionFlaw(url.hostname);
    if (flaw) ctx.addIssue(customIssue(ONION_FLAWS[flaw]!));
    else if (url.protocol !== 'http:' && url.protocol !== 'https:')
      ctx.addIssue(customIssue('schema.onion-scheme'));
    else if (url.username || url.password || url.port || url.search || url.hash)
      ctx.addIssue(customIssue('schema.onion-extras'));
    return;
  }
  const flaw = checkHttpsAddress(value);
  if (flaw) {
    ctx.addIssue(
      flaw.message.endsWith(' is not an https: link.')
        ? customIssue('schema.mirror-not-https')
        : findingIssue(flaw),
    );
    return;
  }
  if (url && (url.port || url.search || url.hash))
    ctx.addIssue(customIssue('schema.mirror-extras'));
});

/** One mirror. */
export const mirrorSchema = strictObject(
  {
    url: mirrorUrlSchema.describe(
      'Where the mirror is served: https://… or an onion service (http://<56 characters>.onion/).',
    ),
    operator: plainText(120).describe(
      "Who runs it: an organisation or collective, never a person's name.",
    ),
    since: isoDateSchema.describe('When it started serving the site, YYYY-MM-DD.'),
    sample: z
      .literal(true)
      .optional()
      .describe('true only for the fictional starter mirror (an example.org address).'),
  },
  'a mirror',
).superRefine((mirror, ctx) => {
  const host = URL.canParse(mirror.url) ? new URL(mirror.url).hostname : '';
  if (mirror.sample && !isReservedHost(host))
    ctx.addIssue({
      ...customIssue('schema.mirror-sample-real'),
      path: ['sample'],
    });
  if (!mirror.sample && host && isReservedHost(host))
    ctx.addIssue({
      ...customIssue('schema.mirror-reserved'),
      path: ['url'],
    });
});

/** A key that signs the site's bundles. */
export const signingKeySchema = strictObject(
  {
    principal: z
      .string()
      .regex(/^[A-Za-z0-9._@+-]{1,100}$/, issue('schema.not-ssh-principal'))
      .describe('The name the signature is checked against (ssh-keygen -Y verify -I <principal>).'),
    key: z
      .string()
      .superRefine((value, ctx) => {
        const parsed = parseSshPublicKey(value);
        if ('error' in parsed)
          ctx.addIssue(customIssue('schema.not-ssh-key', {detail: parsed.error}));
      })
      .describe('The OpenSSH public key (one line of a .pub file).'),
    since: isoDateSchema.describe('When the key started signing, YYYY-MM-DD.'),
  },
  'a signing key',
);

/** The whole file. */
export const mirrorsFileSchema = strictObject(
  {
    signing_keys: z
      .array(signingKeySchema)
      .max(20)
      .default([])
      .describe("The maintainers' public keys that sign bundles."),
    mirrors: z
      .array(mirrorSchema)
      .max(500)
      .default([])
      .describe('Copies of the site served by others.'),
  },
  'mirrors.yml',
).superRefine((file, ctx) => {
  const seen = new Map<string, number>();
  file.mirrors.forEach((mirror, index) => {
    const key = URL.canParse(mirror.url) ? new URL(mirror.url).href.replace(/\/$/, '') : mirror.url;
    if (seen.has(key))
      ctx.addIssue({
        ...customIssue('schema.mirror-twice', {other: seen.get(key)! + 1}),
        path: ['mirrors', index, 'url'],
      });
    else seen.set(key, index);
  });
});

/** A validated mirrors file. */
export type MirrorsFile = z.infer<typeof mirrorsFileSchema>;
