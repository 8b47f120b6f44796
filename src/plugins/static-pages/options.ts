import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import type {SitePaths} from '../../lib/sitePaths';
import {sitePathsSchema} from '../sitePathsSchema';

/** Options of the static-pages plugin (`docusaurus.config.ts`). */
export type StaticPagesOptions = {
  /** The site's paths (default: `src/lib/sitePaths` defaults). */
  paths?: SitePaths;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<StaticPagesOptions>({
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
  Partial<StaticPagesOptions> | undefined,
  StaticPagesOptions
>): StaticPagesOptions {
  return validate(schema, options ?? {});
}
