import type {LocaleStatus, Share, TranslationStatus} from './status';

/**
 * Formats the translation status for a terminal: one table of shares per
 * locale, then what is missing and which translations are outdated, each
 * with what to do next.
 */

const ROWS: [keyof LocaleStatus & string, string][] = [
  ['interface', 'Interface strings'],
  ['guides', 'Guides'],
  ['playbooks', 'Playbooks'],
  ['posts', 'Blog posts'],
  ['organizationSummaries', 'Organisation summaries'],
  ['citySummaries', 'City summaries'],
];

const cell = (value: Share | null) => (value ? `${value.percent} % (${value.translated}/${value.total})` : 'not measured');

/**
 * Renders the status as a Markdown table and lists.
 * @param status - from `translationStatus`
 * @param options.verbose - list every missing interface string (default: only their number)
 * @returns text for the terminal (also valid Markdown)
 */
export function formatStatus(status: TranslationStatus, options: {verbose?: boolean} = {}): string {
  const lines = ['| | ' + status.locales.map((locale) => `${locale.label} (${locale.locale})`).join(' | ') + ' |', '| --- |' + ' --- |'.repeat(status.locales.length)];
  for (const [key, label] of ROWS) lines.push(`| ${label} | ${status.locales.map((locale) => cell(locale[key] as Share | null)).join(' | ')} |`);
  for (const locale of status.locales) {
    const missing: string[] = [];
    for (const [key, label] of ROWS) {
      const value = locale[key] as Share | null;
      if (!value || value.missing.length === 0) continue;
      const shown = key === 'interface' && !options.verbose ? [`${value.missing.length} strings (--verbose lists them)`] : value.missing;
      missing.push(`- ${label}: ${shown.join(', ')}`);
    }
    if (missing.length) lines.push('', `${locale.label} (${locale.locale}) — not translated yet:`, ...missing);
    if (locale.outdated.length) {
      lines.push('', `${locale.label} (${locale.locale}) — translation may be outdated (the original changed since):`);
      for (const item of locale.outdated) {
        lines.push(`- ${item.file}: see what changed with \`git diff ${item.translatedFrom} ${item.currentRevision}\`, update the text, then set translated_from_revision: ${item.currentRevision}`);
      }
    }
  }
  return lines.join('\n');
}
