/**
 * `npm run map-outline [-- --check]`: writes static/img/coalition-map-outline.svg
 * (the United States and state borders from us-atlas, projected with d3-geo),
 * or with --check exits 1 when the committed file is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import {coalitionOutlineSvg, MAP_OUTLINE_PATH} from '../lib/coalitionMap';
import {usAtlasStates} from '../lib/usAtlas';

const file = path.resolve(__dirname, '../../static', `.${MAP_OUTLINE_PATH}`);
const text = coalitionOutlineSvg(usAtlasStates());
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
if (current === text) {
  process.exitCode = 0;
} else if (process.argv.includes('--check')) {
  console.error(`static${MAP_OUTLINE_PATH} is out of date. Run: npm run map-outline`);
  process.exitCode = 1;
} else {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
  console.log(`wrote static${MAP_OUTLINE_PATH}`);
}
