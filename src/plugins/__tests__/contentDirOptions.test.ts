import {normalizePluginOptions} from '@docusaurus/utils-validation';
import contentGuardPlugin from '../content-guard';
import mirrorsPlugin from '../mirrors';
import translationStatusPlugin from '../translation-status';
import {validateContentDirOptions} from '../contentDirOptions';

/** Validates as Docusaurus does: its own `normalizePluginOptions` is the `validate` it hands plugins. */
function check(options: unknown): unknown {
  return validateContentDirOptions({validate: normalizePluginOptions, options} as never);
}

describe.each([
  ['content-guard', contentGuardPlugin],
  ['mirrors', mirrorsPlugin],
  ['translation-status', translationStatusPlugin],
])('%s plugin options', (_name, plugin) => {
  it('is wired into the plugin', () => {
    expect(plugin.validateOptions).toBe(validateContentDirOptions);
  });
});

describe('options of the plugins that only take contentDir', () => {
  it('applies the defaults', () => {
    expect(check(undefined)).toEqual({id: 'default'});
    expect(check({})).toEqual({id: 'default'});
  });

  it('keeps the options docusaurus.config.ts passes', () => {
    expect(check({contentDir: '/srv/site'})).toEqual({id: 'default', contentDir: '/srv/site'});
  });

  it('refuses contentDir of the wrong type, naming it', () => {
    expect(() => check({contentDir: 42})).toThrow('"contentDir" must be a string');
  });

  it('refuses an unknown option, naming it', () => {
    expect(() => check({contentdir: '/site'})).toThrow('"contentdir" is not allowed');
  });
});
