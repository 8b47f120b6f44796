import * as z from 'zod';
import {Document} from 'yaml';
import {PROSE_EXEMPT_FIELDS, checkDirectoryEntry, fieldKind} from '../directoryEntry';
import {formatField} from '../problems';
import {citySchema} from '../schema/city';
import {organizationSchema} from '../schema/organization';

/**
 * Issue 13, attack finding F1: every string of a directory entry goes through the prose rules
 * (markup, invites, phone numbers, e-mail addresses, invisible characters), unless its field is
 * exempt for a stated reason (PROSE_EXEMPT_FIELDS). The schema is walked, so a field added later
 * is covered without anyone remembering to list it.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
};

/** Every path of the schema where a free string may sit (enums and constants left out). */
function stringPaths(
  schema: JsonSchema,
  path: (string | number)[] = [],
  free = true,
): (string | number)[][] {
  const found: (string | number)[][] = [];
  for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    found.push(...stringPaths(option, path, free));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('string') && (!free || (!schema.enum && schema.const === undefined)))
    found.push(path);
  for (const [key, value] of Object.entries(schema.properties ?? {}))
    found.push(...stringPaths(value, [...path, key], free));
  if (schema.items && !Array.isArray(schema.items))
    found.push(...stringPaths(schema.items, [...path, 0], free));
  for (const [index, item] of (schema.prefixItems ?? []).entries())
    found.push(...stringPaths(item, [...path, index], free));
  return found;
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}) as JsonSchema;
/** Paths of free strings (the ones a contributor can write anything into). */
const pathsOf = (schema: z.ZodType) => stringPaths(jsonSchemaOf(schema));
/** Paths of every string, enumerations included. */
const allPathsOf = (schema: z.ZodType) => stringPaths(jsonSchemaOf(schema), [], false);

const ORGANIZATION = {
  name: 'Fixture Org',
  types: ['legal-aid'],
  summary: {en: 'A fixture.'},
  languages: ['en'],
  channels: [{kind: 'hotline', audience: 'need-help', value: '+16125550142'}],
  coverage: {area: 'North side'},
  status: 'active',
  verified: {date: '2026-10-01', method: 'email'},
  maintainers: ['@someone'],
  consent: '2026-10-01',
  sample: true,
};
const CITY = {
  name: 'Testville',
  region: 'Minnesota',
  country: 'US',
  coordinates: [44.978, -93.265],
  timezone: 'America/Chicago',
  summary: {en: 'A fixture city.'},
  maintainers: ['@someone'],
  policy: {
    summary: {en: 'A policy.'},
    source_url: 'https://www.minneapolismn.gov/',
    as_of: '2026-01-01',
  },
};

/** A copy of `base` with `value` at `path` (containers created as needed). */
function withValue(base: object, path: (string | number)[], value: string): object {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    if (typeof node[key] !== 'object' || node[key] === null)
      node[key] = typeof path[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return copy;
}

const exempt = (path: (string | number)[]) =>
  path.some((_, index) =>
    Object.hasOwn(PROSE_EXEMPT_FIELDS, fieldKind(formatField(path.slice(0, index + 1)))),
  );

describe.each([
  ['organisation', organizationSchema, ORGANIZATION, 'organization', 'directory/testville/x.yml'],
  ['city hub', citySchema, CITY, 'city', 'directory/testville/_city.yml'],
] as const)('every string of a%s', (_name, schema, base, kind, file) => {
  const paths = pathsOf(schema);
  const checked = paths.filter((path) => !exempt(path));

  it('is found by walking the schema (labels, hours, reasons, counties, names…)', () => {
    expect(checked.length).toBeGreaterThanOrEqual(kind === 'organization' ? 6 : 2);
    if (kind === 'organization') {
      expect(checked.map(formatField)).toEqual(
        expect.arrayContaining([
          'channels[0].label',
          'channels[0].hours',
          'channels[0].international',
          'coverage.counties[0]',
          'alt_names[0]',
        ]),
      );
    }
  });

  it.each([
    ['a phone number', 'Call +1 876 555 1234 now', 'phone-in-prose'],
    ['an invite link', 'Join: https://chat.whatsapp.com/AbCdEfGhIjK', 'chat-invite'],
    ['markup', 'Open <b>now</b>', 'angle-bracket'],
    ['an e-mail address', 'Write to help@evil.example.com', 'email-in-prose'],
    ['a direction override', 'Hotline \u202E4321 555 678\u202C', 'invisible-character'],
  ])('that is not exempt refuses %s', (_what, value, rule) => {
    for (const path of checked) {
      const text = new Document(withValue(base, path, value)).toString();
      const {problems} = checkDirectoryEntry({
        file,
        text,
        kind,
        siteDir: '/site',
        now: new Date('2026-10-02'),
      });
      expect({
        field: formatField(path),
        found: problems.some(
          (problem) => problem.rule === rule && problem.field === formatField(path),
        ),
      }).toEqual({field: formatField(path), found: true});
    }
  });
});

describe('the exemption list', () => {
  it('names only fields that exist, each with a reason', () => {
    const fields = new Set(
      [...allPathsOf(organizationSchema), ...allPathsOf(citySchema)].flatMap((path) =>
        path.map((_, index) => fieldKind(formatField(path.slice(0, index + 1)))),
      ),
    );
    for (const [field, reason] of Object.entries(PROSE_EXEMPT_FIELDS)) {
      expect({field, known: fields.has(field)}).toEqual({field, known: true});
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it('does not let an exempt field through unchecked: a channel label is prose, its value a contact', () => {
    const label = 'NEW NUMBER: +1 876 555 1234 call this';
    const text = new Document(withValue(ORGANIZATION, ['channels', 0, 'label'], label)).toString();
    const {problems} = checkDirectoryEntry({
      file: 'directory/testville/x.yml',
      text,
      kind: 'organization',
      siteDir: '/site',
      now: new Date('2026-10-02'),
    });
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'channels[0].label',
        rule: 'phone-in-prose',
        severity: 'error',
      }),
    ]);
  });
});
