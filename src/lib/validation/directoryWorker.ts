/**
 * Worker thread of `parallel.ts`: checks its share of directory files with
 * `checkDirectoryEntryContent` and posts the results back, in order (the
 * main thread adds the day's checks when it reads them).
 */
import {parentPort, workerData} from 'node:worker_threads';
import {checkDirectoryEntryContent} from '../directoryEntry';
import {storable, type DirectoryJob} from './directoryResults';
import {setProsePhoneRegions} from '../rules/phoneInText';

const {siteDir, jobs, regions} = workerData as {
  siteDir: string;
  jobs: DirectoryJob[];
  regions: string[];
};
setProsePhoneRegions(regions);
// Positions are functions, which cannot be posted: the main thread finds them again when needed.
parentPort!.postMessage(jobs.map((job) => storable(checkDirectoryEntryContent({...job, siteDir}))));
