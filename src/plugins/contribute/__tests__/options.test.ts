import {normalizePluginOptions} from '@docusaurus/utils-validation';
import plugin from '../index';
import {validateOptions} from '../options';

/** Validates as Docusaurus does: its own `normalizePluginOptions` is the `validate` it hands plugins. */
function check(options: unknown): unknown {
  return validateOptions({validate: normalizePluginOptions, options} as never);
}

describe('contribute plugin options', () => {
  it('is wired into the plugin', () => {
    expect(plugin.validateOptions).toBe(validateOptions);
  });

  it('applies the defaults', () => {
    expect(check({repositoryUrl: 'https://github.com/org/repo'})).toEqual({
      id: 'default',
      ...{repositoryUrl: 'https://github.com/org/repo'},
      ...{branch: 'main', routeBasePath: 'contribute'},
    });
  });

  it('keeps the options docusaurus.config.ts passes', () => {
    expect(
      check({...{repositoryUrl: 'https://github.com/org/repo'}, contentDir: '/srv/site'}),
    ).toEqual({
      id: 'default',
      ...{branch: 'main', routeBasePath: 'contribute'},
      ...{...{repositoryUrl: 'https://github.com/org/repo'}, contentDir: '/srv/site'},
    });
  });

  it('requires repositoryUrl, an https URL', () => {
    expect(() => check({})).toThrow('"repositoryUrl" is required');
    expect(() => check({repositoryUrl: 'http://github.com/org/repo'})).toThrow(
      '"repositoryUrl" must be a valid uri',
    );
  });

  it('refuses contentDir of the wrong type, naming it', () => {
    expect(() =>
      check({...{repositoryUrl: 'https://github.com/org/repo'}, contentDir: 42}),
    ).toThrow('"contentDir" must be a string');
  });

  it('refuses branch of the wrong type, naming it', () => {
    expect(() => check({...{repositoryUrl: 'https://github.com/org/repo'}, branch: 1})).toThrow(
      '"branch" must be a string',
    );
  });

  it('refuses routeBasePath of the wrong type, naming it', () => {
    expect(() =>
      check({...{repositoryUrl: 'https://github.com/org/repo'}, routeBasePath: null}),
    ).toThrow('"routeBasePath" must be a string');
  });
  it('refuses an unknown option, naming it', () => {
    expect(() =>
      check({...{repositoryUrl: 'https://github.com/org/repo'}, contentdir: '/site'}),
    ).toThrow('"contentdir" is not allowed');
  });
});
