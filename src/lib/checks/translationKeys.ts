import {makeProblem, type Problem} from '../problems';
import {untranslatedPath} from '../siteFiles/listing';
import {parseYamlSource} from '../yamlSource';
import type {Check} from './check';

/**
 * A translated authors or tags file replaces the whole file for its locale: a key missing from it
 * would break that locale's posts. A file that does not parse has its syntax error already
 * (blogAuthorsFile.ts, tagsFile.ts); comparing its keys would only add a false one.
 */
export const translationKeysCheck: Check<'authors' | 'tags' | 'yamlKeys'> = {
  id: 'translation-keys',
  reads: ['authors', 'tags', 'yamlKeys'],
  run({authors, tags, yamlKeys}) {
    const problems: Problem[] = [];
    for (const {file, text} of [...authors, ...tags].sort((a, b) => (a.file < b.file ? -1 : 1))) {
      const original = untranslatedPath(file);
      if (original === file || hasSyntaxError(file, text)) continue;
      const keys = yamlKeys.get(file) ?? new Set<string>();
      const missing = [...(yamlKeys.get(original) ?? [])].filter((key) => !keys.has(key));
      if (missing.length === 0) continue;
      problems.push(
        makeProblem({file}, '(file)', 'translation-keys', {
          code: 'translation-keys.missing',
          values: {original, keys: missing.map((key) => `"${key}"`).join(', ')},
        }),
      );
    }
    return problems;
  },
};

function hasSyntaxError(file: string, text: string): boolean {
  return parseYamlSource(file, text).problems.some(
    (problem) => problem.severity === 'error' && problem.rule === 'yaml-syntax',
  );
}
