import plugin from '../index';
import {DEFAULT_OPTIONS, validateOptions} from '../options';

/**
 * The search plugin validates its options with zod (DESIGN.md "Stack"), not Docusaurus's Joi: the same checks
 * as the other plugins' options tests — defaults, options passed through, each wrong value named, unknown keys.
 */
function check(options: unknown): unknown {
  return validateOptions({validate: () => undefined, options} as never);
}

describe('search plugin options', () => {
  it('is wired into the plugin', () => {
    expect(plugin.validateOptions).toBe(validateOptions);
  });

  it('applies the defaults (docusaurus.config.ts passes none)', () => {
    expect(check(undefined)).toEqual({id: 'default', ...DEFAULT_OPTIONS});
    expect(check({})).toEqual({id: 'default', ...DEFAULT_OPTIONS});
  });

  it('keeps the options it is given', () => {
    const given = {
      excludeRoutes: ['/search', '/print'],
      excludeSelectors: ['.no-index'],
      languages: {es: 'es'},
      concurrency: 4,
      verbose: true,
      indexChunkSize: 5000,
    };
    expect(check(given)).toEqual({id: 'default', ...given});
  });

  it('refuses each wrong value, naming the option, and lists every problem in one error', () => {
    let message = '';
    try {
      check({
        excludeRoutes: ['search'],
        languages: {es: 'Spanish'},
        concurrency: 0,
        verbose: 'yes',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Invalid options for the search plugin');
    for (const option of ['excludeRoutes.0', 'languages.es', 'concurrency', 'verbose'])
      expect(message).toContain(`  - ${option}: `);
    expect(message).toContain('must start with "/"');
  });

  it('refuses an index chunk size outside 100…1,000,000 pages', () => {
    expect(() => check({indexChunkSize: 10})).toThrow('indexChunkSize');
    expect(() => check({indexChunkSize: 2.5})).toThrow('indexChunkSize');
  });

  it('refuses an unknown option, naming it', () => {
    expect(() => check({excludeRoute: ['/x']})).toThrow('excludeRoute');
  });
});
