import {execFileSync} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

type Verdict = 'refused' | 'allowed';

/** Each case: a file path (it need not exist) and one import line, linted with the repository's eslint.config.mjs. */
const REFUSED: [file: string, source: string][] = [
  ['src/lib/x.ts', "import React from 'react';"],
  ['src/lib/x.ts', "import {renderToString} from 'react-dom/server';"],
  ['src/lib/x.ts', "import Link from '@docusaurus/Link';"],
  ['src/lib/x.ts', "import type {LoadContext} from '@docusaurus/types';"],
  ['src/lib/x.ts', "import Layout from '@theme/Layout';"],
  ['src/lib/a/x.ts', "import {y} from '../../plugins/directory/pageData';"],
  ['src/lib/x.ts', "import {y} from '../pages/stats/_components/scale';"],
  ['src/lib/x.ts', "import {y} from '@site/src/plugins/search/utils';"],
  ['src/lib/x.ts', "import {y} from 'src/pages/index';"],
  ['src/lib/__tests__/x.test.ts', "import {y} from '../../plugins/compare/mapData';"],
  ['src/cli/x.ts', "import {y} from '../plugins/compare/mapData';"],
  ['src/cli/a/x.ts', "import {y} from '@site/src/plugins/search';"],
  ['src/plugins/x/index.ts', "import fs from 'fs';"],
  ['tests/x.test.ts', "import {join} from 'path';"],
];
const ALLOWED: [file: string, source: string][] = [
  ['src/lib/x.ts', "import fs from 'node:fs';"],
  ['src/lib/x.ts', "import {z} from 'zod';"],
  ['src/lib/x.ts', "import {y} from './checks/pluginsList';"],
  ['src/cli/x.ts', "import {y} from '../lib/coalition';"],
  ['src/plugins/x/index.ts', "import {y} from '../../lib/coalition';"],
  ['src/pages/x.tsx', "import Link from '@docusaurus/Link';"],
];
const CASES: [file: string, source: string, verdict: Verdict][] = [
  ...REFUSED.map(([file, source]): [string, string, Verdict] => [file, source, 'refused']),
  ...ALLOWED.map(([file, source]): [string, string, Verdict] => [file, source, 'allowed']),
];

/**
 * Runs ESLint once, in a child process (the config is an ES module), and says of each case whether `rule` refused it.
 * @param cases - file path (relative to the repository; it need not exist), source text, expected verdict
 * @param rule - the rule id to look for
 */
function lintCases(cases: readonly [string, string, Verdict][], rule: string): Verdict[] {
  const script = `
    const {ESLint} = require('eslint');
    const [cases, rule] = [JSON.parse(process.argv[1]), process.argv[2]];
    (async () => {
      const eslint = new ESLint({cwd: process.cwd()});
      const out = [];
      for (const [filePath, code] of cases) {
        const [result] = await eslint.lintText(code + '\\n', {filePath});
        out.push(result.messages.some((m) => m.ruleId === rule) ? 'refused' : 'allowed');
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const input = JSON.stringify(cases.map(([file, source]) => [path.join(root, file), source]));
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script, input, rule], {cwd: root, encoding: 'utf8'}),
  ) as Verdict[];
}

describe('ESLint layer rules (eslint.config.mjs)', () => {
  it('refuse React, Docusaurus, plugins and pages in src/lib, plugins in src/cli, and bare built-in modules', () => {
    const verdicts = lintCases(CASES, 'no-restricted-imports');
    const said = CASES.map(([file, source], index) => `${file}: ${source} → ${verdicts[index]}`);
    expect(said).toEqual(CASES.map(([file, source, verdict]) => `${file}: ${source} → ${verdict}`));
  }, 60_000);

  it('refuse an import cycle, resolving relative paths through the TypeScript resolver', () => {
    // src/lib/coalition.ts imports ./i18n/translations (value imports), so translations importing coalition closes a cycle.
    const cycle: [string, string, Verdict][] = [
      [
        'src/lib/i18n/translations.ts',
        "import {loadCoalition} from '../coalition';\nexport const load = loadCoalition;",
        'refused',
      ],
      [
        'src/lib/i18n/translations.ts',
        "import {DEFAULT_LOCALE} from './locales';\nexport const locale = DEFAULT_LOCALE;",
        'allowed',
      ],
    ];
    expect(lintCases(cycle, 'import-x/no-cycle')).toEqual(cycle.map(([, , verdict]) => verdict));
  }, 60_000);
});
