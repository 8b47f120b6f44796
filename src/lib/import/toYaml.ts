import {Document, isMap, isScalar, Scalar, stringify} from 'yaml';
import {channelSchema, organizationSchema} from '../schema/organization';
import {citySchema} from '../schema/city';

/**
 * Writes imported entries as YAML with the `yaml` library, fields in the
 * schema's order (as in templates/), with the yaml-language-server header
 * so editors check the file while typing.
 */

const ORGANIZATION_KEYS = Object.keys(organizationSchema.shape);
const CITY_KEYS = Object.keys(citySchema.shape);
const CHANNEL_KEYS = Object.keys(
  (channelSchema as unknown as {shape?: Record<string, unknown>}).shape ?? {
    kind: 0,
    audience: 0,
    value: 0,
    hours: 0,
    languages: 0,
  },
);

/** Orders an object's keys: known keys in schema order, then any others (the validator refuses unknown keys). */
function ordered(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [...keys, ...Object.keys(data).filter((key) => !keys.includes(key))]) {
    if (data[key] !== undefined) out[key] = data[key];
  }
  return out;
}

const yamlText = (value: unknown) => stringify(value, {lineWidth: 0, version: '1.2'});

/**
 * YAML text of an organisation, `directory/<city>/<slug>.yml`.
 * @param data - the entry's fields
 */
export function organizationYaml(data: Record<string, unknown>): string {
  const body = ordered(data, ORGANIZATION_KEYS);
  if (Array.isArray(body.channels))
    body.channels = body.channels.map((channel) =>
      channel && typeof channel === 'object'
        ? ordered(channel as Record<string, unknown>, CHANNEL_KEYS)
        : channel,
    );
  const document = new Document(body, {version: '1.2'});
  blockDescriptions(document);
  return `# yaml-language-server: $schema=../../static/schema/organization.schema.json\n${document.toString({lineWidth: 0})}`;
}

/**
 * Writes every `description` text as a literal block ending with a line
 * break (`en: |`), the form of the template and of hand-written entries,
 * so that an export and import round trip gives the file back as it was
 * (the validator reads the text without its final line break either way).
 * @param document - an organisation's YAML document (changed in place)
 */
export function blockDescriptions(document: Document): void {
  const description = document.get('description', true);
  if (!isMap(description)) return;
  for (const item of description.items) {
    if (!isScalar(item.value) || typeof item.value.value !== 'string') continue;
    const text = item.value.value;
    item.value.value = text.endsWith('\n') ? text : `${text}\n`;
    item.value.type = Scalar.BLOCK_LITERAL;
  }
}

/**
 * YAML text of a city hub, `directory/<city>/_city.yml`.
 * @param data - the city's fields
 */
export function cityYaml(data: Record<string, unknown>): string {
  return `# yaml-language-server: $schema=../../static/schema/city.schema.json\n${yamlText(ordered(data, CITY_KEYS))}`;
}
