import type {Check} from './check';
import path from 'pathe';
import {parsePhoneNumberFromString} from 'libphonenumber-js/max';
import {makeProblem, type Problem} from '../problems';
import {findPersonalData} from '../rules/personalData';
import {checkPlainText, type TextPlace} from '../rules/plainText';
import {isReservedHost, isReservedPhone} from '../rules/reserved';
import {interfaceTranslationFileSchema, sameAsEnglishSchema} from '../schema/interfaceTranslation';
import {oneIssuePerUnknownKey} from '../schema/strict';
import {parseJsonSource} from '../jsonSource';
import {zodProblems} from '../yamlSource';

/**
 * Checks Docusaurus's interface translation files, `i18n/<locale>/**\/*.json`.
 * Their messages are page text: the navbar and footer labels, the footer
 * copyright, the blog's title and description (in its structured data),
 * sidebar category labels (in the breadcrumbs' structured data) and every
 * string of the site's own interface (code.json). So every `message` passes
 * the prose rules (`checkPlainText`): no markup, no chat invite, no phone
 * number or e-mail address, no invisible characters.
 *
 * Two principled exceptions, both only where nothing can go wrong:
 * - Example contacts: a phone number or e-mail address in a message is
 *   accepted when it is a reserved example value (NANP 555-0100…0199, RFC 2606
 *   hosts, src/lib/rules/reserved.ts), which can never reach anyone; help
 *   text such as "e.g. +16125550142" needs one.
 * - `<` and `>` in code.json: its messages reach pages only through React's
 *   `<Translate>`/`translate()`, which escape them (never in structured data
 *   or raw HTML, unlike the plugin files). There a `<` is accepted when it
 *   cannot open a tag or comment (not followed by a letter, `/`, `!` or `?`,
 *   WHATWG HTML tokenizer "tag open state"), or when it writes a placeholder
 *   of a path from {@link PATH_PLACEHOLDERS}, such as directory/<city>/<org>.yml.
 *
 * A `description` is a note to translators: Docusaurus drops it when it loads
 * the file, so it never reaches a page. It is still public in the repository,
 * so it passes every rule except the one on `<` and `>`.
 */

/** Placeholders that interface messages write inside file paths, e.g. `directory/<city>/<org>.yml`. */
export const PATH_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'city',
  'org',
  'slug',
  'folder',
  'locale',
  'topic',
  'file',
  'id',
]);

/** A contributed file: its path relative to the site root and its content. */
export type SourceFile = {file: string; text: string};

/** The file, in a locale folder, listing messages identical to English on purpose. */
const SAME_AS_ENGLISH = 'same-as-english.json';

/**
 * Checks every interface translation file of every locale.
 * @param files - `i18n/<locale>/…/*.json` files of published locales (other locales are refused elsewhere)
 * @returns syntax (`json-syntax`), shape (`schema`), text rules (`angle-bracket`, `chat-invite`,
 *   `phone-in-prose`, `email-in-prose`…) and unknown ids in same-as-english.json (`same-as-english`, a warning)
 */
export function checkInterfaceTranslations(files: readonly SourceFile[]): Problem[] {
  const problems: Problem[] = [];
  const idsByLocale = new Map<string, Set<string>>();
  const sameAsEnglish: SourceFile[] = [];
  for (const source of files) {
    const [, locale = '', ...rest] = source.file.split('/');
    const inLocale = rest.join('/');
    if (inLocale === SAME_AS_ENGLISH) {
      sameAsEnglish.push(source);
      continue;
    }
    const parsed = parseJsonSource(source.file, source.text);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    const result = interfaceTranslationFileSchema.safeParse(parsed.data, {reportInput: true});
    if (!result.success)
      problems.push(...zodProblems(source.file, parsed, oneIssuePerUnknownKey(result.error)));
    if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) continue;
    const ids = idsByLocale.get(locale) ?? new Set<string>();
    idsByLocale.set(locale, ids);
    // Only code.json is rendered by React alone; plugin files also feed structured data and theme HTML.
    const escapedByReact = inLocale === 'code.json';
    for (const [id, entry] of Object.entries(parsed.data as Record<string, unknown>)) {
      ids.add(`${inLocale}#${id}`);
      if (!entry || typeof entry !== 'object') continue;
      const {message, description} = entry as {message?: unknown; description?: unknown};
      // Located only when something is found: most messages are clean.
      const located = (key: string, found: Problem[]) => {
        if (found.length === 0) return found;
        const at = parsed.locate([id, key]);
        return found.map((problem) => ({...problem, ...at}));
      };
      const place = (key: string): TextPlace => ({
        file: source.file,
        line: 1,
        column: 1,
        field: `${id}.${key}`,
      });
      if (typeof message === 'string')
        problems.push(
          ...located('message', messageProblems(message, place('message'), escapedByReact)),
        );
      if (typeof description === 'string') {
        const found = messageProblems(description, place('description'), true).filter(
          (problem) => problem.rule !== 'angle-bracket',
        );
        problems.push(...located('description', found));
      }
    }
  }
  for (const source of sameAsEnglish)
    problems.push(
      ...checkSameAsEnglish(source, idsByLocale.get(source.file.split('/')[1]!) ?? new Set()),
    );
  return problems;
}

/**
 * The prose rules for one message, with the exceptions explained above.
 * @param value - the message
 * @param place - its file, position and field
 * @param escapedByReact - whether the text reaches pages only through React (code.json)
 */
function messageProblems(value: string, place: TextPlace, escapedByReact: boolean): Problem[] {
  const found = checkPlainText(value, place);
  // Read again only when a contact was found (the phone matcher is the slow part).
  const contacts = found.some(
    (item) => item.rule === 'phone-in-prose' || item.rule === 'email-in-prose',
  );
  const reserved = contacts ? reservedExamples(value) : {phones: 0, emails: 0};
  return found.filter((item) => {
    if (item.rule === 'angle-bracket') return !(escapedByReact && anglesCannotBeMarkup(value));
    if (item.rule === 'phone-in-prose')
      return !(reserved.phones > 0 && reserved.phones === count(found, item.rule));
    if (item.rule === 'email-in-prose')
      return !(reserved.emails > 0 && reserved.emails === count(found, item.rule));
    return true;
  });
}

function count(problems: Problem[], rule: string): number {
  return problems.filter((item) => item.rule === rule).length;
}

/**
 * How many phone numbers and e-mail addresses of a text are reserved
 * examples; -1 for a kind when any one of that kind is not (a real contact
 * is never excused by an example beside it).
 */
function reservedExamples(value: string): {phones: number; emails: number} {
  let phones = 0;
  let emails = 0;
  for (const hit of findPersonalData(value)) {
    if (hit.kind === 'phone') {
      const e164 = parsePhoneNumberFromString(hit.text, 'US')?.number;
      phones = phones >= 0 && e164 !== undefined && isReservedPhone(e164) ? phones + 1 : -1;
    } else if (hit.kind === 'email') {
      emails =
        emails >= 0 && isReservedHost(hit.text.slice(hit.text.lastIndexOf('@') + 1))
          ? emails + 1
          : -1;
    }
  }
  return {phones, emails};
}

/**
 * Whether every `<` of a text is harmless: it cannot open a tag or a comment
 * (not followed by an ASCII letter, `/`, `!` or `?`), or it writes a path
 * placeholder such as `<city>`. Read after NFKC normalisation, so a
 * full-width `＜` counts as `<`. Linear in the text's length.
 * @param value - a message
 */
export function anglesCannotBeMarkup(value: string): boolean {
  const text = value.normalize('NFKC');
  const placeholder = /<([a-z]+(?:-[a-z]+)*)>/y;
  for (let index = text.indexOf('<'); index !== -1; index = text.indexOf('<', index + 1)) {
    if (!/[A-Za-z/!?]/.test(text[index + 1] ?? '')) continue;
    placeholder.lastIndex = index;
    const match = placeholder.exec(text);
    if (!match || !PATH_PLACEHOLDERS.has(match[1]!)) return false;
  }
  return true;
}

/** same-as-english.json: a list of `<file>#<id>` that exist in the locale's files. */
function checkSameAsEnglish(source: SourceFile, ids: ReadonlySet<string>): Problem[] {
  const parsed = parseJsonSource(source.file, source.text);
  if (parsed.data === undefined) return parsed.problems;
  const result = sameAsEnglishSchema.safeParse(parsed.data, {reportInput: true});
  if (!result.success)
    return [...parsed.problems, ...zodProblems(source.file, parsed, result.error)];
  const folder = path.dirname(source.file);
  return [
    ...parsed.problems,
    ...result.data.flatMap((id, index): Problem[] =>
      ids.has(id)
        ? []
        : [
            makeProblem(
              {file: source.file, ...parsed.locate([index])},
              `[${index}]`,
              'same-as-english',
              {
                code: 'same-as-english.unknown-id',
                values: {id, folder},
              },
              'warning',
            ),
          ],
    ),
  ];
}

/** Interface translations (code.json, navbar.json, footer.json…): their messages are page text too. */
export const interfaceTranslationsCheck: Check<'interfaceTranslations'> = {
  id: 'interface-translations',
  reads: ['interfaceTranslations'],
  run: ({interfaceTranslations}) => checkInterfaceTranslations(interfaceTranslations),
};
