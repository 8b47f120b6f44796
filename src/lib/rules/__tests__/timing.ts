import {forgetRecentUrlCandidates} from '../urlCandidates';

/**
 * Timing helpers for the linear-time property tests, written not to flake
 * on a loaded two-core machine: each measure is the fastest of two runs
 * (noise only ever adds time), the absolute bound is far above the measured
 * time, the growth check only applies once the time is large enough to be
 * measured, and a growth that looks too fast is measured again (a
 * super-linear rule is slow every time, a busy machine only sometimes).
 */

/** Fastest of `runs` runs of `work`, in milliseconds (each run starts without the URL finder's remembered texts). */
export function fastestRun(work: () => unknown, runs = 2): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    forgetRecentUrlCandidates();
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Milliseconds below which a time is noise rather than growth (a quadratic rule takes seconds on 100 KB). */
export const MEASURABLE_MS = 100;
/** A linear rule takes about twice as long on twice the input, a quadratic one four times. */
export const MOST_GROWTH = 3;
/** Measures of a growth that looks too fast before it counts. */
const ATTEMPTS = 3;

/** Times on an input and on one twice as long. */
export type DoublingTimes = {smallMs: number; largeMs: number; ratio: number};

/**
 * Times a rule on inputs of `size` and `2 × size` characters.
 * @param check - the rule, run on one input
 * @param input - builds the input of a given length
 * @param size - the smaller size
 * @returns the times of the attempt whose growth was smallest (one attempt when the large time is not measurable)
 */
export function doublingTimes<T>(
  check: (input: T) => unknown,
  input: (length: number) => T,
  size: number,
): DoublingTimes {
  const large = input(size * 2);
  const firstLargeMs = fastestRun(() => check(large), 1);
  if (firstLargeMs < MEASURABLE_MS) return {smallMs: 0, largeMs: firstLargeMs, ratio: 0};
  const small = input(size);
  let best: DoublingTimes | undefined;
  for (let attempt = 0; attempt < ATTEMPTS && (!best || !grewLinearly(best)); attempt += 1) {
    const smallMs = fastestRun(() => check(small));
    const largeMs = fastestRun(() => check(large));
    const times = {smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 1)};
    if (!best || times.ratio < best.ratio) best = times;
  }
  return best!;
}

/** Whether times grew linearly (or were too small to tell). */
export function grewLinearly({largeMs, ratio}: DoublingTimes): boolean {
  return largeMs < MEASURABLE_MS || ratio < MOST_GROWTH;
}
