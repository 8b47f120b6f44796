import {translate} from '@docusaurus/Translate';
import {playbookSectionLabelOfHeading} from '../playbookSectionLabels';
import type {RuleId} from '../../../../lib/checks/ruleIds';
import {entry, type CatalogueEntry} from './template';

/**
 * What is wrong, in the reader's language: every problem message the
 * contribute forms can show, grouped by the problem's stable rule id.
 * Each entry pairs the validator's English text (src/lib/schema, src/lib/rules,
 * src/lib/markdownFile.ts, src/lib/directoryEntry.ts, src/lib/yamlSource.ts,
 * src/lib/contribute/check.ts) with a `translate()` call whose message is that
 * same text. A `schema` message names the field first (`"name" is empty.`)
 * or the value at fault (`"612 555" is not in E.164 form.`).
 */
export const MESSAGES_BY_RULE: Readonly<Partial<Record<RuleId, readonly CatalogueEntry[]>>> = {
  slug: [
    entry('"{slug}" is not a valid file name; it becomes the page address.', (values) =>
      translate(
        {
          id: 'contribute.problem.slug.invalid',
          message: '"{slug}" is not a valid file name; it becomes the page address.',
          description: 'Contribute form problem: the file name typed ({slug}) is not valid',
        },
        values,
      ),
    ),
  ],
  'duplicate-slug': [
    entry('"{slug}" is already used by {path}.', (values) =>
      translate(
        {
          id: 'contribute.problem.duplicate-slug.taken',
          message: '"{slug}" is already used by {path}.',
          description:
            'Contribute form problem: another organisation already has this file name; {path} is that file, e.g. directory/denver/x.yml',
        },
        values,
      ),
    ),
  ],
  schema: [
    entry('is missing.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notChosen',
          message: 'is missing.',
          description:
            'Contribute form problem shown beside a choice that was not made (the city or the topic)',
        },
        values,
      ),
    ),
    entry('"{field}" is missing.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.missing',
          message: '"{field}" is missing.',
          description:
            'Contribute form problem: a required field of the file is missing; {field} is its name in the file, e.g. summary.en',
        },
        values,
      ),
    ),
    entry('"{field}" is empty.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.empty',
          message: '"{field}" is empty.',
          description: 'Contribute form problem: a field is empty; {field} is its name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" is longer than {max} characters.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.longerThan',
          message: '"{field}" is longer than {max} characters.',
          description:
            'Contribute form problem: a text is too long; {field} is its name in the file, {max} a number',
        },
        values,
      ),
    ),
    entry('"{field}" contains invisible or text-direction control characters.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.invisible',
          message: '"{field}" contains invisible or text-direction control characters.',
          description:
            'Contribute form problem: hidden Unicode characters in a text; {field} is its name in the file',
        },
        values,
      ),
    ),
    entry(
      '"{field}" starts like a spreadsheet formula (=, @, or + or - before a letter), which runs when a researcher opens the open-data CSV.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.formula',
            message:
              '"{field}" starts like a spreadsheet formula (=, @, or + or - before a letter), which runs when a researcher opens the open-data CSV.',
            description:
              'Contribute form problem: a text starts like a spreadsheet formula (CSV injection); {field} is its name in the file',
          },
          values,
        ),
    ),
    entry('"{field}" needs at least one type.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.needsType',
          message: '"{field}" needs at least one type.',
          description:
            'Contribute form problem: no organisation type chosen; {field} is the field name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" needs at least one language.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.needsLanguage',
          message: '"{field}" needs at least one language.',
          description:
            'Contribute form problem: no language chosen; {field} is the field name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" needs at least one channel.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.needsChannel',
          message: '"{field}" needs at least one channel.',
          description:
            'Contribute form problem: the organisation has no contact channel; {field} is the field name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" needs at least one maintainer.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.needsMaintainer',
          message: '"{field}" needs at least one maintainer.',
          description:
            'Contribute form problem: no GitHub maintainer given; {field} is the field name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" needs at least one city.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.needsCity',
          message: '"{field}" needs at least one city.',
          description:
            'Contribute form problem: no city chosen for a playbook; {field} is the field name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" needs at least {minimum} item.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.needsItem',
          message: '"{field}" needs at least {minimum} item.',
          description:
            'Contribute form problem: a list (or number) is below its minimum of 1; {field} is the field name in the file, {minimum} the number',
        },
        values,
      ),
    ),
    entry('"{field}" needs at least {minimum} items.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.needsItems',
          message: '"{field}" needs at least {minimum} items.',
          description:
            'Contribute form problem: a list has too few items; {field} is the field name in the file, {minimum} the number',
        },
        values,
      ),
    ),
    entry('"{field}" is too small (minimum {minimum}).', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.tooSmall',
          message: '"{field}" is too small (minimum {minimum}).',
          description:
            'Contribute form problem: a number is below its minimum; {field} is the field name in the file, {minimum} the number',
        },
        values,
      ),
    ),
    entry('"{field}" is too large (maximum {maximum}).', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.tooLarge',
          message: '"{field}" is too large (maximum {maximum}).',
          description:
            'Contribute form problem: a number is above its maximum; {field} is the field name in the file, {maximum} the number',
        },
        values,
      ),
    ),
    entry('"{field}" is too long (maximum {maximum}).', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.tooLong',
          message: '"{field}" is too long (maximum {maximum}).',
          description:
            'Contribute form problem: a text or list is above its maximum; {field} is the field name in the file, {maximum} the number',
        },
        values,
      ),
    ),
    entry('"{field}" is not an ISO 8601 date.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notDate',
          message: '"{field}" is not an ISO 8601 date.',
          description:
            'Contribute form problem: a date is empty or invalid; {field} is the field name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" is not a BCP-47 language tag.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notLanguageTag',
          message: '"{field}" is not a BCP-47 language tag.',
          description:
            'Contribute form problem: a language code is not valid; {field} is the field name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" is not a GitHub user or team.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notGithubHandle',
          message: '"{field}" is not a GitHub user or team.',
          description:
            'Contribute form problem: a maintainer is not a GitHub handle; {field} is the field name in the file, e.g. maintainers[0]',
        },
        values,
      ),
    ),
    entry('"{field}" is not a valid slug.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notSlug',
          message: '"{field}" is not a valid slug.',
          description:
            'Contribute form problem: a city or organisation slug is not valid; {field} is the field name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" should be a number but is string {value}.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notNumber',
          message: '"{field}" should be a number but is string {value}.',
          description:
            'Contribute form problem: text where a number is expected; {field} is the field name in the file, {value} the text in quotes',
        },
        values,
      ),
    ),
    entry('"{field}" should be an int but is number {value}.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notInteger',
          message: '"{field}" should be an int but is number {value}.',
          description:
            'Contribute form problem: a number with decimals where a whole number is expected; {field} is the field name in the file, {value} the number',
        },
        values,
      ),
    ),
    entry('"{field}" has a value that is not allowed.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notAllowed',
          message: '"{field}" has a value that is not allowed.',
          description:
            'Contribute form problem: a choice outside the allowed list; {field} is the field name in the file',
        },
        values,
      ),
    ),
    entry('"{field}" is not valid OpenStreetMap opening_hours ({detail}).', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.hours',
          message: '"{field}" is not valid OpenStreetMap opening_hours ({detail}).',
          description:
            "Contribute form problem: opening hours do not parse; {field} is the field name in the file, {detail} the parser's explanation (in English)",
        },
        values,
      ),
    ),
    entry('"{value}" is a {service} invite link.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.channelInvite',
          message: '"{value}" is a {service} invite link.',
          description:
            'Contribute form problem: a channel is a chat invite link; {value} is the link, {service} e.g. WhatsApp',
        },
        values,
      ),
    ),
    entry('"{value}" is not in E.164 form.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.phoneFormat',
          message: '"{value}" is not in E.164 form.',
          description:
            'Contribute form problem: a phone number is not written as +country code and digits; {value} is the number typed',
        },
        values,
      ),
    ),
    entry('"{value}" is not a valid phone number.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.phoneInvalid',
          message: '"{value}" is not a valid phone number.',
          description:
            "Contribute form problem: a phone number does not exist in its country's numbering plan; {value} is the number",
        },
        values,
      ),
    ),
    entry('"{value}" is a premium-rate number; callers would be charged.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.phonePremium',
          message: '"{value}" is a premium-rate number; callers would be charged.',
          description:
            'Contribute form problem: a premium-rate phone number; {value} is the number',
        },
        values,
      ),
    ),
    entry('"{value}" is a shared-cost number; callers would be charged.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.phoneSharedCost',
          message: '"{value}" is a shared-cost number; callers would be charged.',
          description: 'Contribute form problem: a shared-cost phone number; {value} is the number',
        },
        values,
      ),
    ),
    entry(
      '"{value}" is a satellite phone number (+870 Inmarsat, +881 global satellite systems); a call to it costs several dollars a minute, and many phone plans block it.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.phoneSatellite',
            message:
              '"{value}" is a satellite phone number (+870 Inmarsat, +881 global satellite systems); a call to it costs several dollars a minute, and many phone plans block it.',
            description: 'Contribute form problem: a satellite phone number; {value} is the number',
          },
          values,
        ),
    ),
    entry(
      '"{value}" is on an international network (+882, +883), which most phone companies bill at satellite rates or block.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.phoneInternationalNetwork',
            message:
              '"{value}" is on an international network (+882, +883), which most phone companies bill at satellite rates or block.',
            description:
              'Contribute form problem: a number under the international network codes +882 or +883; {value} is the number',
          },
          values,
        ),
    ),
    entry(
      '"{value}" is a personal number (such as the UK\'s 070 or North America\'s 500 and 533): it follows one person from phone to phone, and callers may pay a high rate.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.phonePersonal',
            message:
              '"{value}" is a personal number (such as the UK\'s 070 or North America\'s 500 and 533): it follows one person from phone to phone, and callers may pay a high rate.',
            description:
              'Contribute form problem: a personal-number range (a number that forwards to one person); {value} is the number',
          },
          values,
        ),
    ),
    entry('"{value}" is a pager number: a caller cannot talk to anyone on it.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.phonePager',
          message: '"{value}" is a pager number: a caller cannot talk to anyone on it.',
          description: 'Contribute form problem: a pager number; {value} is the number',
        },
        values,
      ),
    ),
    entry(
      '"{value}" is a voicemail access number: a caller reaches a mailbox, not a person.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.phoneVoicemail',
            message:
              '"{value}" is a voicemail access number: a caller reaches a mailbox, not a person.',
            description:
              'Contribute form problem: a number that only reaches a voicemail box; {value} is the number',
          },
          values,
        ),
    ),
    entry(
      '"{value}" is a universal access number (such as the UK\'s 055), which many phone plans bill above a local call.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.phoneUan',
            message:
              '"{value}" is a universal access number (such as the UK\'s 055), which many phone plans bill above a local call.',
            description:
              'Contribute form problem: a universal access number (UAN), often billed above a local call; {value} is the number',
          },
          values,
        ),
    ),
    entry('"{field}" is only for phone and hotline channels.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.internationalNotPhone',
          message: '"{field}" is only for phone and hotline channels.',
          description:
            'Contribute form problem: a reason for an international number given on a channel that is not a phone (e-mail, website…); {field} is the field name in the file, e.g. channels[1].international',
        },
        values,
      ),
    ),
    entry('"{value}" is not an e-mail address.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notEmail',
          message: '"{value}" is not an e-mail address.',
          description:
            'Contribute form problem: an e-mail channel is not an address; {value} is what was typed',
        },
        values,
      ),
    ),
    entry('"{value}" is not an https: link.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notHttps',
          message: '"{value}" is not an https: link.',
          description:
            'Contribute form problem: a website or form channel is not an https link; {value} is what was typed',
        },
        values,
      ),
    ),
    entry('"{value}" is not a Signal username.', (values) =>
      translate(
        {
          id: 'contribute.problem.schema.notSignalUsername',
          message: '"{value}" is not a Signal username.',
          description:
            'Contribute form problem: a Signal channel is not a username; {value} is what was typed',
        },
        values,
      ),
    ),
    entry(
      '"{value}" contains {character}, an invisible or text-direction control character.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.channelHidden',
            message:
              '"{value}" contains {character}, an invisible or text-direction control character.',
            description:
              'Contribute form problem: an invisible character inside a channel value; {value} is the value, {character} the code point and its English Unicode name, e.g. U+200B ZERO WIDTH SPACE',
          },
          values,
        ),
    ),
    entry(
      '"{url}" goes through the link shortener {host}, which hides where it leads and can be pointed elsewhere after review.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.channelShortener',
            message:
              '"{url}" goes through the link shortener {host}, which hides where it leads and can be pointed elsewhere after review.',
            description:
              'Contribute form problem: a website or form channel is a shortened link; {url} is the value, {host} the host name of the shortener',
          },
          values,
        ),
    ),
    entry(
      '"{url}" leads to {host}, not to "{userInfo}": text before an "@" in an address is a user name that hides the real host.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.channelUserInfo',
            message:
              '"{url}" leads to {host}, not to "{userInfo}": text before an "@" in an address is a user name that hides the real host.',
            description:
              'Contribute form problem: a website or form channel has a user name before its host; {url} is the value, {host} the host it really opens, {userInfo} the text before the @',
          },
          values,
        ),
    ),
    entry(
      '"{url}" leads to {host}, a host name that mixes {scripts} letters and can imitate another address.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.channelMixedScript',
            message:
              '"{url}" leads to {host}, a host name that mixes {scripts} letters and can imitate another address.',
            description:
              'Contribute form problem: a website or form channel has a host name mixing writing systems (a look-alike); {url} is the value, {host} the host (Punycode, then Unicode in brackets), {scripts} English script names, e.g. Cyrillic and Latin',
          },
          values,
        ),
    ),
    entry(
      '"{value}" is at {host}, a host name that mixes {scripts} letters and can imitate another address.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.schema.emailMixedScript',
            message:
              '"{value}" is at {host}, a host name that mixes {scripts} letters and can imitate another address.',
            description:
              'Contribute form problem: an e-mail channel whose domain mixes writing systems (a look-alike); {value} is the address, {host} its domain (Punycode, then Unicode in brackets), {scripts} English script names, e.g. Cyrillic and Latin',
          },
          values,
        ),
    ),
  ],
  'ip-address-host': [
    entry('"{url}" leads to the IP address {host}, not to a host name.', (values) =>
      translate(
        {
          id: 'contribute.problem.ip-address-host.found',
          message: '"{url}" leads to the IP address {host}, not to a host name.',
          description:
            'Contribute form problem: a link or address whose host is an IP address; {url} is the link, {host} the IP address',
        },
        values,
      ),
    ),
  ],
  'url-shortener': [
    entry(
      '"{url}" goes through the link shortener {host}, which hides where it leads and can be pointed elsewhere after review.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.url-shortener.found',
            message:
              '"{url}" goes through the link shortener {host}, which hides where it leads and can be pointed elsewhere after review.',
            description:
              'Contribute form problem: a shortened link in a text or Markdown link; {url} is the link, {host} the host name of the shortener',
          },
          values,
        ),
    ),
  ],
  'url-user-info': [
    entry(
      '"{url}" leads to {host}, not to "{userInfo}": text before an "@" in an address is a user name that hides the real host.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.url-user-info.found',
            message:
              '"{url}" leads to {host}, not to "{userInfo}": text before an "@" in an address is a user name that hides the real host.',
            description:
              'Contribute form problem: a link with a user name before its host; {url} is the link, {host} the host it really opens, {userInfo} the text before the @',
          },
          values,
        ),
    ),
  ],
  'mixed-script-host': [
    entry(
      '"{url}" leads to {host}, a host name that mixes {scripts} letters and can imitate another address.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.mixed-script-host.found',
            message:
              '"{url}" leads to {host}, a host name that mixes {scripts} letters and can imitate another address.',
            description:
              'Contribute form problem: a link whose host name mixes writing systems (a look-alike); {url} is the link, {host} the host (Punycode, then Unicode in brackets), {scripts} English script names, e.g. Cyrillic and Latin',
          },
          values,
        ),
    ),
  ],
  'invisible-character': [
    entry(
      'The text contains {character}, an invisible or text-direction control character, after "{before}".',
      (values) =>
        translate(
          {
            id: 'contribute.problem.invisible-character.after',
            message:
              'The text contains {character}, an invisible or text-direction control character, after "{before}".',
            description:
              'Contribute form problem: an invisible character in a text; {character} is the code point and its English Unicode name, e.g. U+202E RIGHT-TO-LEFT OVERRIDE, {before} the visible text just before it',
          },
          values,
        ),
    ),
    entry(
      'The text starts with {character}, an invisible or text-direction control character.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.invisible-character.start',
            message:
              'The text starts with {character}, an invisible or text-direction control character.',
            description:
              'Contribute form problem: a text starts with an invisible character; {character} is the code point and its English Unicode name, e.g. U+200B ZERO WIDTH SPACE',
          },
          values,
        ),
    ),
    entry(
      'The text contains {count} more invisible or text-direction control characters.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.invisible-character.more',
            message:
              'The text contains {count} more invisible or text-direction control characters.',
            description:
              'Contribute form problem: more invisible characters in a text than are listed one by one; {count} is a number',
          },
          values,
        ),
    ),
  ],
  'plain-text-markdown': [
    entry(
      'Line {line} starts with Markdown syntax ("{text}"), but this field is shown as plain text, exactly as written.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.plain-text-markdown.found',
            message:
              'Line {line} starts with Markdown syntax ("{text}"), but this field is shown as plain text, exactly as written.',
            description:
              'Contribute form problem: a summary (shown as plain text) has a line that starts with Markdown block syntax; {line} is the line number, {text} the start of that line',
          },
          values,
        ),
    ),
  ],
  'link-text-host': [
    entry('The label shows {text} but the channel leads to {host}.', (values) =>
      translate(
        {
          id: 'contribute.problem.link-text-host.label',
          message: 'The label shows {text} but the channel leads to {host}.',
          description:
            'Contribute form problem: a channel label names another site than the channel; {text} is the address in the label (quoted), {host} the host the channel leads to',
        },
        values,
      ),
    ),
    entry(
      'The label shows "{text}", a web address, on a channel that is not that site.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.link-text-host.labelOnContact',
            message: 'The label shows "{text}", a web address, on a channel that is not that site.',
            description:
              'Contribute form problem: the label of a phone or messaging channel names a web address; {text} is that address',
          },
          values,
        ),
    ),
  ],
  'angle-bracket': [
    entry('"{text}" contains < or >, which could break out of the page\'s metadata.', (values) =>
      translate(
        {
          id: 'contribute.problem.angle-bracket.found',
          message: '"{text}" contains < or >, which could break out of the page\'s metadata.',
          description: 'Contribute form problem: < or > in a short text; {text} is the text',
        },
        values,
      ),
    ),
  ],
  'chat-invite': [
    entry('The text contains a {service} invite link.', (values) =>
      translate(
        {
          id: 'contribute.problem.chat-invite.inText',
          message: 'The text contains a {service} invite link.',
          description:
            'Contribute form problem: a chat invite link in a text; {service} is e.g. WhatsApp',
        },
        values,
      ),
    ),
    entry('{service} invite links are not allowed: {url}', (values) =>
      translate(
        {
          id: 'contribute.problem.chat-invite.link',
          message: '{service} invite links are not allowed: {url}',
          description:
            'Contribute form problem: a Markdown link to a chat invite; {service} is e.g. WhatsApp, {url} the link',
        },
        values,
      ),
    ),
  ],
  'phone-in-prose': [
    entry('Phone number in text: "{text}".', (values) =>
      translate(
        {
          id: 'contribute.problem.phone-in-prose.text',
          message: 'Phone number in text: "{text}".',
          description:
            'Contribute form problem: a phone number in a short text (name, area, title); {text} is the number',
        },
        values,
      ),
    ),
    entry('Phone number in prose: "{text}".', (values) =>
      translate(
        {
          id: 'contribute.problem.phone-in-prose.prose',
          message: 'Phone number in prose: "{text}".',
          description:
            'Contribute form problem: a phone number in Markdown prose; {text} is the number',
        },
        values,
      ),
    ),
  ],
  'email-in-prose': [
    entry('E-mail address in text: "{text}".', (values) =>
      translate(
        {
          id: 'contribute.problem.email-in-prose.text',
          message: 'E-mail address in text: "{text}".',
          description:
            'Contribute form problem: an e-mail address in a short text (name, area, title); {text} is the address',
        },
        values,
      ),
    ),
    entry('E-mail address in prose: "{text}".', (values) =>
      translate(
        {
          id: 'contribute.problem.email-in-prose.prose',
          message: 'E-mail address in prose: "{text}".',
          description:
            'Contribute form problem: an e-mail address in Markdown prose; {text} is the address',
        },
        values,
      ),
    ),
  ],
  'street-address': [
    entry('This looks like a street address: "{text}".', (values) =>
      translate(
        {
          id: 'contribute.problem.street-address.found',
          message: 'This looks like a street address: "{text}".',
          description:
            'Contribute form warning: what looks like a street address; {text} is the address',
        },
        values,
      ),
    ),
  ],
  'raw-html': [
    entry('Raw HTML is not allowed: {html}.', (values) =>
      translate(
        {
          id: 'contribute.problem.raw-html.found',
          message: 'Raw HTML is not allowed: {html}.',
          description:
            'Contribute form problem: HTML in Markdown; {html} is the HTML found, in quotes',
        },
        values,
      ),
    ),
  ],
  'site-alias': [
    entry('"{url}" reaches into the site\'s source with @site/.', (values) =>
      translate(
        {
          id: 'contribute.problem.site-alias.found',
          message: '"{url}" reaches into the site\'s source with @site/.',
          description:
            'Contribute form problem: a link or image path starting with @site/; {url} is the path',
        },
        values,
      ),
    ),
  ],
  'remote-image': [
    entry('Images embedded as data: URLs are not allowed.', (values) =>
      translate(
        {
          id: 'contribute.problem.remote-image.data',
          message: 'Images embedded as data: URLs are not allowed.',
          description: 'Contribute form problem: an image embedded as a data: URL',
        },
        values,
      ),
    ),
    entry('Images from other sites are not allowed: {url}', (values) =>
      translate(
        {
          id: 'contribute.problem.remote-image.remote',
          message: 'Images from other sites are not allowed: {url}',
          description:
            'Contribute form problem: an image loaded from another site; {url} is its address',
        },
        values,
      ),
    ),
  ],
  'link-scheme': [
    entry('"{url}" has no scheme (protocol-relative).', (values) =>
      translate(
        {
          id: 'contribute.problem.link-scheme.none',
          message: '"{url}" has no scheme (protocol-relative).',
          description: 'Contribute form problem: a link starting with //; {url} is the link',
        },
        values,
      ),
    ),
    entry('"{url}" uses the {scheme}: scheme, which is not allowed.', (values) =>
      translate(
        {
          id: 'contribute.problem.link-scheme.refused',
          message: '"{url}" uses the {scheme}: scheme, which is not allowed.',
          description:
            'Contribute form problem: a link with a scheme other than https; {url} is the link, {scheme} e.g. ftp',
        },
        values,
      ),
    ),
  ],
  'insecure-link': [
    entry('"{url}" is an http: link.', (values) =>
      translate(
        {
          id: 'contribute.problem.insecure-link.http',
          message: '"{url}" is an http: link.',
          description: 'Contribute form problem: an http (not https) link; {url} is the link',
        },
        values,
      ),
    ),
  ],
  'contact-in-prose': [
    entry('"{url}" puts contact details in prose.', (values) =>
      translate(
        {
          id: 'contribute.problem.contact-in-prose.link',
          message: '"{url}" puts contact details in prose.',
          description: 'Contribute form problem: a mailto:, tel: or sms: link; {url} is the link',
        },
        values,
      ),
    ),
  ],
  'bad-url': [
    entry('"{url}" is not a valid address (a stray % sign?).', (values) =>
      translate(
        {
          id: 'contribute.problem.bad-url.invalid',
          message: '"{url}" is not a valid address (a stray % sign?).',
          description: 'Contribute form problem: a link that cannot be decoded; {url} is the link',
        },
        values,
      ),
    ),
  ],
  'path-escape': [
    entry('"{url}" climbs out of the site with "..".', (values) =>
      translate(
        {
          id: 'contribute.problem.path-escape.site',
          message: '"{url}" climbs out of the site with "..".',
          description: 'Contribute form problem: a site path containing ..; {url} is the link',
        },
        values,
      ),
    ),
    entry('"{url}" points outside the content folder.', (values) =>
      translate(
        {
          id: 'contribute.problem.path-escape.content',
          message: '"{url}" points outside the content folder.',
          description:
            'Contribute form problem: a relative link leaving the content folder; {url} is the link',
        },
        values,
      ),
    ),
  ],
  'playbook-sections': [
    entry('The section "{heading}" is empty.', (values) =>
      translate(
        {
          id: 'contribute.problem.playbook-sections.empty',
          message: 'The section "{heading}" is empty.',
          description:
            "Contribute form problem: a required playbook section is empty; {heading} is the section's label",
        },
        {...values, heading: playbookSectionLabelOfHeading(values.heading ?? '')},
      ),
    ),
    entry(
      'A playbook must not have a "#" heading; the title comes from the front matter.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.playbook-sections.h1',
            message:
              'A playbook must not have a "#" heading; the title comes from the front matter.',
            description: 'Contribute form problem: a level-1 Markdown heading in a section',
          },
          values,
        ),
    ),
    entry('"## {heading}" is not one of the playbook sections.', (values) =>
      translate(
        {
          id: 'contribute.problem.playbook-sections.unknown',
          message: '"## {heading}" is not one of the playbook sections.',
          description:
            'Contribute form warning: a ## heading that is not a playbook section; {heading} is its text',
        },
        values,
      ),
    ),
    entry('"## {heading}" appears twice.', (values) =>
      translate(
        {
          id: 'contribute.problem.playbook-sections.twice',
          message: '"## {heading}" appears twice.',
          description:
            'Contribute form problem: a section heading written twice; {heading} is its text (English, as in the file)',
        },
        values,
      ),
    ),
    entry('"## {heading}" is out of order.', (values) =>
      translate(
        {
          id: 'contribute.problem.playbook-sections.order',
          message: '"## {heading}" is out of order.',
          description:
            'Contribute form problem: a section heading out of order; {heading} is its text (English, as in the file)',
        },
        values,
      ),
    ),
  ],
  'future-date': [
    entry('The verification date {date} is in the future.', (values) =>
      translate(
        {
          id: 'contribute.problem.future-date.verified',
          message: 'The verification date {date} is in the future.',
          description:
            'Contribute form problem: the date the details were checked is after today; {date} is YYYY-MM-DD',
        },
        values,
      ),
    ),
    entry('The consent date {date} is in the future.', (values) =>
      translate(
        {
          id: 'contribute.problem.future-date.consent',
          message: 'The consent date {date} is in the future.',
          description:
            'Contribute form problem: the date the organisation agreed to be listed is after today; {date} is YYYY-MM-DD',
        },
        values,
      ),
    ),
    entry('The review date {date} is in the future.', (values) =>
      translate(
        {
          id: 'contribute.problem.future-date.reviewed',
          message: 'The review date {date} is in the future.',
          description:
            'Contribute form problem: the playbook review date is after today; {date} is YYYY-MM-DD',
        },
        values,
      ),
    ),
  ],
  stale: [
    entry('Last verified {months} months ago; the entry was due for review on {date}.', (values) =>
      translate(
        {
          id: 'contribute.problem.stale.due',
          message: 'Last verified {months} months ago; the entry was due for review on {date}.',
          description:
            'Contribute form warning: the verification date is old; {months} is a number, {date} YYYY-MM-DD',
        },
        values,
      ),
    ),
  ],
  'phone-country': [
    entry(
      '"{value}" rings in {numberCountry}, but the city\'s country is {cityCountry}: from the city it is an international call, which many callers cannot afford or cannot make.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.phone-country.other',
            message:
              '"{value}" rings in {numberCountry}, but the city\'s country is {cityCountry}: from the city it is an international call, which many callers cannot afford or cannot make.',
            description:
              'Contribute form problem: a phone number of another country than the chosen city\'s; {value} is the number, {numberCountry} and {cityCountry} are English country names with their ISO code, e.g. "Jamaica (JM)"',
          },
          values,
        ),
    ),
    entry(
      '"{value}" is not a number of the city\'s country, {cityCountry}: from the city it may be an international call, which many callers cannot afford or cannot make.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.phone-country.none',
            message:
              '"{value}" is not a number of the city\'s country, {cityCountry}: from the city it may be an international call, which many callers cannot afford or cannot make.',
            description:
              'Contribute form problem: a phone number of no country (e.g. +800 international freephone) in a city; {value} is the number, {cityCountry} the English name of the city\'s country with its ISO code, e.g. "United States (US)"',
          },
          values,
        ),
    ),
  ],
  'phone-international-unneeded': [
    entry(
      '"{value}" is marked international, but it is a number of the city\'s country, {cityCountry}.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.phone-international-unneeded.found',
            message:
              '"{value}" is marked international, but it is a number of the city\'s country, {cityCountry}.',
            description:
              "Contribute form problem: a reason for an international call is given for a number of the city's own country; {value} is the number, {cityCountry} the English country name with its ISO code",
          },
          values,
        ),
    ),
  ],
  'reserved-value': [
    entry(
      '"{value}" is a reserved example value (example.org/.com host or a 555-01XX number).',
      (values) =>
        translate(
          {
            id: 'contribute.problem.reserved-value.found',
            message:
              '"{value}" is a reserved example value (example.org/.com host or a 555-01XX number).',
            description:
              'Contribute form problem: a template example contact in a real entry; {value} is the contact',
          },
          values,
        ),
    ),
  ],
  'personal-mailbox': [
    entry('"{value}" looks like a personal mailbox.', (values) =>
      translate(
        {
          id: 'contribute.problem.personal-mailbox.found',
          message: '"{value}" looks like a personal mailbox.',
          description:
            'Contribute form warning: an e-mail address at a personal provider such as gmail.com; {value} is the address',
        },
        values,
      ),
    ),
  ],
  'named-person-address': [
    entry('"{value}" looks like a named person\'s address (first.last@).', (values) =>
      translate(
        {
          id: 'contribute.problem.named-person-address.found',
          message: '"{value}" looks like a named person\'s address (first.last@).',
          description:
            'Contribute form warning: an e-mail address that names one person, e.g. maria.lopez@…; {value} is the address',
        },
        values,
      ),
    ),
  ],
  'street-address-in-coverage': [
    entry('"{address}" is a street address; coverage.area must never hold one.', (values) =>
      translate(
        {
          id: 'contribute.problem.street-address-in-coverage.found',
          message: '"{address}" is a street address; coverage.area must never hold one.',
          description:
            'Contribute form problem: a street address typed in the area served; {address} is the address found (keep "coverage.area" as is: it is the field name)',
        },
        values,
      ),
    ),
  ],
  // Shapes the Markdown reader cannot read quickly (src/lib/rules/markdownLimits.ts).
  'markdown-limit': [
    entry(
      'The paragraph starting on line {line} has more than {max} emphasis marks (*, _ or ~).',
      (values) =>
        translate(
          {
            id: 'contribute.problem.markdown-limit.paragraphEmphasis',
            message:
              'The paragraph starting on line {line} has more than {max} emphasis marks (*, _ or ~).',
            description:
              'Contribute form problem: a paragraph with too many * _ or ~ marks for the Markdown reader; {line} and {max} are numbers',
          },
          values,
        ),
    ),
    entry(
      'The paragraph starting on line {line} has more than {max} opening brackets ([).',
      (values) =>
        translate(
          {
            id: 'contribute.problem.markdown-limit.paragraphBrackets',
            message:
              'The paragraph starting on line {line} has more than {max} opening brackets ([).',
            description:
              'Contribute form problem: a paragraph with too many [ for the Markdown reader; {line} and {max} are numbers',
          },
          values,
        ),
    ),
    entry('Line {line} nests {count} quotes or lists in one another (at most {max}).', (values) =>
      translate(
        {
          id: 'contribute.problem.markdown-limit.nesting',
          message: 'Line {line} nests {count} quotes or lists in one another (at most {max}).',
          description:
            'Contribute form problem: too many > or list markers at the start of one line; {line}, {count} and {max} are numbers',
        },
        values,
      ),
    ),
    entry(
      'The text has more than {max} block quotes and list items (the last counted on line {line}).',
      (values) =>
        translate(
          {
            id: 'contribute.problem.markdown-limit.containers',
            message:
              'The text has more than {max} block quotes and list items (the last counted on line {line}).',
            description:
              'Contribute form problem: a text with too many list items or quotes for the Markdown reader; {max} and {line} are numbers',
          },
          values,
        ),
    ),
    entry('The text has {count} emphasis marks (*, _ or ~); at most {max} are read.', (values) =>
      translate(
        {
          id: 'contribute.problem.markdown-limit.fileEmphasis',
          message: 'The text has {count} emphasis marks (*, _ or ~); at most {max} are read.',
          description:
            'Contribute form problem: a text with too many * _ or ~ marks; {count} and {max} are numbers',
        },
        values,
      ),
    ),
    entry('The text has {count} opening brackets ([); at most {max} are read.', (values) =>
      translate(
        {
          id: 'contribute.problem.markdown-limit.fileBrackets',
          message: 'The text has {count} opening brackets ([); at most {max} are read.',
          description:
            'Contribute form problem: a text with too many [; {count} and {max} are numbers',
        },
        values,
      ),
    ),
    entry('A paragraph has more than {max} lines (the last counted on line {line}).', (values) =>
      translate(
        {
          id: 'contribute.problem.markdown-limit.paragraphLines',
          message: 'A paragraph has more than {max} lines (the last counted on line {line}).',
          description:
            'Contribute form problem: a paragraph with too many lines and no blank line; {max} and {line} are numbers',
        },
        values,
      ),
    ),
    entry(
      'The text has more than {max} headings underlined with = or - (the last counted on line {line}).',
      (values) =>
        translate(
          {
            id: 'contribute.problem.markdown-limit.setext',
            message:
              'The text has more than {max} headings underlined with = or - (the last counted on line {line}).',
            description:
              'Contribute form problem: too many headings written as a line of = or - under text; {max} and {line} are numbers',
          },
          values,
        ),
    ),
    entry(
      'The text has more than {max} lines continuing a quote or list item (the last counted on line {line}).',
      (values) =>
        translate(
          {
            id: 'contribute.problem.markdown-limit.continuation',
            message:
              'The text has more than {max} lines continuing a quote or list item (the last counted on line {line}).',
            description:
              'Contribute form problem: too many lines inside quotes or list items without their own marker; {max} and {line} are numbers',
          },
          values,
        ),
    ),
    entry('The text has more than {max} table rows (the last counted on line {line}).', (values) =>
      translate(
        {
          id: 'contribute.problem.markdown-limit.tableRows',
          message: 'The text has more than {max} table rows (the last counted on line {line}).',
          description: 'Contribute form problem: too many table rows; {max} and {line} are numbers',
        },
        values,
      ),
    ),
    entry(
      'The text has more than {max} admonitions (::: blocks; the last counted on line {line}).',
      (values) =>
        translate(
          {
            id: 'contribute.problem.markdown-limit.admonitions',
            message:
              'The text has more than {max} admonitions (::: blocks; the last counted on line {line}).',
            description:
              'Contribute form problem: too many ::: note/tip/warning blocks; {max} and {line} are numbers',
          },
          values,
        ),
    ),
    entry(
      'Line {line} nests {count} admonitions (::: blocks) in one another (at most {max}).',
      (values) =>
        translate(
          {
            id: 'contribute.problem.markdown-limit.admonitionNesting',
            message:
              'Line {line} nests {count} admonitions (::: blocks) in one another (at most {max}).',
            description:
              'Contribute form problem: ::: blocks nested too deeply; {line}, {count} and {max} are numbers',
          },
          values,
        ),
    ),
  ],
  // Directive syntax (src/lib/rules/markdownLimits.ts): only Docusaurus's admonitions, none in descriptions.
  directive: [
    entry(
      'Line {line} starts with "{directive}", a directive, which contributed text may not use.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.directive.line',
            message:
              'Line {line} starts with "{directive}", a directive, which contributed text may not use.',
            description:
              'Contribute form problem: a line starting with :: or ::: (Markdown directive syntax); {directive} is what the line starts with',
          },
          values,
        ),
    ),
    entry(
      'Line {line} opens a "{directive}" block; only these admonitions may be used: {allowed}.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.directive.block',
            message:
              'Line {line} opens a "{directive}" block; only these admonitions may be used: {allowed}.',
            description:
              'Contribute form problem: a ::: block that is not a Docusaurus admonition; {directive} is what was written, {allowed} the list of admonition names (not translated)',
          },
          values,
        ),
    ),
    entry(
      'Line {line} gives a directive attributes in curly brackets, which contributed text may not use.',
      (values) =>
        translate(
          {
            id: 'contribute.problem.directive.attributes',
            message:
              'Line {line} gives a directive attributes in curly brackets, which contributed text may not use.',
            description:
              'Contribute form problem: Markdown directive syntax with attributes in curly brackets, e.g. :name{...}',
          },
          values,
        ),
    ),
    entry('Line {line} has the directive "{directive}", which this text may not use.', (values) =>
      translate(
        {
          id: 'contribute.problem.directive.text',
          message: 'Line {line} has the directive "{directive}", which this text may not use.',
          description:
            'Contribute form problem: Markdown directive syntax (a colon, a name, then [ or {) in a description; {directive} is what was written',
        },
        values,
      ),
    ),
  ],
  // An image in an organisation's prose (src/lib/directoryEntry.ts): the page shows none.
  'prose-image': [
    entry('Images are not shown in an organisation\'s texts: "{alt}".', (values) =>
      translate(
        {
          id: 'contribute.problem.prose-image.image',
          message: 'Images are not shown in an organisation\'s texts: "{alt}".',
          description:
            "Contribute form problem: an image in a description or summary, which the page does not show; {alt} is the image's alternative text",
        },
        values,
      ),
    ),
  ],
};
