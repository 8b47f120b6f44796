/**
 * Generates a benchmark coalition: a content folder (`directory/`, `docs/`,
 * `blog/`) that the site builds from through `SANCTUARY_CONTENT_DIR`.
 *
 * It starts from a copy of this repository's own content (so every guide and
 * its links resolve) and adds fictional cities, organisations and playbooks
 * until the requested totals are reached. Everything generated is marked
 * `sample: true` and uses reserved example values only (RFC 2606 hosts, NANP
 * 555-01XX numbers), like the starter entries.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  MATURITY_LEVELS,
  PLAYBOOK_AUDIENCES,
  TAXONOMY_SLUGS,
  VERIFICATION_METHODS,
} from '../lib/taxonomy';
import {createTextGenerator, sentencesOf, type TextGenerator} from './markovText';
import {createFictionalPhonePool, type FictionalPhonePool} from './fictionalPhones';
import {createRandom, type Random} from './random';

/** How big a coalition to generate. */
export type CoalitionSize = {cities: number; organizations: number; playbooks: number};

/** What was written. */
export type GeneratedCoalition = CoalitionSize & {dir: string; files: number; bytes: number};

const CITY_PARTS = [
  [
    'North',
    'South',
    'East',
    'West',
    'Lake',
    'River',
    'Cedar',
    'Maple',
    'Pine',
    'Oak',
    'Harbor',
    'Granite',
    'Silver',
    'Red',
    'Green',
    'Fair',
    'Spring',
    'Mill',
    'Stone',
    'Bright',
  ],
  ['field', 'ton', 'view', 'port', 'wood', 'ford', 'dale', 'burg', 'ville', 'haven'],
];
const STATES = [
  'California',
  'Colorado',
  'Illinois',
  'Minnesota',
  'New York',
  'Oregon',
  'Washington',
  'Texas',
  'Arizona',
  'New Jersey',
  'Massachusetts',
  'Pennsylvania',
  'Michigan',
  'Wisconsin',
  'New Mexico',
  'Georgia',
];
const ORG_PARTS = [
  [
    'Neighbors',
    'Community',
    'Riverside',
    'Unity',
    'Harvest',
    'Lantern',
    'Bridge',
    'Open Door',
    'Common Ground',
    'Crossroads',
    'Hearth',
    'Compass',
    'Beacon',
    'Welcome',
    'Solidarity',
  ],
  [
    'Rapid Response Network',
    'Legal Collective',
    'Mutual Aid',
    'Bond Fund',
    'Accompaniment Team',
    'Congregations',
    'Workers Center',
    'Family Defense Project',
    'Alert Network',
    'Rights Clinic',
    'Business Alliance',
    'School Safety Circle',
  ],
];
const HOURS = [
  '24/7',
  'Mo-Fr 09:00-17:00',
  'Mo-Fr 08:00-20:00; Sa 10:00-14:00',
  'Mo-Su 07:00-22:00',
  'Tu,Th 18:00-21:00',
];
const LANGUAGES = ['en', 'es', 'so', 'hmn', 'vi', 'ar', 'fr', 'ht', 'zh', 'kar', 'om', 'am'];
const PLAYBOOK_SECTIONS = [
  'When to use',
  'Steps',
  'Roles and resources',
  'Risks and safeguards',
  'What we learned',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const yamlString = (text: string) => JSON.stringify(text);

/** A date `daysAgo` days before `now`, as ISO 8601 (YYYY-MM-DD). */
function isoDaysAgo(now: Date, daysAgo: number): string {
  return new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** Cuts a text at a word boundary so it fits `max` characters, ending with a full stop. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text
    .slice(0, max - 1)
    .replace(/\s+\S*$/, '')
    .replace(/[,;:]$/, '')}.`;
}

function cityFile(name: string, random: Random): string {
  const lat = (30 + random.next() * 17).toFixed(3);
  const lon = -(75 + random.next() * 47);
  const timezone =
    lon < -115
      ? 'America/Los_Angeles'
      : lon < -102
        ? 'America/Denver'
        : lon < -87
          ? 'America/Chicago'
          : 'America/New_York';
  return [
    `name: ${yamlString(name)}`,
    `region: ${yamlString(random.pick(STATES))}`,
    'country: US',
    `coordinates: [${lat}, ${lon.toFixed(3)}]`,
    `timezone: ${timezone}`,
    'summary:',
    `  en: ${yamlString(`${name} is a fictional benchmark city. Its sample coalition shares rapid-response, legal and mutual-aid practices.`)}`,
    `  es: ${yamlString(`${name} es una ciudad ficticia de prueba. Su coalición de ejemplo comparte prácticas de respuesta rápida, apoyo legal y ayuda mutua.`)}`,
    'maintainers: ["@sanctuary-commons/benchmark"]',
    '',
  ].join('\n');
}

function organizationFile(
  slug: string,
  name: string,
  text: TextGenerator,
  random: Random,
  now: Date,
  phones: FictionalPhonePool,
): string {
  const phone = () => phones.next();
  const verifiedDaysAgo = random.int(1, 400);
  const languages = ['en', ...random.sample(LANGUAGES.slice(1), random.int(0, 3))];
  const channels = [
    [
      '  - kind: hotline',
      '    audience: need-help',
      `    value: ${yamlString(phone())}`,
      `    hours: ${yamlString(random.pick(HOURS))}`,
      `    languages: [${languages.join(', ')}]`,
    ],
    ['  - kind: website', '    audience: general', `    value: https://${slug}.example.org/`],
    ...(random.next() < 0.6
      ? [['  - kind: email', '    audience: volunteer', `    value: volunteer@${slug}.example.org`]]
      : []),
    ...(random.next() < 0.4
      ? [
          [
            '  - kind: phone',
            '    audience: press',
            `    value: ${yamlString(phone())}`,
            '    hours: "Mo-Fr 09:00-17:00"',
          ],
        ]
      : []),
  ];
  return [
    `name: ${yamlString(`${name} (sample)`)}`,
    `types: [${random.sample(TAXONOMY_SLUGS, random.int(1, 3)).join(', ')}]`,
    'summary:',
    `  en: ${yamlString(fit(`Fictional benchmark entry. ${text.sentence()}`, 280))}`,
    ...(random.next() < 0.5
      ? [
          `  es: ${yamlString('Entrada ficticia de prueba de rendimiento. Ofrece apoyo en varios idiomas a las familias de su zona.')}`,
        ]
      : []),
    ...(random.next() < 0.3
      ? ['description:', `  en: ${yamlString(fit(text.paragraph(4), 3900))}`]
      : []),
    `languages: [${languages.join(', ')}]`,
    'channels:',
    ...channels.flat(),
    'coverage:',
    `  area: ${yamlString(`${random.pick(['North', 'South', 'East', 'West', 'Central'])} side and nearby neighbourhoods`)}`,
    'status: active',
    'verified:',
    `  date: ${isoDaysAgo(now, verifiedDaysAgo)}`,
    `  method: ${random.pick(VERIFICATION_METHODS)}`,
    'review_every_months: 6',
    'maintainers: ["@sanctuary-commons/benchmark"]',
    `consent: ${isoDaysAgo(now, verifiedDaysAgo + random.int(1, 60))}`,
    'sample: true',
    '',
  ].join('\n');
}

function playbookFile(
  title: string,
  topic: string,
  city: string,
  organization: string,
  text: TextGenerator,
  random: Random,
  now: Date,
): string {
  const list = (items: number, numbered: boolean) =>
    Array.from(
      {length: items},
      (_, i) => `${numbered ? `${i + 1}.` : '-'} ${text.sentence()}`,
    ).join('\n');
  const body: Record<string, string> = {
    'When to use': [text.paragraph(random.int(2, 4)), text.paragraph(random.int(2, 3))].join(
      '\n\n',
    ),
    Steps: Array.from(
      {length: random.int(2, 3)},
      (_, i) =>
        `### ${fit(text.sentence().replace(/\.$/, ''), 60).replace(/\.$/, '')} (part ${i + 1})\n\n${list(random.int(3, 6), true)}`,
    ).join('\n\n'),
    'Roles and resources': list(random.int(3, 5), false),
    'Risks and safeguards': [text.paragraph(random.int(2, 3)), list(random.int(2, 4), false)].join(
      '\n\n',
    ),
    'What we learned': [text.paragraph(random.int(2, 4)), text.paragraph(random.int(1, 3))].join(
      '\n\n',
    ),
  };
  return [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(fit(text.sentence(), 290))}`,
    `topics: [${[
      topic,
      ...random.sample(
        TAXONOMY_SLUGS.filter((t) => t !== topic),
        random.int(0, 2),
      ),
    ].join(', ')}]`,
    `audience: [${random.sample(PLAYBOOK_AUDIENCES, random.int(1, 3)).join(', ')}]`,
    `cities: [${city}]`,
    `organizations: [${organization}]`,
    `maturity: ${random.pick(MATURITY_LEVELS)}`,
    `last_reviewed: ${isoDaysAgo(now, random.int(1, 300))}`,
    'license: CC-BY-SA-4.0',
    '---',
    '',
    ...PLAYBOOK_SECTIONS.flatMap((section) => [`## ${section}`, '', body[section]!, '']),
    '## Sources',
    '',
    '- Fictional benchmark playbook: its text is generated from the starter playbooks and is not guidance.',
    '',
  ].join('\n');
}

/** Every file under `dir`, relative, with `/` separators. */
function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * Writes a benchmark coalition into `dir` (created; must not exist).
 * @param dir - the folder to create
 * @param size - total cities, organisations and playbooks, the repository's own included
 * @param options.sourceDir - the repository whose content is copied and whose playbooks train the text
 * @param options.onProgress - called after each file with (done, total)
 * @param options.contentOnly - `directory` to write only directory files (for the validator benchmark)
 * @returns the totals written and the folder's size in bytes
 * @throws Error when `dir` exists
 */
export function generateCoalition(
  dir: string,
  size: CoalitionSize,
  options: {
    sourceDir: string;
    seed?: string;
    now?: Date;
    onProgress?: (done: number, total: number) => void;
    contentOnly?: 'directory';
  },
): GeneratedCoalition {
  if (fs.existsSync(dir))
    throw new Error(`${dir} already exists; choose an empty place for the benchmark coalition.`);
  const random = createRandom(options.seed ?? 'sanctuary-commons-bench');
  const now = options.now ?? new Date();
  const phones = createFictionalPhonePool(random);
  // i18n/: the translations (interface strings, translated guides and playbooks) both builds publish.
  const folders = options.contentOnly ? ['directory'] : ['directory', 'docs', 'blog', 'i18n'];
  for (const folder of folders)
    fs.cpSync(path.join(options.sourceDir, folder), path.join(dir, folder), {recursive: true});

  const playbookSources = listFiles(path.join(options.sourceDir, 'docs', 'playbooks')).filter(
    (file) => file.endsWith('.md'),
  );
  const training = playbookSources.flatMap((file) =>
    sentencesOf(
      fs
        .readFileSync(path.join(options.sourceDir, 'docs', 'playbooks', file), 'utf8')
        .replace(/^---[\s\S]*?\n---\n/, ''),
    ),
  );
  const text = createTextGenerator(training, random);

  const existingCities = fs
    .readdirSync(path.join(dir, 'directory'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const existingOrganizations = listFiles(path.join(dir, 'directory')).filter(
    (file) => !file.endsWith('_city.yml') && file.endsWith('.yml'),
  ).length;
  const existingPlaybooks = options.contentOnly
    ? 0
    : listFiles(path.join(dir, 'docs', 'playbooks')).filter((file) => file.endsWith('.md')).length;

  const newCities = Math.max(0, size.cities - existingCities.length);
  const newOrganizations = Math.max(0, size.organizations - existingOrganizations);
  const newPlaybooks = options.contentOnly ? 0 : Math.max(0, size.playbooks - existingPlaybooks);
  const total = newCities + newOrganizations + newPlaybooks;
  let done = 0;
  const wrote = () => options.onProgress?.((done += 1), total);

  const cityNames = CITY_PARTS[0]!.flatMap((a) => CITY_PARTS[1]!.map((b) => `${a}${b}`));
  const cities: string[] = [];
  for (let i = 0; i < newCities; i += 1) {
    const slug = `bench-city-${pad(i + 1, 3)}`;
    const name = `${cityNames[i % cityNames.length]}${i >= cityNames.length ? ` ${Math.floor(i / cityNames.length) + 1}` : ''}`;
    fs.mkdirSync(path.join(dir, 'directory', slug));
    fs.writeFileSync(path.join(dir, 'directory', slug, '_city.yml'), cityFile(name, random));
    cities.push(slug);
    wrote();
  }
  const allCities = cities.length > 0 ? cities : existingCities;
  const organizationsByCity = new Map<string, string[]>();
  for (let i = 0; i < newOrganizations; i += 1) {
    const city = allCities[i % allCities.length]!;
    const slug = `bench-org-${pad(i + 1, 5)}`;
    const name = `${random.pick(ORG_PARTS[0]!)} ${random.pick(ORG_PARTS[1]!)} ${i + 1}`;
    fs.writeFileSync(
      path.join(dir, 'directory', city, `${slug}.yml`),
      organizationFile(slug, name, text, random, now, phones),
    );
    organizationsByCity.set(city, [...(organizationsByCity.get(city) ?? []), slug]);
    wrote();
  }
  for (let i = 0; i < newPlaybooks; i += 1) {
    const city = allCities[i % allCities.length]!;
    const organization = random.pick(organizationsByCity.get(city) ?? ['']);
    const topic = TAXONOMY_SLUGS[i % TAXONOMY_SLUGS.length]!;
    const slug = `bench-playbook-${pad(i + 1, 4)}`;
    const title = fit(text.sentence().replace(/\.$/, ''), 80).replace(/\.$/, '');
    fs.mkdirSync(path.join(dir, 'docs', 'playbooks', topic), {recursive: true});
    fs.writeFileSync(
      path.join(dir, 'docs', 'playbooks', topic, `${slug}.md`),
      playbookFile(title, topic, city, organization, text, random, now),
    );
    wrote();
  }

  const files = listFiles(dir);
  return {
    dir,
    cities: existingCities.length + newCities,
    organizations: existingOrganizations + newOrganizations,
    playbooks: existingPlaybooks + newPlaybooks,
    files: files.length,
    bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(dir, file)).size, 0),
  };
}
