import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {progress} from '../import';
import {cityTimezonesGazetteer} from '../import/gazetteer';
import {findCity} from '../../lib/import/cities';

const ROOT = path.resolve(__dirname, '../../..');

describe('import progress without a terminal (CI logs)', () => {
  it('prints a plain line at most every few seconds, and the last one at the end', () => {
    const lines: string[] = [];
    let clock = 0;
    const stream = {
      isTTY: false,
      write: (text: string) => lines.push(text),
    } as unknown as NodeJS.WriteStream;
    const bar = progress('Checking rows ', stream, () => clock);
    for (let done = 1; done <= 2000; done += 1) {
      clock += 10; // 10 ms a row: 20 s in all
      bar.update(done, 2000);
    }
    bar.stop();
    expect(lines).toEqual([
      'Checking rows: 500/2000 (25%)\n',
      'Checking rows: 1000/2000 (50%)\n',
      'Checking rows: 1500/2000 (75%)\n',
      'Checking rows: 2000/2000 (100%)\n',
    ]);
  });

  it('says nothing for a small file', () => {
    const lines: string[] = [];
    const bar = progress('Checking rows ', {
      isTTY: false,
      write: (text: string) => lines.push(text),
    } as unknown as NodeJS.WriteStream);
    for (let done = 1; done <= 50; done += 1) bar.update(done, 50);
    bar.stop();
    expect(lines).toEqual([]);
  });
});

describe('the offline gazetteer of --create-cities (city-timezones)', () => {
  it('finds border cities by name, region and country, and lists every Springfield instead of guessing', () => {
    expect(findCity(cityTimezonesGazetteer, {name: 'Tijuana', country: 'MX'}).place).toMatchObject({
      region: 'Baja California',
      timezone: 'America/Tijuana',
    });
    expect(
      findCity(cityTimezonesGazetteer, {name: 'saint paul', region: 'Minnesota'}).place,
    ).toMatchObject({name: 'St. Paul', country: 'US', timezone: 'America/Chicago'});
    expect(
      findCity(cityTimezonesGazetteer, {name: 'El Paso', region: 'TX', country: 'US'}).place,
    ).toMatchObject({timezone: 'America/Denver'});
    const springfield = findCity(cityTimezonesGazetteer, {name: 'Springfield', country: 'US'});
    expect(springfield.place).toBeUndefined();
    expect(springfield.candidates.length).toBeGreaterThan(1);
    expect(
      findCity(cityTimezonesGazetteer, {name: 'Springfield', region: 'Illinois'}).place,
    ).toMatchObject({timezone: 'America/Chicago'});
  });
});

describe('npm run import (the command)', () => {
  it('imports the border sheet with --create-cities and prints the report; exit 1 because rows were refused', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-import-cli-'));
    try {
      const run = () =>
        execFileSync(
          path.join(ROOT, 'node_modules/.bin/tsx'),
          [
            'src/cli/import.ts',
            '--from',
            'csv',
            'tests/__fixtures__/import/border.csv',
            '--map',
            'tests/__fixtures__/import/border.mapping.yml',
            '--out',
            out,
            '--create-cities',
          ],
          {cwd: ROOT, encoding: 'utf8', stdio: 'pipe'},
        );
      let status = 0;
      let stdout = '';
      try {
        stdout = run();
      } catch (error) {
        status = (error as {status: number}).status;
        stdout = (error as {stdout: string}).stdout;
      }
      expect(status).toBe(1);
      expect(stdout).toContain('wrote  directory/tijuana/_city.yml');
      expect(stdout).toContain('wrote  directory/tijuana/casa-del-migrante.yml');
      expect(stdout).toMatch(/"Springfield", US fits \d+ places in the gazetteer/);
      expect(
        fs.readFileSync(path.join(out, 'directory/tijuana/casa-del-migrante.yml'), 'utf8'),
      ).toContain('value: "+526645550100"');
      // --format json: the counts, what was not imported, and every change, for scripts and CI.
      let json = '';
      try {
        json = execFileSync(
          path.join(ROOT, 'node_modules/.bin/tsx'),
          [
            'src/cli/import.ts',
            '--from',
            'csv',
            'tests/__fixtures__/import/extensions.csv',
            '--map',
            'tests/__fixtures__/import/extensions.mapping.yml',
            '--out',
            path.join(ROOT, 'tests/__fixtures__/site'),
            '--dry-run',
            '--format',
            'json',
            '--skip-invalid-channels',
          ],
          {cwd: ROOT, encoding: 'utf8', stdio: 'pipe'},
        );
      } catch (error) {
        json = (error as {stdout: string}).stdout;
      }
      const report = JSON.parse(json);
      expect(report.summary).toMatchObject({rows: 6, written: 6, refusedRows: 0});
      expect(report.notImported).toEqual(
        expect.arrayContaining([expect.objectContaining({what: 'text beside a number', count: 2})]),
      );
      expect(report.changes.length).toBeGreaterThan(10);
      expect(report.accepted[0].text).toBeUndefined();
    } finally {
      fs.rmSync(out, {recursive: true, force: true});
    }
  });
});
