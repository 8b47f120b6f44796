import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the content-guard plugin (`docusaurus.config.ts`). */
export type ContentGuardPluginOptions = {
  /** Folder where contributed content lives (default: the site folder). */
  contentDir?: string;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<ContentGuardPluginOptions>({
  contentDir: Joi.string(),
});

/**
 * Validates the plugin options and applies defaults (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<
  Partial<ContentGuardPluginOptions> | undefined,
  ContentGuardPluginOptions
>): ContentGuardPluginOptions {
  return validate(schema, options ?? {});
}
