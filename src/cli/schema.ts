/**
 * `npm run schema [-- --check]`: writes static/schema/*.schema.json from the
 * zod content model, or with --check exits 1 when the committed files are out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import {generateJsonSchemas, serializeJsonSchema} from '../lib/jsonSchema';

const outDir = path.resolve(__dirname, '../../static/schema');
const check = process.argv.includes('--check');
let stale = 0;
fs.mkdirSync(outDir, {recursive: true});
for (const [name, schema] of Object.entries(generateJsonSchemas())) {
  const file = path.join(outDir, name);
  const text = serializeJsonSchema(schema);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (check) {
    console.error(`static/schema/${name} is out of date. Run: npm run schema`);
    stale += 1;
  } else {
    fs.writeFileSync(file, text);
    console.log(`wrote static/schema/${name}`);
  }
}
process.exitCode = stale ? 1 : 0;
