import {CHANGE_RULES} from './changes';
import type {ImportReport} from './importEntries';

/**
 * The import report for people (and its counts for scripts): what was
 * written, every refused row with its row, column, field and fix, the
 * warnings (same text as `npm run validate`), every contact value that
 * differs from its cell, the other changes counted by rule, and what was
 * not imported, with counts.
 */

/** One line of the "not imported" section: what, why, how many, where. */
export type NotImportedLine = {
  source: string;
  what: string;
  reason: string;
  count: number;
  rows: number[];
  examples: string[];
};

/** The counts a maintainer quotes (and CI can read with --format json). */
export type ImportSummary = {
  rows: number;
  written: number;
  created: number;
  updated: number;
  unchanged: number;
  cities: number;
  refusedRows: number;
  warnings: number;
  changes: number;
  notImported: number;
};

/**
 * Groups what was not imported by file, what and why.
 * @param report - the import's outcome
 */
export function notImported(report: ImportReport): NotImportedLine[] {
  const lines = new Map<string, NotImportedLine>();
  for (const item of report.skipped) {
    const key = `${item.source}\u0000${item.what}\u0000${item.reason}`;
    const line = lines.get(key) ?? {
      source: item.source,
      what: item.what,
      reason: item.reason,
      count: 0,
      rows: [],
      examples: [],
    };
    line.count += item.count ?? 1;
    if (item.count === undefined && !line.rows.includes(item.row)) line.rows.push(item.row);
    if (item.value && line.examples.length < 3 && !line.examples.includes(item.value))
      line.examples.push(item.value);
    lines.set(key, line);
  }
  return [...lines.values()].sort(
    (a, b) => a.source.localeCompare(b.source) || a.what.localeCompare(b.what),
  );
}

/**
 * The counts of an import.
 * @param report - the import's outcome
 */
export function summarize(report: ImportReport): ImportSummary {
  const isCity = (file: string) => file.endsWith('/_city.yml');
  const organizations = report.accepted.filter((file) => !isCity(file.file));
  return {
    rows: report.rows,
    written: organizations.length,
    created: organizations.filter((file) => file.action === 'create').length,
    updated: organizations.filter((file) => file.action === 'update').length,
    unchanged: report.unchanged.length,
    cities: report.accepted.length - organizations.length,
    refusedRows: report.refusedRows,
    warnings: report.warnings.length,
    changes: report.changes.length,
    notImported: notImported(report).reduce((sum, line) => sum + line.count, 0),
  };
}

const CONTACT_FIELD = /^channels\[\d+\]\.(value|extension|label)$/;
const rowsText = (rows: number[]) =>
  rows.length > 10
    ? `rows ${rows.slice(0, 10).join(', ')} and ${rows.length - 10} more`
    : `row${rows.length === 1 ? '' : 's'} ${rows.join(', ')}`;

/**
 * The report as text.
 * @param report - the import's outcome
 * @param outLabel - where the files went, for the summary line
 */
export function formatImportReport(report: ImportReport, outLabel: string): string {
  const lines: string[] = [];
  const dry = report.dryRun;
  for (const file of report.accepted) {
    lines.push(
      `  ${file.action === 'update' ? (dry ? 'would update' : 'updated') : dry ? 'would write' : 'wrote'}  ${file.file}  (${file.source} row ${file.row})`,
    );
    for (const diff of file.diffs ?? []) for (const line of diff.lines) lines.push(`      ${line}`);
  }
  for (const file of report.unchanged)
    lines.push(`  unchanged  ${file.file}  (${file.source} row ${file.row})`);
  const byPlace = <T extends {source: string; row: number}>(items: T[]) =>
    [...items].sort((a, b) => a.source.localeCompare(b.source) || a.row - b.row);
  if (report.refused.length) {
    lines.push('', 'Refused:');
    for (const problem of byPlace(report.refused)) {
      const column = problem.column ? `column "${problem.column}"  ` : '';
      lines.push(
        `  ${problem.source} row ${problem.row}  ${column}${problem.field}${problem.rule ? `  [${problem.rule}]` : ''}`,
        `      ${problem.message}`,
        `      Fix: ${problem.fix}`,
      );
    }
  }
  if (report.warnings.length) {
    lines.push('', 'Warnings (written, for a reviewer to check; the same as npm run validate):');
    for (const warning of byPlace(report.warnings)) {
      const column = warning.column ? `column "${warning.column}"  ` : '';
      lines.push(
        `  ${warning.source} row ${warning.row}  ${column}${warning.field}  [${warning.rule}]`,
        `      ${warning.message}`,
        `      Fix: ${warning.fix}`,
      );
    }
  }
  const contacts = report.changes.filter((change) => CONTACT_FIELD.test(change.field));
  if (contacts.length) {
    lines.push('', 'Contact values written differently from their cell (check each):');
    for (const change of byPlace(contacts)) {
      lines.push(
        `  ${change.source} row ${change.row}  column "${change.column ?? ''}"  ${change.field}: "${change.from}" → "${change.to}"  [${change.rule}]`,
      );
    }
  }
  const others = report.changes.filter((change) => !CONTACT_FIELD.test(change.field));
  if (others.length) {
    lines.push('', 'Other values normalised (every one is in --format json, under changes):');
    const counts = new Map<string, number>();
    for (const change of others) counts.set(change.rule, (counts.get(change.rule) ?? 0) + 1);
    for (const [rule, count] of [...counts].sort((a, b) => b[1] - a[1]))
      lines.push(
        `  ${String(count).padStart(5)}  ${rule}: ${CHANGE_RULES[rule as keyof typeof CHANGE_RULES]}`,
      );
  }
  const skipped = notImported(report);
  if (skipped.length) {
    lines.push('', 'Not imported:');
    for (const line of skipped) {
      const where = line.rows.length ? `  (${rowsText(line.rows)})` : '';
      const examples = line.examples.length
        ? `  e.g. ${line.examples.map((example) => `"${example.length > 60 ? `${example.slice(0, 57)}…` : example}"`).join(', ')}`
        : '';
      lines.push(
        `  ${String(line.count).padStart(5)}  ${line.source}  ${line.what}: ${line.reason}${where}${examples}`,
      );
    }
  }
  const sum = summarize(report);
  lines.push(
    '',
    [
      `${dry ? 'Dry run: ' : ''}${sum.rows} row(s) read`,
      `${sum.written} organisation(s) ${dry ? 'would be written' : 'written'} to ${outLabel}${sum.updated ? ` (${sum.created} new, ${sum.updated} updated)` : ''}${sum.cities ? ` and ${sum.cities} city hub(s)` : ''}`,
      ...(sum.unchanged ? [`${sum.unchanged} unchanged`] : []),
      `${sum.refusedRows} row(s) refused`,
      `${sum.warnings} warning(s)`,
      `${sum.changes} value(s) normalised`,
      `${sum.notImported} value(s) not imported`,
    ].join('; ') + '.',
  );
  return lines.join('\n');
}
