import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const cliDir = path.join(root, 'src/cli');

/** One casing for the command-line entry points (issue 17): camelCase like the rest of src/, never kebab-case. */
describe('src/cli file names', () => {
  it('are camelCase', () => {
    const files = fs.readdirSync(cliDir).filter((name) => /\.(ts|tsx)$/.test(name));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((name) => !/^[a-z][a-zA-Z0-9]*\.tsx?$/.test(name))).toEqual([]);
  });

  it('are the files package.json scripts run', () => {
    const {scripts} = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const named = Object.values(scripts).flatMap((script) =>
      [...script.matchAll(/\bsrc\/cli\/[\w./-]+\.ts\b/g)].map((match) => match[0]),
    );
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((file) => !fs.existsSync(path.join(root, file)))).toEqual([]);
  });
});
