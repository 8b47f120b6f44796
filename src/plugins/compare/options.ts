import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import type {SitePaths} from '../../lib/sitePaths';
import {sitePathsSchema} from '../sitePathsSchema';

/** Options of the compare plugin (`docusaurus.config.ts`). */
export type ComparePluginOptions = {
  /** Absolute folder holding `directory/`, `docs/` and `blog/` (default: the site folder). */
  contentDir?: string;
  /** The site's paths (default: src/lib/sitePaths defaults). */
  paths?: SitePaths;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<ComparePluginOptions>({
  contentDir: Joi.string(),
  paths: sitePathsSchema,
});

/**
 * Validates the plugin options and applies defaults (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<
  Partial<ComparePluginOptions> | undefined,
  ComparePluginOptions
>): ComparePluginOptions {
  return validate(schema, options ?? {});
}
