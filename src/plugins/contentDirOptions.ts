import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/**
 * Options of the plugins whose only setting is where the contributed content lives (content-guard, mirrors,
 * translation-status), as written in `docusaurus.config.ts`.
 */
export type ContentDirPluginOptions = {
  /** Folder holding the contributed content (`directory/`, `docs/`, `i18n/`, `mirrors.yml`; default: the site folder). */
  contentDir?: string;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<ContentDirPluginOptions>({
  contentDir: Joi.string(),
});

/**
 * Validates such a plugin's options and applies defaults (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateContentDirOptions({
  validate,
  options,
}: OptionValidationContext<
  Partial<ContentDirPluginOptions> | undefined,
  ContentDirPluginOptions
>): ContentDirPluginOptions {
  return validate(schema, options ?? {});
}
