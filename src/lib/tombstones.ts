import {parseYamlSource, zodProblems} from './yamlSource';
import {tombstoneSchema, tombstonesFileSchema, type Tombstone} from './schema/tombstone';
import {makeProblem, type Problem} from './problems';

/** Where tombstones live, relative to the site root. */
export const TOMBSTONES_FILE = 'directory/_tombstones.yml';

/**
 * Reads `directory/_tombstones.yml`.
 * @param text - the file's content (undefined when there is no file)
 * @returns the tombstones that parsed, keyed by slug, and every problem of the file
 */
export function readTombstones(text: string | undefined): {
  tombstones: Map<string, Tombstone>;
  problems: Problem[];
} {
  const tombstones = new Map<string, Tombstone>();
  if (text === undefined) return {tombstones, problems: []};
  const source = parseYamlSource(TOMBSTONES_FILE, text);
  if (source.problems.length) return {tombstones, problems: source.problems};
  // An empty file means "no tombstones yet".
  const data = source.data ?? [];
  const result = tombstonesFileSchema.safeParse(data, {reportInput: true});
  const problems = result.success ? [] : zodProblems(TOMBSTONES_FILE, source, result.error);
  // A flawed tombstone must not lift the others: every valid one still applies.
  for (const item of Array.isArray(data) ? data : []) {
    const one = tombstoneSchema.safeParse(item);
    if (one.success) tombstones.set(one.data.slug, one.data);
  }
  return {tombstones, problems};
}

/**
 * The problem for an organisation file whose slug was removed on request.
 * @param file - the organisation's file, relative to the site root
 * @param tombstone - the tombstone that reserves its slug
 */
export function tombstonedProblem(file: string, tombstone: Tombstone): Problem {
  return makeProblem({file}, '(file)', 'tombstoned', {
    code: 'tombstoned.listed',
    values: {
      slug: tombstone.slug,
      removed: tombstone.removed,
      reason: tombstone.reason,
      tombstones: TOMBSTONES_FILE,
    },
  });
}
