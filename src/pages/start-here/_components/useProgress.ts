/**
 * Ticked steps of the start-here paths, kept ONLY in this browser's
 * localStorage (nothing is sent anywhere). Storage may be unavailable
 * (private windows, Tor Browser, blocked storage): then progress lasts
 * until the page is closed.
 */
import {useCallback, useEffect, useState} from 'react';

/** The localStorage key. */
export const PROGRESS_KEY = 'sanctuary-commons.start-here.progress';

/** Collection id → ids of the steps ticked as done. */
export type Progress = Record<string, string[]>;

/**
 * Reads stored progress, ignoring anything malformed.
 * @param raw - the stored string (or null)
 */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, steps]) => Array.isArray(steps))
        .map(([id, steps]) => [
          id,
          (steps as unknown[]).filter((step): step is string => typeof step === 'string'),
        ]),
    );
  } catch {
    return {};
  }
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Progress state with `toggle(collection, step)` and `forget()`. */
export function useProgress(): {
  progress: Progress;
  toggle: (collection: string, step: string) => void;
  forget: () => void;
} {
  const [progress, setProgress] = useState<Progress>({});
  useEffect(() => {
    setProgress(parseProgress(storage()?.getItem(PROGRESS_KEY) ?? null));
  }, []);
  const save = (next: Progress) => {
    try {
      storage()?.setItem(PROGRESS_KEY, JSON.stringify(next));
    } catch {
      // Storage full or blocked: keep the progress in memory only.
    }
    return next;
  };
  const toggle = useCallback((collection: string, step: string) => {
    setProgress((current) => {
      const done = new Set(current[collection] ?? []);
      if (done.has(step)) done.delete(step);
      else done.add(step);
      return save({...current, [collection]: [...done]});
    });
  }, []);
  const forget = useCallback(() => {
    try {
      storage()?.removeItem(PROGRESS_KEY);
    } catch {
      // Nothing stored, or storage blocked.
    }
    setProgress({});
  }, []);
  return {progress, toggle, forget};
}
