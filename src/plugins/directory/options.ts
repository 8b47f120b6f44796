import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the directory plugin. */
export type DirectoryPluginOptions = {
  id?: string;
  /** URL path under which the directory is served (default `directory`). */
  routeBasePath: string;
  /** Web URL of the repository, for "edit this entry" links, e.g. `https://github.com/org/repo`. */
  repositoryUrl: string;
  /** Branch that edit links point at (default `main`). */
  branch: string;
  /** Absolute folder holding `directory/`, `docs/` and `blog/` (default: the site folder). */
  contentDir?: string;
};

const schema = Joi.object<DirectoryPluginOptions>({
  id: Joi.string(),
  routeBasePath: Joi.string().default('directory'),
  repositoryUrl: Joi.string().uri({scheme: ['https']}).required(),
  branch: Joi.string().default('main'),
  contentDir: Joi.string(),
});

/**
 * Validates the plugin options (Docusaurus calls this before the plugin starts).
 * @throws Joi's validation error naming the bad option
 */
export function validateOptions({validate, options}: OptionValidationContext<Partial<DirectoryPluginOptions>, DirectoryPluginOptions>): DirectoryPluginOptions {
  return validate(schema, options);
}
