/**
 * A spreadsheet for timing `npm run import`, in the shapes real coalition
 * sheets have (issue 14): organisations on both sides of the US–Mexico
 * border, numbers written the local way, several numbers in one cell,
 * extensions and labels beside numbers, staff e-mail addresses, a notes
 * column no mapping names, and a few rows that are refused (a number in
 * the wrong country, a street address as the area). Every organisation is
 * fictional: the US rows are samples with NANP fictitious numbers
 * (555-0100…0199) and example.org addresses; the Mexican rows use the same
 * 555 pattern. Deterministic (seeded).
 */
import fs from 'node:fs';
import path from 'node:path';
import seedrandom from 'seedrandom';
import {stringify} from 'csv-stringify/sync';

/** The cities rows are spread over (all in the city-timezones gazetteer, so --create-cities writes their hubs). */
const CITIES = [
  {name: 'San Diego', state: 'California', country: 'US', area: '619'},
  {name: 'Tijuana', state: 'Baja California', country: 'MX', area: '664'},
  {name: 'El Paso', state: 'Texas', country: 'US', area: '915'},
  {name: 'Ciudad Juárez', state: 'Chihuahua', country: 'MX', area: '656'},
  {name: 'Tucson', state: 'Arizona', country: 'US', area: '520'},
  {name: 'Mexicali', state: 'Baja California', country: 'MX', area: '686'},
  {name: 'Laredo', state: 'Texas', country: 'US', area: '956'},
  {name: 'Reynosa', state: 'Tamaulipas', country: 'MX', area: '899'},
];
const KINDS = ['Legal aid', 'Rapid response', 'Accompaniment', 'Mutual aid', 'Know your rights'];
const WORDS = [
  'Casa',
  'Red',
  'Border',
  'Unidos',
  'Frontera',
  'Sanctuary',
  'Esperanza',
  'Puente',
  'Rights',
  'Welcome',
  'Familias',
  'Camino',
];

/** A local number of a city: US (619) 555-0142 style, MX 664 555 0142 style. */
function localNumber(city: (typeof CITIES)[number], line: number): string {
  const digits = String(100 + (line % 100)).padStart(4, '0');
  return city.country === 'US' ? `(${city.area}) 555-${digits}` : `${city.area} 555 ${digits}`;
}

/**
 * Writes the sheet and its mapping.
 * @param dir - folder to write `sheet.csv` and `sheet.mapping.yml` into (created)
 * @param rows - organisations (2,000 for the benchmark)
 * @returns the two paths
 */
export function writeImportSheet(dir: string, rows: number): {sheet: string; mapping: string} {
  const random = seedrandom(`import-sheet-${rows}`);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  fs.mkdirSync(dir, {recursive: true});
  const records: string[][] = [
    [
      'Organisation',
      'City',
      'State',
      'Country',
      'Type',
      'Summary',
      'Languages',
      'Hotline',
      'Office',
      'Email',
      'Area',
      'Sample',
      'Notes',
    ],
  ];
  for (let index = 0; index < rows; index += 1) {
    const city = CITIES[index % CITIES.length]!;
    const name = `${pick(WORDS)} ${pick(WORDS)} ${index + 1}`;
    // Some cells hold two numbers, some an extension or words beside the number.
    const shape = index % 5;
    const hotline =
      shape === 0
        ? `${localNumber(city, index)} / ${localNumber(city, index + 1)}`
        : shape === 1
          ? `${localNumber(city, index)} ext. ${200 + (index % 50)}`
          : shape === 2
            ? `${localNumber(city, index)} family unity direct line`
            : localNumber(city, index);
    // A few rows are refused: a US number in a Mexican city, or a street address as the area.
    const wrongCountry = index % 97 === 0 && city.country === 'MX';
    const area =
      index % 89 === 0
        ? `${100 + index} W Lake St`
        : `${pick(['Centro', 'Downtown', 'Eastside', 'Westside', 'Zona Norte'])}`;
    records.push([
      name,
      city.name,
      city.state,
      city.country === 'US' ? 'United States' : 'Mexico',
      pick(KINDS),
      `${name} helps families in ${city.name}.`,
      city.country === 'US' ? 'English, Spanish' : 'Español',
      wrongCountry ? '+1 619 555 0150' : hotline,
      index % 3 === 0 ? `${localNumber(city, index + 2)} oficina` : '',
      // Example addresses are for sample rows only (the US ones, whose numbers are NANP fictitious numbers too).
      city.country !== 'US'
        ? ''
        : index % 7 === 0
          ? `maria.lopez@org-${index}.example.org`
          : index % 11 === 0
            ? `intake@org-${index}.example.org`
            : '',
      area,
      city.country === 'US' ? 'yes' : 'no',
      index % 4 === 0 ? 'met at the spring assembly' : '',
    ]);
  }
  const sheet = path.join(dir, 'sheet.csv');
  fs.writeFileSync(sheet, stringify(records));
  const mapping = path.join(dir, 'sheet.mapping.yml');
  fs.writeFileSync(
    mapping,
    `city: City
region_column: State
country_column: Country
duplicates: suffix-city
fields:
  name: Organisation
  types:
    column: Type
    values: {Legal aid: legal-aid, Rapid response: rapid-response, Accompaniment: accompaniment, Mutual aid: mutual-aid, Know your rights: know-your-rights}
  summary.en: Summary
  languages: {column: Languages, split: ",", values: {English: en, Spanish: es, Español: es}}
  coverage.area: Area
  sample: Sample
channels:
  - {kind: hotline, audience: need-help, column: {column: Hotline, split: "/"}}
  - {kind: phone, audience: general, column: Office}
  - {kind: email, audience: general, column: Email}
city_defaults:
  summary: {en: Organisations of the coalition in this city.}
  maintainers: ["@sanctuary-commons/bench"]
defaults:
  status: active
  verified: {date: "2026-11-20", method: phone}
  maintainers: ["@sanctuary-commons/bench"]
  consent: "2026-11-20"
`,
  );
  return {sheet, mapping};
}
