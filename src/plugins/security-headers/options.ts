import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the security-headers plugin (`docusaurus.config.ts`). */
export type PluginOptions = {
  /** Origins the pages may also fetch from (e.g. a hosted search service). */
  extraConnectSources?: string[];
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<PluginOptions>({
  extraConnectSources: Joi.array().items(Joi.string()),
});

/**
 * Validates the plugin options and applies defaults (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Partial<PluginOptions> | undefined, PluginOptions>): PluginOptions {
  return validate(schema, options ?? {});
}
