import * as z from 'zod';
import {citySchema, organizationSchema, playbookFrontMatterSchema} from '../schema';

/**
 * The codebook of the open data: one row per field of the content model,
 * generated from the zod schema (through zod's own JSON Schema output, so
 * types, allowed values and `.describe()` meanings come from the one
 * schema the validator uses). Examples come from the templates that
 * contributors copy, so they stay real and current.
 */

/** One field of the codebook. */
export type CodebookField = {
  /** Path such as `channels[].hours` or `verified.date`. */
  field: string;
  /** JSON type: string, number, integer, boolean, object, array of string … */
  type: string;
  required: boolean;
  /** Allowed values or constraints in words, e.g. `one of: active, paused, closed`. */
  allowed: string;
  /** The field's meaning (its zod description). */
  meaning: string;
  /** An example value, as JSON (empty when the template has none). */
  example: string;
};

/** A codebook section: one record type. */
export type CodebookSection = {id: 'organization' | 'city' | 'playbook'; fields: CodebookField[]};

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
};

/** Constraints of a JSON Schema node, in words. */
function allowedText(node: JsonSchema): string {
  const parts: string[] = [];
  const leaf = node.items ?? node;
  if (leaf.enum) parts.push(`one of: ${leaf.enum.join(', ')}`);
  if (leaf.format)
    parts.push(`format ${leaf.format === 'date' ? 'ISO 8601 date (YYYY-MM-DD)' : leaf.format}`);
  if (leaf.pattern && !leaf.format) parts.push(`matches ${leaf.pattern}`);
  if (leaf.minLength !== undefined && leaf.minLength > 1)
    parts.push(`at least ${leaf.minLength} characters`);
  if (leaf.maxLength !== undefined) parts.push(`at most ${leaf.maxLength} characters`);
  if (leaf.minimum !== undefined && leaf.maximum !== undefined)
    parts.push(`${leaf.minimum} to ${leaf.maximum}`);
  if (node.minItems) parts.push(`at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}`);
  if (node.default !== undefined) parts.push(`default ${JSON.stringify(node.default)}`);
  return parts.join('; ');
}

function typeText(node: JsonSchema): string {
  if (node.prefixItems) return `array [${node.prefixItems.map(typeText).join(', ')}]`;
  if (node.type === 'array') return `array of ${node.items ? typeText(node.items) : 'any'}`;
  if (node.anyOf) return node.anyOf.map(typeText).join(' or ');
  return Array.isArray(node.type) ? node.type.join(' or ') : (node.type ?? 'any');
}

/** Reads the value at a codebook path (`channels[].value`) from an example object (first array item). */
function exampleAt(example: unknown, path: string): unknown {
  let node: unknown = example;
  for (const part of path.split('.')) {
    const match = /^([^[]+)((?:\[\d*\])*)$/.exec(part);
    if (!match || node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[match[1]!];
    for (const index of match[2]!.match(/\[(\d*)\]/g) ?? []) {
      if (!Array.isArray(node)) return undefined;
      node = node[Number(index.slice(1, -1)) || 0];
    }
  }
  return node;
}

/** Meanings of the per-language keys of localised text (`summary.en` …), which share one schema. */
const LOCALE_MEANINGS: Record<string, string> = {
  en: 'The text in English (required).',
  es: 'The text in Spanish.',
  fr: 'The text in French.',
};

/**
 * Flattens a JSON Schema into codebook rows (objects are listed, then their fields).
 * @param schema - a JSON Schema object node
 * @param example - an example record (e.g. a template) to take examples from
 */
export function codebookFields(schema: JsonSchema, example: unknown): CodebookField[] {
  const rows: CodebookField[] = [];
  const walk = (node: JsonSchema, path: string, required: boolean) => {
    const value = exampleAt(example, path);
    rows.push({
      field: path,
      type: typeText(node),
      required,
      allowed: allowedText(node),
      meaning:
        node.description ??
        node.items?.description ??
        LOCALE_MEANINGS[path.split('.').pop()!] ??
        '',
      // Objects and lists of objects are shown field by field below them.
      example:
        value === undefined ||
        (typeof value === 'object' &&
          value !== null &&
          (!Array.isArray(value) || value.some((item) => typeof item === 'object')))
          ? ''
          : JSON.stringify(value),
    });
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties))
        walk(child, `${path}.${key}`, required && (node.required ?? []).includes(key));
    }
    if (node.type === 'array' && node.items?.properties) {
      for (const [key, child] of Object.entries(node.items.properties))
        walk(child, `${path}[].${key}`, required && (node.items.required ?? []).includes(key));
    }
    node.prefixItems?.forEach((child, index) => walk(child, `${path}[${index}]`, required));
  };
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    walk(child, key, (schema.required ?? []).includes(key));
  return rows;
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;

/**
 * The codebook of organisations, cities and playbook front matter.
 * @param examples - an example record of each kind (the templates, parsed)
 */
export function codebook(examples: {
  organization?: unknown;
  city?: unknown;
  playbook?: unknown;
}): CodebookSection[] {
  return [
    {
      id: 'organization',
      fields: codebookFields(jsonSchemaOf(organizationSchema), examples.organization),
    },
    {id: 'city', fields: codebookFields(jsonSchemaOf(citySchema), examples.city)},
    {
      id: 'playbook',
      fields: codebookFields(jsonSchemaOf(playbookFrontMatterSchema), examples.playbook),
    },
  ];
}
