/**
 * Jest 30 with @swc/jest. The Markdown stack (unified, remark, micromark…)
 * and Octokit are ESM-only, so node_modules are transformed too, except
 * CommonJS packages that rely on sloppy-mode `this` (axe-core) or are
 * large and already CommonJS (playwright-core).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/__tests__/**/*.test.ts', '**/__tests__/**/*.test.tsx', '**/tests/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: {syntax: 'typescript', tsx: true},
          target: 'es2022',
          transform: {react: {runtime: 'automatic'}},
        },
        module: {type: 'commonjs'},
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(axe-core|@axe-core|playwright-core)/'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/build', '<rootDir>/.docusaurus', '/__fixtures__/.*/build'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/tests/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/globalTeardown.ts',
};
