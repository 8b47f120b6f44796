import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the data plugin (`docusaurus.config.ts`). */
export type DataPluginOptions = {
  /** Folder holding directory/, docs/, blog/ (default: the site folder). */
  contentDir?: string;
  /** Where the /data page is served (default `data`). */
  routeBasePath?: string;
  /** Route base of the directory, for links from the exports (default `directory`). */
  directoryRouteBasePath?: string;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<DataPluginOptions>({
  contentDir: Joi.string(),
  routeBasePath: Joi.string().default('data'),
  directoryRouteBasePath: Joi.string().default('directory'),
});

/**
 * Validates the plugin options and applies defaults (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<
  Partial<DataPluginOptions> | undefined,
  DataPluginOptions
>): DataPluginOptions {
  return validate(schema, options ?? {});
}
