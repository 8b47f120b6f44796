import fs from 'node:fs';
import path from 'node:path';
import {CHANGE_RULES} from '../../import/changes';
import {RULE_IDS, RULES, isRuleId} from '../ruleIds';
import {rulesGuideFiles} from '../rulesGuide';

const ROOT = path.resolve(__dirname, '../../../..');
/** Where checks report problems: every rule id written in these folders must be in the table. */
const SOURCE_DIRS = ['src/lib', 'src/cli', 'src/plugins', 'src/pages/contribute'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const SOURCES = SOURCE_DIRS.flatMap(sourceFiles)
  .filter((file) => !file.endsWith('checks/ruleIds.ts'))
  .map((file) => ({file, text: fs.readFileSync(path.join(ROOT, file), 'utf8')}));

describe('the rule table', () => {
  it('gives every rule what it refuses, why and a fix, in English and Spanish', () => {
    const gaps = RULE_IDS.flatMap((id) =>
      (['refuses', 'why', 'fix'] as const).flatMap((part) =>
        (['en', 'es'] as const)
          .filter((locale) => !/\S.*[.!?)]$/.test(RULES[id][part][locale].trim()))
          .map((locale) => `${id}.${part}.${locale} is empty or does not end a sentence`),
      ),
    );
    expect(gaps).toEqual([]);
  });

  it('has ids in the stable form (lowercase words joined by hyphens)', () => {
    expect(RULE_IDS.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('lists only rules that some check reports (a rule no code uses is a stale entry: remove it)', () => {
    const unused = RULE_IDS.filter((id) => !SOURCES.some(({text}) => text.includes(`'${id}'`)));
    expect(unused).toEqual([]);
  });

  it("knows every rule id written as `rule: '…'` in the checks (add a new one to src/lib/checks/ruleIds.ts)", () => {
    // tsc refuses an unknown id wherever `Problem.rule` is typed; this also catches a check that builds its
    // problems through an untyped object. The import's change rules are another, documented list.
    const unknown = SOURCES.flatMap(({file, text}) =>
      [...text.matchAll(/\brule: '([a-z0-9-]+)'(?!\s*\|)/g)]
        .map((match) => match[1]!)
        .filter((id) => !isRuleId(id) && !(id in CHANGE_RULES))
        .map((id) => `${file}: "${id}"`),
    );
    expect(unknown).toEqual([]);
  });
});

describe('the validation rules guide', () => {
  it.each(Object.entries(rulesGuideFiles()))(
    '%s is what `npm run rules-doc` writes',
    (file, expected) => {
      const target = path.join(ROOT, file);
      const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '(missing)';
      if (committed !== expected) {
        throw new Error(
          `${file} is out of date with src/lib/checks/ruleIds.ts. Fix: run \`npm run rules-doc\` and commit it.`,
        );
      }
    },
  );

  it('has one heading per rule, so every rule can be linked to by its id', () => {
    const english = Object.values(rulesGuideFiles())[0]!;
    const headings = [...english.matchAll(/^### `([a-z0-9-]+)`$/gm)].map((match) => match[1]);
    expect(headings.sort()).toEqual([...RULE_IDS].sort());
  });
});
