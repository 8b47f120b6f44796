/**
 * Worker thread of `parallel.ts`: checks its share of directory files with
 * `checkDirectoryEntry` and posts the results back, in order.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {checkDirectoryEntry} from '../directoryEntry';
import {storable, type DirectoryJob} from './directoryResults';
import {setProsePhoneRegions} from '../rules/phoneInText';

const {siteDir, now, jobs, regions} = workerData as {
  siteDir: string;
  now: string;
  jobs: DirectoryJob[];
  regions: string[];
};
setProsePhoneRegions(regions);
const date = new Date(now);
// Positions are functions, which cannot be posted: the main thread finds them again when needed.
parentPort!.postMessage(
  jobs.map((job) => storable(checkDirectoryEntry({...job, siteDir, now: date}))),
);
