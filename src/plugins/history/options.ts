import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the history plugin. */
export type HistoryPluginOptions = {
  /** Folder holding directory/, docs/, blog/ (default: the site folder). */
  contentDir?: string;
  /** Where the stats page is served (default `stats`). */
  statsRoutePath: string;
  /** Route base of the directory, for URLs in changes.json (default `directory`). */
  directoryRoutePath: string;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<HistoryPluginOptions>({
  contentDir: Joi.string(),
  statsRoutePath: Joi.string().default('stats'),
  directoryRoutePath: Joi.string().default('directory'),
});

/**
 * Validates the plugin options and applies defaults (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<
  Partial<HistoryPluginOptions>,
  HistoryPluginOptions
>): HistoryPluginOptions {
  return validate(schema, options);
}
