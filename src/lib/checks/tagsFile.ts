import type {Check} from './check';
import type {Problem} from '../problems';
import {checkAllStrings} from '../rules/plainText';
import {tagsFileSchema} from '../schema/tags';
import {oneIssuePerUnknownKey} from '../schema/strict';
import {parseYamlSource, zodProblems} from '../yamlSource';

/**
 * Checks a tags file (`blog/tags.yml`, `docs/tags.yml` and their
 * translations): every text passes the prose rules (labels and descriptions
 * are shown on tag pages) and the file passes a strict schema
 * (schema/tags.ts: label, description, permalink on this site).
 */

/** Which files are tags files that Docusaurus reads. */
export const TAGS_FILE =
  /^(?:blog|docs|i18n\/[^/]+\/docusaurus-plugin-content-(?:blog|docs\/current))\/tags\.yml$/;

/**
 * Checks one tags file.
 * @param file - path relative to the site root
 * @param text - its content
 * @returns syntax, text and schema problems
 */
export function checkTagsFile(file: string, text: string): Problem[] {
  const source = parseYamlSource(file, text);
  const problems = [...source.problems];
  if (source.problems.length > 0 || !source.data || typeof source.data !== 'object')
    return problems;
  problems.push(...checkAllStrings(source.data, source.locate, file, ''));
  const result = tagsFileSchema.safeParse(source.data, {reportInput: true});
  if (!result.success)
    problems.push(...zodProblems(file, source, oneIssuePerUnknownKey(result.error)));
  return problems;
}

/** The tags files of the blog and docs and their translations. */
export const tagsFileCheck: Check<'tags'> = {
  id: 'tags-file',
  reads: ['tags'],
  run: ({tags}) => tags.flatMap(({file, text}) => checkTagsFile(file, text)),
};
