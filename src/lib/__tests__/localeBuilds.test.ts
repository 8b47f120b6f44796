import {localeBuildEnvironment, planLocaleBuilds, runLocaleBuilds} from '../localeBuilds';
import {buildTime, readBuildInfo} from '../exports/buildInfo';
import {configuredLocales, DEFAULT_LOCALE, LOCALE_CODES, RTL_SMOKE_LOCALE} from '../i18n/locales';

describe('planLocaleBuilds', () => {
  it('builds each locale in its own run, the default first, with the options as given', () => {
    expect(
      planLocaleBuilds(['--out-dir', 'site', '--no-minify'], ['es', 'en', 'fr'], 'en'),
    ).toEqual({
      builds: [
        {locale: 'en', args: ['--out-dir', 'site', '--no-minify', '--locale', 'en']},
        {locale: 'es', args: ['--out-dir', 'site', '--no-minify', '--locale', 'es']},
        {locale: 'fr', args: ['--out-dir', 'site', '--no-minify', '--locale', 'fr']},
      ],
      outDir: 'site',
      siteDir: null,
    });
  });

  it.each([
    [['--locale', 'es']],
    [['-l', 'es']],
    [['--locale=es']],
    [['--out-dir', 'x', '--locale', 'es']],
  ])('passes %j through as one run', (...argv) => {
    const request = planLocaleBuilds(argv[0]!, ['en', 'es', 'fr'], 'en');
    expect(request.builds).toEqual([{locale: 'es', args: argv[0]}]);
  });

  it('reads the output folder and the site folder in every spelling Docusaurus accepts', () => {
    expect(planLocaleBuilds(['--out-dir=dist'], ['en'], 'en').outDir).toBe('dist');
    expect(planLocaleBuilds(['website'], ['en'], 'en')).toMatchObject({
      outDir: null,
      siteDir: 'website',
    });
    expect(planLocaleBuilds([], ['en'], 'en')).toMatchObject({outDir: null, siteDir: null});
    expect(planLocaleBuilds(['--config', 'other.config.ts'], ['en'], 'en').siteDir).toBeNull();
  });

  it('refuses a default locale that is not configured', () => {
    expect(() => planLocaleBuilds([], ['es', 'fr'], 'en')).toThrow(
      'The default locale "en" is not among the configured locales (es, fr).',
    );
  });
});

describe('runLocaleBuilds', () => {
  const builds = ['en', 'es', 'fr'].map((locale) => ({locale, args: ['--locale', locale]}));

  it('runs every build in order and times each', async () => {
    const ran: string[] = [];
    let clock = 0;
    const results = await runLocaleBuilds(
      builds,
      async (args) => {
        ran.push(args[1]!);
        clock += 2500;
        return 0;
      },
      () => clock,
    );
    expect(ran).toEqual(['en', 'es', 'fr']);
    expect(results).toEqual([
      {locale: 'en', exitCode: 0, seconds: 2.5},
      {locale: 'es', exitCode: 0, seconds: 2.5},
      {locale: 'fr', exitCode: 0, seconds: 2.5},
    ]);
  });

  it('stops at the first failed build: later locales would be built on an incomplete site', async () => {
    const ran: string[] = [];
    const results = await runLocaleBuilds(builds, async (args) => {
      ran.push(args[1]!);
      return args[1] === 'es' ? 3 : 0;
    });
    expect(ran).toEqual(['en', 'es']);
    expect(results.map((result) => [result.locale, result.exitCode])).toEqual([
      ['en', 0],
      ['es', 3],
    ]);
  });
});

describe('configuredLocales', () => {
  it('is every published locale, the default first, and the RTL smoke locale only when asked for', () => {
    expect(Object.keys(configuredLocales({}))).toEqual(LOCALE_CODES);
    expect(Object.keys(configuredLocales({}))[0]).toBe(DEFAULT_LOCALE);
    expect(Object.keys(configuredLocales({SANCTUARY_RTL_SMOKE: '1'}))).toEqual([
      ...LOCALE_CODES,
      RTL_SMOKE_LOCALE.code,
    ]);
    expect(configuredLocales({SANCTUARY_RTL_SMOKE: '1'})[RTL_SMOKE_LOCALE.code]?.direction).toBe(
      'rtl',
    );
  });
});

describe('one build time for every locale process', () => {
  const NOW = Date.parse('2026-12-05T07:00:00.400Z');

  it('sets SOURCE_DATE_EPOCH once, in whole seconds, and keeps one already set', () => {
    const env = localeBuildEnvironment({PATH: '/bin'}, NOW);
    expect(env).toEqual({PATH: '/bin', SOURCE_DATE_EPOCH: String(Math.floor(NOW / 1000))});
    expect(localeBuildEnvironment({SOURCE_DATE_EPOCH: '1700000000'}, NOW).SOURCE_DATE_EPOCH).toBe(
      '1700000000',
    );
  });

  it('gives every process that reads the environment the same export time', () => {
    const env = localeBuildEnvironment({}, NOW);
    // Two locale processes, started seconds apart, read the same time.
    expect(readBuildInfo(__dirname, buildTime(env)).generated_at).toBe('2026-12-05T07:00:00.000Z');
    expect(buildTime({...env}).toISOString()).toBe('2026-12-05T07:00:00.000Z');
    expect(buildTime({}).getTime()).toBeGreaterThan(NOW - 365 * 24 * 3600 * 1000);
  });

  it('accepts the last second of the year 9999', () => {
    expect(buildTime({SOURCE_DATE_EPOCH: '253402300799'}).toISOString()).toBe(
      '9999-12-31T23:59:59.000Z',
    );
  });

  it.each(['1.5', '-1', '1e9', 'yesterday', ' 1700000000', '9999999999999', '253402300800'])(
    'refuses SOURCE_DATE_EPOCH=%j before any locale is built, naming the variable',
    (value) => {
      expect(() => localeBuildEnvironment({SOURCE_DATE_EPOCH: value}, NOW)).toThrow(
        /SOURCE_DATE_EPOCH is ".*", not a time: set it to whole seconds/,
      );
    },
  );
});
