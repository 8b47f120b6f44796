/**
 * Axis arithmetic for the build-time SVG charts: a linear scale from 0 to a
 * "nice" maximum with 1-2-5 tick steps. Small enough that no chart library
 * is needed (and none reaches the browser).
 */

/**
 * Tick values from 0 up to the first tick at or above `max`.
 * @param max - largest value to show (≥ 0)
 * @param target - about how many intervals to aim for
 * @returns ascending ticks, starting at 0; `[0, 1]` when `max` is 0
 */
export function niceTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ??
    10 * magnitude;
  // Whole numbers only: these are counts.
  const wholeStep = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let value = 0; ticks.length === 0 || ticks[ticks.length - 1]! < max; value += wholeStep)
    ticks.push(value);
  return ticks;
}
