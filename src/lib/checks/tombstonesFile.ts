import type {Check} from './check';

/** The syntax and schema of directory/_tombstones.yml (src/lib/tombstones.ts). */
export const tombstonesFileCheck: Check<'tombstones'> = {
  id: 'tombstones-file',
  reads: ['tombstones'],
  run: ({tombstones}) => [...tombstones.problems],
};
