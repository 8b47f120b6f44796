/**
 * What an importer produces before anything is written: one draft per
 * source row, with the problems found while mapping it and every way a
 * written value differs from its source cell. The same drafts then go
 * through the validator (see importEntries.ts).
 */
import type {ProblemCode, ProblemValues} from '../checks/problemTexts';
import type {RuleId} from '../checks/ruleIds';
import type {ImportFixHint, ImportSkipCode} from '../checks/texts/workflow';
import type {ChangeRule} from './changes';

/** Where a value comes from: the source file, its spreadsheet row (header = row 1) and column. */
export type Where = {
  /** Source file name, e.g. `awkward.csv` or `organizations.csv`. */
  source: string;
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** Source column when known, e.g. `Hotline`. */
  column?: string;
};

/** Why a row (or one of its channels) was refused, or a warning about it: where, what, and how to fix it. */
export type RowProblem = Where & {
  /** Field of the directory entry, e.g. `channels[0].value`, or `(city)`, `(slug)`, `(mapping)`. */
  field: string;
  message: string;
  fix: string;
  /** Stable rule id (the validator's, or an import rule such as `phone-country`). */
  rule?: RuleId;
  /**
   * The catalogue code (checks/problemTexts.ts) the message and fix are written from, and the values they quote
   * (build one with rowProblem(), rowProblem.ts), so the report can be printed in every catalogue language.
   */
  code?: ProblemCode;
  values?: ProblemValues;
  /** Sentences added to the fix, naming the mapping key to change (their English text ends `fix`). */
  hints?: {code: ImportFixHint; values: ProblemValues}[];
};

/**
 * A written value that differs from its source cell, and the documented
 * rule that made the difference (see changes.ts). The report lists every one.
 */
export type Change = Where & {
  /** The entry field written, e.g. `channels[1].value`. */
  field: string;
  /** The whole source cell (or `defaults.x` of the mapping). */
  cell: string;
  /** The part of the cell this value was read from. */
  from: string;
  /** The value written. */
  to: string;
  rule: ChangeRule;
};

/** A change to one field of a channel, before the channel has its index. */
export type ChannelChange = Omit<Change, 'field'> & {subfield: string};

/** Something read but not written (a column no mapping names, an HSDS field, a value left in a cell). */
export type Skipped = Where & {
  /** What was not imported, e.g. `column "Notes"`, `phones.description`, `text beside a number`. */
  what: string;
  /** Why, in words. */
  reason: string;
  /** The value, when one value is meant (kept short in reports). */
  value?: string;
  /** How many values this stands for (e.g. the non-empty cells of an unmapped column); 1 when absent. */
  count?: number;
  /**
   * The skip code (checks/texts/workflow.ts IMPORT_SKIP_TEXTS) `what` and `reason` are written from, and the
   * values they quote (build one with skippedItem(), skipped.ts), so the report can be printed in every language.
   */
  code?: ImportSkipCode;
  values?: ProblemValues;
};

/**
 * A contact read from a cell, before its number is read in the country of
 * the row's city (the city is only known once every city is resolved).
 */
export type ChannelSource = Where & {
  kind: string;
  audience: string;
  /** The text the value comes from (one part of a split cell). */
  text: string;
  /** The whole cell. */
  cell: string;
  hours?: string;
  languages?: string[];
  /** A label or extension given by a column or a table of their own. */
  label?: string;
  extension?: string;
  /** Why a number of another country than the city's is listed (safety rule 11), as the package gives it. */
  international?: unknown;
  /** Where the channel's other fields come from, by channel field (`hours`, `label`, `extension`, `languages`). */
  fieldSources?: Record<string, Where>;
  /** Changes already made while reading (e.g. HSDS schedule rows → hours), by channel field (`hours`, `languages[0]`). */
  changes?: ChannelChange[];
  /** Whether it came from a default or a column, for update mode and the report. */
  origin?: string;
};

/** An organisation to write to `directory/<city>/<slug>.yml`. */
export type OrganizationDraft = {
  source: string;
  row: number;
  city: string;
  /** The city as the sheet names it (for --create-cities), with region and country when the sheet has them. */
  place?: {name: string; region?: string; country?: string; column?: string};
  /** Country named by the row's country column, if the mapping has one (ISO 3166-1 alpha-2). */
  country?: {code: string; column?: string};
  slug: string;
  /** The HSDS organization id, for --update matching. */
  hsdsId?: string;
  /** The entry's fields without channels, in any order (the writer orders them like the schema). */
  data: Record<string, unknown>;
  /** Contacts, read into `data.channels` once the city's country is known. */
  channels: ChannelSource[];
  /** Entry field path prefix → source column, so validator problems can name the column. */
  columns: Record<string, string>;
  /** Entry field path prefix → the cell it was read from (file, row, column), for the report and the zero-change test. */
  provenance: Record<string, Where>;
  /** Top-level fields whose value came from the source rather than the mapping's defaults. */
  fromSource: Set<string>;
  problems: RowProblem[];
  changes: Change[];
  skipped: Skipped[];
};

/** A city hub to create when the target has none (HSDS packages of ours carry them). */
export type CityDraft = {
  source: string;
  row: number;
  slug: string;
  data: Record<string, unknown>;
  problems: RowProblem[];
};

/** Everything an importer read. */
export type ImportDrafts = {
  organizations: OrganizationDraft[];
  cities: CityDraft[];
  /** Problems of the whole source (a mapping column the file lacks…). */
  problems: RowProblem[];
  /** Columns, tables and fields read but not used. */
  skipped: Skipped[];
  /** Rows the source holds (organisations). */
  rows: number;
};

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

/** An empty draft for a row. */
export function newDraft(source: string, row: number): OrganizationDraft {
  return {
    source,
    row,
    city: '',
    slug: '',
    data: {},
    channels: [],
    columns: {},
    provenance: {},
    fromSource: new Set(),
    problems: [],
    changes: [],
    skipped: [],
  };
}
