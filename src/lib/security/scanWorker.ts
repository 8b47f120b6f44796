/**
 * Worker thread of `scanPages.ts`: reads and scans its share of a locale's pages and posts the
 * scans back, in order.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {scanPageFiles, type ScanSettings} from './scanPages';

const {outDir, files, settings} = workerData as {
  outDir: string;
  files: string[];
  settings: ScanSettings;
};
parentPort!.postMessage(scanPageFiles(outDir, files, settings));
