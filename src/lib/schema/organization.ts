import * as z from 'zod';
import {
  CHANNEL_AUDIENCES,
  CHANNEL_KINDS,
  DEFAULT_REVIEW_EVERY_MONTHS,
  ORGANIZATION_STATUSES,
  TAXONOMY_SLUGS,
  VERIFICATION_METHODS,
} from '../taxonomy';
import {bcp47Schema, customIssue, githubHandleSchema, httpsUrlSchema, isoDateSchema, issue, localizedText, plainText} from './common';
import {checkPhone} from '../rules/phone';
import {checkOpeningHours} from '../rules/hours';
import {CHAT_INVITE_FIX, findChatInvite} from '../rules/chatInvites';

/** Signal usernames: a nickname, a dot, and two or more digits (e.g. `mplsrr.01`). */
const SIGNAL_USERNAME = /^[A-Za-z_][A-Za-z0-9_]{2,31}\.\d{2,9}$/;

/** One way to reach an organisation. Its `value` is checked according to `kind`. */
export const channelSchema = z
  .strictObject({
    kind: z.enum(CHANNEL_KINDS),
    audience: z.enum(CHANNEL_AUDIENCES),
    value: z.string().trim().min(1),
    hours: z
      .string()
      .optional()
      .superRefine((hours, ctx) => {
        if (hours === undefined) return;
        const problem = checkOpeningHours(hours);
        if (problem) {
          ctx.addIssue(customIssue(`is not valid OpenStreetMap opening_hours (${problem}).`, 'Use the opening_hours syntax, e.g. "Mo-Fr 09:00-17:00; Sa 10:00-14:00" or "24/7".'));
        }
      }),
    languages: z.array(bcp47Schema).optional(),
  })
  .superRefine((channel, ctx) => {
    const at = (message: string, fix: string) => ctx.addIssue({...customIssue(message, fix), path: ['value']});
    // Safety rule 4: an invite link is refused whatever kind of channel carries it.
    const invite = findChatInvite(channel.value);
    if (invite) {
      at(`"${channel.value}" is a ${invite} invite link.`, CHAT_INVITE_FIX);
      return;
    }
    switch (channel.kind) {
      case 'hotline':
      case 'phone': {
        const problem = checkPhone(channel.value);
        if (problem) at(problem.message, problem.fix);
        break;
      }
      case 'email':
        if (!z.email().safeParse(channel.value).success) at(`"${channel.value}" is not an e-mail address.`, 'Write an address like contact@your-organisation.org.');
        break;
      case 'website':
      case 'form':
        if (!httpsUrlSchema.safeParse(channel.value).success) at(`"${channel.value}" is not an https: link.`, 'Use a full address that starts with https://.');
        break;
      case 'signal-username':
        if (!SIGNAL_USERNAME.test(channel.value)) at(`"${channel.value}" is not a Signal username.`, 'Write the username with its dot and digits, e.g. northside.01 (never a group invite link).');
        break;
    }
  });

/**
 * An organisation's contact page, `directory/<city>/<slug>.yml`
 * (DESIGN.md "Content model"; channel kinds and audiences from `taxonomy.ts`).
 */
export const organizationSchema = z.strictObject({
  name: plainText(120),
  alt_names: z.array(plainText(120)).optional(),
  types: z.array(z.enum(TAXONOMY_SLUGS)).min(1, issue('needs at least one type.', 'Add one or more taxonomy slugs, e.g. [rapid-response].')),
  summary: localizedText(280),
  description: localizedText(4000).optional(),
  languages: z.array(bcp47Schema).min(1, issue('needs at least one language.', 'List the BCP-47 codes of the languages staff speak, e.g. [en, es].')),
  channels: z.array(channelSchema).min(1, issue('needs at least one channel.', 'Add a way to reach the organisation, e.g. a website or a hotline.')),
  coverage: z.strictObject({
    area: plainText(200),
    counties: z.array(z.string().trim().min(1)).optional(),
  }),
  status: z.enum(ORGANIZATION_STATUSES),
  verified: z.strictObject({date: isoDateSchema, method: z.enum(VERIFICATION_METHODS)}),
  review_every_months: z.number().int().min(1).max(24).default(DEFAULT_REVIEW_EVERY_MONTHS),
  maintainers: z.array(githubHandleSchema).min(1, issue('needs at least one maintainer.', 'Add the GitHub user or team who keeps this entry up to date.')),
  consent: isoDateSchema,
  sample: z.boolean().optional(),
});

/** A validated organisation as written in YAML (defaults applied). */
export type Organization = z.infer<typeof organizationSchema>;
/** One contact channel of an organisation. */
export type Channel = z.infer<typeof channelSchema>;
