import * as z from 'zod';

/**
 * A problem (problems.ts) read back as untrusted data: from a validator report a pull request's
 * run uploaded (github/prReport.ts), or from a cache file on disk (validation/resultCache.ts). A
 * value that does not fit is refused, never trusted.
 */

const text = (max: number) => z.string().max(max);

/** One problem of `npm run validate -- --format json` or of a remembered check result. */
export const reportedProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: text(300),
  line: z.number().int().min(0),
  column: z.number().int().min(0),
  field: text(300),
  rule: text(80),
  message: text(2000),
  fix: text(2000),
  /** The catalogue code and values (checks/problemTexts.ts), when the problem has them. */
  code: text(80).optional(),
  values: z.record(text(80), z.union([text(2000), z.number()])).optional(),
});
