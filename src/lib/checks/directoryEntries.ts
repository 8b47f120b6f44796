import {checkedEntries} from '../siteFiles/entities';
import type {Check} from './check';

/**
 * Each city hub and organisation on its own: syntax, schema and content rules
 * (src/lib/directoryEntry.ts; results cached between runs by src/lib/validation).
 */
export const directoryEntriesCheck: Check<'directory'> = {
  id: 'directory-entries',
  reads: ['directory'],
  run: (files) => checkedEntries(files).flatMap((entry) => entry.result.problems),
};
