import type {CatalogueEntry} from './entry';

/**
 * Problem texts of the file checks: directory entries and their schema, YAML and JSON sources, file names and placement, cross-references (src/lib/directoryEntry.ts, src/lib/coalition.ts, src/lib/checks).
 * Each entry: the rule, then the message and the fix in English, Spanish and French, with `{name}` placeholders
 * for the values the problem quotes (see ../problemTexts.ts).
 */
export const FILE_TEXTS = {} satisfies Record<string, CatalogueEntry>;
