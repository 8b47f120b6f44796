import * as z from 'zod';
import {
  CHANNEL_AUDIENCES,
  CHANNEL_KINDS,
  DEFAULT_REVIEW_EVERY_MONTHS,
  ORGANIZATION_STATUSES,
  PHONE_CHANNEL_KINDS,
  TAXONOMY_SLUGS,
  VERIFICATION_METHODS,
} from '../taxonomy';
import {
  bcp47Schema,
  customIssue,
  findingIssue,
  githubHandleSchema,
  isoDateSchema,
  issue,
  localizedText,
  plainText,
  type LocalizedText,
} from './common';
import {checkPhone} from '../rules/phone';
import {checkOpeningHours} from '../rules/hours';
import {findChatInvite} from '../rules/chatInvites';
import {describeCodePoint} from '../rules/hiddenCharacters';
import {REMOVED_CHARACTERS} from '../rules/normalizeText';
import {mixedScriptsOf} from '../rules/hostScripts';
import {checkHttpsAddress, describeHost, quoteUrl} from '../rules/webAddress';

/** Longest channel value: a long web address still fits (browsers handle about 2,000 characters). */
const MAX_VALUE_LENGTH = 2000;
/** Longest opening_hours value; longer ones are refused before the parser reads them. */
const MAX_HOURS_LENGTH = 500;

/** Longest reason for an international number, per locale. */
const INTERNATIONAL_REASON_MAX = 200;
/** A phone extension: digits only (RFC 3966 `ext=`), at most 10. */
const PHONE_EXTENSION = /^\d{1,10}$/;

/** Signal usernames: a nickname, a dot, and two or more digits (e.g. `mplsrr.01`). */
const SIGNAL_USERNAME = /^[A-Za-z_][A-Za-z0-9_]{2,31}\.\d{2,9}$/;

/** One way to reach an organisation. Its `value` is checked according to `kind`. */
export const channelSchema = z
  .strictObject({
    kind: z
      .enum(CHANNEL_KINDS)
      .describe(
        'What kind of contact this is; decides how value is checked and linked (tel:, mailto:, https:).',
      ),
    audience: z
      .enum(CHANNEL_AUDIENCES)
      .describe('Who the channel is for; need-help channels are shown first.'),
    value: plainText(MAX_VALUE_LENGTH).describe(
      'The contact itself: an E.164 phone number, an e-mail address, an https: link or a Signal username, according to kind.',
    ),
    extension: z
      .string(issue('schema.extension-not-quoted'))
      .regex(PHONE_EXTENSION, issue('schema.not-extension'))
      .optional()
      .describe(
        'Phone extension dialled after the number (digits only, e.g. "204"); hotline and phone channels only. Shown as "ext. 204", dialled as tel:+1…;ext=204 (RFC 3966).',
      ),
    label: plainText(60)
      .optional()
      .describe(
        'A short name for this contact shown beside it, e.g. "Family unity direct line" (60 characters at most).',
      ),
    hours: plainText(MAX_HOURS_LENGTH)
      .optional()
      .superRefine((hours, ctx) => {
        // The parser's time grows faster than the value's length: read only values of a bounded length.
        if (hours === undefined || hours.length > MAX_HOURS_LENGTH) return;
        const problem = checkOpeningHours(hours);
        if (problem) {
          ctx.addIssue(customIssue('schema.hours', {detail: problem}));
        }
      })
      .describe(
        "When the channel is answered, in OpenStreetMap opening_hours syntax, in the city's time zone.",
      ),
    languages: z
      .array(bcp47Schema)
      .optional()
      .describe(
        "BCP-47 codes of the languages answered on this channel, when they differ from the organisation's.",
      ),
    international: z
      // One English text, or a text per locale like summary; read as a per-locale map either way.
      .union([
        plainText(INTERNATIONAL_REASON_MAX).transform((en): LocalizedText => ({en})),
        localizedText(INTERNATIONAL_REASON_MAX),
      ])
      .optional()
      .describe(
        "Only for a phone or hotline number that is not of the city's country (safety rule 11): why people in the city must call it, in words (one English text, or one per locale like summary). The page shows that the call is international, and this reason.",
      ),
  })
  .superRefine((channel, ctx) => {
    const at = (text: ReturnType<typeof customIssue | typeof findingIssue>) =>
      ctx.addIssue({...text, path: ['value']});
    if (channel.international !== undefined && !PHONE_CHANNEL_KINDS.has(channel.kind)) {
      ctx.addIssue({
        ...customIssue('schema.international-not-phone'),
        path: ['international'],
      });
    }
    if (channel.extension !== undefined && !PHONE_CHANNEL_KINDS.has(channel.kind)) {
      ctx.addIssue({
        ...customIssue('schema.extension-not-phone', {kind: channel.kind}),
        path: ['extension'],
      });
    }
    if (channel.value.length > MAX_VALUE_LENGTH) return;
    // A contact is copied by hand or by a tap: an invisible character in it would make the value shown differ from the
    // value dialled or opened, so none is allowed (not even the joiners ordinary prose may contain).
    const hidden = REMOVED_CHARACTERS.exec(channel.value);
    if (hidden) {
      at(
        customIssue('schema.channel-hidden', {
          value: quoteUrl(channel.value),
          character: describeCodePoint(hidden[0].codePointAt(0)!),
        }),
      );
      return;
    }
    // Safety rule 4: an invite link is refused whatever kind of channel carries it, under the rule's own id.
    const invite = findChatInvite(channel.value);
    if (invite) {
      at(customIssue('chat-invite.address', {url: channel.value, service: invite}));
      return;
    }
    switch (channel.kind) {
      case 'hotline':
      case 'phone': {
        const problem = checkPhone(channel.value);
        if (problem) at(findingIssue(problem));
        break;
      }
      case 'email': {
        if (!z.email().safeParse(channel.value).success) {
          at(customIssue('schema.not-email', {value: channel.value}));
          break;
        }
        // A look-alike mail domain written in Punycode (xn--…) passes the address syntax.
        const domain = channel.value.slice(channel.value.lastIndexOf('@') + 1).toLowerCase();
        const scripts = mixedScriptsOf(domain);
        if (scripts)
          at(
            customIssue('schema.email-mixed-script', {
              value: channel.value,
              host: describeHost(domain),
              scripts: scripts.join(' and '),
            }),
          );
        break;
      }
      case 'website':
      case 'form': {
        // An https: address with a real host, that hides nothing: no user name before the host, no look-alike host,
        // no link shortener (src/lib/rules/webAddress.ts).
        const problem = checkHttpsAddress(channel.value);
        if (problem) at(findingIssue(problem));
        break;
      }
      case 'signal-username':
        if (!SIGNAL_USERNAME.test(channel.value))
          at(customIssue('schema.not-signal-username', {value: channel.value}));
        break;
    }
  });

/**
 * An organisation's contact page, `directory/<city>/<slug>.yml`
 * (DESIGN.md "Content model"; channel kinds and audiences from `taxonomy.ts`).
 */
export const organizationSchema = z.strictObject({
  name: plainText(120).describe('Public name of the organisation, as people know it.'),
  alt_names: z
    .array(plainText(120))
    .optional()
    .describe('Other names or acronyms people search for.'),
  types: z
    .array(z.enum(TAXONOMY_SLUGS))
    .min(1, issue('schema.needs-type'))
    .describe('What the organisation does, as taxonomy slugs; the first is its main type.'),
  summary: localizedText(280).describe(
    'One or two plain sentences per locale (English required), at most 280 characters each.',
  ),
  description: localizedText(4000)
    .optional()
    .describe(
      'A longer description per locale, in Markdown, under the same safety rules as playbooks.',
    ),
  languages: z
    .array(bcp47Schema)
    .min(1, issue('schema.needs-language'))
    .describe('BCP-47 codes of the languages staff speak.'),
  channels: z
    .array(channelSchema)
    .min(1, issue('schema.needs-channel'))
    .describe('Ways to reach the organisation, in the order they are shown.'),
  coverage: z
    .strictObject({
      // One English text, or a text per locale like summary; read as a per-locale map either way.
      area: z
        .union([plainText(200).transform((en): LocalizedText => ({en})), localizedText(200)])
        .describe(
          'Neighbourhoods, towns or region served, in words (one English text, or one per locale like summary); never a home or meeting address.',
        ),
      counties: z.array(plainText(80)).optional().describe('Names of the counties served.'),
    })
    .describe('Where the organisation works.'),
  status: z
    .enum(ORGANIZATION_STATUSES)
    .describe(
      'Whether the organisation is operating: active, paused (temporarily not taking requests) or closed.',
    ),
  verified: z
    .strictObject({
      date: isoDateSchema.describe(
        'ISO 8601 date on which a maintainer last confirmed the details.',
      ),
      method: z.enum(VERIFICATION_METHODS).describe('How the details were confirmed.'),
    })
    .describe('When and how the entry was last verified.'),
  review_every_months: z
    .number()
    .int()
    .min(1)
    .max(24)
    .default(DEFAULT_REVIEW_EVERY_MONTHS)
    .describe(
      'Months after verified.date before the entry is flagged as stale (1 to 24, default 6).',
    ),
  maintainers: z
    .array(githubHandleSchema)
    .min(1, issue('schema.needs-maintainer'))
    .describe('GitHub users or teams of the organisation who keep the entry up to date.'),
  consent: isoDateSchema.describe('ISO 8601 date on which the organisation agreed to be listed.'),
  sample: z
    .boolean()
    .optional()
    .describe(
      'true only for fictional starter entries, which use reserved example contacts and must be left out of any analysis.',
    ),
});

/** A validated organisation as written in YAML (defaults applied). */
export type Organization = z.infer<typeof organizationSchema>;
/** One contact channel of an organisation. */
export type Channel = z.infer<typeof channelSchema>;
