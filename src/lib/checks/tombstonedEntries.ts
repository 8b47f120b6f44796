import type {Problem} from '../problems';
import {tombstonedProblem} from '../tombstones';
import type {Check} from './check';

/** Organisation files whose slug was removed on request (directory/_tombstones.yml): they must not come back. */
export const tombstonedEntriesCheck: Check<'directory'> = {
  id: 'tombstoned-entries',
  reads: ['directory'],
  run: ({directory}) =>
    directory.flatMap((entry): Problem[] =>
      entry.shape === 'entry' && entry.tombstone
        ? [tombstonedProblem(entry.file, entry.tombstone)]
        : [],
    ),
};
