/**
 * `npm run codeowners [-- --check]`
 *
 * Writes `.github/CODEOWNERS` from the maintainers of each `_city.yml` and
 * of each organisation. With `--check`, writes nothing and exits 1 when the
 * committed file is out of date (used by `npm test` and CI).
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadCoalition} from '../lib/coalition';
import {CODEOWNERS_FILE, generateCodeowners} from '../lib/github/codeowners';
import {runCli} from '../lib/github/errors';

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {check: {type: 'boolean', default: false}, help: {type: 'boolean', short: 'h'}},
  });
  if (values.help) {
    console.log('Usage: npm run codeowners [-- --check]');
    return 0;
  }
  const root = process.cwd();
  const expected = generateCodeowners(loadCoalition(root));
  const file = path.join(root, CODEOWNERS_FILE);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (values.check) {
    if (current === expected) return 0;
    console.error(
      `${CODEOWNERS_FILE} is ${current === undefined ? 'missing' : 'out of date with the maintainers in directory/'}. Fix: run \`npm run codeowners\` and commit ${CODEOWNERS_FILE}.`,
    );
    return 1;
  }
  if (current === expected) {
    console.log(`${CODEOWNERS_FILE} is up to date.`);
    return 0;
  }
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, expected);
  console.log(`Wrote ${CODEOWNERS_FILE}.`);
  return 0;
}

void runCli(main);
