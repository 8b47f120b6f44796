import fs from 'node:fs';
import type {UsAtlasStates} from './coalitionMap';

// us-atlas is read only by the outline generator (src/cli/mapOutline.ts); pages draw the committed outline.
let atlas: UsAtlasStates | undefined;

/**
 * The us-atlas state topology (`us-atlas/states-10m.json`), read once per process from the installed package.
 * @returns the TopoJSON topology of the states; throws when the package is missing (it is a dependency)
 */
export function usAtlasStates(): UsAtlasStates {
  atlas ??= JSON.parse(
    fs.readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8'),
  ) as UsAtlasStates;
  return atlas;
}
