import {Joi} from '@docusaurus/utils-validation';
import type {SitePaths} from '../lib/sitePaths';

const PATH_BUILDERS = [
  'directory',
  'city',
  'organization',
  'doc',
  'playbooks',
  'topic',
  'compare',
  'compareSections',
] as const satisfies ReadonlyArray<keyof SitePaths>;

/**
 * Joi schema of a `SitePaths` option (what `createSitePaths` in src/lib/sitePaths returns): its settings,
 * every path builder and the route patterns, so a hand-made object missing one is refused when the
 * site starts rather than when a page asks for a path.
 */
export const sitePathsSchema = Joi.object<SitePaths>({
  options: Joi.object({
    directory: Joi.string().required(),
    docs: Joi.string().required(),
  }).required(),
  ...Object.fromEntries(PATH_BUILDERS.map((name) => [name, Joi.function().required()])),
  patterns: Joi.object({
    organization: Joi.string().required(),
    city: Joi.string().required(),
    playbook: Joi.string().required(),
  }).required(),
});
