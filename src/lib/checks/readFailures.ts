import type {Check} from './check';

/** Files that are not UTF-8, and files whose parser failed unexpectedly (found while the loader read them). */
export const readFailuresCheck: Check<'readProblems'> = {
  id: 'read-failures',
  reads: ['readProblems'],
  run: ({readProblems}) => [...readProblems],
};
