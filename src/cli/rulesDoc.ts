/**
 * `npm run rules-doc [-- --check]`
 *
 * Writes docs/guides/validation-rules.md and its Spanish translation from the rule table
 * (src/lib/checks/ruleIds.ts). With `--check`, writes nothing and exits 1 when a committed guide is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {rulesGuideFiles} from '../lib/checks/rulesGuide';
import {runCli} from '../lib/github/errors';

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {check: {type: 'boolean', default: false}, help: {type: 'boolean', short: 'h'}},
  });
  if (values.help) {
    console.log('Usage: npm run rules-doc [-- --check]');
    return 0;
  }
  const root = process.cwd();
  let stale = 0;
  for (const [file, expected] of Object.entries(rulesGuideFiles())) {
    const target = path.join(root, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === expected) continue;
    if (values.check) {
      console.error(
        `${file} is ${current === undefined ? 'missing' : 'out of date with src/lib/checks/ruleIds.ts'}.`,
      );
      stale += 1;
      continue;
    }
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, expected);
    console.log(`Wrote ${file}.`);
  }
  if (stale > 0) console.error('Fix: run `npm run rules-doc` and commit the guides.');
  return stale > 0 ? 1 : 0;
}

void runCli(main);
