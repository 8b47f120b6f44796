import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the translation-status plugin (`docusaurus.config.ts`). */
export type TranslationStatusPluginOptions = {
  /** Folder holding the content and its `i18n/` folder (default: the site folder). */
  contentDir?: string;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<TranslationStatusPluginOptions>({
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
  Partial<TranslationStatusPluginOptions> | undefined,
  TranslationStatusPluginOptions
>): TranslationStatusPluginOptions {
  return validate(schema, options ?? {});
}
