import {parse} from 'csv-parse/sync';

/**
 * A Frictionless Data check of a tabular data package, as `frictionless
 * validate datapackage.json` does for the parts this project's package
 * uses (Table Schema v1: field types string with formats uuid, email, uri;
 * number, integer, boolean, date (YYYY-MM-DD) and time (HH:MM:SS, the
 * default format); constraints required and enum; primaryKey unique;
 * foreignKeys resolved; header equal to the schema's fields; resource and
 * package names matching `^[-a-z0-9._/]+$`). Empty cells are missing values.
 * The Python tool is not installable here (only the npm registry is
 * reachable), so the test carries the rules it needs.
 */

type Field = {
  name: string;
  type: string;
  format?: string;
  constraints?: {required?: boolean; enum?: string[]};
};
type Resource = {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey?: string;
    foreignKeys?: {fields: string; reference: {resource: string; fields: string}}[];
  };
};

const NAME = /^[-a-z0-9._/]+$/;
const TYPES: Record<string, (value: string, format?: string) => boolean> = {
  string: (value, format) => {
    if (format === 'uuid')
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
    if (format === 'email') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
    if (format === 'uri') return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
    return true;
  },
  number: (value) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value),
  integer: (value) => /^-?\d+$/.test(value),
  boolean: (value) => ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '1', '0'].includes(value),
  date: (value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  time: (value) => /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(value),
};

/**
 * Every error of a package, as `<file> row <n> <field>: <what>` lines.
 * @param files - file name → text, `datapackage.json` included
 */
export function tableSchemaErrors(files: Record<string, string>): string[] {
  const errors: string[] = [];
  const descriptor = JSON.parse(files['datapackage.json']!) as {
    name: string;
    profile?: string;
    resources: Resource[];
  };
  if (!NAME.test(descriptor.name))
    errors.push(`datapackage.json: name "${descriptor.name}" is not a valid package name`);
  const tables = new Map<string, Record<string, string>[]>();
  for (const resource of descriptor.resources) {
    if (!NAME.test(resource.name))
      errors.push(`datapackage.json: resource name "${resource.name}" is not valid`);
    const text = files[resource.path];
    if (text === undefined) {
      errors.push(`${resource.path}: missing`);
      continue;
    }
    const [header, ...rows] = parse(text) as string[][];
    const names = resource.schema.fields.map((field) => field.name);
    if (JSON.stringify(header) !== JSON.stringify(names))
      errors.push(
        `${resource.path}: header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}`,
      );
    const records = rows.map((cells) =>
      Object.fromEntries(names.map((name, index) => [name, cells[index] ?? ''])),
    );
    tables.set(resource.name, records);
    records.forEach((record, index) => {
      for (const field of resource.schema.fields) {
        const value = record[field.name]!;
        const at = `${resource.path} row ${index + 2} ${field.name}`;
        if (value === '') {
          if (field.constraints?.required) errors.push(`${at}: required but empty`);
          continue;
        }
        const check = TYPES[field.type];
        if (!check) errors.push(`${at}: unknown type ${field.type}`);
        else if (!check(value, field.format))
          errors.push(
            `${at}: "${value}" is not a ${field.type}${field.format ? ` (${field.format})` : ''}`,
          );
        if (field.constraints?.enum && !field.constraints.enum.includes(value))
          errors.push(`${at}: "${value}" is not one of ${field.constraints.enum.join(', ')}`);
      }
    });
    if (resource.schema.primaryKey) {
      const seen = new Set<string>();
      for (const record of records) {
        const key = record[resource.schema.primaryKey]!;
        if (seen.has(key)) errors.push(`${resource.path}: primary key ${key} repeated`);
        seen.add(key);
      }
    }
  }
  for (const resource of descriptor.resources) {
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const targets = new Set(
        (tables.get(foreignKey.reference.resource) ?? []).map(
          (record) => record[foreignKey.reference.fields],
        ),
      );
      for (const record of tables.get(resource.name) ?? []) {
        const value = record[foreignKey.fields]!;
        if (value !== '' && !targets.has(value))
          errors.push(
            `${resource.path}: ${foreignKey.fields} ${value} is not in ${foreignKey.reference.resource}`,
          );
      }
    }
  }
  return errors;
}
