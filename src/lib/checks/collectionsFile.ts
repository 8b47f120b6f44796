import type {Check} from './check';

/** docs/collections.yml: the start-here paths, and that every step names a doc that exists (src/lib/collections.ts). */
export const collectionsFileCheck: Check<'collections'> = {
  id: 'collections-file',
  reads: ['collections'],
  run: ({collections}) => [...(collections?.problems ?? [])],
};
