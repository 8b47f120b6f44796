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

describe('offline plugin options', () => {
  it('is wired into the plugin', () => {
    expect(plugin.validateOptions).toBe(validateOptions);
  });

  it('applies the defaults', () => {
    expect(check(undefined)).toEqual({id: 'default'});
    expect(check({})).toEqual({id: 'default'});
  });

  it('keeps the options docusaurus.config.ts passes', () => {
    expect(check({})).toEqual({...{id: 'default'}, ...{}});
  });

  it('refuses id of the wrong type, naming it', () => {
    expect(() => check({id: 42})).toThrow('"id" must be a string');
  });
  it('refuses an unknown option, naming it', () => {
    expect(() => check({contentdir: '/site'})).toThrow('"contentdir" is not allowed');
  });
});
