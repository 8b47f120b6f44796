/**
 * Untrusted text (file names, validator messages quoting contributed
 * content, organisation names) shown in a GitHub comment. It must stay
 * text: no HTML, no links, no images, no @-mentions that ping people.
 */

/** Longest piece of untrusted text shown in one place. */
const MAX_LENGTH = 500;

/**
 * Escapes text for GitHub-flavoured Markdown: HTML and Markdown punctuation
 * are escaped, `@` cannot start a mention, newlines become spaces, and the
 * text is cut to 500 characters.
 * @param text - untrusted text
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  const cut = oneLine.length > MAX_LENGTH ? `${oneLine.slice(0, MAX_LENGTH)}…` : oneLine;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Links and images need "[", emphasis "*" "_" "~", code "`", tables "|": escaping these keeps the text literal.
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    // A zero-width space after "@" stops GitHub from turning it into a mention (the trick Renovate uses).
    .replace(/@/g, '@&#8203;')
    // "https://" written out would be auto-linked; break the scheme.
    .replace(/:\/\//g, ':&#8203;//');
}

/**
 * A file path as inline code. Paths come from the pull request (untrusted):
 * backticks are removed so the code span cannot be closed early.
 * @param file - a repository path
 */
export function codePath(file: string): string {
  return `\`${file.replace(/[`\r\n]/g, '').slice(0, 300)}\``;
}
