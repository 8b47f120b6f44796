/**
 * Worker thread of `parallel.ts`: checks its share of directory files with
 * `checkDirectoryEntry` and posts the results back, in order.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {checkDirectoryEntry} from '../directoryEntry';
import type {DirectoryJob} from './directoryResults';

const {siteDir, now, jobs} = workerData as {siteDir: string; now: string; jobs: DirectoryJob[]};
const date = new Date(now);
parentPort!.postMessage(jobs.map((job) => checkDirectoryEntry({...job, siteDir, now: date})));
