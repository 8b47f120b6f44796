import {gitBlobId} from '../i18n/revision';
import {RULES, type GuideText, type RuleDoc, type RuleScope} from './ruleIds';

/**
 * The validation rules guide, written from the rule table (ruleIds.ts) by `npm run rules-doc`: one section per
 * scope, one heading per rule id (so `/docs/guides/validation-rules#raw-html` links to a rule), and what the rule
 * refuses, why, and how to fix it. The Spanish guide is a translation of the English one in the site's usual way
 * (translation_of, translated_from_revision = the English file's Git blob id), so `npm run validate` and
 * `npm run i18n:status` treat it like any other translated guide.
 */

/** A language the guide is written in. */
export type GuideLocale = keyof GuideText;

/** The English guide, relative to the site root. */
const RULES_GUIDE_FILE = 'docs/guides/validation-rules.md';
/** The Spanish guide, relative to the site root. */
const RULES_GUIDE_ES_FILE =
  'i18n/es/docusaurus-plugin-content-docs/current/guides/validation-rules.md';

/** Every word of the guide that is not in the rule table. */
const WORDS = {
  title: {en: 'Validation rules', es: 'Reglas de validación'},
  description: {
    en:
      'Every rule the checks apply to contributed files, the listing form, imports and the built site: what it ' +
      'refuses, why, and how to fix it.',
    es:
      'Cada regla que aplican las comprobaciones a los archivos aportados, al formulario de alta, a las ' +
      'importaciones y al sitio compilado: qué rechaza, por qué y cómo corregirlo.',
  },
  intro: {
    en:
      'Every problem the checks report names its rule in square brackets, for example `[raw-html]`, beside the ' +
      'file, line, column and field, with a message and a fix. This page lists every rule. It is written from ' +
      '`src/lib/checks/ruleIds.ts` by `npm run rules-doc`: change the rules there, not here.',
    es:
      'Cada problema que informan las comprobaciones nombra su regla entre corchetes, por ejemplo `[raw-html]`, ' +
      'junto al archivo, la línea, la columna y el campo, con un mensaje y una corrección. Esta página lista ' +
      'todas las reglas. Se escribe a partir de `src/lib/checks/ruleIds.ts` con `npm run rules-doc`: cambia las ' +
      'reglas allí, no aquí.',
  },
  refuses: {en: 'Refuses', es: 'Rechaza'},
  why: {en: 'Why', es: 'Por qué'},
  fix: {en: 'How to fix it', es: 'Cómo corregirlo'},
} satisfies Record<string, GuideText>;

/** The heading and introduction of each scope, in the guide's order. */
const SCOPES: Record<RuleScope, {heading: GuideText; intro: GuideText}> = {
  files: {
    heading: {en: 'Contributed files', es: 'Archivos aportados'},
    intro: {
      en:
        'Checked by `npm run validate`, by the build and on every pull request: Markdown, directory YAML, blog ' +
        'authors and tags, category files and interface translations.',
      es:
        'Los comprueba `npm run validate`, la compilación y cada pull request: Markdown, YAML del directorio, ' +
        'autores y etiquetas del blog, archivos de categoría y traducciones de la interfaz.',
    },
  },
  form: {
    heading: {en: 'The listing form', es: 'El formulario de alta'},
    intro: {
      en:
        'Checked by the bot that turns an approved listing request (a GitHub issue form) into a pull request; ' +
        'the entry it writes is then checked like any contributed file.',
      es:
        'Los comprueba el bot que convierte una solicitud de alta aprobada (un formulario de issue de GitHub) ' +
        'en un pull request; la entrada que escribe se comprueba después como cualquier archivo aportado.',
    },
  },
  import: {
    heading: {en: 'Imports', es: 'Importaciones'},
    intro: {
      en:
        'Checked by `npm run import` on each row of a spreadsheet or HSDS package; a refused row is listed in the ' +
        'report and never written.',
      es:
        'Los comprueba `npm run import` en cada fila de una hoja de cálculo o paquete HSDS; una fila rechazada se ' +
        'lista en el informe y nunca se escribe.',
    },
  },
  site: {
    heading: {en: 'The built site', es: 'El sitio compilado'},
    intro: {
      en: 'Checked on every page of the built site, after `npm run build`: what a page may load, link to or run.',
      es:
        'Se comprueban en cada página del sitio compilado, después de `npm run build`: qué puede cargar, enlazar ' +
        'o ejecutar una página.',
    },
  },
};

/**
 * Escapes text for CommonMark so that it reads as written: no character of a rule's text becomes markup
 * (`<city>` stays text, `*` no emphasis) and no address becomes a link. A part between backticks (a command,
 * a path) is kept as a code span.
 */
function escapeMarkdown(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith('`')
        ? part
        : part.replace(/[\\`*_[\]<>#|~&!]/g, (char) => `\\${char}`).replace(/:\/\//g, ':\\/\\/'),
    )
    .join('');
}

/** A YAML scalar for the front matter: a double-quoted string, which JSON's escaping also makes valid YAML. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

function ruleSection(id: string, rule: RuleDoc, locale: GuideLocale): string[] {
  return [
    `### \`${id}\``,
    '',
    `- **${WORDS.refuses[locale]}:** ${escapeMarkdown(rule.refuses[locale])}`,
    `- **${WORDS.why[locale]}:** ${escapeMarkdown(rule.why[locale])}`,
    `- **${WORDS.fix[locale]}:** ${escapeMarkdown(rule.fix[locale])}`,
    '',
  ];
}

/**
 * The guide's Markdown in one language.
 * @param locale - `en` for docs/guides, `es` for its Spanish translation
 * @returns the whole file, front matter included, ending with one newline
 */
export function renderRulesGuide(locale: GuideLocale): string {
  const frontMatter =
    locale === 'en'
      ? [
          '---',
          `title: ${yamlString(WORDS.title.en)}`,
          `description: ${yamlString(WORDS.description.en)}`,
          'sidebar_position: 8',
          '---',
        ]
      : [
          '---',
          `title: ${yamlString(WORDS.title.es)}`,
          `description: ${yamlString(WORDS.description.es)}`,
          'translation_of: guides/validation-rules',
          `translated_from_revision: ${gitBlobId(renderRulesGuide('en'))}`,
          '---',
        ];
  const body: string[] = ['', escapeMarkdown(WORDS.intro[locale]), ''];
  for (const [scope, words] of Object.entries(SCOPES) as [
    RuleScope,
    (typeof SCOPES)[RuleScope],
  ][]) {
    body.push(`## ${words.heading[locale]}`, '', escapeMarkdown(words.intro[locale]), '');
    for (const [id, rule] of Object.entries(RULES) as [string, RuleDoc][]) {
      if (rule.scope === scope) body.push(...ruleSection(id, rule, locale));
    }
  }
  return `${[...frontMatter, ...body].join('\n').trimEnd()}\n`;
}

/**
 * Every guide file and its expected content.
 * @returns site-root-relative path → Markdown
 */
export function rulesGuideFiles(): Record<string, string> {
  return {
    [RULES_GUIDE_FILE]: renderRulesGuide('en'),
    [RULES_GUIDE_ES_FILE]: renderRulesGuide('es'),
  };
}
