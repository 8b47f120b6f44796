import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCoalition} from '../../lib/coalition';
import {isReservedPhone} from '../../lib/rules/reserved';
import {createFictionalPhonePool} from '../fictionalPhones';
import {generateCoalition} from '../generateCoalition';
import {createRandom} from '../random';

const REPOSITORY = path.resolve(__dirname, '../../..');
const NOW = new Date('2026-12-01T12:00:00Z');

describe('the benchmark coalition', () => {
  it('is a valid coalition with no duplicate entries, so the bench measures real work', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-bench-gen-')), 'site');
    generateCoalition(
      dir,
      {cities: 20, organizations: 400, playbooks: 0},
      {sourceDir: REPOSITORY, contentOnly: 'directory', now: NOW},
    );
    const previous = process.env.SANCTUARY_VALIDATION_CACHE;
    process.env.SANCTUARY_VALIDATION_CACHE = 'off';
    try {
      const {problems} = loadCoalition(dir, {now: NOW});
      // Stale entries are wanted (the pages show them); errors and duplicates are not.
      expect(problems.filter((problem) => problem.rule !== 'stale')).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.SANCTUARY_VALIDATION_CACHE;
      else process.env.SANCTUARY_VALIDATION_CACHE = previous;
      fs.rmSync(path.dirname(dir), {recursive: true, force: true});
    }
  });
});

describe('the fictional phone pool', () => {
  const pool = createFictionalPhonePool(createRandom('test'));
  const numbers = Array.from({length: pool.size}, () => pool.next());

  it('hands out only reserved fictional numbers, each once', () => {
    expect(numbers.filter((number) => !isReservedPhone(number))).toEqual([]);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('holds enough for the 10,000-organisation bench (up to two numbers each), then says it is empty', () => {
    expect(pool.size).toBeGreaterThan(20_000);
    expect(() => pool.next()).toThrow(/only \d+ fictional phone numbers/);
  });

  it('hands out the same numbers for the same seed', () => {
    const again = createFictionalPhonePool(createRandom('test'));
    expect(Array.from({length: 5}, () => again.next())).toEqual(numbers.slice(0, 5));
  });
});
