import {findPersonalData} from '../rules/personalData';

/**
 * `coverage.area` names neighbourhoods, towns or a region in words; the
 * organisation template says a home or meeting address must never be there
 * (safety rule 5). A street address in it is an error, where elsewhere in
 * plain text it is only a warning (a public office may want to be found).
 */

/** A street address found in one text of the area. */
export type CoverageAddressFinding = {
  field: string;
  /** The catalogue code and values (checks/texts/checks.ts). */
  code: 'street-address-in-coverage.found';
  values: {address: string};
  message: string;
  fix: string;
};

/**
 * Finds street addresses in an organisation's `coverage.area` (one text, or one per locale).
 * @param area - the raw `coverage.area` value (anything: malformed values are the schema's to report)
 * @returns one finding per address, with its field (`coverage.area` or `coverage.area.es`)
 */
export function checkCoverageArea(area: unknown): CoverageAddressFinding[] {
  const texts: [string, unknown][] =
    typeof area === 'string'
      ? [['coverage.area', area]]
      : area && typeof area === 'object' && !Array.isArray(area)
        ? Object.entries(area).map(([locale, text]) => [`coverage.area.${locale}`, text])
        : [];
  const findings: CoverageAddressFinding[] = [];
  for (const [field, text] of texts) {
    if (typeof text !== 'string') continue;
    for (const hit of findPersonalData(text)) {
      if (hit.kind !== 'street-address') continue;
      findings.push({
        field,
        code: 'street-address-in-coverage.found',
        values: {address: hit.text},
        message: `"${hit.text}" is a street address; coverage.area must never hold one.`,
        fix: 'Name the neighbourhoods, towns or region served instead (e.g. "North Minneapolis"); never a home or meeting address.',
      });
    }
  }
  return findings;
}
