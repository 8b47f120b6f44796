import fs from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {hsdsId} from '../exports/hsds/ids';

/**
 * What the target directory already holds, for an import: its city hubs
 * (with their country, in which a row's numbers are read) and its
 * organisations, by slug and by the HSDS id an export gives each of them.
 */

/** The live tree as an import needs it. */
export type LiveTree = {
  /** City slug → the hub's country (undefined when the hub does not parse: the validator reports it). */
  cities: Map<string, {country?: string}>;
  /** Organisation slug → its file and city. */
  organizations: Map<string, {file: string; city: string}>;
  /** HSDS organization id (exports/hsds/ids.ts) → organisation slug, for --update. */
  byHsdsId: Map<string, string>;
};

/**
 * Reads `<contentRoot>/directory`.
 * @param directory - the directory folder (absent: an empty tree)
 */
export function readLiveTree(directory: string): LiveTree {
  const tree: LiveTree = {cities: new Map(), organizations: new Map(), byHsdsId: new Map()};
  if (!fs.existsSync(directory)) return tree;
  for (const city of fs.readdirSync(directory)) {
    const folder = path.join(directory, city);
    if (!fs.statSync(folder).isDirectory()) continue;
    const hub = path.join(folder, '_city.yml');
    if (fs.existsSync(hub)) tree.cities.set(city, {country: hubCountry(hub)});
    for (const name of fs.readdirSync(folder)) {
      if (!name.endsWith('.yml') || name === '_city.yml') continue;
      const slug = name.replace(/\.yml$/, '');
      tree.organizations.set(slug, {file: `directory/${city}/${name}`, city});
      tree.byHsdsId.set(hsdsId('organization', `${city}/${slug}`), slug);
    }
  }
  return tree;
}

/** The `country` of a city hub, or undefined when the file does not parse. */
function hubCountry(file: string): string | undefined {
  try {
    const data = parseYaml(fs.readFileSync(file, 'utf8')) as {country?: unknown} | null;
    return typeof data?.country === 'string' ? data.country : undefined;
  } catch {
    // A hub that does not parse is the validator's to report; its numbers are then read with the mapping's country.
    return undefined;
  }
}
