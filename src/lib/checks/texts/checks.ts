import type {CatalogueEntry} from './entry';

/**
 * Problem texts of the checks registered in src/lib/checks/ and run by src/lib/coalition.ts: file names and placement, category and author files, duplicates, cross-references, phone countries, interface translations.
 * Each entry: the rule, then the message and the fix in English, Spanish and French, with `{name}` placeholders
 * for the values the problem quotes (see ../problemTexts.ts).
 */
export const CHECK_TEXTS = {} satisfies Record<string, CatalogueEntry>;
