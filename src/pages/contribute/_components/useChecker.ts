import {useCallback, useState} from 'react';

/** The validator-backed checks, loaded on demand (zod, libphonenumber, opening_hours, remark: too heavy for first load). */
export type Checker = typeof import('@site/src/lib/contribute/check');

/**
 * Loads the checks the first time a form is used; the page itself stays
 * light. The chunk comes from this site, never from another host.
 * @returns the module once loaded, and `load` to start (or await) loading
 */
export default function useChecker(): {checker: Checker | null; load: () => Promise<Checker>} {
  const [checker, setChecker] = useState<Checker | null>(null);
  const load = useCallback(async () => {
    const loaded = await import('@site/src/lib/contribute/check');
    setChecker(() => loaded);
    return loaded;
  }, []);
  return {checker, load};
}
