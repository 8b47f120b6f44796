import {parsePhoneNumberFromString} from 'libphonenumber-js/max';
import {isGeographicAreaCode} from '../lib/rules/reserved';
import type {Random} from './random';

/**
 * Distinct fictional phone numbers for the benchmark coalition: +1 NPA 555-0100…0199 under every geographic
 * US area code (NANPA reserves those for fiction; see src/lib/rules/reserved.ts), handed out without
 * repetition in a seeded order. Distinct numbers keep the benchmark's validator and build from spending their
 * time on duplicate-entry warnings that a real coalition would not have (20 area codes × 100 numbers gave
 * 10,000 organisations 48,000 such warnings).
 */
export type FictionalPhonePool = {
  /** The next unused number in E.164 form, e.g. `+16125550142`. */
  next(): string;
  /** How many numbers the pool holds in all. */
  readonly size: number;
};

/** Every geographic area code of the United States (libphonenumber's metadata), ascending. */
function usAreaCodes(): string[] {
  const codes: string[] = [];
  for (let npa = 200; npa <= 999; npa++) {
    const code = String(npa);
    if (!isGeographicAreaCode(code)) continue;
    if (parsePhoneNumberFromString(`+1${code}5550100`)?.country === 'US') codes.push(code);
  }
  return codes;
}

/**
 * A pool of distinct fictional US numbers.
 * @param random - the generator's seeded source, so the same seed hands out the same numbers
 * @returns the pool; `next()` throws an Error when every number has been handed out (about 30,000)
 */
export function createFictionalPhonePool(random: Random): FictionalPhonePool {
  const numbers = usAreaCodes().flatMap((code) =>
    Array.from({length: 100}, (_, line) => `+1${code}55501${String(line).padStart(2, '0')}`),
  );
  // Fisher–Yates with the seeded source: any organisation may get any area code, never twice the same number.
  for (let index = numbers.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [numbers[index], numbers[other]] = [numbers[other]!, numbers[index]!];
  }
  let used = 0;
  return {
    size: numbers.length,
    next() {
      if (used === numbers.length)
        throw new Error(`The benchmark has only ${numbers.length} fictional phone numbers.`);
      return numbers[used++]!;
    },
  };
}
