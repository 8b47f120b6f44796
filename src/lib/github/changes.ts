import {slugSchema} from '../schema/common';

/**
 * What a changed file is, from its path alone (paths come from GitHub's
 * list of the pull request's files, never from the pull request's code).
 */

/** Kinds of contributed content that get a `kind:` label. */
export type ContentKind = 'organisation' | 'playbook' | 'post';

/** A changed file, classified. */
export type ClassifiedFile = {
  file: string;
  /** `organisation`, `playbook`, `post`, or another kind that gets no label. */
  kind: ContentKind | 'city' | 'guide' | 'translation' | 'tombstones' | 'other';
  /** City folder for directory files. */
  city?: string;
  /** File slug (organisation or playbook). */
  slug?: string;
  /** Playbook topic folder. */
  topic?: string;
};

/**
 * Classifies a repository path.
 * @param file - path relative to the repository root, forward slashes
 */
export function classifyFile(file: string): ClassifiedFile {
  const isSlug = (value: string | undefined): value is string => value !== undefined && slugSchema.safeParse(value).success;
  if (file === 'directory/_tombstones.yml') return {file, kind: 'tombstones'};
  const directory = /^directory\/([^/]+)\/([^/]+)\.yml$/.exec(file);
  if (directory && isSlug(directory[1])) {
    if (directory[2] === '_city') return {file, kind: 'city', city: directory[1]};
    if (isSlug(directory[2])) return {file, kind: 'organisation', city: directory[1], slug: directory[2]};
  }
  const playbook = /^docs\/playbooks\/([^/]+)\/([^/]+)\.md$/.exec(file);
  if (playbook && isSlug(playbook[1]) && isSlug(playbook[2])) return {file, kind: 'playbook', topic: playbook[1], slug: playbook[2]};
  if (/^blog\/.+\.md$/.test(file)) return {file, kind: 'post'};
  if (/^docs\/.+\.md$/.test(file)) return {file, kind: 'guide'};
  if (/^i18n\//.test(file)) return {file, kind: 'translation'};
  return {file, kind: 'other'};
}

/** Why a change needs a core maintainer, or undefined when a city maintainer may merge it. */
export function coreReason(file: string): string | undefined {
  if (file.startsWith('.github/')) return 'workflows, issue forms and code owners run with the repository\'s permissions';
  if (/^package[^/]*\.json$/.test(file)) return 'dependencies run on every build';
  if (file.startsWith('src/')) return 'site and validator code';
  if (file === 'docusaurus.config.ts') return 'site configuration';
  if (/(^|\/)CODEOWNERS$/.test(file)) return 'who may approve changes';
  if (file === 'directory/_tombstones.yml') return 'removed organisations must stay removed';
  return undefined;
}
