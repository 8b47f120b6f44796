import type {Check} from './check';
import {symlinkProblem} from './fileKinds';
import type {Problem} from '../problems';
import {checkAllStrings} from '../rules/plainText';
import {mirrorsFileSchema, type MirrorsFile} from '../schema/mirrors';
import {oneIssuePerUnknownKey} from '../schema/strict';
import {parseYamlSource, zodProblems} from '../yamlSource';

/**
 * Checks `mirrors.yml` (src/lib/schema/mirrors.ts): every text passes the
 * prose rules (who runs a mirror is shown on /mirrors), every mirror is an
 * `https:` or valid version 3 onion address, who runs it and since when,
 * and every signing key is an OpenSSH public key ssh-keygen can verify with.
 */

/** Where the file is, relative to the site root. */
export const MIRRORS_FILE = 'mirrors.yml';

/**
 * Checks the mirrors file.
 * @param text - its content
 * @param file - its path for problems (default `mirrors.yml`)
 * @returns the file when it is valid (else null) and every problem
 */
export function checkMirrorsFile(
  text: string,
  file = MIRRORS_FILE,
): {mirrors: MirrorsFile | null; problems: Problem[]} {
  const source = parseYamlSource(file, text);
  const problems = [...source.problems];
  if (source.problems.length > 0) return {mirrors: null, problems};
  if (source.data === null || source.data === undefined)
    return {mirrors: {signing_keys: [], mirrors: []}, problems};
  // Addresses, principals (which look like e-mail addresses) and keys are checked by their own formats: they are not prose.
  const notProse =
    /^(?:signing_keys\[\d+\]\.(?:key|principal|since)|mirrors\[\d+\]\.(?:url|since))$/;
  problems.push(
    ...checkAllStrings(source.data, source.locate, file, '', (name) => notProse.test(name)),
  );
  const result = mirrorsFileSchema.safeParse(source.data, {reportInput: true});
  if (!result.success)
    problems.push(...zodProblems(file, source, oneIssuePerUnknownKey(result.error)));
  const clean = result.success && !problems.some((problem) => problem.severity === 'error');
  return {mirrors: clean ? result.data : null, problems};
}

/** `mirrors.yml`: the mirrors and the keys that sign the site's bundles (refused when it is a symbolic link). */
export const mirrorsFileCheck: Check<'mirrors'> = {
  id: 'mirrors-file',
  reads: ['mirrors'],
  run({mirrors}) {
    if (!mirrors) return [];
    return mirrors.symlink
      ? [symlinkProblem(MIRRORS_FILE)]
      : [...(mirrors.checked?.problems ?? [])];
  },
};
