import * as z from 'zod';
import {citySchema, organizationSchema, playbookFrontMatterSchema} from './schema';
import {blogAuthorsFileSchema} from './schema/blogAuthors';
import {categoryFileSchema} from './schema/category';
import {guideFrontMatterSchema} from './schema/guide';
import {interfaceTranslationFileSchema} from './schema/interfaceTranslation';
import {postFrontMatterSchema} from './schema/post';
import {tagsFileSchema} from './schema/tags';

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
    'city.schema.json': generate(
      citySchema,
      'city.schema.json',
      'Sanctuary Commons city hub (directory/<city>/_city.yml)',
    ),
    'organization.schema.json': generate(
      organizationSchema,
      'organization.schema.json',
      'Sanctuary Commons organisation (directory/<city>/<org>.yml)',
    ),
    'playbook.schema.json': generate(
      playbookFrontMatterSchema,
      'playbook.schema.json',
      'Sanctuary Commons playbook front matter',
    ),
    'guide.schema.json': generate(
      guideFrontMatterSchema,
      'guide.schema.json',
      'Sanctuary Commons guide front matter (docs/ outside docs/playbooks/)',
    ),
    'post.schema.json': generate(
      postFrontMatterSchema,
      'post.schema.json',
      'Sanctuary Commons blog post front matter',
    ),
    'category.schema.json': generate(
      categoryFileSchema,
      'category.schema.json',
      'Sanctuary Commons sidebar category (docs/**/_category_.yml)',
    ),
    'authors.schema.json': generate(
      blogAuthorsFileSchema,
      'authors.schema.json',
      'Sanctuary Commons blog authors (blog/authors.yml)',
    ),
    'tags.schema.json': generate(
      tagsFileSchema,
      'tags.schema.json',
      'Sanctuary Commons tags (blog/tags.yml, docs/tags.yml)',
    ),
    'interface-translation.schema.json': generate(
      interfaceTranslationFileSchema,
      'interface-translation.schema.json',
      'Sanctuary Commons interface translation (i18n/<locale>/**/*.json)',
    ),
  };
}

/**
 * The text written to disk for a schema: stable, two-space JSON with a final newline.
 * @param schema - a generated schema
 */
export function serializeJsonSchema(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
