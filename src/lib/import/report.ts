import type {ImportReport} from './importEntries';

/**
 * The import report for people: what was written, then every refused row
 * with its row number, column, field, what is wrong and how to fix it.
 * @param report - the import's outcome
 * @param outLabel - where the files went, for the summary line
 */
export function formatImportReport(report: ImportReport, outLabel: string): string {
  const lines: string[] = [];
  const verb = report.dryRun ? 'would write' : 'wrote';
  for (const file of report.accepted) lines.push(`  ${verb}  ${file.file}  (${file.source} row ${file.row})`);
  if (report.refused.length) {
    lines.push('', 'Refused:');
    const sorted = [...report.refused].sort((a, b) => a.source.localeCompare(b.source) || a.row - b.row);
    for (const problem of sorted) {
      const column = problem.column ? `column "${problem.column}"  ` : '';
      lines.push(`  ${problem.source} row ${problem.row}  ${column}${problem.field}`, `      ${problem.message}`, `      Fix: ${problem.fix}`);
    }
  }
  const organizations = report.accepted.filter((file) => !file.file.endsWith('/_city.yml')).length;
  const cities = report.accepted.length - organizations;
  lines.push('', `${report.dryRun ? 'Dry run: ' : ''}${report.rows} row(s) read; ${organizations} organisation(s)${cities ? ` and ${cities} city hub(s)` : ''} ${report.dryRun ? 'would be written' : 'written'} to ${outLabel}; ${report.refusedRows} row(s) refused.`);
  return lines.join('\n');
}
