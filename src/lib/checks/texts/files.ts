import type {CatalogueEntry} from './entry';

/**
 * Problem texts of reading a contributed file: directory entries and their schema, YAML and JSON sources, collections, translations, site links and tombstones (src/lib/directoryEntry.ts, src/lib/schema, src/lib/yamlSource.ts, src/lib/jsonSource.ts…).
 * Each entry: the rule, then the message and the fix in English, Spanish and French, with `{name}` placeholders
 * for the values the problem quotes (see ../problemTexts.ts).
 */
export const FILE_TEXTS = {} satisfies Record<string, CatalogueEntry>;
