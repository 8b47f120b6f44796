/**
 * Worker thread of `parallel.ts`: checks its share of directory and Markdown files with the pure
 * checks (`checkDirectoryEntryContent`, `checkMarkdownContent`) and posts the results back, in
 * order (the main thread adds the day's checks when it reads them).
 */
import {parentPort, workerData} from 'node:worker_threads';
import {checkDirectoryEntryContent} from '../directoryEntry';
import {checkMarkdownContent, type MarkdownContentJob} from '../markdownFile';
import {storable as storableEntry, type DirectoryJob} from './directoryResults';
import {storable as storableMarkdown} from './markdownResults';
import {setProsePhoneRegions} from '../rules/phoneInText';

const {siteDir, directory, markdown, regions} = workerData as {
  siteDir: string;
  directory: DirectoryJob[];
  markdown: MarkdownContentJob[];
  regions: string[];
};
setProsePhoneRegions(regions);
// Positions are functions, which cannot be posted: the main thread finds them again when needed.
parentPort!.postMessage({
  directory: directory.map((job) => storableEntry(checkDirectoryEntryContent({...job, siteDir}))),
  // null: a result JSON would change, which the main thread checks itself (markdownResults.ts).
  markdown: markdown.map((job) => storableMarkdown(checkMarkdownContent(job)) ?? null),
});
