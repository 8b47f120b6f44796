import type {CatalogueEntry} from './entry';

/**
 * Problem texts of the contribution workflow: the import, the issue-form and pull-request bots and the built-site checks (src/lib/import, src/lib/github, src/lib/security/builtPage.ts).
 * Each entry: the rule, then the message and the fix in English, Spanish and French, with `{name}` placeholders
 * for the values the problem quotes (see ../problemTexts.ts).
 */
export const WORKFLOW_TEXTS = {} satisfies Record<string, CatalogueEntry>;
