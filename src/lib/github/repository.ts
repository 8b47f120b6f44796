import {UsageError} from './errors';

/** Repository used by `--dry-run` when none is given. */
export const DEFAULT_REPOSITORY = 'sanctuary-commons/sanctuary-commons';

/**
 * The repository to act on: `--repo`, else `GITHUB_REPOSITORY` (set by GitHub Actions), else the default in dry-run.
 * @param flag - value of `--repo`, `owner/name`
 * @param env - the environment
 * @param dryRun - whether the default may be used
 * @throws UsageError when no repository is known or it is not `owner/name`
 */
export function resolveRepository(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  dryRun: boolean,
): {owner: string; repo: string} {
  const value = flag ?? env.GITHUB_REPOSITORY ?? (dryRun ? DEFAULT_REPOSITORY : undefined);
  if (!value)
    throw new UsageError('Which repository? Pass --repo owner/name or set GITHUB_REPOSITORY.');
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value);
  if (!match) throw new UsageError(`"${value}" is not a repository name; write it as owner/name.`);
  return {owner: match[1]!, repo: match[2]!};
}

/**
 * A positive whole number from a flag.
 * @param name - the flag, for the message
 * @param value - its text
 * @throws UsageError when it is not a positive integer
 */
export function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`--${name} must be a number such as 42, not "${value}".`);
  return Number(value);
}
