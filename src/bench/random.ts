import seedrandom from 'seedrandom';

/** A seeded random source, so every benchmark run generates the same coalition. */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of a list (fewer if the list is shorter), in list order. */
  sample<T>(items: readonly T[], count: number): T[];
};

/**
 * A random source seeded with `seed` (seedrandom's ARC4 generator).
 * @param seed - any string; the same seed gives the same sequence
 */
export function createRandom(seed: string): Random {
  const next = seedrandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    sample: (items, count) => {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, items.length)) chosen.add(int(0, items.length - 1));
      return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
    },
  };
}
