import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the mirrors plugin (`docusaurus.config.ts`). */
export type MirrorsPluginOptions = {
  /** Folder holding `mirrors.yml` (default: the site folder). */
  contentDir?: string;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<MirrorsPluginOptions>({
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
  Partial<MirrorsPluginOptions> | undefined,
  MirrorsPluginOptions
>): MirrorsPluginOptions {
  return validate(schema, options ?? {});
}
