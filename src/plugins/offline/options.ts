import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the offline plugin (`docusaurus.config.ts`). */
export type OfflinePluginOptions = {
  /** Plugin instance id (Docusaurus multi-instance support); the plugin takes no other option. */
  id?: string;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<OfflinePluginOptions>({});

/**
 * Validates the plugin options and applies defaults (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<
  Partial<OfflinePluginOptions> | undefined,
  OfflinePluginOptions
>): OfflinePluginOptions {
  return validate(schema, options ?? {});
}
