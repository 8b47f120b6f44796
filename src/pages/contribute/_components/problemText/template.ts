import type {InterpolateValues} from '@docusaurus/Interpolate';

/**
 * English problem texts written as templates, e.g. `"{value}" is not an e-mail address.`:
 * the fixed words identify the problem, and each `{name}` stands for a part
 * that varies (a value, a field name, a number) and is carried over into
 * the reader's language unchanged.
 */

/** Values found in a text, by placeholder name. */
export type TemplateValues = Record<string, string>;

/** A compiled template: its English text and the pattern that recognises it. */
export type Template = {english: string; names: string[]; pattern: RegExp};

/** One catalogue entry: an English template and the call that renders it in the reader's language. */
export type CatalogueEntry = {template: Template; localize: (values: TemplateValues) => string};

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Compiles an English template. Placeholders match any text (shortest first), the rest matches literally.
 * @param english - e.g. `Phone number in prose: "{text}".`
 */
export function compileTemplate(english: string): Template {
  const names: string[] = [];
  const parts = english.split(PLACEHOLDER).map((part, index) => {
    if (index % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    names.push(part);
    return '([\\s\\S]*?)';
  });
  return {english, names, pattern: new RegExp(`^${parts.join('')}$`)};
}

/**
 * Reads the placeholder values of a text written from a template.
 * @param template - the compiled template
 * @param text - an English problem text
 * @returns the values by name, or null when the text was not written from this template
 */
export function matchTemplate(template: Template, text: string): TemplateValues | null {
  const match = template.pattern.exec(text);
  if (!match) return null;
  return Object.fromEntries(template.names.map((name, index) => [name, match[index + 1]!]));
}

/**
 * A catalogue entry. The values passed to `localize` are typed by the
 * template's placeholders, so a `translate()` message whose placeholders
 * differ from the template's does not compile.
 * @param english - the English template, exactly as the validator writes it
 * @param localize - a `translate()` call whose message is that same template
 */
export function entry<English extends string>(
  english: English,
  localize: (values: InterpolateValues<English, string>) => string,
): CatalogueEntry {
  return {
    template: compileTemplate(english),
    localize: (values) => localize(values as InterpolateValues<English, string>),
  };
}
