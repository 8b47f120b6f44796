import * as z from 'zod';
import {customIssue, issue, issueCodeOf} from './common';

/**
 * Strict objects whose "unknown key" problem names the keys that are
 * allowed, one problem per unknown key, located at that key, so a typo or a
 * key Docusaurus would act on (className, customProps, custom_edit_url…) is
 * refused with the list a contributor can pick from.
 */

/**
 * A zod strict object (unknown keys are refused) whose unknown-key issue
 * carries a fix naming every allowed key.
 * @param shape - the allowed keys and their schemas
 * @param what - what the object is, for the fix, e.g. "a guide's front matter"
 */
export function strictObject<T extends z.ZodRawShape>(shape: T, what: string) {
  const unknownKeys = issue('schema.unknown-keys-listed', {
    what,
    keys: Object.keys(shape).join(', '),
  });
  return z.strictObject(shape, {
    error: (found) => (found.code === 'unrecognized_keys' ? unknownKeys.error : undefined),
  });
}

/**
 * Splits each "unrecognized keys" issue of a zod error into one issue per
 * key, whose path ends at the key (so the problem points at its line).
 * @param error - from `safeParse`
 * @returns a zod error with the same other issues
 */
export function oneIssuePerUnknownKey(error: z.ZodError): z.ZodError {
  const issues = error.issues.flatMap((found): z.core.$ZodIssue[] => {
    if (found.code !== 'unrecognized_keys') return [found];
    // The allowed keys, when the object is one of strictObject's.
    const listed = issueCodeOf(found);
    return found.keys.map(
      (key) =>
        ({
          ...(listed?.code === 'schema.unknown-keys-listed'
            ? customIssue('schema.unknown-key-listed', {...listed.values, key})
            : customIssue('schema.unknown-key-unlisted', {key})),
          path: [...found.path, key],
          input: undefined,
        }) as z.core.$ZodIssue,
    );
  });
  return new z.ZodError(issues);
}
