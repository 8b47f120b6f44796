import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCoalition, type Coalition} from '../src/lib/coalition';

/** The fixture site's content folder. */
export const FIXTURE_SITE = path.join(__dirname, '__fixtures__', 'site');

/**
 * Runs the real validator (`loadCoalition`, what `npm run validate` runs) on a
 * temporary copy of the fixture site with one more file in it.
 * @param file - path inside the site, e.g. `directory/minneapolis/new-org.yml`
 * @param text - the file's content, written unchanged
 * @param now - reference date for date checks
 * @returns the whole coalition with its problems (the copy is deleted)
 */
export function validateInFixture(file: string, text: string, now: Date = new Date()): Coalition {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-contribute-'));
  try {
    fs.cpSync(FIXTURE_SITE, dir, {recursive: true});
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
    return loadCoalition(dir, {now});
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}
