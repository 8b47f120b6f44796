import fs from 'node:fs';
import path from 'node:path';
import {generateJsonSchemas, serializeJsonSchema} from '../jsonSchema';

/** The parts of a JSON Schema these tests read. */
type JsonSchemaNode = {
  enum?: string[];
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
};

describe('published JSON Schema', () => {
  it.each(Object.entries(generateJsonSchemas()))(
    'static/schema/%s is up to date (run npm run schema if not)',
    (name, schema) => {
      const committed = fs.readFileSync(
        path.resolve(__dirname, '../../../static/schema', name),
        'utf8',
      );
      expect(committed).toBe(serializeJsonSchema(schema));
    },
  );

  it('lists the taxonomy and channel kinds as enums editors can complete', () => {
    const organization = generateJsonSchemas()['organization.schema.json'] as {
      properties: Record<string, JsonSchemaNode>;
    };
    expect(organization.properties.types?.items?.enum).toContain('sanctuary-congregation');
    expect(organization.properties.channels?.items?.properties?.kind?.enum).toEqual([
      'hotline',
      'phone',
      'email',
      'website',
      'form',
      'signal-username',
    ]);
    expect(organization.properties).not.toHaveProperty('mdx');
  });
});
