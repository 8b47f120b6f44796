import * as z from 'zod';
import {customIssue, isoDateSchema, plainText} from './common';
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

const ONION_FLAWS: Record<string, {message: string; fix: string}> = {
  'version-2': {
    message: 'is a version 2 onion address (16 characters): Tor stopped serving these in 2021.',
    fix: "Use the service's version 3 address (56 characters before .onion), from its hostname file.",
  },
  malformed: {
    message: 'is not a version 3 onion address (56 letters a–z and digits 2–7 before .onion).',
    fix: "Copy the address from the onion service's hostname file.",
  },
  checksum: {
    message: 'is not a valid onion address: its checksum does not match (a character is mistyped).',
    fix: "Copy the address again from the onion service's hostname file.",
  },
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
    if (flaw) ctx.addIssue(customIssue(ONION_FLAWS[flaw]!.message, ONION_FLAWS[flaw]!.fix));
    else if (url.protocol !== 'http:' && url.protocol !== 'https:')
      ctx.addIssue(
        customIssue(
          'is not an http: or https: onion address.',
          'Write it as http://<56 characters>.onion/.',
        ),
      );
    else if (url.username || url.password || url.port || url.search || url.hash)
      ctx.addIssue(
        customIssue(
          'has a user name, port, query or fragment.',
          "Write the mirror's address alone, e.g. http://<56 characters>.onion/.",
        ),
      );
    return;
  }
  const flaw = checkHttpsAddress(value);
  if (flaw) {
    ctx.addIssue(
      customIssue(
        flaw.message.endsWith(' is not an https: link.')
          ? 'is neither an https: address nor an onion address.'
          : flaw.message,
        flaw.fix,
      ),
    );
    return;
  }
  if (url && (url.port || url.search || url.hash))
    ctx.addIssue(
      customIssue(
        'has a port, query or fragment.',
        'Write the address the mirror is served at, e.g. https://mirror.example.net/commons/.',
      ),
    );
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
      ...customIssue(
        'is marked sample but is a real address.',
        'Remove "sample: true", or use an example.org address for a fictional mirror.',
      ),
      path: ['sample'],
    });
  if (!mirror.sample && host && isReservedHost(host))
    ctx.addIssue({
      ...customIssue(
        'is a reserved example address.',
        'Write the mirror\'s real address, or mark a fictional mirror "sample: true".',
      ),
      path: ['url'],
    });
});

/** A key that signs the site's bundles. */
export const signingKeySchema = strictObject(
  {
    principal: z
      .string()
      .regex(
        /^[A-Za-z0-9._@+-]{1,100}$/,
        customIssue(
          'is not a principal ssh-keygen accepts here.',
          'Use letters, digits and . _ @ + - only, e.g. maintainers@sanctuary-commons.',
        ).message,
      )
      .describe('The name the signature is checked against (ssh-keygen -Y verify -I <principal>).'),
    key: z
      .string()
      .superRefine((value, ctx) => {
        const parsed = parseSshPublicKey(value);
        if ('error' in parsed)
          ctx.addIssue(
            customIssue(
              `is not an OpenSSH public key: ${parsed.error}`,
              'Paste the one line of the .pub file, e.g. "ssh-ed25519 AAAAC3Nza…".',
            ),
          );
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
        ...customIssue(
          `is listed twice (also mirror ${seen.get(key)! + 1}).`,
          'Keep one entry per address.',
        ),
        path: ['mirrors', index, 'url'],
      });
    else seen.set(key, index);
  });
});

/** A validated mirrors file. */
export type MirrorsFile = z.infer<typeof mirrorsFileSchema>;
