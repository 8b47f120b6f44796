import type {Problem} from '../problems';
import type {Entities} from '../siteFiles/entities';
import type {SiteFiles} from '../siteFiles/types';

/**
 * The shape every registered check has (the table is ./registry.ts). A check is pure: it reads the
 * files the loader read (src/lib/siteFiles/loadSiteFiles.ts), never the disk, and returns problems;
 * it throws nothing for bad content.
 */

/** A kind of file a check reads: a key of the loaded site files. */
export type FileKind = keyof SiteFiles;

/** What every check may use besides the files: the site root, and what passed its schema. */
export type CheckContext = {
  /** Absolute site root (checks that resolve links use it). */
  siteDir: string;
  /** Cities, organisations and playbooks that passed their schemas. */
  entities: Entities;
};

/**
 * One check.
 * @typeParam K - the kinds of file it reads; `run` sees only those
 */
export type Check<K extends FileKind = FileKind> = {
  /** A stable name, kebab-case, unique in the table (not a rule id: one check may report several rules). */
  id: string;
  /** The kinds of file it reads. */
  reads: readonly K[];
  /**
   * Finds the problems.
   * @param files - the loaded files (only the kinds in `reads`)
   * @param context - the site root and the entities that passed their schemas
   * @returns every problem found, in a stable order
   */
  run(files: Pick<SiteFiles, K>, context: CheckContext): Problem[];
};
