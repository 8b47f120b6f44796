import * as z from 'zod';
import {citySchema, organizationSchema, playbookFrontMatterSchema} from './schema';

/**
 * JSON Schema (draft 2020-12) generated from the zod content model with
 * zod's own `z.toJSONSchema`, published under `/schema/` so editors can
 * check YAML while typing (`# yaml-language-server: $schema=…`).
 * Checks that JSON Schema cannot express (phone validity, opening_hours,
 * safety rules) stay in `npm run validate`.
 */

/** File name → generated schema. */
export function generateJsonSchemas(): Record<string, object> {
  const generate = (schema: z.ZodType, id: string, title: string) => ({
    ...z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any', target: 'draft-2020-12'}),
    $id: `https://sanctuary-commons.example.org/schema/${id}`,
    title,
  });
  return {
    'city.schema.json': generate(citySchema, 'city.schema.json', 'Sanctuary Commons city hub (directory/<city>/_city.yml)'),
    'organization.schema.json': generate(organizationSchema, 'organization.schema.json', 'Sanctuary Commons organisation (directory/<city>/<org>.yml)'),
    'playbook.schema.json': generate(playbookFrontMatterSchema, 'playbook.schema.json', 'Sanctuary Commons playbook front matter'),
  };
}

/**
 * The text written to disk for a schema: stable, two-space JSON with a final newline.
 * @param schema - a generated schema
 */
export function serializeJsonSchema(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
