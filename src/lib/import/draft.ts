/**
 * What an importer produces before anything is written: one draft per
 * source row, with the problems found while mapping it. The same drafts
 * then go through the validator (see importEntries.ts).
 */

/** Why a row was refused: where (row, column or field), what, and how to fix it. */
export type RowProblem = {
  /** Source file name, e.g. `awkward.csv` or `organizations.csv`. */
  source: string;
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** Source column when known, e.g. `Hotline`. */
  column?: string;
  /** Field of the directory entry, e.g. `channels[0].value`. */
  field: string;
  message: string;
  fix: string;
};

/** An organisation to write to `directory/<city>/<slug>.yml`. */
export type OrganizationDraft = {
  source: string;
  row: number;
  city: string;
  slug: string;
  /** The entry's fields, in any order (the writer orders them like the schema). */
  data: Record<string, unknown>;
  /** Entry field path prefix → source column, so validator problems can name the column. */
  columns: Record<string, string>;
  problems: RowProblem[];
};

/** A city hub to create when the target has none (HSDS packages of ours carry them). */
export type CityDraft = {source: string; row: number; slug: string; data: Record<string, unknown>; problems: RowProblem[]};

/** Everything an importer read. */
export type ImportDrafts = {organizations: OrganizationDraft[]; cities: CityDraft[]; problems: RowProblem[]};

/**
 * A slug from a name: lowercase ASCII letters and digits joined by single
 * hyphens (accents removed through Unicode NFKD). Names in other scripts
 * give an empty slug, which the validator refuses with a fix (map a Slug column).
 * @param name - e.g. `Red de Respuesta Rápida`
 */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Sets a value at a dotted path such as `summary.en`, creating objects on the way.
 * @param target - the object to change
 * @param path - dotted path
 * @param value - the value (undefined leaves the target unchanged)
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined) return;
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}
