import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the contribute plugin. */
export type ContributePluginOptions = {
  /** Web URL of the repository, e.g. `https://github.com/org/repo`. */
  repositoryUrl: string;
  /** Branch that proposed files target (default `main`). */
  branch: string;
  /** Absolute folder holding `directory/` and `docs/` (default: the site folder). */
  contentDir?: string;
  /** URL path of the page (default `contribute`). */
  routeBasePath: string;
};

// Joi refuses keys the schema does not list, so a misspelt option is reported instead of ignored.
const schema = Joi.object<ContributePluginOptions>({
  repositoryUrl: Joi.string()
    .uri({scheme: ['https']})
    .required(),
  branch: Joi.string().default('main'),
  contentDir: Joi.string(),
  routeBasePath: Joi.string().default('contribute'),
});

/**
 * Validates the plugin options and applies defaults (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<
  Partial<ContributePluginOptions>,
  ContributePluginOptions
>): ContributePluginOptions {
  return validate(schema, options);
}
