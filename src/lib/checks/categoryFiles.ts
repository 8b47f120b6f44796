import type {Check} from './check';
import {docIdsOf} from '../siteFiles/listing';
import path from 'pathe';
import {makeProblem, type Problem} from '../problems';
import {checkAllStrings} from '../rules/plainText';
import {categoryFileSchema} from '../schema/category';
import {oneIssuePerUnknownKey} from '../schema/strict';
import {parseJsonSource} from '../jsonSource';
import {parseYamlSource, zodProblems} from '../yamlSource';
import type {SourceFile} from './interfaceTranslations';

/**
 * Checks the sidebar category files, `docs/**\/_category_.{json,yml,yaml}`
 * (the only place Docusaurus reads them from; copies under i18n/ are refused
 * by the i18n placement check). The label is written into the breadcrumbs'
 * structured data `<script>` of every page of the category and the link's
 * title and description onto a generated index page, so every string passes
 * the prose rules, and the file passes a strict schema (schema/category.ts):
 * no className or customProps, a link only to a page of this site.
 */

/** Which files are category files (Docusaurus 3.10: `_category_.{json,yml,yaml}`). */
export const CATEGORY_FILE = /(^|\/)_category_\.(json|ya?ml)$/;

/**
 * Checks every category file.
 * @param files - the category files under docs/ with their content
 * @param docIds - ids of the docs that exist (path under docs/ without .md), for `link.id`
 * @returns syntax errors with line and column, schema and text problems, a link to a missing doc
 *   (`cross-reference`), and two category files in one folder (`duplicate-category`)
 */
export function checkCategoryFiles(
  files: readonly SourceFile[],
  docIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const byFolder = new Map<string, string>();
  for (const {file, text} of files) {
    const folder = path.dirname(file);
    const first = byFolder.get(folder);
    if (first) {
      problems.push(
        makeProblem({file}, '(file)', 'duplicate-category', {
          code: 'duplicate-category.found',
          values: {first, folder},
        }),
      );
    } else {
      byFolder.set(folder, file);
    }
    problems.push(...checkCategoryFile(file, text, docIds));
  }
  return problems;
}

/**
 * Checks one category file.
 * @param file - path relative to the site root
 * @param text - its content
 * @param docIds - ids of the docs that exist
 */
export function checkCategoryFile(
  file: string,
  text: string,
  docIds: ReadonlySet<string>,
): Problem[] {
  const source = file.endsWith('.json') ? parseJsonSource(file, text) : parseYamlSource(file, text);
  const problems = [...source.problems];
  if (source.problems.length > 0 || source.data === undefined) return problems;
  problems.push(...checkAllStrings(source.data, source.locate, file, ''));
  const result = categoryFileSchema.safeParse(source.data, {reportInput: true});
  if (!result.success)
    return [...problems, ...zodProblems(file, source, oneIssuePerUnknownKey(result.error))];
  const link = result.data.link;
  if (link?.type === 'doc' && !docIds.has(link.id)) {
    problems.push(
      makeProblem({file, ...source.locate(['link', 'id'])}, 'link.id', 'cross-reference', {
        code: 'cross-reference.unknown-doc',
        values: {id: link.id},
      }),
    );
  }
  return problems;
}

/** The sidebar category files under docs/ (a category's link names an existing doc). */
export const categoryFilesCheck: Check<'categoryFiles' | 'listed'> = {
  id: 'category-files',
  reads: ['categoryFiles', 'listed'],
  run: ({categoryFiles, listed}) => checkCategoryFiles(categoryFiles, docIdsOf(listed)),
};
