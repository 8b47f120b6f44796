import {normalizePluginOptions} from '@docusaurus/utils-validation';
import plugin from '../index';
import {validateOptions} from '../options';

/** Validates as Docusaurus does: its own `normalizePluginOptions` is the `validate` it hands plugins. */
function check(options: unknown): unknown {
  return validateOptions({
    validate: normalizePluginOptions,
    options,
  } as never);
}

describe('data plugin options', () => {
  it('is wired into the plugin', () => {
    expect(plugin.validateOptions).toBe(validateOptions);
  });

  it('applies the defaults', () => {
    expect(check(undefined)).toEqual({
      id: 'default',
      routeBasePath: 'data',
      directoryRouteBasePath: 'directory',
    });
    expect(check({})).toEqual({
      id: 'default',
      routeBasePath: 'data',
      directoryRouteBasePath: 'directory',
    });
  });

  it('keeps the options docusaurus.config.ts passes', () => {
    expect(check({contentDir: '/srv/site', directoryRouteBasePath: 'directorio'})).toEqual({
      ...{id: 'default', routeBasePath: 'data', directoryRouteBasePath: 'directory'},
      ...{contentDir: '/srv/site', directoryRouteBasePath: 'directorio'},
    });
  });

  it('refuses contentDir of the wrong type, naming it', () => {
    expect(() => check({contentDir: 42})).toThrow('"contentDir" must be a string');
  });

  it('refuses routeBasePath of the wrong type, naming it', () => {
    expect(() => check({routeBasePath: true})).toThrow('"routeBasePath" must be a string');
  });

  it('refuses directoryRouteBasePath of the wrong type, naming it', () => {
    expect(() => check({directoryRouteBasePath: ['directory']})).toThrow(
      '"directoryRouteBasePath" must be a string',
    );
  });
  it('refuses an unknown option, naming it', () => {
    expect(() => check({contentdir: '/site'})).toThrow('"contentdir" is not allowed');
  });
});
