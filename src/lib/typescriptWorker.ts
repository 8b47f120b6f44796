/**
 * Runs one of our TypeScript modules in a worker thread. tsx's CommonJS hook compiles it, whatever
 * loaded the main thread (tsx for the CLIs, jiti for a Docusaurus build, SWC for Jest). Used to
 * spread checks that are pure functions of their input over every core.
 */
import os from 'node:os';
import {Worker} from 'node:worker_threads';

/**
 * At most this many workers at once, however many cores Node reports: each costs 50–60 MB and its
 * share of the work, on top of a build process at its peak, and a container's CPU limit can be far
 * below the host's core count that Node sees.
 */
export const MAX_WORKERS = 4;

/**
 * How many worker threads to start.
 * @param requested - a count asked for (default: the machine's available parallelism)
 * @returns at most {@link MAX_WORKERS}, at least 1
 */
export function workerCount(requested: number = os.availableParallelism()): number {
  return Math.max(1, Math.min(requested, MAX_WORKERS));
}

/**
 * Starts `module` in a worker with `workerData`, and resolves to the one message it posts.
 * @param module - absolute path of a `.ts` file that posts exactly one message to its parent
 * @param workerData - what the worker reads (structured-clonable)
 * @returns the posted message
 * @throws Error (the promise rejects) when the worker cannot start, throws, or exits without posting
 */
export function runTypeScriptWorker<T>(module: string, workerData: unknown): Promise<T> {
  const entry = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();\nrequire(${JSON.stringify(module)});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {eval: true, workerData, execArgv: []});
    let answered = false;
    worker.once('message', (message: T) => {
      answered = true;
      resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`${module} stopped with code ${code} before answering`));
    });
  });
}
