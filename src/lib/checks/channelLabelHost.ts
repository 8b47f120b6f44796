import {deceptiveLinkText, hostsInText} from '../rules/hostInText';
import {quoteUrl} from '../rules/webAddress';

/**
 * A channel's label that names another site than the channel (attack review 2, A7): the label is shown
 * beside the contact, so `label: "Official site: https://www.minneapolismn.gov/"` on a website channel whose
 * value is `https://other-host.org/` lends the channel a trust it has not earned. A label may name the
 * channel's own host (or a subdomain, or its parent); an e-mail channel's host is its domain; a phone or
 * messaging channel has no host, so its label may name none. The text is read as the link-text rule reads
 * it (rules/hostInText.ts: normalised, with look-alike dots and slashes read as dots and slashes).
 */

/** What is wrong with a label: its catalogue code and values (checks/texts/checks.ts), and the English words. */
export type ChannelLabelFinding = {
  code: 'link-text-host.channel-label' | 'link-text-host.label-on-contact';
  values: {text: string; host?: string};
  message: string;
  fix: string;
};

/** The fix for a label that names another site. */
export const CHANNEL_LABEL_HOST_FIX =
  'Describe the channel in words (e.g. "Main website", "Intake form"), or name only its own address.';

/**
 * Checks that a channel's label names no other site than the channel's own.
 * @param label - the channel's label as written
 * @param kind - the channel kind (`website`, `form`, `email`, `phone`, …)
 * @param value - the channel's value (an https: address, an e-mail address, a phone number…)
 * @returns the finding, or null when the label names no site or only the channel's own
 */
export function checkChannelLabelHost(
  label: string,
  kind: string,
  value: string,
): ChannelLabelFinding | null {
  const target =
    kind === 'website' || kind === 'form'
      ? value
      : kind === 'email' && value.includes('@')
        ? `https://${value.slice(value.lastIndexOf('@') + 1)}/`
        : null;
  if (target) {
    const shown = deceptiveLinkText(label, target);
    return shown
      ? {
          code: 'link-text-host.channel-label',
          values: {text: shown.text, host: shown.host},
          message: `The label shows ${shown.text} but the channel leads to ${shown.host}.`,
          fix: CHANNEL_LABEL_HOST_FIX,
        }
      : null;
  }
  const named = hostsInText(label)[0];
  return named
    ? {
        code: 'link-text-host.label-on-contact',
        values: {text: quoteUrl(named.text)},
        message: `The label shows "${quoteUrl(named.text)}", a web address, on a channel that is not that site.`,
        fix: CHANNEL_LABEL_HOST_FIX,
      }
    : null;
}
