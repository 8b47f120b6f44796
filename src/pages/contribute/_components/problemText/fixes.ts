import {translate} from '@docusaurus/Translate';
import {entry, type CatalogueEntry} from './template';

/**
 * How to fix a problem, in the reader's language: every fix the contribute
 * forms can show. A fix text belongs to no single rule (the chat invite fix
 * serves three), so fixes are found by their English text alone.
 */
export const FIXES: readonly CatalogueEntry[] = [
  // File name and placement (src/lib/contribute/check.ts)
  entry(
    'Use lowercase letters, digits and single hyphens, e.g. northside-rapid-response.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.slug',
          message:
            'Use lowercase letters, digits and single hyphens, e.g. northside-rapid-response.',
          description: 'Contribute form fix: how to write a file name',
        },
        values,
      ),
  ),
  entry('Choose one.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.chooseOne',
        message: 'Choose one.',
        description: 'Contribute form fix: a required choice (city, topic) was not made',
      },
      values,
    ),
  ),
  entry(
    'Choose another file name. To change that entry, use "Edit this entry" on its page or the "Add or update an organisation" issue form.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.duplicateSlug',
          message:
            'Choose another file name. To change that entry, use "Edit this entry" on its page or the "Add or update an organisation" issue form.',
          description:
            'Contribute form fix: the file name is taken; "Edit this entry" is the link on organisation pages, "Add or update an organisation" the GitHub issue form',
        },
        values,
      ),
  ),
  entry('Write a few lines; see templates/playbook.md for what belongs here.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.emptySection',
        message: 'Write a few lines; see templates/playbook.md for what belongs here.',
        description: 'Contribute form fix: a playbook section is empty',
      },
      values,
    ),
  ),
  // Schema (src/lib/schema, src/lib/yamlSource.ts)
  entry('Write a value, or remove the key if it is optional.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.empty',
        message: 'Write a value, or remove the key if it is optional.',
        description: 'Contribute form fix: a field is empty',
      },
      values,
    ),
  ),
  entry('Add "{key}" (string); see the template in templates/.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.addText',
        message: 'Add "{key}" (string); see the template in templates/.',
        description:
          'Contribute form fix: a required text is missing; {key} is its key in the file, e.g. en',
      },
      values,
    ),
  ),
  entry('Add "{key}" ({expected}); see the template in templates/.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.addKey',
        message: 'Add "{key}" ({expected}); see the template in templates/.',
        description:
          'Contribute form fix: a required field is missing; {key} is its key in the file, {expected} the kind of value (English)',
      },
      values,
    ),
  ),
  entry('Shorten it to {max} characters or fewer.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.shorten',
        message: 'Shorten it to {max} characters or fewer.',
        description: 'Contribute form fix: a text is too long; {max} is a number',
      },
      values,
    ),
  ),
  entry('Retype the text without copying it from a source that adds hidden characters.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.invisible',
        message: 'Retype the text without copying it from a source that adds hidden characters.',
        description: 'Contribute form fix: hidden Unicode characters in a text',
      },
      values,
    ),
  ),
  entry('Start the text with a letter, a digit or a quotation mark.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.formula',
        message: 'Start the text with a letter, a digit or a quotation mark.',
        description: 'Contribute form fix: a text starts like a spreadsheet formula',
      },
      values,
    ),
  ),
  entry('Add one or more taxonomy slugs, e.g. [rapid-response].', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.types',
        message: 'Add one or more taxonomy slugs, e.g. [rapid-response].',
        description: 'Contribute form fix: no organisation type chosen',
      },
      values,
    ),
  ),
  entry('List the BCP-47 codes of the languages staff speak, e.g. [en, es].', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.languages',
        message: 'List the BCP-47 codes of the languages staff speak, e.g. [en, es].',
        description: 'Contribute form fix: no language chosen',
      },
      values,
    ),
  ),
  entry('Add a way to reach the organisation, e.g. a website or a hotline.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.channels',
        message: 'Add a way to reach the organisation, e.g. a website or a hotline.',
        description: 'Contribute form fix: the organisation has no contact channel',
      },
      values,
    ),
  ),
  entry('Add the GitHub user or team who keeps this entry up to date.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.maintainers',
        message: 'Add the GitHub user or team who keeps this entry up to date.',
        description: 'Contribute form fix: no GitHub maintainer given',
      },
      values,
    ),
  ),
  entry(
    'List the slug of the city (or cities) where this practice runs, e.g. [minneapolis].',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.cities',
          message:
            'List the slug of the city (or cities) where this practice runs, e.g. [minneapolis].',
          description: 'Contribute form fix: no city chosen for a playbook',
        },
        values,
      ),
  ),
  entry('Add the missing items.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.addItems',
        message: 'Add the missing items.',
        description: 'Contribute form fix: a list (or number) is below its minimum',
      },
      values,
    ),
  ),
  entry('Use a number of at least {minimum}.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.atLeast',
        message: 'Use a number of at least {minimum}.',
        description: 'Contribute form fix: a number is below its minimum; {minimum} is a number',
      },
      values,
    ),
  ),
  entry('Keep it within {maximum}.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.keepWithin',
        message: 'Keep it within {maximum}.',
        description: 'Contribute form fix: a value is above its maximum; {maximum} is a number',
      },
      values,
    ),
  ),
  entry('Keep the description to one sentence.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.oneSentence',
        message: 'Keep the description to one sentence.',
        description: 'Contribute form fix: the playbook description is too long',
      },
      values,
    ),
  ),
  entry('Write the date as YYYY-MM-DD, e.g. 2026-10-02.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.date',
        message: 'Write the date as YYYY-MM-DD, e.g. 2026-10-02.',
        description: 'Contribute form fix: a date is empty or invalid',
      },
      values,
    ),
  ),
  entry(
    'Use a lowercase language code such as es, so, hmn or kar (add a region only if it matters, e.g. es-MX).',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.languageTag',
          message:
            'Use a lowercase language code such as es, so, hmn or kar (add a region only if it matters, e.g. es-MX).',
          description: 'Contribute form fix: a language code is not valid',
        },
        values,
      ),
  ),
  entry('Write @username or @organisation/team-name.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.githubHandle',
        message: 'Write @username or @organisation/team-name.',
        description: 'Contribute form fix: a maintainer is not a GitHub handle',
      },
      values,
    ),
  ),
  entry('Use lowercase letters, digits and hyphens, e.g. northside-rapid-response.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.slugValue',
        message: 'Use lowercase letters, digits and hyphens, e.g. northside-rapid-response.',
        description: 'Contribute form fix: a city or organisation slug is not valid',
      },
      values,
    ),
  ),
  entry('Write it as a number.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.number',
        message: 'Write it as a number.',
        description: 'Contribute form fix: text where a number is expected',
      },
      values,
    ),
  ),
  entry('Write it as an int.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.integer',
        message: 'Write it as an int.',
        description: 'Contribute form fix: a whole number is expected',
      },
      values,
    ),
  ),
  entry('Use one of: {values}.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.oneOf',
        message: 'Use one of: {values}.',
        description:
          'Contribute form fix: a value outside the allowed list; {values} are the allowed values',
      },
      values,
    ),
  ),
  entry(
    'Use the opening_hours syntax, e.g. "Mo-Fr 09:00-17:00; Sa 10:00-14:00" or "24/7".',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.hours',
          message:
            'Use the opening_hours syntax, e.g. "Mo-Fr 09:00-17:00; Sa 10:00-14:00" or "24/7".',
          description:
            'Contribute form fix: opening hours do not parse (keep the examples as they are)',
        },
        values,
      ),
  ),
  entry(
    "Remove the invite link. Describe how people can ask to join (e.g. through the organisation's need-help or volunteer channel) so that a person vets each new member.",
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.chatInvite',
          message:
            "Remove the invite link. Describe how people can ask to join (e.g. through the organisation's need-help or volunteer channel) so that a person vets each new member.",
          description: 'Contribute form fix: a chat invite link',
        },
        values,
      ),
  ),
  entry(
    'Write the number as + country code and number with no spaces or dashes, e.g. +16125550142.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.phoneFormat',
          message:
            'Write the number as + country code and number with no spaces or dashes, e.g. +16125550142.',
          description: 'Contribute form fix: a phone number not in E.164 form',
        },
        values,
      ),
  ),
  entry('Check the country code, area code and number of digits.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.phoneInvalid',
        message: 'Check the country code, area code and number of digits.',
        description: 'Contribute form fix: a phone number that does not exist',
      },
      values,
    ),
  ),
  entry('Publish a standard or toll-free number instead.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.phoneCost',
        message: 'Publish a standard or toll-free number instead.',
        description: 'Contribute form fix: a premium-rate or shared-cost number',
      },
      values,
    ),
  ),
  entry(
    "Publish the organisation's own fixed-line, mobile or toll-free number: a person in crisis must reach a person, free or at local rates.",
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.phoneLine',
          message:
            "Publish the organisation's own fixed-line, mobile or toll-free number: a person in crisis must reach a person, free or at local rates.",
          description:
            'Contribute form fix: a satellite, international-network, personal, pager, voicemail or universal access number',
        },
        values,
      ),
  ),
  entry(
    'Check the number with the organisation. If it is wrong, correct it. If people in the city really must call this number, add international: "<why>" to the channel (e.g. "The consulate\'s national hotline, answered in Mexico"); the page then says that the call is international, and why.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.phoneCountry',
          message:
            'Check the number with the organisation. If it is wrong, correct it. If people in the city really must call this number, add international: "<why>" to the channel (e.g. "The consulate\'s national hotline, answered in Mexico"); the page then says that the call is international, and why.',
          description:
            'Contribute form fix: a phone number of another country than the city\'s. In the form, the reason goes in the channel\'s "Why people in the city must call a number of another country" field; keep "international:" untranslated (it is the field name in the file)',
        },
        values,
      ),
  ),
  entry(
    'Remove international from this channel: the page would warn callers of an international call that is not one.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.internationalUnneeded',
          message:
            'Remove international from this channel: the page would warn callers of an international call that is not one.',
          description:
            "Contribute form fix: a reason for an international call given for a number of the city's own country",
        },
        values,
      ),
  ),
  entry('Remove it: only a phone number can be an international call.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.internationalNotPhone',
        message: 'Remove it: only a phone number can be an international call.',
        description:
          'Contribute form fix: a reason for an international call given on a channel that is not a phone',
      },
      values,
    ),
  ),
  entry('Write an address like contact@your-organisation.org.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.email',
        message: 'Write an address like contact@your-organisation.org.',
        description: 'Contribute form fix: an e-mail channel is not an address',
      },
      values,
    ),
  ),
  entry('Use a full address that starts with https://.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.https',
        message: 'Use a full address that starts with https://.',
        description: 'Contribute form fix: a website or form channel is not an https link',
      },
      values,
    ),
  ),
  entry(
    'Write the username with its dot and digits, e.g. northside.01 (never a group invite link).',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.signalUsername',
          message:
            'Write the username with its dot and digits, e.g. northside.01 (never a group invite link).',
          description: 'Contribute form fix: a Signal channel is not a username',
        },
        values,
      ),
  ),
  // Short texts (src/lib/rules/plainText.ts)
  entry(
    'Describe the channel in words (e.g. "Main website", "Intake form"), or name only its own address.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.channelLabelHost',
          message:
            'Describe the channel in words (e.g. "Main website", "Intake form"), or name only its own address.',
          description:
            'Contribute form fix: a channel label that names another site than the channel',
        },
        values,
      ),
  ),
  entry(
    'Write plain sentences: no headings, lists, quotes, code fences, link definitions or underlines. Put longer text with formatting in the description.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.plainTextMarkdown',
          message:
            'Write plain sentences: no headings, lists, quotes, code fences, link definitions or underlines. Put longer text with formatting in the description.',
          description:
            'Contribute form fix: Markdown block syntax in a summary, which is shown as plain text',
        },
        values,
      ),
  ),
  entry('Write "less than" / "more than", or remove the characters.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.angleBracket',
        message: 'Write "less than" / "more than", or remove the characters.',
        description: 'Contribute form fix: < or > in a short text',
      },
      values,
    ),
  ),
  entry("Remove it. Publish numbers only as an organisation's channel.", (values) =>
    translate(
      {
        id: 'contribute.problem.fix.phoneInText',
        message: "Remove it. Publish numbers only as an organisation's channel.",
        description: 'Contribute form fix: a phone number in a short text',
      },
      values,
    ),
  ),
  entry("Remove it. Publish addresses only as an organisation's email channel.", (values) =>
    translate(
      {
        id: 'contribute.problem.fix.emailInText',
        message: "Remove it. Publish addresses only as an organisation's email channel.",
        description: 'Contribute form fix: an e-mail address in a short text',
      },
      values,
    ),
  ),
  entry(
    'Name the neighbourhood instead, unless it is a public office that wants to be found.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.addressInText',
          message:
            'Name the neighbourhood instead, unless it is a public office that wants to be found.',
          description: 'Contribute form fix: a street address in a short text',
        },
        values,
      ),
  ),
  // Markdown (src/lib/rules/markdown.ts)
  entry(
    "Remove it. Publish numbers only as an organisation's channel in directory/<city>/<org>.yml and link to that page.",
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.phoneInProse',
          message:
            "Remove it. Publish numbers only as an organisation's channel in directory/<city>/<org>.yml and link to that page.",
          description: 'Contribute form fix: a phone number in Markdown prose',
        },
        values,
      ),
  ),
  entry(
    "Remove it. Publish addresses only as an organisation's email channel and link to its directory page.",
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.emailInProse',
          message:
            "Remove it. Publish addresses only as an organisation's email channel and link to its directory page.",
          description: 'Contribute form fix: an e-mail address in Markdown prose',
        },
        values,
      ),
  ),
  entry(
    'Remove home and meeting addresses; name the neighbourhood instead. Keep it only if it is a public office that wants to be found.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.addressInProse',
          message:
            'Remove home and meeting addresses; name the neighbourhood instead. Keep it only if it is a public office that wants to be found.',
          description: 'Contribute form fix: a street address in Markdown prose',
        },
        values,
      ),
  ),
  entry(
    'Remove the HTML and use plain Markdown (lists, emphasis, links). Write < as "less than" or put it in `code`.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.rawHtml',
          message:
            'Remove the HTML and use plain Markdown (lists, emphasis, links). Write < as "less than" or put it in `code`.',
          description: 'Contribute form fix: HTML in Markdown',
        },
        values,
      ),
  ),
  entry(
    'Link to a published page (e.g. /directory) or a Markdown file by relative path.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.siteAliasLink',
          message:
            'Link to a published page (e.g. /directory) or a Markdown file by relative path.',
          description: 'Contribute form fix: a link starting with @site/',
        },
        values,
      ),
  ),
  entry(
    'Put the image next to the Markdown file (or under static/img/) and use a relative path.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.siteAliasImage',
          message:
            'Put the image next to the Markdown file (or under static/img/) and use a relative path.',
          description: 'Contribute form fix: an image path starting with @site/',
        },
        values,
      ),
  ),
  entry(
    'Save the image next to the Markdown file (PNG, JPEG, WebP or GIF, with its licence) and use a relative path, or remove it; remote images tell another host who is reading.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.remoteImage',
          message:
            'Save the image next to the Markdown file (PNG, JPEG, WebP or GIF, with its licence) and use a relative path, or remove it; remote images tell another host who is reading.',
          description: 'Contribute form fix: an image from another site or a data: URL',
        },
        values,
      ),
  ),
  entry('Write the full https:// address.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.protocolRelative',
        message: 'Write the full https:// address.',
        description: 'Contribute form fix: a link starting with //',
      },
      values,
    ),
  ),
  entry('Use the https:// address of the page.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.insecureLink',
        message: 'Use the https:// address of the page.',
        description: 'Contribute form fix: an http link',
      },
      values,
    ),
  ),
  entry(
    "Contacts belong in an organisation's channels; link to its directory page instead, e.g. /directory/<city>/<org>.",
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.contactInProse',
          message:
            "Contacts belong in an organisation's channels; link to its directory page instead, e.g. /directory/<city>/<org>.",
          description: 'Contribute form fix: a mailto:, tel: or sms: link',
        },
        values,
      ),
  ),
  entry('Use an https:// link or a site path.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.linkScheme',
        message: 'Use an https:// link or a site path.',
        description: 'Contribute form fix: a link with a scheme other than https',
      },
      values,
    ),
  ),
  entry('Write % as %25 in addresses, or remove the link.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.badUrl',
        message: 'Write % as %25 in addresses, or remove the link.',
        description: 'Contribute form fix: a link that cannot be decoded',
      },
      values,
    ),
  ),
  entry('Link to the page itself, e.g. /directory/chicago.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.pathEscapeSite',
        message: 'Link to the page itself, e.g. /directory/chicago.',
        description: 'Contribute form fix: a site path containing ..',
      },
      values,
    ),
  ),
  entry(
    'Link only to pages of the site (e.g. /directory/chicago) or to Markdown files inside the same content folder.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.pathEscapeContent',
          message:
            'Link only to pages of the site (e.g. /directory/chicago) or to Markdown files inside the same content folder.',
          description: 'Contribute form fix: a relative link leaving the content folder',
        },
        values,
      ),
  ),
  // Hidden characters and web addresses (src/lib/rules/textRules.ts, webAddress.ts, src/lib/schema/organization.ts)
  entry(
    'Delete the character: retype the text, or paste it as plain text, without copying it from a source that adds hidden characters.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.hiddenCharacter',
          message:
            'Delete the character: retype the text, or paste it as plain text, without copying it from a source that adds hidden characters.',
          description:
            'Contribute form fix: an invisible or text-direction control character in a text',
        },
        values,
      ),
  ),
  entry('Delete the character: type the contact again rather than copying it.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.hiddenInContact',
        message: 'Delete the character: type the contact again rather than copying it.',
        description: 'Contribute form fix: an invisible character inside a channel value',
      },
      values,
    ),
  ),
  entry('Delete the character: type the address again rather than copying it.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.hiddenInAddress',
        message: 'Delete the character: type the address again rather than copying it.',
        description: 'Contribute form fix: an invisible character inside a web address',
      },
      values,
    ),
  ),
  entry(
    'Write the address as the organisation publishes it: https:// followed directly by its own host name, typed rather than copied from a message.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.realAddress',
          message:
            'Write the address as the organisation publishes it: https:// followed directly by its own host name, typed rather than copied from a message.',
          description:
            'Contribute form fix: a web address that hides or imitates its host (keep https:// as is)',
        },
        values,
      ),
  ),
  entry('Write the full address of the page the link leads to.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.shortener',
        message: 'Write the full address of the page the link leads to.',
        description: 'Contribute form fix: a shortened link',
      },
      values,
    ),
  ),
  // Playbook sections (src/lib/markdownFile.ts)
  entry('Remove the line, or make it a "##"/"###" heading inside a section.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.h1',
        message: 'Remove the line, or make it a "##"/"###" heading inside a section.',
        description: 'Contribute form fix: a level-1 Markdown heading in a playbook',
      },
      values,
    ),
  ),
  entry('Use the sections {expected}; make this a "###" heading inside one of them.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.unknownSection',
        message: 'Use the sections {expected}; make this a "###" heading inside one of them.',
        description:
          'Contribute form fix: a ## heading that is not a playbook section; {expected} lists the section headings (English, as in the file)',
      },
      values,
    ),
  ),
  entry('Merge the two sections into one.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.duplicateSection',
        message: 'Merge the two sections into one.',
        description: 'Contribute form fix: a section heading written twice',
      },
      values,
    ),
  ),
  entry('Put the sections in this order: {expected}.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.sectionOrder',
        message: 'Put the sections in this order: {expected}.',
        description:
          'Contribute form fix: sections out of order; {expected} lists the section headings (English, as in the file)',
      },
      values,
    ),
  ),
  // Dates and cross-field rules (src/lib/directoryEntry.ts, src/lib/markdownFile.ts)
  entry('Use the date on which the details were actually checked.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.verifiedDate',
        message: 'Use the date on which the details were actually checked.',
        description: 'Contribute form fix: the verification date is in the future',
      },
      values,
    ),
  ),
  entry('Use the date on which the organisation agreed to be listed.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.consentDate',
        message: 'Use the date on which the organisation agreed to be listed.',
        description: 'Contribute form fix: the consent date is in the future',
      },
      values,
    ),
  ),
  entry('Use the date on which the playbook was last reviewed.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.reviewedDate',
        message: 'Use the date on which the playbook was last reviewed.',
        description: 'Contribute form fix: the playbook review date is in the future',
      },
      values,
    ),
  ),
  entry(
    'Confirm every channel with the organisation, then update verified.date and verified.method.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.stale',
          message:
            'Confirm every channel with the organisation, then update verified.date and verified.method.',
          description:
            'Contribute form fix: the verification date is old (verified.date and verified.method are field names in the file)',
        },
        values,
      ),
  ),
  entry(
    "Replace the template value with the organisation's real contact, or mark a fictional entry with sample: true.",
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.reservedValue',
          message:
            "Replace the template value with the organisation's real contact, or mark a fictional entry with sample: true.",
          description:
            'Contribute form fix: a template example contact in a real entry (keep "sample: true" as is)',
        },
        values,
      ),
  ),
  entry(
    "Prefer an address on the organisation's own domain or a shared role mailbox, so no one person is exposed.",
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.personalMailbox',
          message:
            "Prefer an address on the organisation's own domain or a shared role mailbox, so no one person is exposed.",
          description: 'Contribute form fix: an e-mail address at a personal provider',
        },
        values,
      ),
  ),
  entry(
    'Prefer a shared role mailbox (e.g. intake@ or help@) so no one person is exposed; keep it only if that person agreed to be listed.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.namedPersonAddress',
          message:
            'Prefer a shared role mailbox (e.g. intake@ or help@) so no one person is exposed; keep it only if that person agreed to be listed.',
          description:
            'Contribute form fix: an e-mail address that names one person (keep "intake@" and "help@" as is)',
        },
        values,
      ),
  ),
  entry(
    'Name the neighbourhoods, towns or region served instead (e.g. "North Minneapolis"); never a home or meeting address.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.streetAddressInCoverage',
          message:
            'Name the neighbourhoods, towns or region served instead (e.g. "North Minneapolis"); never a home or meeting address.',
          description: 'Contribute form fix: a street address in the area served',
        },
        values,
      ),
  ),
  // Markdown the reader cannot read quickly (src/lib/rules/markdownLimits.ts)
  entry(
    'Split the paragraph into shorter ones, or remove marks that are not emphasis or links (write them in `code`).',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.markdownParagraph',
          message:
            'Split the paragraph into shorter ones, or remove marks that are not emphasis or links (write them in `code`).',
          description: 'Contribute form fix: a paragraph with too many Markdown marks',
        },
        values,
      ),
  ),
  entry('Write the text without so many ">" or list markers at the start of the line.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.markdownNesting',
        message: 'Write the text without so many ">" or list markers at the start of the line.',
        description: 'Contribute form fix: too many > or list markers at the start of a line',
      },
      values,
    ),
  ),
  entry('Split the text into several files, or write some lists as paragraphs.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.markdownContainers',
        message: 'Split the text into several files, or write some lists as paragraphs.',
        description: 'Contribute form fix: a text with too many list items or quotes',
      },
      values,
    ),
  ),
  entry('Split the text into several files, or remove marks that are not emphasis.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.markdownFileEmphasis',
        message: 'Split the text into several files, or remove marks that are not emphasis.',
        description: 'Contribute form fix: a text with too many emphasis marks',
      },
      values,
    ),
  ),
  entry('Split the text into several files, or remove brackets that are not links.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.markdownFileBrackets',
        message: 'Split the text into several files, or remove brackets that are not links.',
        description: 'Contribute form fix: a text with too many brackets',
      },
      values,
    ),
  ),
  entry('Leave a blank line between paragraphs, or split the text into several files.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.markdownParagraphLines',
        message: 'Leave a blank line between paragraphs, or split the text into several files.',
        description: 'Contribute form fix: a paragraph with too many lines',
      },
      values,
    ),
  ),
  entry(
    'Write headings with # marks (## Heading), or leave a blank line before a line of = or -.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.markdownSetext',
          message:
            'Write headings with # marks (## Heading), or leave a blank line before a line of = or -.',
          description: 'Contribute form fix: too many headings underlined with = or -',
        },
        values,
      ),
  ),
  entry(
    'Start a new paragraph (a blank line) after long quotes and list items, or split the text into several files.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.markdownContinuation',
          message:
            'Start a new paragraph (a blank line) after long quotes and list items, or split the text into several files.',
          description: 'Contribute form fix: too many lines continuing quotes or list items',
        },
        values,
      ),
  ),
  entry('Split long tables into several, or the text into several files.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.markdownTableRows',
        message: 'Split long tables into several, or the text into several files.',
        description: 'Contribute form fix: too many table rows',
      },
      values,
    ),
  ),
  entry('Split the text into several files, or write some admonitions as paragraphs.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.markdownAdmonitions',
        message: 'Split the text into several files, or write some admonitions as paragraphs.',
        description: 'Contribute form fix: too many ::: blocks',
      },
      values,
    ),
  ),
  entry('Close each ::: block (a line of :::) before opening the next.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.markdownAdmonitionNesting',
        message: 'Close each ::: block (a line of :::) before opening the next.',
        description: 'Contribute form fix: ::: blocks nested too deeply',
      },
      values,
    ),
  ),
  entry('Remove the line, or write each colon at its start as "\\:" if it is text.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.directiveLine',
        message: 'Remove the line, or write each colon at its start as "\\:" if it is text.',
        description:
          'Contribute form fix: a line starting with :: or ::: that is not meant as a directive; \\: is a backslash before the colon',
      },
      values,
    ),
  ),
  entry('Use one of those admonitions (e.g. :::note … :::), or remove the ::: lines.', (values) =>
    translate(
      {
        id: 'contribute.problem.fix.directiveBlock',
        message: 'Use one of those admonitions (e.g. :::note … :::), or remove the ::: lines.',
        description: 'Contribute form fix: a ::: block that is not an admonition',
      },
      values,
    ),
  ),
  entry(
    'Remove the curly brackets after the directive, or write the colon before its name as "\\:" if it is text.',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.directiveAttributes',
          message:
            'Remove the curly brackets after the directive, or write the colon before its name as "\\:" if it is text.',
          description:
            'Contribute form fix: directive attributes in curly brackets; \\: is a backslash before the colon',
        },
        values,
      ),
  ),
  entry(
    'Write the text without a colon right before a word and a bracket, or write the colon as "\\:".',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.directiveText',
          message:
            'Write the text without a colon right before a word and a bracket, or write the colon as "\\:".',
          description:
            'Contribute form fix: directive syntax in a description; \\: is a backslash before the colon',
        },
        values,
      ),
  ),
  entry(
    'Remove the image, and say in words what it showed, or link to the page that shows it (https://…).',
    (values) =>
      translate(
        {
          id: 'contribute.problem.fix.proseImage',
          message:
            'Remove the image, and say in words what it showed, or link to the page that shows it (https://…).',
          description: 'Contribute form fix: an image in a description or summary',
        },
        values,
      ),
  ),
];
