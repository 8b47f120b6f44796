import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {citySchema} from './schema/city';

/**
 * The country of a city hub on disk, for checks that see one organisation file at a time
 * (the issue-to-pull-request bot, the import) and must check its phone numbers against
 * its city's country (`checks/phoneCountry.ts`).
 * @param siteDir - folder that holds `directory/`
 * @param city - the city's folder name, e.g. `minneapolis` (a slug: never a path)
 * @returns the ISO 3166-1 alpha-2 `country` of `directory/<city>/_city.yml`, or undefined when the
 *   file is missing, does not parse or has no valid country (the validator reports that file)
 */
export function readCityCountry(siteDir: string, city: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(city)) return undefined;
  const file = path.join(siteDir, 'directory', city, '_city.yml');
  if (!fs.existsSync(file)) return undefined;
  try {
    const data: unknown = parse(fs.readFileSync(file, 'utf8'));
    const country = citySchema.shape.country.safeParse(
      (data as {country?: unknown} | null)?.country,
    );
    return country.success ? country.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The countries of every city hub of a site, for the rules that read national phone formats in prose
 * (`setProsePhoneRegions` in src/lib/rules/phoneInText.ts).
 * @param siteDir - folder that holds `directory/`
 * @returns ISO 3166-1 alpha-2 codes, without repeats (cities whose hub does not parse are left out)
 */
export function siteCountries(siteDir: string): string[] {
  const root = path.join(siteDir, 'directory');
  if (!fs.existsSync(root)) return [];
  const countries = new Set<string>();
  for (const city of fs.readdirSync(root, {withFileTypes: true})) {
    const country = city.isDirectory() ? readCityCountry(siteDir, city.name) : undefined;
    if (country) countries.add(country);
  }
  return [...countries].sort();
}
