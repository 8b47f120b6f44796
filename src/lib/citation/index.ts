import {Cite, plugins} from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import {CHICAGO_STYLE_ID, CHICAGO_STYLE_XML} from './chicagoStyle';

/**
 * Citations of a page of the site in the formats reference managers read:
 * APA and Chicago text (CSL styles run by citeproc-js through citation-js),
 * BibTeX, RIS and CSL-JSON. Runs at build time in Node; pages receive the
 * finished strings, so browsers never download citation-js.
 */

/** What is known about a page to cite it. */
export type CitationInput = {
  /** Stable key, also the BibTeX key: ASCII letters, digits and `_` only, the characters citation-js keeps in BibTeX keys (e.g. `sc_minneapolis_fixture_legal_aid`); RIS keeps its first 20 characters. */
  key: string;
  title: string;
  /** Authors as written (organisations, not persons): CSL `literal` names. */
  authors: string[];
  /** The site, CSL `container-title`. */
  siteName: string;
  /** Permanent URL of the page. */
  url: string;
  /** Last change of the page's source file, `YYYY-MM-DD` (CSL `issued`); omitted when history is unavailable. */
  updated?: string;
  /** Date the citation was produced, `YYYY-MM-DD` (CSL `accessed`); used by styles when `updated` is unknown. */
  accessed?: string;
  /** Full Git commit of the build or of the file's last change. */
  commit?: string;
  /** BCP-47 language of the page. */
  language?: string;
};

/** The finished citation strings of one page. */
export type Citations = {
  apa: string;
  chicago: string;
  bibtex: string;
  ris: string;
  cslJson: string;
};

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), restricted to the fields used here. */
export type CslItem = {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  author: {literal: string}[];
  'container-title': string;
  URL: string;
  issued?: {'date-parts': [[number, number, number]]};
  accessed?: {'date-parts': [[number, number, number]]};
  version?: string;
  note?: string;
  language?: string;
};

const KEY = /^[A-Za-z0-9_]+$/;

let chicagoRegistered = false;
function registerChicago(): void {
  if (chicagoRegistered) return;
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(CHICAGO_STYLE_ID)) styles.add(CHICAGO_STYLE_ID, CHICAGO_STYLE_XML);
  chicagoRegistered = true;
}

function dateParts(iso: string): {'date-parts': [[number, number, number]]} {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO 8601 date: ${iso}`);
  return {'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]]};
}

/**
 * The CSL-JSON item of a page.
 * @param input - title, authors, URL, dates and commit
 * @returns the item, with `version` the short commit and `note` the full one
 * @throws RangeError when `key` has characters citation-js drops from BibTeX keys or a date is not `YYYY-MM-DD`
 */
export function cslItem(input: CitationInput): CslItem {
  if (!KEY.test(input.key))
    throw new RangeError(
      `Citation key "${input.key}" may only hold ASCII letters, digits and "_".`,
    );
  return {
    id: input.key,
    'citation-key': input.key,
    type: 'webpage',
    title: input.title,
    author: input.authors.map((name) => ({literal: name})),
    'container-title': input.siteName,
    URL: input.url,
    ...(input.updated ? {issued: dateParts(input.updated)} : {}),
    ...(input.accessed ? {accessed: dateParts(input.accessed)} : {}),
    ...(input.commit
      ? {version: input.commit.slice(0, 7), note: `Git commit ${input.commit}`}
      : {}),
    ...(input.language ? {language: input.language} : {}),
  };
}

/**
 * RIS lines from citation-js's RIS records. citation-js wraps values at 70
 * characters, which splits URLs across lines; reference managers read one
 * tag per line (RIS allows 255 characters), so the values are kept whole.
 */
function risText(records: Record<string, string | string[]>[]): string {
  return records
    .map((record) => {
      const lines = [`TY  - ${String(record.TY)}`];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY') continue;
        for (const item of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(item)}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n');
}

/**
 * Formats a page's citation in every offered format.
 * @param input - what is known about the page
 * @returns APA 7 and Chicago author-date plain text (one line each), BibTeX, RIS and CSL-JSON (an array of one item)
 * @throws RangeError as {@link cslItem}
 */
export function formatCitations(input: CitationInput): Citations {
  registerChicago();
  const cite = new Cite(cslItem(input));
  const text = (template: string) =>
    String(
      cite.format('bibliography', {format: 'text', template, lang: 'en-US', nosort: true}),
    ).trim();
  return {
    apa: text('apa'),
    chicago: text(CHICAGO_STYLE_ID),
    bibtex: String(cite.format('bibtex', {format: 'text'})).trim(),
    ris: risText(cite.format('ris', {format: 'object'}) as Record<string, string | string[]>[]),
    cslJson: String(cite.format('data', {format: 'text'})),
  };
}

/**
 * A citation key from a site path: `directory/minneapolis/fixture-legal-aid` → `sc_directory_minneapolis_fixture_legal_aid`.
 * @param sitePath - path of the page without locale prefix
 */
export function citationKey(sitePath: string): string {
  return `sc_${sitePath.replace(/^\/+/, '').replace(/[^A-Za-z0-9]+/g, '_')}`;
}
