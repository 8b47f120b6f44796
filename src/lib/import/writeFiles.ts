import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes an import's files so that the target never ends half-written:
 * staged first, then placed atomically one by one, and rolled back as a
 * whole on any failure (or held signal).
 */

/** A file to place, relative to the content root, and whether it replaces a live entry. */
export type FileToWrite = {file: string; text: string; action: 'create' | 'update'};

/**
 * Writes files into a staging folder, then places each: new files are
 * linked (never replacing a file), updated files renamed over the old one
 * (kept aside until the end); on any failure every placed file is removed
 * and every old one restored.
 * @param contentRoot - folder holding directory/
 * @param files - the files (each must stay inside directory/)
 * @throws Error describing the failure after rolling back
 */
export function writeAtomically(contentRoot: string, files: FileToWrite[]): void {
  const directory = path.resolve(contentRoot, 'directory');
  const outside = files.find(
    (file) => !path.resolve(contentRoot, file.file).startsWith(`${directory}${path.sep}`),
  );
  if (outside)
    throw new Error(
      `Refusing to write ${outside.file}: every imported file must stay inside ${directory}.`,
    );
  fs.mkdirSync(contentRoot, {recursive: true});
  const stage = fs.mkdtempSync(path.join(contentRoot, '.import-'));
  const placed: string[] = [];
  const replaced: {target: string; backup: string}[] = [];
  const createdDirs: string[] = [];
  // Ctrl-C or a stop signal while files are placed would leave half an import:
  // hold the signal until every file is placed or rolled back, then act on it.
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => held.push(signal);
  for (const signal of HELD_SIGNALS) process.on(signal, hold);
  try {
    for (const file of files) {
      const staged = path.join(stage, 'new', file.file);
      fs.mkdirSync(path.dirname(staged), {recursive: true});
      fs.writeFileSync(staged, file.text, {flag: 'wx'});
    }
    for (const file of files) {
      const target = path.join(contentRoot, file.file);
      const dir = path.dirname(target);
      if (!fs.existsSync(dir)) {
        fs.mkdirSync(dir, {recursive: true});
        createdDirs.push(dir);
      }
      if (file.action === 'update') {
        const backup = path.join(stage, 'old', file.file);
        fs.mkdirSync(path.dirname(backup), {recursive: true});
        fs.linkSync(target, backup);
        fs.renameSync(path.join(stage, 'new', file.file), target);
        replaced.push({target, backup});
      } else {
        fs.linkSync(path.join(stage, 'new', file.file), target);
        placed.push(target);
      }
    }
  } catch (error) {
    for (const target of placed.reverse()) fs.rmSync(target, {force: true});
    for (const {target, backup} of replaced.reverse()) fs.renameSync(backup, target);
    for (const dir of createdDirs.reverse()) fs.rmSync(dir, {recursive: true, force: true});
    const reason = (error as Error).message.split('\n')[0];
    throw new Error(
      `Nothing was imported: writing failed (${reason}); the files already placed were removed or restored.`,
      {cause: error},
    );
  } finally {
    fs.rmSync(stage, {recursive: true, force: true});
    // A signal that arrived during the synchronous writes is delivered on the
    // next turn of the event loop (before setImmediate callbacks): act on it then.
    setImmediate(() => {
      for (const signal of HELD_SIGNALS) process.off(signal, hold);
      if (held.length > 0) process.kill(process.pid, held[0]);
    });
  }
}

const HELD_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
