import {collectionsFileSchema, type Collection} from './schema/collection';
import {makeProblem, type Problem} from './problems';
import {checkAllStrings} from './rules/plainText';
import {parseYamlSource, zodProblems} from './yamlSource';

/** Where the start-here collections live, relative to the site root. */
export const COLLECTIONS_FILE = 'docs/collections.yml';

/**
 * Parses and checks `docs/collections.yml`: schema, safe text, unique ids,
 * and that every step names a playbook or guide that exists.
 * @param text - the file's content
 * @param docIds - ids of the docs that exist (`playbooks/<topic>/<slug>`, `guides/<slug>`)
 * @param file - path used in problems (default `docs/collections.yml`)
 * @returns the collections when the file is valid (empty otherwise) and every problem, each with its line
 */
export function checkCollections(
  text: string,
  docIds: ReadonlySet<string>,
  file = COLLECTIONS_FILE,
): {collections: Collection[]; problems: Problem[]} {
  const source = parseYamlSource(file, text);
  const problems = [...source.problems];
  if (problems.length > 0) return {collections: [], problems};
  problems.push(...checkAllStrings(source.data, source.locate, file, ''));
  const result = collectionsFileSchema.safeParse(source.data, {reportInput: true});
  if (!result.success)
    return {collections: [], problems: [...problems, ...zodProblems(file, source, result.error)]};
  const seen = new Set<string>();
  result.data.collections.forEach((collection, index) => {
    if (seen.has(collection.id)) {
      problems.push(
        makeProblem(
          {file, ...source.locate(['collections', index, 'id'])},
          `collections[${index}].id`,
          'duplicate-id',
          {code: 'duplicate-id.collection', values: {id: collection.id}},
        ),
      );
    }
    seen.add(collection.id);
    collection.steps.forEach((step, stepIndex) => {
      if (docIds.has(step.doc)) return;
      const path: (string | number)[] = ['collections', index, 'steps', stepIndex, 'doc'];
      problems.push(
        makeProblem(
          {file, ...source.locate(path)},
          `collections[${index}].steps[${stepIndex}].doc`,
          'cross-reference',
          {
            code: 'cross-reference.collection-step',
            values: {
              doc: step.doc,
              example:
                [...docIds].find((id) => id.startsWith(step.doc.split('/')[0]!)) ??
                'guides/start-here',
            },
          },
        ),
      );
    });
  });
  return {
    collections: problems.some((problem) => problem.severity === 'error')
      ? []
      : result.data.collections,
    problems,
  };
}
