import type {Check} from './check';
import {makeProblem, type CodedText, type Problem} from '../problems';
import {checkAllStrings} from '../rules/plainText';
import {blogAuthorsFileSchema} from '../schema/blogAuthors';
import {oneIssuePerUnknownKey} from '../schema/strict';
import {parseYamlSource, zodProblems} from '../yamlSource';

/**
 * Checks `blog/authors.yml` and its translations
 * (`i18n/<locale>/docusaurus-plugin-content-blog/authors.yml`). Authors are
 * teams and organisations, never individual volunteers: every text passes
 * the prose rules, an e-mail address is refused in every form Docusaurus
 * would publish (an `email` key in any spelling, in the author or in its
 * socials, or a `mailto:` social link: rule `personal-data`), and the rest
 * passes a strict schema (schema/blogAuthors.ts): images stored on the site
 * in both spellings Docusaurus reads (`image_url`, `imageURL`: rule
 * `remote-image` otherwise), links https: only.
 */

/** An e-mail key in any spelling: email, e-mail, E_Mail, mail, emailAddress, courriel, correo… */
const EMAIL_KEY =
  /^(?:(?:e[-_. ]?)?mail(?:[-_ ]?address(?:es)?|s)?|courriel|correo(?:[-_ ]?electr[oó]nico)?)$/i;

/**
 * Checks one authors file.
 * @param file - path relative to the site root
 * @param text - its content
 * @returns syntax, text, personal-data, remote-image and schema problems
 */
export function checkBlogAuthorsFile(file: string, text: string): Problem[] {
  const source = parseYamlSource(file, text);
  const problems = [...source.problems];
  if (source.problems.length > 0 || !source.data || typeof source.data !== 'object')
    return problems;
  problems.push(...checkAllStrings(source.data, source.locate, file, ''));
  const personal = (path: string[], text: CodedText<'personal-data'>): Problem =>
    makeProblem({file, ...source.locate(path)}, path.join('.'), 'personal-data', text);
  // E-mail keys are reported here, once, and left out of the schema (which would also call them unknown).
  const withoutEmail: Record<string, unknown> = {};
  for (const [key, author] of Object.entries(source.data as Record<string, unknown>)) {
    if (!author || typeof author !== 'object' || Array.isArray(author)) {
      withoutEmail[key] = author;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(author)) {
      if (EMAIL_KEY.test(field))
        problems.push(
          personal([key, field], {code: 'personal-data.author-email-key', values: {key: field}}),
        );
      else kept[field] = value;
    }
    const socials = kept.socials;
    if (socials && typeof socials === 'object' && !Array.isArray(socials)) {
      const keptSocials: Record<string, unknown> = {};
      for (const [platform, value] of Object.entries(socials)) {
        if (EMAIL_KEY.test(platform))
          problems.push(
            personal([key, 'socials', platform], {
              code: 'personal-data.author-socials-key',
              values: {key: platform},
            }),
          );
        else if (typeof value === 'string' && /^\s*mailto:/i.test(value))
          problems.push(
            personal([key, 'socials', platform], {code: 'personal-data.author-mailto', values: {}}),
          );
        else keptSocials[platform] = value;
      }
      kept.socials = keptSocials;
    }
    withoutEmail[key] = kept;
  }
  const result = blogAuthorsFileSchema.safeParse(withoutEmail, {reportInput: true});
  if (!result.success)
    problems.push(...zodProblems(file, source, oneIssuePerUnknownKey(result.error)));
  return problems;
}

/** The blog's authors files and their translations. */
export const blogAuthorsFileCheck: Check<'authors'> = {
  id: 'blog-authors-file',
  reads: ['authors'],
  run: ({authors}) => authors.flatMap(({file, text}) => checkBlogAuthorsFile(file, text)),
};
