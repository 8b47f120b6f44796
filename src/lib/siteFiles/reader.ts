import fs from 'node:fs';
import path from 'node:path';
import {makeProblem, type Problem} from '../problems';

/** Reads a site's files once each and keeps the problems of reading them. */
export type SiteReader = {
  /** Problems of reading, in the order found: encoding, and files whose check failed. */
  problems: Problem[];
  /**
   * A file's text, read once (later calls return the same text and report nothing again).
   * @throws when the file cannot be read at all (the callers that may meet such a file use `guarded`)
   */
  read(file: string): string;
  /** Runs one file's parser; an unexpected failure becomes a problem for that file instead of stopping the run. */
  guarded<T>(file: string, parse: () => T): T | undefined;
};

/**
 * Opens a reader over a site.
 * @param siteDir - absolute site root; files are given relative to it
 */
export function openReader(siteDir: string): SiteReader {
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  return {
    problems,
    read(file) {
      const known = texts.get(file);
      if (known !== undefined) return known;
      const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
      texts.set(file, text);
      if (text.includes('\uFFFD')) {
        problems.push(
          makeProblem({file}, '(file)', 'encoding', {code: 'encoding.not-utf8', values: {}}),
        );
      }
      return text;
    },
    guarded(file, parse) {
      try {
        return parse();
      } catch (error) {
        problems.push(
          makeProblem({file}, '(file)', 'unreadable', {
            code: 'unreadable.failed',
            values: {error: (error as Error).message.split('\n')[0]!},
          }),
        );
        return undefined;
      }
    },
  };
}
