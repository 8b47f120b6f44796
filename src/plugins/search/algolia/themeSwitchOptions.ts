import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/**
 * Options of the search theme switch: whether the site searches with a hosted service (Algolia), from
 * `siteSearchConfig`. Named neutrally because plugin options are copied into the client bundle, and an
 * offline build must not mention Algolia.
 */
export type ThemeSwitchOptions = {hostedSearch: boolean};

// Required: a switch left out would silently pick the offline theme. Unknown keys are refused.
const schema = Joi.object<ThemeSwitchOptions>({
  hostedSearch: Joi.boolean().required(),
});

/**
 * Validates the plugin options (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<
  Partial<ThemeSwitchOptions> | undefined,
  ThemeSwitchOptions
>): ThemeSwitchOptions {
  return validate(schema, options ?? {});
}
