import {normalizePluginOptions} from '@docusaurus/utils-validation';
import plugin from '../index';
import {validateOptions} from '../options';

/** Validates as Docusaurus does: its own `normalizePluginOptions` is the `validate` it hands plugins. */
function check(options: unknown): unknown {
  return validateOptions({validate: normalizePluginOptions, options} as never);
}

describe('history plugin options', () => {
  it('is wired into the plugin', () => {
    expect(plugin.validateOptions).toBe(validateOptions);
  });

  it('applies the defaults', () => {
    expect(check({})).toEqual({
      id: 'default',
      ...{},
      ...{statsRoutePath: 'stats', directoryRoutePath: 'directory'},
    });
  });

  it('keeps the options docusaurus.config.ts passes', () => {
    expect(check({contentDir: '/srv/site', directoryRoutePath: 'directorio'})).toEqual({
      id: 'default',
      ...{statsRoutePath: 'stats', directoryRoutePath: 'directory'},
      ...{contentDir: '/srv/site', directoryRoutePath: 'directorio'},
    });
  });

  it('refuses contentDir of the wrong type, naming it', () => {
    expect(() => check({...{}, contentDir: 42})).toThrow('"contentDir" must be a string');
  });

  it('refuses statsRoutePath of the wrong type, naming it', () => {
    expect(() => check({...{}, statsRoutePath: true})).toThrow('"statsRoutePath" must be a string');
  });

  it('refuses directoryRoutePath of the wrong type, naming it', () => {
    expect(() => check({...{}, directoryRoutePath: ['directory']})).toThrow(
      '"directoryRoutePath" must be a string',
    );
  });
  it('refuses an unknown option, naming it', () => {
    expect(() => check({...{}, contentdir: '/site'})).toThrow('"contentdir" is not allowed');
  });
});
