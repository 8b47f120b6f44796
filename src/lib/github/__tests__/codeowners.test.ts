import fs from 'node:fs';
import path from 'node:path';
import {loadCoalition} from '../../coalition';
import {CODEOWNERS_FILE, generateCodeowners} from '../codeowners';

const root = path.resolve(__dirname, '../../../..');

describe('CODEOWNERS', () => {
  it("gives each city folder's YAML entries to its maintainers and each organisation file also to its own", () => {
    const text = generateCodeowners(loadCoalition(path.join(root, 'tests/__fixtures__/site')), ['@core']);
    const lines = text.split('\n');
    expect(lines).toContain('* @core');
    const city = lines.findIndex((line) => line.startsWith('/directory/minneapolis/*.yml '));
    // Not the whole folder: any other file placed there (a script, an SVG) falls back to the core maintainers.
    expect(lines.some((line) => line.startsWith('/directory/minneapolis/ '))).toBe(false);
    expect(city).toBeGreaterThan(lines.indexOf('* @core'));
    const org = lines.find((line) => line.startsWith('/directory/minneapolis/fixture-legal-aid.yml '));
    expect(org?.split(' ').slice(1)).toEqual(expect.arrayContaining([lines[city]!.split(' ')[1]]));
    // Core paths come last, so no city pattern can take them over.
    expect(lines.filter(Boolean).at(-1)).toBe('/directory/_tombstones.yml @core');
  });

  it('the committed .github/CODEOWNERS is up to date (run `npm run codeowners` to fix)', () => {
    const committed = fs.readFileSync(path.join(root, CODEOWNERS_FILE), 'utf8');
    expect(committed).toBe(generateCodeowners(loadCoalition(root)));
  });
});
