import {normalizePluginOptions} from '@docusaurus/utils-validation';
import searchThemeSwitch from '../themeSwitch';
import {validateOptions} from '../themeSwitchOptions';

/** Validates as Docusaurus does: its own `normalizePluginOptions` is the `validate` it hands plugins. */
function check(options: unknown): unknown {
  return validateOptions({validate: normalizePluginOptions, options} as never);
}

describe('search theme switch options', () => {
  it('is wired into the plugin', () => {
    expect(searchThemeSwitch.validateOptions).toBe(validateOptions);
  });

  it('keeps the options docusaurus.config.ts passes', () => {
    expect(check({hostedSearch: false})).toEqual({id: 'default', hostedSearch: false});
    expect(check({hostedSearch: true})).toEqual({id: 'default', hostedSearch: true});
  });

  it('requires hostedSearch (no default: a missing switch must not pick a theme silently)', () => {
    expect(() => check(undefined)).toThrow('"hostedSearch" is required');
    expect(() => check({})).toThrow('"hostedSearch" is required');
  });

  it('refuses hostedSearch of the wrong type, naming it', () => {
    expect(() => check({hostedSearch: 'false'})).toThrow('"hostedSearch" must be a boolean');
  });

  it('refuses an unknown option, naming it', () => {
    expect(() => check({hostedSearch: false, algolia: true})).toThrow('"algolia" is not allowed');
  });
});
