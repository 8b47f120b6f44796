/**
 * Runs a command and measures it with GNU time (Debian package `time`):
 * wall-clock time, CPU time (user + system, all child processes included)
 * and peak resident memory of the largest process.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What one run cost. Times in seconds, memory in MiB. */
export type ProcessCost = {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  exitCode: number;
  outputTail: string;
};

export const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args…` to completion and measures it.
 * @param command - executable
 * @param args - its arguments
 * @param options.cwd - working folder
 * @param options.env - extra environment variables
 * @returns the cost, the exit code and the last 40 lines of output (for error messages), and the whole output
 *   apart (`output`, for reading the command's own timings; not part of a report)
 * @throws Error when GNU time is not installed, with how to install it
 */
export function measureProcess(
  command: string,
  args: readonly string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv},
): {cost: ProcessCost; output: string} {
  if (!fs.existsSync(GNU_TIME))
    throw new Error(
      `The benchmark measures builds with GNU time, missing at ${GNU_TIME}. Install it: apt-get install -y time`,
    );
  const timing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-time-')), 'time.txt');
  const result = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', '-o', timing, command, ...args], {
    cwd: options.cwd,
    env: {...process.env, ...options.env},
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // GNU time writes "Command exited with non-zero status N" before the numbers on failure.
  const numbers = fs.readFileSync(timing, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  fs.rmSync(path.dirname(timing), {recursive: true, force: true});
  const [wall = NaN, user = NaN, system = NaN, maxRssKiB = NaN] = numbers;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return {
    cost: {
      wallSeconds: wall,
      cpuSeconds: user + system,
      peakRssMiB: maxRssKiB / 1024,
      exitCode: result.status ?? 1,
      outputTail: output.split('\n').slice(-40).join('\n'),
    },
    output,
  };
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
