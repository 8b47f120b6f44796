/**
 * `npx tsx src/cli/adversarialSite.ts <folder> [size]`
 *
 * Writes a minimal site whose only contributed file is a Markdown guide of
 * `size` characters (default 100,000) made of every input shape that makes
 * badly written text rules slow (src/lib/rules/__tests__/adversarial.ts), so
 * the validator's time on it can be measured:
 *
 *   npx tsx src/cli/adversarialSite.ts /tmp/adversarial
 *   time npm run validate -- --site /tmp/adversarial
 *
 * DESIGN.md safety rule 10: every rule runs in linear time on any input.
 */
import fs from 'node:fs';
import path from 'node:path';
import {adversarialMarkdown} from '../lib/rules/__tests__/adversarial';

function main(argv: string[]): number {
  const [folder, size = '100000'] = argv;
  if (!folder || !/^\d+$/.test(size)) {
    console.error('Usage: npx tsx src/cli/adversarialSite.ts <folder> [size in characters]');
    return 2;
  }
  const file = path.join(folder, 'docs', 'guides', 'adversarial.md');
  fs.mkdirSync(path.dirname(file), {recursive: true});
  const text = adversarialMarkdown(Number(size));
  fs.writeFileSync(file, text);
  console.log(
    `Wrote ${file} (${text.length} characters). Time it with: npm run validate -- --site ${folder}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
