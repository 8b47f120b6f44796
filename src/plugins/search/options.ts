// Namespace import: Docusaurus loads plugins with jiti (`interopDefault: true`),
// under which `import * as z from 'zod'` yields `undefined`.
import * as z from 'zod';
import type {OptionValidationContext} from '@docusaurus/types';
import type {Options, PluginOptions} from './types';
import {INDEX_CHUNK_SIZE} from './utils';

/** Defaults applied to every option left out of `docusaurus.config.ts`. */
export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  excludeRoutes: ['/search', '/404.html'],
  excludeSelectors: [],
  languages: {},
  concurrency: 32,
  verbose: false,
  indexChunkSize: INDEX_CHUNK_SIZE,
};

const routeSchema = z.string().regex(/^\//, {
  error: 'must start with "/" (a route path relative to the locale base URL, e.g. "/search").',
});

const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, {error: 'must be a lowercase ISO 639-1 language code, e.g. "es".'});

/** The options schema; `.strict()` so that a misspelt option is reported instead of ignored. */
export const optionsSchema = z.strictObject({
  id: z.string().min(1).default('default'),
  excludeRoutes: z.array(routeSchema).default(DEFAULT_OPTIONS.excludeRoutes),
  excludeSelectors: z.array(z.string().min(1)).default(DEFAULT_OPTIONS.excludeSelectors),
  languages: z.record(z.string().min(1), languageSchema).default(DEFAULT_OPTIONS.languages),
  concurrency: z.int().min(1).max(256).default(DEFAULT_OPTIONS.concurrency),
  verbose: z.boolean().default(DEFAULT_OPTIONS.verbose),
  indexChunkSize: z.int().min(100).max(1_000_000).default(DEFAULT_OPTIONS.indexChunkSize),
});

/**
 * Validates the plugin options and applies defaults.
 *
 * Docusaurus hands us a Joi-based `validate`; the project validates with zod
 * (DESIGN.md "Stack"), so it is not used. Every problem is listed in one error.
 */
export function validateOptions({
  options,
}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (result.success) {
    return result.data;
  }
  const lines = result.error.issues.map((problem) => {
    const where = problem.path.length > 0 ? problem.path.join('.') : '(options)';
    return `  - ${where}: ${problem.message}`;
  });
  throw new Error(
    `Invalid options for the search plugin (src/plugins/search):\n${lines.join('\n')}`,
  );
}
