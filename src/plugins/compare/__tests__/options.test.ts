import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {createSitePaths} from '../../../lib/sitePaths';
import type {PluginModule} from '@docusaurus/types';
import {comparePluginConfig} from '../index';
import {validateOptions} from '../options';

/** Validates as Docusaurus does: its own `normalizePluginOptions` is the `validate` it hands plugins. */
function check(options: unknown): Record<string, unknown> {
  return validateOptions({
    validate: normalizePluginOptions,
    options,
  } as never) as Record<string, unknown>;
}

const paths = createSitePaths({directory: 'directorio', docs: 'guias'});

describe('compare plugin options', () => {
  it('is wired into the plugin', () => {
    const [plugin] = comparePluginConfig('/srv/site', paths) as [PluginModule, unknown];
    expect(plugin.validateOptions).toBe(validateOptions);
  });

  it('applies the defaults (paths left out: the plugin uses src/lib/sitePaths defaults)', () => {
    expect(check(undefined)).toEqual({id: 'default'});
    expect(check({})).toEqual({id: 'default'});
  });

  it('keeps the options docusaurus.config.ts passes, path builders working', () => {
    const validated = check({contentDir: '/srv/site', paths});
    expect(validated).toEqual({id: 'default', ...{contentDir: '/srv/site', paths}});
    const kept = validated.paths as typeof paths;
    expect(kept.city('berlin')).toBe('/directorio/berlin');
    expect(kept.patterns).toEqual(paths.patterns);
  });

  it('refuses contentDir of the wrong type, naming it', () => {
    expect(() => check({contentDir: 42})).toThrow('"contentDir" must be a string');
  });

  it('refuses paths of the wrong type, naming it', () => {
    expect(() => check({paths: '/directory'})).toThrow('"paths" must be of type object');
  });

  it('refuses paths missing a builder, naming it', () => {
    const {city: _city, ...withoutCity} = paths;
    expect(() => check({paths: withoutCity})).toThrow('"paths.city" is required');
    expect(() => check({paths: {...paths, doc: '/docs'}})).toThrow(
      '"paths.doc" must be of type function',
    );
  });

  it('refuses an unknown option, naming it', () => {
    expect(() => check({sitePaths: paths})).toThrow('"sitePaths" is not allowed');
  });
});
