import fs from 'node:fs';

/** Removes the fixture build made by globalSetup. */
export default async function globalTeardown(): Promise<void> {
  const outDir = process.env.SC_FIXTURE_BUILD;
  if (outDir) fs.rmSync(outDir, {recursive: true, force: true});
}
