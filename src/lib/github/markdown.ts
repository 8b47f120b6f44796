/**
 * Untrusted text (file names, validator messages quoting contributed
 * content, organisation names, contact values) shown in a GitHub comment,
 * issue or pull-request body. It must stay text: no HTML, no links, no
 * images, no @-mentions that ping people, no cross-references that notify
 * other issues, pull requests or commits.
 *
 * GitHub's autolinks (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/autolinked-references-and-urls)
 * and GFM's extended autolinks (https://github.github.com/gfm/#autolinks-extension-)
 * start from a few characters: `@` (mentions, e-mail addresses, `user@sha`),
 * `#` (`#123`, `owner/repo#1`), `GH-`, `scheme:` (URLs), `www.` and dotted
 * domains, and runs of 7–40 hexadecimal digits (commit SHAs). A zero-width
 * space (U+200B, written `&#8203;`, the trick Renovate uses for mentions)
 * right after or before that character keeps the text readable and breaks
 * the pattern. Emoji shortcodes (`:smile:`) only draw an emoji and are left alone.
 */

/** Longest piece of untrusted text shown in one place. */
const MAX_LENGTH = 500;

/** Inserted where a link or reference would start; written out as `&#8203;` at the end. */
const BREAK = '\u200B';

/** Line and paragraph separators: untrusted text is shown on one line. */
const LINE_BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;

/**
 * Characters that hide or reorder text (control characters, bidirectional controls as in Trojan
 * Source, CVE-2021-42574, zero-width characters, the soft hyphen). The zero-width (non-)joiner is
 * part of ordinary writing (Persian, emoji sequences) and is only revealed next to ASCII.
 */
const HIDDEN =
  /[\u0000-\u0008\u000E-\u001F\u007F\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|(?<=[\u0000-\u007F])[\u200C\u200D]|[\u200C\u200D](?=[\u0000-\u007F])/g;

/**
 * Shows hidden characters as their code point, e.g. `⟨U+202E⟩`, so a reviewer sees them and they
 * cannot reverse or hide the rest of the line.
 * @param text - untrusted text
 */
export function revealHidden(text: string): string {
  return text.replace(
    HIDDEN,
    (char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

/**
 * Escapes text for GitHub-flavoured Markdown. HTML and Markdown punctuation
 * are escaped; mentions, e-mail addresses, URLs in any scheme, `www.` and
 * bare domains, issue references (`#1`, `GH-1`, `owner/repo#1`), commit
 * references (`owner/repo@sha`, bare SHAs of 7 or more hex digits) are
 * broken with an invisible zero-width space; hidden and direction-changing
 * characters are shown as `⟨U+XXXX⟩`; line breaks become spaces and the
 * text is cut to 500 characters.
 * @param text - untrusted text
 * @returns Markdown that renders as the same visible text, with no link, mention or reference
 */
export function escapeMarkdown(text: string): string {
  const oneLine = [...revealHidden(text.replace(LINE_BREAKS, ' '))];
  const cut =
    oneLine.length > MAX_LENGTH ? `${oneLine.slice(0, MAX_LENGTH).join('')}…` : oneLine.join('');
  return (
    cut
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Links and images need "[", emphasis "*" "_" "~", code "`", tables "|": escaping these keeps the text literal.
      .replace(/([\\`*_[\]|~])/g, '\\$1')
      // Mentions, team mentions, e-mail autolinks and `user@sha` / `owner/repo@sha` commit references.
      .replace(/@/g, `@${BREAK}`)
      // `#123`, `owner/repo#123`.
      .replace(/#(?=[\p{L}\p{N}])/gu, `#${BREAK}`)
      // `GH-123`.
      .replace(/(?<![\p{L}\p{N}])(GH)-(?=\d)/giu, `$1-${BREAK}`)
      // `https://…`, `mailto:…`, `xmpp:…`, any scheme: break right after the colon.
      .replace(/(?<=[\p{L}\p{N}+.-]):(?=\S)/gu, `:${BREAK}`)
      // `www.example.org`, bare domains and the domain of an e-mail address: break before each inner dot.
      .replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, `${BREAK}.`)
      // Commit SHAs: no run of 7 or more hex digits stays whole.
      .replace(/(?<![\p{L}\p{N}])[0-9A-Fa-f]{7,}(?![\p{L}\p{N}])/gu, (run) =>
        run.replace(/[0-9A-Fa-f]{6}(?=[0-9A-Fa-f])/g, `$&${BREAK}`),
      )
      .replace(/\u200B/g, '&#8203;')
  );
}

/**
 * A file path as inline code. Paths come from the pull request (untrusted):
 * backticks are removed so the code span cannot be closed early.
 * @param file - a repository path
 */
export function codePath(file: string): string {
  return `\`${revealHidden(file.replace(/[`\r\n]/g, '')).slice(0, 300)}\``;
}

/**
 * Any untrusted value as an inline code span: GitHub shows it exactly,
 * character for character, and never turns anything inside a code span
 * into a link, a mention, a reference or HTML. The fence is one backtick
 * longer than the longest run of backticks in the value, so the value
 * cannot close it; line breaks are shown as `↵` and hidden or
 * direction-changing characters as `⟨U+XXXX⟩` (they reorder text even in code).
 * @param value - untrusted text, already shortened by the caller if needed
 * @returns a code span, or `(empty)` in italics for an empty value
 */
export function inlineCode(value: string): string {
  const oneLine = revealHidden(value.replace(/\r\n?|[\n\u0085\u2028\u2029]/g, ' ↵ '));
  if (oneLine === '') return '_(empty)_';
  const longestRun = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each side when both are spaces, and needs one next to a backtick.
  const pad = /^[` ]|[` ]$/.test(oneLine) && !/^ +$/.test(oneLine) ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/**
 * Untrusted text for an issue or pull-request title, which GitHub shows as plain text but still
 * scans for references: a zero-width space (the character itself; titles do not decode entities)
 * after `@` and `#` and inside `GH-` keeps mentions and cross-references out; line breaks become spaces.
 * @param text - untrusted text
 * @param max - longest title part, in characters
 */
export function inertTitle(text: string, max = 100): string {
  const oneLine = [...revealHidden(text.replace(LINE_BREAKS, ' '))].slice(0, max).join('');
  return oneLine
    .replace(/([@#])/g, `$1${BREAK}`)
    .replace(/(?<![\p{L}\p{N}])(GH)-(?=\d)/giu, `$1-${BREAK}`);
}
